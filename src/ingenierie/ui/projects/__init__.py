"""The projects list screen: search, filters, sortable columns, archive and restore."""
