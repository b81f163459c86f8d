"""Alembic migrations of the registry; :func:`mandata.registry.migrate.upgrade` runs them."""
