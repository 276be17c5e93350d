"""Import spreadsheets and CSV files: read → find header → map → parse → validate → commit.

This package's reading side (formats, readers, headers, value parsers) is
what the pipeline modules build on.
"""
