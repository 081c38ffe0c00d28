"""Pure figure builders: what each page shows, as Figures (chart, table, caption, link), without Streamlit."""
