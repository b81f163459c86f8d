"""The registry: documents kept together, searched and linked (SQLite, PostgreSQL)."""
