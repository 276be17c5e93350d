"""Reference data the records point at: territories and themes."""
