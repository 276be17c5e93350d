"""The directory's detail pane shows a stakeholder's civility, town, first contact and codes."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel

from ingenierie.services.importing.pipeline import run_import
from ingenierie.services.stakeholders import stakeholder as stakeholders
from ingenierie.services.stakeholders.records import OrganisationInput, PersonInput
from ingenierie.storage import Database
from ingenierie.ui.formatting import short_date
from ingenierie.ui.stakeholders.detail import StakeholderDetailPane

sys.path.insert(0, str(Path(__file__).parents[2] / "services" / "importing"))
import fixtures


def facts(pane: StakeholderDetailPane) -> dict[str, str]:
    shown = {}
    for row in range(pane.facts.rowCount()):
        label = pane.facts.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
        value = pane.facts.itemAt(row, QFormLayout.ItemRole.FieldRole).widget()
        assert isinstance(label, QLabel) and isinstance(value, QLabel)
        shown[label.text()] = value.text()
    return shown


def test_a_person_shows_civility_town_and_first_contact(qtbot: Any, db: Database) -> None:
    person = stakeholders.create_person(db, PersonInput(
        "Le Goff", "Anne", civility="Mme", postal_code="29200", city="Brest",
        first_contact_on=date(2021, 3, 2), last_contact_on=date(2024, 5, 6))).value
    pane = StakeholderDetailPane(db, [])
    qtbot.addWidget(pane)

    pane.show_stakeholder(person.id)

    shown = facts(pane)
    assert shown["Civilité :"] == "Madame"
    assert shown["Commune :"] == "29200 Brest"
    assert shown["Premier contact :"] == short_date(date(2021, 3, 2))  # as the locale writes it
    assert list(shown).index("Premier contact :") < list(shown).index("Dernier contact :")


def test_an_organisation_without_a_place_shows_no_empty_line(qtbot: Any, db: Database) -> None:
    bare = stakeholders.create_organisation(db, OrganisationInput("Pays COB")).value
    placed = stakeholders.create_organisation(db, OrganisationInput(
        "Brest métropole", city="Brest")).value
    pane = StakeholderDetailPane(db, [])
    qtbot.addWidget(pane)

    pane.show_stakeholder(bare.id)
    assert not {"Civilité :", "Commune :", "Premier contact :"} & set(facts(pane))
    pane.show_stakeholder(placed.id)
    assert facts(pane)["Commune :"] == "Brest"


def test_siren_and_siret_each_under_their_own_name(qtbot: Any, db: Database) -> None:
    head_office = stakeholders.create_organisation(db, OrganisationInput(
        "Coopérative Oust et Lié", siren="123456782")).value
    branch = stakeholders.create_organisation(db, OrganisationInput(
        "Pôle ESS Centre Bretagne — antenne de Loudéac", siret="98765432400001")).value
    pane = StakeholderDetailPane(db, [])
    qtbot.addWidget(pane)

    pane.show_stakeholder(head_office.id)
    shown = facts(pane)
    assert shown["SIREN :"] == "123456782" and "SIRET :" not in shown
    pane.show_stakeholder(branch.id)
    shown = facts(pane)
    assert (shown["SIREN :"], shown["SIRET :"]) == ("987654324", "98765432400001")


def test_an_imported_person_shows_where_from_when_and_by_whom(
        qtbot: Any, db: Database, tmp_path: Any) -> None:
    db.actor = "Claire Martin"
    run_import(db, fixtures.clean_people(tmp_path, rows=1))
    (row,) = stakeholders.list_stakeholders(db, nature="person")
    pane = StakeholderDetailPane(db, [])
    qtbot.addWidget(pane)
    pane.show_stakeholder(row.id)
    assert facts(pane)["Source :"] == (f"importée de propre.xlsx le {short_date(date.today())} "
                                       "par Claire Martin")
