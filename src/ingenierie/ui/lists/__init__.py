"""What the list screens share: search and filter bar, paged model, table, archiving."""
