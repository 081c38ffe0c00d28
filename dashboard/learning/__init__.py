"""The learning loop's own store: meetings, observations, decisions, follow-ups, targets and the
annual wheel a steering group keeps (issue 13), apart from the extracts, which are read-only and
replaced by each ingest. Everything written here is the steering group's own and is never lost:
`store` writes it, `entries` checks it first."""
