"""Alembic environment and schema versions, shipped inside the package."""
