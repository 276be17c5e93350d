"""Bulk writes with the search triggers suspended: same index, same triggers, all or nothing."""

from __future__ import annotations

import sqlite3
import uuid

import pytest
from sqlalchemy import Connection

from ingenierie.services.projects.listing import ProjectFilter, project_keys
from ingenierie.services.projects.project import ProjectInput, create_project
from ingenierie.services.stakeholders.listing import StakeholderFilter, stakeholder_keys
from ingenierie.services.stakeholders.stakeholder import PersonInput, create_person, update_person
from ingenierie.storage import Database
from ingenierie.storage.engines.sqlite.search_index import (
    SEARCHED,
    insert_trigger_sql,
    suspended_search_triggers,
)

NOW = "2026-01-05 09:00:00.000000"


def triggers(db: Database) -> dict[str, str]:
    with sqlite3.connect(db.location.file) as raw:
        return dict(raw.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").fetchall())


def index_rows(db: Database, entity: str) -> list[tuple[str, str, int, str]]:
    """Each indexed record: its id, sort name, archived flag and indexed text."""
    with sqlite3.connect(db.location.file) as raw:
        return raw.execute(
            f"SELECT r.entity_id, r.sort_name, r.archived, f.text FROM search_{entity}_row AS r "
            f"JOIN search_{entity} AS f ON f.rowid = r.search_rowid ORDER BY r.entity_id"
        ).fetchall()


def add_person(connection: Connection, name: str, email: str | None = None,
               archived: bool = False) -> str:
    key = uuid.uuid4().hex
    connection.exec_driver_sql(
        "INSERT INTO stakeholder (id, nature, actor_kind, display_name, match_key, email, "
        "archived_at, created_at, updated_at) VALUES (?, 'person', 'autre', ?, ?, ?, ?, ?, ?)",
        (key, name, name.casefold(), email, NOW if archived else None, NOW, NOW))
    return key


def add_project(connection: Connection, title: str, code: str | None) -> str:
    key = uuid.uuid4().hex
    connection.exec_driver_sql(
        "INSERT INTO project (id, title, code, scheme, phase, status, funds_public, "
        "funds_market, funds_non_market, funds_volunteer, created_at, updated_at) "
        "VALUES (?, ?, ?, 'autre', 'emergence', 'actif', 0, 0, 0, 0, ?, ?)",
        (key, title, code, NOW, NOW))
    return key


def test_the_known_trigger_sql_is_what_the_migrated_database_holds(db: Database) -> None:
    held = triggers(db)
    for entity in SEARCHED:
        assert held[f"search_{entity}_insert"] == insert_trigger_sql(entity)


def test_rows_written_in_bulk_are_indexed_as_the_triggers_would(db: Database) -> None:
    create_person(db, PersonInput(last_name="Le Goff", first_name="Annaïg"))  # by its trigger
    before = triggers(db)
    with db.engine.begin() as connection, suspended_search_triggers(connection):
        assert "search_stakeholder_insert" not in {
            name for (name,) in connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        bulk = [add_person(connection, "Cœur de Bretagne"),
                add_person(connection, "Élodie Kerhervé", "elodie@kerherve.bzh", archived=True)]
        project = add_project(connection, "Tiers-lieu de Carhaix", "TL-01")
    assert triggers(db) == before
    indexed = {row[0]: row[1:] for row in index_rows(db, "stakeholder")}
    assert indexed[bulk[0]] == ("Cœur de Bretagne", 0, "Coeur de Bretagne ")
    assert indexed[bulk[1]] == ("Élodie Kerhervé", 1, "Élodie Kerhervé elodie@kerherve.bzh")
    assert len(indexed) == 3
    assert project_keys(db, ProjectFilter(text="carhaix tl")) == [project]
    assert stakeholder_keys(db, StakeholderFilter(text="coeur")) == [bulk[0]]
    assert stakeholder_keys(db, StakeholderFilter(text="kerherve", include_archived=True)) == [
        bulk[1]]
    assert stakeholder_keys(db, StakeholderFilter(text="kerherve")) == []


def test_the_triggers_work_again_after_a_bulk_write(db: Database) -> None:
    with db.engine.begin() as connection, suspended_search_triggers(connection):
        add_person(connection, "Yann Morvan")
    created = create_person(db, PersonInput(last_name="Quéré", first_name="Soizic")).value
    update_person(db, created.id, PersonInput(last_name="Quéré", first_name="Maïwenn"))
    assert stakeholder_keys(db, StakeholderFilter(text="maiwenn")) == [created.id.hex]
    assert stakeholder_keys(db, StakeholderFilter(text="soizic")) == []
    assert len(stakeholder_keys(db, StakeholderFilter(text="morvan"))) == 1


def test_a_rollback_leaves_triggers_and_index_as_they_were(db: Database) -> None:
    kept = create_project(db, ProjectInput(title="Jardins partagés")).value
    before, indexed = triggers(db), index_rows(db, "project")
    with pytest.raises(RuntimeError, match="annulé"), db.engine.begin() as connection, \
            suspended_search_triggers(connection):
        add_project(connection, "Jardins familiaux", None)
        raise RuntimeError("annulé")
    assert triggers(db) == before
    assert index_rows(db, "project") == indexed
    assert project_keys(db, ProjectFilter(text="jardins")) == [kept.id.hex]


def test_a_discarded_write_is_rolled_back_with_its_triggers_back(db: Database) -> None:
    before = triggers(db)
    with db.engine.connect() as connection:
        transaction = connection.begin()
        with suspended_search_triggers(connection) as suspended:
            add_person(connection, "Loïc Le Bris")
            suspended.discard()
        assert connection.exec_driver_sql(
            "SELECT count(*) FROM search_stakeholder_row").scalar() == 0
        transaction.rollback()
    assert triggers(db) == before
    assert index_rows(db, "stakeholder") == []


def test_a_trigger_it_does_not_know_is_left_to_work_row_by_row(db: Database) -> None:
    other = insert_trigger_sql("project").replace("new.title", "upper(new.title)")
    with db.engine.begin() as connection:
        connection.exec_driver_sql("DROP TRIGGER search_project_insert")
        connection.exec_driver_sql(other)
    with db.engine.begin() as connection, suspended_search_triggers(connection):
        project = add_project(connection, "Maison de sante", None)
    assert triggers(db)["search_project_insert"] == other
    assert [row[:2] for row in index_rows(db, "project")] == [(project, "MAISON DE SANTE")]


def test_it_refuses_to_run_outside_a_transaction(db: Database) -> None:
    with db.engine.connect() as connection, pytest.raises(RuntimeError, match="transaction"), \
            suspended_search_triggers(connection):
        pass  # pragma: no cover - never reached
    assert triggers(db)["search_project_insert"] == insert_trigger_sql("project")
