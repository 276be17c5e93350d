"""Mapping a file onto our records: importable fields, header matching, sheet plans."""
