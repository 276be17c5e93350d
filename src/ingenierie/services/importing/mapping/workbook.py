"""Which sheets of a file to import, as which record kind, and in which order.

A workbook may hold several sheets (people, organisations, projects,
involvements, interactions) that refer to each other by name or code: they
are imported together, in dependency order, so a reference always finds the
record another sheet created. A sheet whose columns fit no record kind is
left out with a notice; a single sheet that lacks a required column refuses
the import.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from ingenierie.errors import UserError
from ingenierie.services.importing.mapping.adjust import adjusted
from ingenierie.services.importing.mapping.fields import RecordKind
from ingenierie.services.importing.mapping.headers import (
    ColumnMapping,
    Detection,
    detect_kind,
    map_columns,
    signature_of,
)
from ingenierie.services.importing.reading.errors import NoDataError
from ingenierie.services.importing.reading.opening import list_sheets, open_table
from ingenierie.services.importing.reading.table import Table
from ingenierie.services.importing.report import ImportReport

#: Referenced records come before the records that refer to them.
DEPENDENCY_ORDER = (RecordKind.TERRITORY, RecordKind.ORGANISATION, RecordKind.PERSON,
                    RecordKind.PLAN, RecordKind.PROJECT, RecordKind.INVOLVEMENT,
                    RecordKind.INTERACTION, RecordKind.FUNDING,
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


def _mapping(table: Table, choice: SheetChoice, alone: bool
             ) -> tuple[ColumnMapping | None, Detection | None]:
    """The sheet's mapping: the saved one, else the automatic one for the kind chosen or
    recognised; None, with how the kinds fared, when no kind is clearly recognised."""
    saved = choice.mapping
    if saved is not None and (alone or saved.signature == signature_of(table.headers)):
        return saved.applied_to(table.headers), None
    if choice.kind is not None:
        return adjusted(map_columns(table.headers, choice.kind)), None
    detection = detect_kind(table.headers, table.sheet)
    if detection.kind is None:
        return None, detection
    return adjusted(map_columns(table.headers, detection.kind)), detection


def _named(table: Table) -> list[str]:
    """The reader's remarks on a sheet, naming it when the file has several."""
    if table.sheet is None:
        return list(table.notices)
    return [f"Feuille « {table.sheet} » : {notice}" for notice in table.notices]


def _where(table: Table) -> str:
    return f"la feuille « {table.sheet} »" if table.sheet else "le fichier"


def _ignored(name: str | None, detection: Detection) -> str:
    if not detection.candidates():
        return (f"Feuille « {name} » ignorée : ses colonnes ne correspondent à aucun type de "
                "données connu.")
    return (f"Feuille « {name} » ignorée : ses colonnes ne correspondent clairement à aucun "
            f"type de données connu (types possibles : {detection.describe()}).")


def unrecognised_message(table: Table, detection: Detection) -> str:
    kinds = ", ".join(kind.value for kind in RecordKind)
    return (f"Type de données non reconnu dans {_where(table)} : aucun type ne correspond "
            f"clairement à ses colonnes (en-têtes lus ligne {table.header_row} ; types "
            f"possibles : {detection.describe()}). Rien n'est importé d'après une ou deux "
            f"colonnes. Précisez le type avec --type ({kinds}), ou choisissez-le dans "
            "l'assistant d'import.")


def ambiguous_message(table: Table, mapping: ColumnMapping) -> str:
    doubts = " ; ".join(mapping.doubts(table.column_letter))
    return (f"Colonnes ambiguës dans {_where(table)} : {doubts}. "
            "Choisissez la colonne à importer dans l'assistant d'import, ou donnez une "
            "correspondance des colonnes avec --mapping (enregistrée par l'assistant ou "
            "par --save-mapping).")


def _required_message(table: Table, mapping: ColumnMapping) -> str:
    missing = ", ".join(f"« {f.label} »" for f in mapping.missing_required())
    found = ", ".join(f"« {h} »" for h in table.headers)
    return (f"Colonne obligatoire introuvable dans {_where(table)} pour des "
            f"{mapping.kind.label.lower()} : {missing} (en-têtes lus ligne {table.header_row} : "
            f"{found}). Renommez la colonne ou corrigez la correspondance des colonnes.")


def proposed_mapping(path: Path, choice: SheetChoice) -> ColumnMapping:
    """The mapping an import of one sheet would use (the first candidate feeding each
    doubtful field), to save, correct and give back with ``--mapping``. Raises UserError
    when the sheet is not named in a workbook of several, or its kind is not recognised."""
    names = list_sheets(path)
    if choice.sheet is None and len(names) > 1:
        raise UserError("Ce classeur a plusieurs feuilles : précisez laquelle avec --sheet "
                        f"({', '.join(f'« {name} »' for name in names)}).")
    table = open_table(path, choice.sheet, header_row=choice.header_row)
    mapping, detection = _mapping(table, choice, alone=True)
    if mapping is None:
        assert detection is not None
        raise UserError(unrecognised_message(table, detection))
    return replace(mapping, ambiguous=())


def select_sheets(path: Path, choice: SheetChoice, report: ImportReport
                  ) -> list[SelectedSheet]:
    """The sheets to import in dependency order; sets ``report.refusal`` when none can be.

    Raises ImportFileError for an unreadable file, NoDataError when the only
    sheet looked at is empty.
    """
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
        mapping, detection = _mapping(table, choice, alone)
        report.notices.extend(_named(table) if mapping is not None or alone else ())
        if mapping is None:
            assert detection is not None
            if alone:
                report.refusal = unrecognised_message(table, detection)
                return []
            report.notices.append(_ignored(name, detection))
            continue
        if mapping.ambiguous:
            report.refusal = ambiguous_message(table, mapping)
            return []
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
