"""Every Figure as files fit to print: charts as PNG, SVG and PDF, tables as CSV and XLSX, each saying
what, where, when and from which extract, in the user's language (issue 14)."""
