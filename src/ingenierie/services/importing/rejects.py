"""The rejects workbook: the rows set aside, as they were, with why, ready to fix.

One sheet per imported sheet, the original headers, then "ligne d'origine"
and "erreur". Text is written as text — a value starting with ``=`` stays a
string, never becomes a formula — so the corrected file can be imported again.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from openpyxl import Workbook

from ingenierie.services.importing.sheets.context import RejectedSheet
from ingenierie.services.output_files import save_workbook, write_file
from ingenierie.services.workbook_cells import sheet_cell

ROW_HEADER = "ligne d'origine"
ERROR_HEADER = "erreur"
_BAD_TITLE = str.maketrans({c: " " for c in "[]:*?/\\"})


def _title(name: str | None, used: set[str]) -> str:
    base = (name or "Rejets").translate(_BAD_TITLE).strip()[:28] or "Rejets"
    title, n = base, 2
    while title.casefold() in used:
        title, n = f"{base[:25]} ({n})", n + 1
    used.add(title.casefold())
    return title


def write_rejects(path: Path, sheets: Sequence[RejectedSheet], *, replace: bool = False,
                  protected: Mapping[Path, str] | None = None) -> Path:
    """Write the rejected rows of ``sheets`` to ``path`` (an .xlsx file); return it.

    Written through ``output_files``: an existing file is replaced only when
    ``replace`` says the user confirmed it, never one of ``protected``.
    """
    workbook = Workbook(write_only=True)
    used: set[str] = set()
    for rejected in sheets:
        if not rejected.rows:
            continue
        sheet = workbook.create_sheet(_title(rejected.sheet, used))
        sheet.append([sheet_cell(sheet, h, bold=True)
                      for h in (*rejected.headers, ROW_HEADER, ERROR_HEADER)])
        for row in rejected.rows:
            sheet.append([sheet_cell(sheet, v) for v in (*row.values, row.number, row.reasons)])
    if not used:
        workbook.create_sheet("Rejets")
    return write_file(Path(path), lambda temporary: save_workbook(workbook, temporary),
                      replace=replace, protected=protected)
