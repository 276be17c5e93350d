"""The demo's bulk write: every record searchable, indexes and triggers as migrations made them."""

from __future__ import annotations

import sqlite3

import pytest

from ingenierie.services.demo import DemoCancelled, generate_demo
from ingenierie.services.projects.listing import ProjectFilter, project_keys
from ingenierie.services.stakeholders.listing import StakeholderFilter, stakeholder_keys
from ingenierie.services.stakeholders.stakeholder import PersonInput, create_person
from ingenierie.storage import Database


def schema(db: Database) -> list[tuple[str, str, str]]:
    """Every index and trigger, with its SQL."""
    with sqlite3.connect(db.location.file) as raw:
        return raw.execute("SELECT type, name, sql FROM sqlite_master "
                           "WHERE type IN ('index', 'trigger') ORDER BY name").fetchall()


def scalar(db: Database, sql: str) -> object:
    with sqlite3.connect(db.location.file) as raw:
        return raw.execute(sql).fetchone()[0]


def test_every_demo_record_is_searchable_and_the_schema_is_whole(db: Database) -> None:
    before = schema(db)
    generate_demo(db, 300, seed=2)
    assert schema(db) == before
    for entity in ("stakeholder", "project"):
        assert scalar(db, f"SELECT count(*) FROM search_{entity}_row") == scalar(
            db, f"SELECT count(*) FROM {entity}")
    name, key = scalar(db, "SELECT display_name || '|' || id FROM stakeholder "
                           "WHERE nature = 'person' ORDER BY id LIMIT 1").split("|")
    assert key in stakeholder_keys(db, StakeholderFilter(text=name))
    code, key = scalar(db, "SELECT code || '|' || id FROM project ORDER BY id LIMIT 1").split("|")
    assert project_keys(db, ProjectFilter(text=code)) == [key]
    created = create_person(db, PersonInput(last_name="Zéphyrin", first_name="Awen")).value
    assert stakeholder_keys(db, StakeholderFilter(text="zephyrin awen")) == [created.id.hex]


def test_appending_keeps_the_indexes_and_indexes_the_new_records(db: Database) -> None:
    generate_demo(db, 100, seed=1)
    before = schema(db)
    generate_demo(db, 100, seed=1, append=True)
    assert schema(db) == before
    assert scalar(db, "SELECT count(*) FROM search_stakeholder_row") == 200


def test_a_cancelled_demo_leaves_the_schema_and_the_index_as_they_were(db: Database) -> None:
    before = schema(db)
    asked: list[bool] = []

    def cancelled() -> bool:  # after a few batches: rows written, search triggers dropped
        asked.append(True)
        return len(asked) > 3

    with pytest.raises(DemoCancelled):
        generate_demo(db, 100, cancelled=cancelled)
    assert schema(db) == before
    assert scalar(db, "SELECT count(*) FROM search_stakeholder_row") == 0
