"""Records already stored: updated by the file (after a copy of the database is made), or,
for an older list, left exactly as they are."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from openpyxl import Workbook

from ingenierie.services.importing.mapping.fields import RecordKind
from ingenierie.services.importing.pipeline import ImportOptions, plan_import, run_import
from ingenierie.services.importing.report import Outcome
from ingenierie.services.projects import project as projects
from ingenierie.services.projects.records import ProjectInput
from ingenierie.services.stakeholders import stakeholder as stakeholders
from ingenierie.services.stakeholders.records import PersonInput
from ingenierie.storage import Database
from ingenierie.storage.engines.sqlite.backup import IMPORT_SUFFIX, automatic_backups


def old_list(folder: Path) -> Path:
    """Claire Martin as she was two years ago, a newcomer, the same project and a new one."""
    book = Workbook()
    people = book.active
    assert people is not None
    people.title = RecordKind.PERSON.label
    people.append(("Nom", "Prénom", "Organisme", "Courriel", "Téléphone", "Fonction"))
    people.append(("Martin", "Claire", "Mairie de Millau", "claire.martin@millau.fr",
                   "05 65 00 00 01", "Adjointe"))
    people.append(("Durand", "Paul", "Mairie de Millau", "paul.durand@millau.fr", None, None))
    plans = book.create_sheet(RecordKind.PROJECT.label)
    plans.append(("Titre", "Résumé"))
    plans.append(("Tiers-lieu de Millau", "Projet à l'étude."))
    plans.append(("Épicerie solidaire", "Ouverture prévue au printemps."))
    path = folder / "annuaire 2023.xlsx"
    book.save(path)
    return path


@pytest.fixture
def stored(db: Database) -> Database:
    stakeholders.create_person(db, PersonInput(
        "Martin", "Claire", email="claire.martin@millau.fr", phone="06 11 22 33 44",
        job_title="Maire"))
    projects.create_project(db, ProjectInput("Tiers-lieu de Millau",
                                             summary="Ouvert depuis mars 2025."))
    return db


def test_stored_records_are_left_as_they_are_and_only_new_ones_added(stored: Database,
                                                                      tmp_path: Path) -> None:
    report = run_import(stored, old_list(tmp_path), ImportOptions(update_existing=False))

    assert report.outcome is Outcome.IMPORTED, report.text()
    counts = {kind: (c.new, c.updated, c.unchanged) for kind, c in report.counts.items()}
    assert counts[RecordKind.PERSON] == (1, 0, 1)
    assert counts[RecordKind.PROJECT] == (1, 0, 1)
    assert "Fiches déjà présentes laissées telles quelles" in report.text()
    rows = {r.display_name: r for r in stakeholders.list_stakeholders(stored)}
    claire = stakeholders.get_stakeholder(stored, rows["Claire Martin"].id)
    assert (claire.phone, claire.job_title, claire.affiliations) == ("06 11 22 33 44", "Maire",
                                                                     ())
    paul = stakeholders.get_stakeholder(stored, rows["Paul Durand"].id)
    assert [a.organisation_name for a in paul.affiliations] == ["Mairie de Millau"]
    summaries = {p.title: projects.get_project(stored, p.id).summary
                 for p in projects.list_projects(stored)}
    assert summaries == {"Tiers-lieu de Millau": "Ouvert depuis mars 2025.",
                         "Épicerie solidaire": "Ouverture prévue au printemps."}


def test_by_default_the_file_updates_what_it_fills(stored: Database, tmp_path: Path) -> None:
    report = run_import(stored, old_list(tmp_path))

    assert report.counts[RecordKind.PERSON].updated == 1
    rows = {r.display_name: r for r in stakeholders.list_stakeholders(stored)}
    claire = stakeholders.get_stakeholder(stored, rows["Claire Martin"].id)
    assert (claire.phone, claire.job_title) == ("05 65 00 00 01", "Adjointe")
    assert "laissées telles quelles" not in report.text()


def test_a_copy_of_the_database_is_made_before_stored_records_change(stored: Database,
                                                                      tmp_path: Path) -> None:
    report = run_import(stored, old_list(tmp_path))

    assert report.backup_file is not None
    backup = Path(report.backup_file)
    assert backup.parent == stored.location.file.parent and backup.name.endswith(IMPORT_SUFFIX)
    assert f"avant l'import : {backup}" in report.text()
    with closing(sqlite3.connect(backup)) as before:  # the database as it was
        assert before.execute("SELECT phone FROM stakeholder WHERE last_name = 'Martin'"
                              ).fetchall() == [("06 11 22 33 44",)]
        assert before.execute("SELECT count(*) FROM stakeholder").fetchone() == (1,)


def test_no_copy_is_made_when_no_stored_record_changes(stored: Database,
                                                       tmp_path: Path) -> None:
    kept = run_import(stored, old_list(tmp_path), ImportOptions(update_existing=False))
    planned = plan_import(stored, old_list(tmp_path))

    assert kept.backup_file is None and planned.backup_file is None
    assert automatic_backups(stored.location.file, IMPORT_SUFFIX) == []
