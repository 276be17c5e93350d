"""Qt item models over the read-side queries (named so to keep "models" for the ORM)."""
