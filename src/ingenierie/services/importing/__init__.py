"""Import spreadsheets and CSV files: read → find header → map → parse → validate → commit.

Reading side, what the pipeline builds on:

- ``reading``: ``detect_format``, ``list_sheets``, ``open_table`` → ``table.Table``
  (header row, headers, streamed ``SourceRow``s with cell notes, skipped rows);
  ``formats`` decides the format from the bytes, ``workbook_reader`` and
  ``csv_reader`` read, ``sheet_xml`` finds formulas, errors and merges in xlsx,
  ``layout`` finds the header and sorts data rows from blank, total, section
  and footnote rows.
- ``fields``: the importable fields of each record kind, as data.
- ``headers``: ``find_header_row``, ``map_columns``, ``detect_kind`` (the kind of a
  sheet and how sure), ``ColumnMapping`` (user corrections, JSON; the doubts of two
  columns for one field) and ``MappingStore``; ``adjust`` corrects what one header
  alone cannot tell (a plan's amounts, EPCI member lists, QPV lists).
- ``values``: ``parse_*`` and ``parse_value`` → ``parsed.ParseResult``
  (``dates``, ``numbers``, ``contacts`` hold the French rules).
- ``errors``: ``ImportFileError`` (unreadable file) and ``NoDataError`` (nothing in it).
"""
