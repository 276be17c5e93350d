"""Reusable widgets: power/interest grid, cooperation stage timeline."""
