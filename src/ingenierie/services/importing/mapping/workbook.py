"""Which sheets of a file to import, as which record kind, and in which order.

A workbook may hold several sheets (people, organisations, projects,
involvements, interactions) that refer to each other by name or code: they
are imported together, in dependency order, so a reference always finds the
record another sheet created. A sheet whose columns fit no record kind is
left out with a notice; a single sheet that lacks a required column refuses
the import.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ingenierie.services.importing.mapping.exported import (
    EXPORTED_FIELDS,
    EXPORTED_ORDER,
    MARKER,
    SHEET_TITLES,
    SUMMARY_SHEET,
)
from ingenierie.services.importing.mapping.fields import RecordKind
from ingenierie.services.importing.mapping.headers import (
    ColumnMapping,
    guess_kind,
    header_key,
    map_columns,
    signature_of,
)
from ingenierie.services.importing.reading.errors import NoDataError
from ingenierie.services.importing.reading.opening import list_sheets, open_table
from ingenierie.services.importing.reading.table import Table
from ingenierie.services.importing.report import ImportReport

#: Referenced records come before the records that refer to them.
DEPENDENCY_ORDER = (RecordKind.TERRITORY, RecordKind.ORGANISATION, RecordKind.PERSON,
                    RecordKind.PROJECT, RecordKind.INVOLVEMENT, RecordKind.INTERACTION,
                    RecordKind.INDICATOR_DEFINITION)


@dataclass(frozen=True, slots=True)
class SheetChoice:
    """What the caller fixed; everything left ``None`` is found from the file."""

    sheet: str | None = None
    header_row: int | None = None
    kind: RecordKind | None = None
    mapping: ColumnMapping | None = None


@dataclass(frozen=True, slots=True)
class SelectedSheet:
    table: Table
    mapping: ColumnMapping


def _mapping(table: Table, choice: SheetChoice, alone: bool) -> ColumnMapping:
    saved = choice.mapping
    if saved is not None and (alone or saved.signature == signature_of(table.headers)):
        return saved.applied_to(table.headers)
    kind = choice.kind or guess_kind(table.headers, table.sheet)
    mapping = map_columns(table.headers, kind)
    if kind is RecordKind.TERRITORY:
        mapping = _exact_kind_column(mapping)
    return mapping


def _exact_kind_column(mapping: ColumnMapping) -> ColumnMapping:
    """Keep a territory list's "type" column only when its header says exactly that.

    Official EPCI lists have a "Nature juridique" column (CC, CA, CU…): read as the
    territory's type it would refuse every row, while the code already tells the kind.
    """
    index = mapping.column_of("kind")
    field = mapping.field_of(index) if index is not None else None
    if index is None or field is None:
        return mapping
    if header_key(mapping.headers[index]) in {header_key(n) for n in field.names}:
        return mapping
    return mapping.with_field(index, None)


def _required_message(table: Table, mapping: ColumnMapping) -> str:
    missing = ", ".join(f"« {f.label} »" for f in mapping.missing_required())
    found = ", ".join(f"« {h} »" for h in table.headers)
    where = f"la feuille « {table.sheet} »" if table.sheet else "le fichier"
    return (f"Colonne obligatoire introuvable dans {where} pour des "
            f"{mapping.kind.label.lower()} : {missing} (en-têtes lus ligne {table.header_row} : "
            f"{found}). Renommez la colonne ou corrigez la correspondance des colonnes.")


def _exported_sheets(path: Path, names: list[str], report: ImportReport
                     ) -> list[SelectedSheet] | None:
    """The sheets of an export of this app (its summary first, holding the marker), mapped
    by their own headers; None when the workbook is not one."""
    if not names or names[0] != SUMMARY_SHEET:
        return None
    try:
        summary = open_table(path, SUMMARY_SHEET, header_row=1)
    except NoDataError:
        return None
    if not summary.headers or summary.headers[0] != MARKER:
        return None
    kinds = {title: kind for kind, title in SHEET_TITLES.items()}
    selected = []
    for name in names[1:]:
        kind = kinds.get(name)
        if kind is None:
            report.notices.append(f"Feuille « {name} » ignorée : elle ne fait pas partie de "
                                  "l'export.")
            continue
        try:
            table = open_table(path, name, header_row=1)
        except NoDataError:
            continue
        # Exact headers: the readers' columns (« Principe (libellé) ») are near namesakes.
        labels = {f.label: f.key for f in EXPORTED_FIELDS[kind]}
        fields = tuple(labels.get(h.strip()) for h in table.headers)
        selected.append(SelectedSheet(table, ColumnMapping(kind, table.headers, fields,
                                                           exported=True)))
    return sorted(selected, key=lambda s: EXPORTED_ORDER.index(s.mapping.kind))


def select_sheets(path: Path, choice: SheetChoice, report: ImportReport
                  ) -> list[SelectedSheet]:
    """The sheets to import in dependency order; sets ``report.refusal`` when none can be.

    An export of this app is read in its own layout (``exported``), sheet by sheet.
    Raises ImportFileError for an unreadable file, NoDataError when the only
    sheet looked at is empty.
    """
    if choice == SheetChoice():
        exported = _exported_sheets(path, [*list_sheets(path)], report)
        if exported is not None:
            if not exported:
                raise NoDataError("L'export ne contient aucune fiche à importer.", file=path)
            return exported
    names: list[str | None] = [choice.sheet] if choice.sheet else [*list_sheets(path)] or [None]
    alone = len(names) == 1
    selected: list[SelectedSheet] = []
    for name in names:
        try:
            table = open_table(path, name, header_row=choice.header_row)
        except NoDataError:
            if alone:
                raise
            report.notices.append(f"Feuille « {name} » ignorée : elle est vide.")
            continue
        report.notices.extend(table.notices)
        mapping = _mapping(table, choice, alone)
        if mapping.missing_required():
            if alone:
                report.refusal = _required_message(table, mapping)
                return []
            report.notices.append(f"Feuille « {name} » ignorée : ses colonnes ne correspondent "
                                  "à aucun type de données connu.")
            continue
        selected.append(SelectedSheet(table, mapping))
    if not selected and report.refusal is None:
        raise NoDataError("Le fichier ne contient aucune donnée à importer.", file=path)
    return sorted(selected, key=lambda s: DEPENDENCY_ORDER.index(s.mapping.kind))
