"""Importing each kind of sheet into the database, inside the import's transaction."""
