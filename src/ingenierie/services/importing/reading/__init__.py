"""Reading a file to import: its real format, its sheets, its header, its rows."""
