"""The full-text index of revision 0002: filled at upgrade, kept in step by triggers."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ingenierie.services.projects.listing import ProjectFilter, project_keys
from ingenierie.services.projects.project import ProjectInput, create_project, update_project
from ingenierie.services.queries.ordering import Sort
from ingenierie.services.stakeholders.listing import (
    StakeholderColumn,
    StakeholderFilter,
    stakeholder_keys,
)
from ingenierie.services.stakeholders.stakeholder import (
    OrganisationInput,
    PersonInput,
    archive_stakeholder,
    create_organisation,
    create_person,
    restore_stakeholder,
    update_person,
)
from ingenierie.storage import Database, open_database
from ingenierie.storage.engines.sqlite.connection import create_sqlite_engine
from ingenierie.storage.engines.sqlite.search import match_expression
from ingenierie.storage.migrate import Migrations


def names_found(db: Database, text: str) -> list[str]:
    keys = stakeholder_keys(db, StakeholderFilter(text=text))
    with sqlite3.connect(db.location.file) as raw:
        names = dict(raw.execute("SELECT id, display_name FROM stakeholder").fetchall())
    return [names[key] for key in keys]


def test_triggers_and_tables_exist_at_head(db: Database) -> None:
    with sqlite3.connect(db.location.file) as raw:
        objects = {name for (name,) in raw.execute(
            "SELECT name FROM sqlite_master WHERE name LIKE 'search%'")}
    for entity in ("project", "stakeholder"):
        assert {f"search_{entity}", f"search_{entity}_row", f"search_{entity}_insert",
                f"search_{entity}_update", f"search_{entity}_delete"} <= objects


def test_words_match_from_their_beginning_whatever_the_accents_and_case(db: Database) -> None:
    create_person(db, PersonInput(last_name="Le Bihan", first_name="Hélène",
                                  email="helene.lebihan@cob.bzh"))
    create_person(db, PersonInput(last_name="Kerhervé", first_name="Yann"))
    create_organisation(db, OrganisationInput(name="Cœur de Bretagne"))
    assert names_found(db, "helene") == ["Hélène Le Bihan"]
    assert names_found(db, "BIH hél") == ["Hélène Le Bihan"]
    assert names_found(db, "kerherve") == ["Yann Kerhervé"]
    assert names_found(db, "coeur") == ["Cœur de Bretagne"]
    assert names_found(db, "lebihan@") == ["Hélène Le Bihan"]  # the e-mail address is searched
    assert names_found(db, "ihan") == []  # the beginning of a word, not any substring


def test_renaming_moves_the_record_in_the_index(db: Database) -> None:
    created = create_project(db, ProjectInput(title="Tiers-lieu de Carhaix", code="TL-01")).value
    update_project(db, created.id, ProjectInput(title="Fabrique de Rostrenen", code="TL-01"))
    assert project_keys(db, ProjectFilter(text="carhaix")) == []
    assert project_keys(db, ProjectFilter(text="rostrenen")) == [created.id.hex]
    assert project_keys(db, ProjectFilter(text="tl 01")) == [created.id.hex]


def test_deleting_a_row_removes_it_from_the_index(db: Database) -> None:
    kept = create_project(db, ProjectInput(title="Jardins partagés")).value
    gone = create_project(db, ProjectInput(title="Jardins familiaux")).value
    with sqlite3.connect(db.location.file) as raw:
        raw.execute("DELETE FROM project WHERE id = ?", (gone.id.hex,))
        assert raw.execute("SELECT count(*) FROM search_project_row").fetchone() == (1,)
    assert project_keys(db, ProjectFilter(text="jardins")) == [kept.id.hex]


def test_upgrading_a_database_with_data_indexes_what_it_holds(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    engine = create_sqlite_engine(path)
    migrations = Migrations()
    migrations.upgrade(engine, "0001")
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO project (id, title, scheme, phase, status, funds_public, funds_market,"
            " funds_non_market, funds_volunteer, created_at, updated_at) VALUES (?, "
            "'Énergie citoyenne du Mené', 'autre', 'emergence', 'actif', 0, 0, 0, 0, "
            "'2024-01-01', '2024-01-01')", ("ab" * 16,))
    engine.dispose()
    with open_database(path) as db:
        assert project_keys(db, ProjectFilter(text="energie mene")) == ["ab" * 16]


def test_what_users_type_is_never_query_syntax() -> None:
    assert match_expression('Saint-Brieuc "OR" (NEAR*') == '"saint"* "brieuc"* "or"* "near"*'
    assert match_expression("  ' - ") is None


def test_text_search_follows_archiving_and_renaming(db: Database) -> None:
    anne = create_person(db, PersonInput(last_name="Morvan", first_name="Anne")).value
    bruno = create_person(db, PersonInput(last_name="Morvan", first_name="Bruno")).value
    assert names_found(db, "morvan") == ["Anne Morvan", "Bruno Morvan"]
    by_name_descending = Sort(StakeholderColumn.NAME, descending=True)
    assert stakeholder_keys(db, StakeholderFilter(text="morvan"), by_name_descending) == [
        bruno.id.hex, anne.id.hex]
    archive_stakeholder(db, anne.id)
    assert names_found(db, "morvan") == ["Bruno Morvan"]
    assert len(stakeholder_keys(db, StakeholderFilter(text="morvan", include_archived=True))) == 2
    restore_stakeholder(db, anne.id)
    update_person(db, anne.id, PersonInput(last_name="Morvan", first_name="Zoé"))
    assert names_found(db, "morvan") == ["Bruno Morvan", "Zoé Morvan"]
