"""A messy contact list as officers keep them, and helpers to drive the import wizard.

Imported by the tests of this folder as ``wizard_support`` (a name no other test
folder uses: ``conftest`` modules of several folders would shadow each other).
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from ingenierie.models import Organisation, Person
from ingenierie.services.stakeholders import stakeholder as stakeholders
from ingenierie.services.stakeholders.records import PersonInput
from ingenierie.storage import Database
from ingenierie.ui.importing.wizard import ImportWizard

HEADERS = ("Nom de la personne", "Prénom", "Structure", "E-mail", "Tél.", "Date 1er contact",
           "Code interne")
ROWS = {  # Excel row → values; row 8 is blank, row 12 a total
    5: ("Martin", "Claire", "Mairie de Millau", "claire.martin@millau.fr", "05 65 00 00 01",
        "12/03/2024", "X-01"),
    6: ("Durand", "Paul", "Centre social Les Tilleuls", "paul.durand@tilleuls.fr",
        "0565000002", "2024-04-02", "X-02"),
    7: ("Leroy", "Inès", "Association Terres d'Oc", "ines.leroy@terres-doc", "05 65 00 00 03",
        "03/05/2024", "X-03"),
    9: ("Nguyen", "Thi", "Mairie de Millau", "thi.nguyen@millau.fr", "05 65 00 00 04",
        "31/02/2024", "X-04"),
    10: ("Bernard", "Luc", "Centre social Les Tilleuls", "luc.bernard@tilleuls.fr", None,
         "15 juin 2024", "X-05"),
    11: ("MARTIN", "Claire", "mairie de millau", "Claire.Martin@millau.fr", None, None, "X-06"),
}


def messy_contacts(folder: Path) -> Path:
    """Title block, header on row 4 (its first header unknown), a blank row, an invalid
    e-mail (row 7), an impossible date (row 9), a duplicate of row 5 (row 11), a total."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Contacts"
    sheet["A1"] = "Annuaire des partenaires — Contrat de ville de Millau"
    sheet.merge_cells("A1:G1")
    sheet["A2"] = "Mis à jour le 12/03/2024 par le service politique de la ville"
    for column, header in enumerate(HEADERS, start=1):
        sheet.cell(4, column, header)
    for row, values in ROWS.items():
        for column, value in enumerate(values, start=1):
            sheet.cell(row, column, value)
    sheet["A12"] = "Total : 6 contacts"
    path = folder / "annuaire partenaires.xlsx"
    workbook.save(path)
    return path


def known_claire(db: Database) -> None:
    """Claire Martin is already in the database, without a phone number."""
    stakeholders.create_person(db, PersonInput("Martin", "Claire",
                                               email="claire.martin@millau.fr"))


def people(db: Database) -> dict[str, Person]:
    with db.read() as session:
        return {p.display_name: p for p in session.scalars(select(Person))}


def count_organisations(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(Organisation)) or 0


def wait_idle(qtbot: QtBot, wizard: ImportWizard) -> None:
    qtbot.waitUntil(lambda: not wizard.busy, timeout=20_000)


def walk_to_dry_run(qtbot: QtBot, wizard: ImportWizard, path: Path) -> None:
    """Open ``path``, accept the sheet, header and mapping found, and wait for the dry run."""
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    wait_idle(qtbot, wizard)
    wizard.next()
    wizard.next()
    wait_idle(qtbot, wizard)
