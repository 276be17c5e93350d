"""An import writes the search index in one go at the end: searchable, triggers back, or nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import fixtures
import openpyxl
import pytest
from test_commit import unique_people

from ingenierie.services.importing.pipeline import plan_import, run_import
from ingenierie.services.importing.report import Outcome
from ingenierie.services.stakeholders.listing import StakeholderFilter, stakeholder_keys
from ingenierie.services.stakeholders.stakeholder import PersonInput, create_person
from ingenierie.storage import Database
from ingenierie.storage.engines.sqlite.search_index import SEARCHED, insert_trigger_sql


def triggers(db: Database) -> dict[str, str]:
    with sqlite3.connect(db.location.file) as raw:
        return dict(raw.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall())


def indexed(db: Database) -> list[tuple[str, str]]:
    with sqlite3.connect(db.location.file) as raw:
        return raw.execute(
            "SELECT r.entity_id, f.text FROM search_stakeholder_row AS r "
            "JOIN search_stakeholder AS f ON f.rowid = r.search_rowid ORDER BY 1").fetchall()


def names(db: Database, text: str) -> list[str]:
    keys = stakeholder_keys(db, StakeholderFilter(text=text))
    with sqlite3.connect(db.location.file) as raw:
        shown = dict(raw.execute("SELECT id, display_name FROM stakeholder").fetchall())
    return [shown[key] for key in keys]


def test_imported_records_are_found_and_the_triggers_are_back(db: Database,
                                                             tmp_path: Path) -> None:
    assert run_import(db, unique_people(tmp_path, 2500)).outcome is Outcome.IMPORTED
    row = fixtures.person_row(1234)
    assert names(db, "personne1234@") == [f"{row[2]} {row[1]}-1234"]
    assert names(db, "terres d'oc") == ["Association « Terres d'Oc »"]  # a new organisation
    assert len(indexed(db)) == 2500 + 5
    held = triggers(db)
    for entity in SEARCHED:
        assert held[f"search_{entity}_insert"] == insert_trigger_sql(entity)
    create_person(db, PersonInput(last_name="Kerhervé", first_name="Yann"))
    assert names(db, "kerherve") == ["Yann Kerhervé"]


def test_an_updated_person_is_found_by_the_new_value(db: Database, tmp_path: Path) -> None:
    path = unique_people(tmp_path, 3)
    run_import(db, path)
    workbook = openpyxl.load_workbook(path)
    workbook["Acteurs"]["F3"] = "nouvelle.adresse@exemple.fr"
    workbook.save(path)
    assert run_import(db, path).outcome is Outcome.IMPORTED
    row = fixtures.person_row(1)
    assert names(db, "nouvelle.adresse") == [f"{row[2]} {row[1]}-1"]
    assert names(db, "personne1@") == []


def test_a_dry_run_leaves_the_index_and_the_triggers_alone(db: Database,
                                                            tmp_path: Path) -> None:
    before = triggers(db)
    assert plan_import(db, unique_people(tmp_path, 50)).outcome is Outcome.PLANNED
    assert triggers(db) == before
    assert indexed(db) == []


def test_a_failed_import_leaves_the_index_and_the_triggers_as_they_were(
        db: Database, tmp_path: Path) -> None:
    run_import(db, unique_people(tmp_path, 3, "avant.xlsx"))
    before, index_before = triggers(db), indexed(db)

    def progress(step: str, done: int, total: int | None) -> None:
        if step == "Personnes" and done > 0:
            raise OSError("disque plein")

    with pytest.raises(OSError, match="disque plein"):
        run_import(db, unique_people(tmp_path, 2500), progress=progress)
    assert triggers(db) == before
    assert indexed(db) == index_before
