"""Alembic migrations, shipped inside the package as ``ingenierie.migrations``."""
