"""The template workbook users download, fill in and import back.

One sheet per record kind, headed with the fields' French labels, one filled
example row (the rows refer to each other, so the template imports as it is),
and a drop-down list on every vocabulary column, fed by a hidden "Listes"
sheet (Excel limits an inline list to 255 characters).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from ingenierie.models.vocabulary import Vocabulary
from ingenierie.services.importing.mapping.fields import Field, RecordKind, ValueType, fields_for
from ingenierie.services.output_files import save_workbook, write_file

LISTS_SHEET = "Listes"
#: Rows below the header that get the drop-down lists.
VALIDATED_ROWS = 2000
TEMPLATE_KINDS = (RecordKind.PERSON, RecordKind.ORGANISATION, RecordKind.PROJECT,
                  RecordKind.INVOLVEMENT, RecordKind.INTERACTION)

_EXAMPLES: dict[RecordKind, dict[str, Any]] = {
    RecordKind.PERSON: {
        "civility": "madame", "last_name": "Martin", "first_name": "Claire",
        "organisation": "Mairie de Privas", "job_title": "Chargée de mission",
        "email": "claire.martin@exemple.fr", "phone": "04 75 00 00 00",
        "postal_code": "07000", "city": "Privas", "first_contact_on": date(2024, 3, 12),
        "last_contact_on": date(2024, 6, 4), "actor_kind": "collectivite",
        "legal_basis": "mission_interet_public", "source": "Forum des élus",
    },
    RecordKind.ORGANISATION: {
        "name": "Mairie de Privas", "actor_kind": "collectivite", "legal_form": "Commune",
        "website": "https://www.exemple.fr", "email": "accueil@exemple.fr",
        "phone": "04 75 00 00 01", "postal_code": "07000", "city": "Privas",
    },
    RecordKind.PROJECT: {
        "code": "PRJ-001", "title": "Tiers-lieu du centre-bourg",
        "summary": "Ouvrir un tiers-lieu géré avec les habitants.", "scheme": "tiers_lieu",
        "phase": "elaboration", "status": "actif", "stage": "concertation",
        "start_on": date(2024, 1, 15), "end_on": date(2026, 12, 31),
        "lead": "Mairie de Privas", "budget_cents": 25000000,
    },
    RecordKind.INVOLVEMENT: {
        "project": "PRJ-001", "stakeholder": "Martin", "first_name": "Claire",
        "role": "partenaire", "influence": 4, "interest": 5, "attitude": 1,
        "participation": "concertation", "posture": "facilitateur",
        "expected_effects": "Un lieu pour les associations du bourg.",
        "start_on": date(2024, 1, 15),
    },
    RecordKind.INTERACTION: {
        "project": "PRJ-001", "occurred_on": date(2024, 3, 12), "kind": "atelier",
        "title": "Atelier de lancement", "place": "Salle du conseil",
        "participants": "Claire Martin", "notes": "Vingt participants.",
        "decisions": "Groupe de travail créé.", "next_steps": "Visite d'un tiers-lieu voisin.",
    },
}
_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="2F5597")


def _cell_value(field: Field, value: Any) -> Any:
    if value is None:
        return None
    if field.vocabulary is not None:
        member = field.vocabulary(value)
        return member.label
    if field.type is ValueType.AMOUNT:
        return value / 100
    return value


class _Lists:
    """The hidden sheet of vocabulary labels, one column per vocabulary."""

    def __init__(self, workbook: Workbook) -> None:
        self.sheet = workbook.create_sheet(LISTS_SHEET)
        self.sheet.sheet_state = "hidden"
        self.ranges: dict[type[Vocabulary], str] = {}

    def range_of(self, vocabulary: type[Vocabulary]) -> str:
        if vocabulary not in self.ranges:
            column = len(self.ranges) + 1
            letter = get_column_letter(column)
            self.sheet.cell(row=1, column=column, value=vocabulary.__name__)
            labels = [m.label for m in vocabulary]
            for row, label in enumerate(labels, start=2):
                self.sheet.cell(row=row, column=column, value=label).data_type = "s"
            self.ranges[vocabulary] = (f"{quote_sheetname(LISTS_SHEET)}!${letter}$2:"
                                       f"${letter}${len(labels) + 1}")
        return self.ranges[vocabulary]


def _fill_sheet(sheet: Worksheet, kind: RecordKind, lists: _Lists) -> None:
    example = _EXAMPLES[kind]
    for column, field in enumerate(fields_for(kind), start=1):
        letter = get_column_letter(column)
        header = sheet.cell(row=1, column=column, value=field.label)
        header.font, header.fill = _HEADER_FONT, _HEADER_FILL
        cell = sheet.cell(row=2, column=column, value=_cell_value(field, example.get(field.key)))
        if isinstance(cell.value, str):
            cell.data_type = "s"
        if field.type is ValueType.DATE:
            cell.number_format = "DD/MM/YYYY"
        elif field.type is ValueType.AMOUNT:
            cell.number_format = '#,##0.00 "€"'
        elif field.type in (ValueType.POSTAL_CODE, ValueType.PHONE, ValueType.TEXT):
            cell.number_format = "@"
        sheet.column_dimensions[letter].width = max(14, len(field.label) + 4)
        if field.vocabulary is not None:
            check = DataValidation(type="list", formula1=lists.range_of(field.vocabulary),
                                   allow_blank=True, showErrorMessage=True,
                                   errorTitle="Valeur non prévue",
                                   error=f"Choisissez une valeur de la liste « {field.label} ».")
            check.add(f"{letter}2:{letter}{VALIDATED_ROWS + 1}")
            sheet.add_data_validation(check)
    sheet.freeze_panes = "A2"


def write_template(path: str | Path, *, replace: bool = False,
                   protected: Mapping[Path, str] | None = None) -> Path:
    """Write the template workbook to ``path`` (.xlsx) and return it.

    Written through ``output_files``: an existing file is replaced only when
    ``replace`` says the user confirmed it, never one of ``protected``.
    """
    workbook = Workbook()
    first = workbook.active
    assert first is not None
    workbook.remove(first)
    sheets = [workbook.create_sheet(kind.label) for kind in TEMPLATE_KINDS]
    lists = _Lists(workbook)
    for sheet, kind in zip(sheets, TEMPLATE_KINDS, strict=True):
        _fill_sheet(sheet, kind, lists)
    return write_file(Path(path), lambda temporary: save_workbook(workbook, temporary),
                      replace=replace, protected=protected)
