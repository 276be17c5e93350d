"""The Excel export: one workbook, a sheet per kind of record, that managers reuse and that
the import reads back (``importing`` recognises the export's own layout by its first
sheet). Written in openpyxl's write-only mode, so memory stays flat in the row count."""
