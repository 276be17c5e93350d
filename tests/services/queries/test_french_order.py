"""Lists sort the French way: accents and case aside, people by last name then first name —
in the SQL of every list, the fast path of a text search included, and for rows stored
before the sort keys existed (migration 0007)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from ingenierie.services.projects.listing import ProjectFilter, project_keys, project_rows
from ingenierie.services.projects.project import ProjectInput, create_project, list_projects
from ingenierie.services.queries.ordering import Sort, person_sort_key, sort_key
from ingenierie.services.reference.territories import TerritoryInput, create_territory
from ingenierie.services.reference.territories import search_territories as territories_named
from ingenierie.services.stakeholders.listing import (
    StakeholderColumn,
    StakeholderFilter,
    stakeholder_keys,
    stakeholder_rows,
)
from ingenierie.services.stakeholders.stakeholder import (
    OrganisationInput,
    PersonInput,
    create_organisation,
    create_person,
    update_person,
)
from ingenierie.storage import open_database
from ingenierie.storage.engines.sqlite.connection import create_sqlite_engine
from ingenierie.storage.migrate import Migrations

TITLES = ["Zéro déchet à Morlaix", "Éoliennes citoyennes du Mené", "abbaye de Daoulas",
          "Écoles ouvertes", "Adrienne", "Adélaïde", "Œuvres communes", "eau partagée"]
EVERY_PROJECT, BY_TITLE, EVERYONE = ProjectFilter(), Sort("title"), StakeholderFilter()
FRENCH_TITLES = ["abbaye de Daoulas", "Adélaïde", "Adrienne", "eau partagée", "Écoles ouvertes",
                 "Éoliennes citoyennes du Mené", "Œuvres communes", "Zéro déchet à Morlaix"]


def test_sort_keys_fold_accents_case_and_ligatures():
    assert sort_key("Éoliennes") == "eoliennes"
    assert sort_key("Œuvre d’Æsop") == "oeuvre d aesop"
    assert sort_key("Adélaïde") < sort_key("Adrienne")
    assert person_sort_key("Le", "Zoé") < person_sort_key("Le Bihan", "Anne")
    assert person_sort_key("Abgrall", "Yann") < person_sort_key("Zimmer", "Anne")


def test_projects_sort_the_french_way(db):
    for title in TITLES:
        create_project(db, ProjectInput(title=title))

    def titles(wanted=EVERY_PROJECT, sort=BY_TITLE):
        keys = project_keys(db, wanted, sort)
        rows = project_rows(db, keys)
        return [rows[key].title for key in keys]

    assert titles() == FRENCH_TITLES
    assert titles(sort=Sort("title", descending=True)) == FRENCH_TITLES[::-1]
    assert titles(ProjectFilter(text="e")) == [  # the search index's own order
        t for t in FRENCH_TITLES if t in ("Écoles ouvertes", "Éoliennes citoyennes du Mené",
                                          "eau partagée")]
    assert titles(ProjectFilter(scheme="autre")) == FRENCH_TITLES  # the plain SQL path
    assert [p.title for p in list_projects(db)] == FRENCH_TITLES


def test_people_sort_by_last_name_then_first_name_among_organisations(db):
    for last, first in (("Zimmer", "Anne"), ("Abgrall", "Yann"), ("Le Bihan", "Nolwenn"),
                        ("Le", "Zoé"), ("Éon", "Bleuenn"), ("Eon", "Alan")):
        create_person(db, PersonInput(last_name=last, first_name=first), allow_duplicate=True)
    create_organisation(db, OrganisationInput("Brest métropole"))

    def names(wanted=EVERYONE):
        keys = stakeholder_keys(db, wanted, Sort(StakeholderColumn.NAME))
        rows = stakeholder_rows(db, keys)
        return [rows[key].display_name for key in keys]

    expected = ["Yann Abgrall", "Brest métropole", "Alan Eon", "Bleuenn Éon", "Zoé Le",
                "Nolwenn Le Bihan", "Anne Zimmer"]
    assert names() == expected
    assert names(StakeholderFilter(nature="person")) == [n for n in expected if "Brest" not in n]
    assert names(StakeholderFilter(text="e")) == ["Alan Eon", "Bleuenn Éon"]


def test_a_renamed_person_moves_in_the_list(db):
    zoe = create_person(db, PersonInput(last_name="Zimmer", first_name="Zoé")).value
    create_person(db, PersonInput(last_name="Morvan", first_name="Anne"))
    update_person(db, zoe.id, PersonInput(last_name="Abalain", first_name="Zoé"))
    keys = stakeholder_keys(db, StakeholderFilter(text="a"), Sort(StakeholderColumn.NAME))
    assert [stakeholder_rows(db, keys)[k].display_name for k in keys] == [
        "Zoé Abalain", "Anne Morvan"]


def test_territories_sort_the_french_way(db):
    for name in ("Saint-Malo", "Élancourt", "Dinan", "Saint-Étienne", "saint-brieuc"):
        create_territory(db, TerritoryInput("custom", name))
    assert [t.name for t in territories_named(db, "a")] == [
        "Dinan", "Élancourt", "saint-brieuc", "Saint-Étienne", "Saint-Malo"]


def test_rows_stored_before_the_sort_keys_get_theirs(tmp_path: Path):
    path = tmp_path / "old.sqlite"
    engine = create_sqlite_engine(path)
    migrations = Migrations()
    migrations.upgrade(engine, "0003")
    with engine.begin() as connection:
        for key, nature, name, last, first in (
                ("a" * 32, "person", "Yann Abgrall", "Abgrall", "Yann"),
                ("b" * 32, "organisation", "Éoliennes du Mené", None, None)):
            connection.execute(text(
                "INSERT INTO stakeholder (id, nature, actor_kind, display_name, match_key, "
                "last_name, first_name, created_at, updated_at) VALUES (:id, :nature, 'autre', "
                ":name, :name, :last, :first, '2024-01-01', '2024-01-01')"),
                {"id": key, "nature": nature, "name": name, "last": last, "first": first})
        connection.execute(text(
            "INSERT INTO project (id, title, scheme, phase, status, funds_public, funds_market, "
            "funds_non_market, funds_volunteer, created_at, updated_at) VALUES "
            "(:id, 'Écoles ouvertes', 'autre', 'emergence', 'actif', 0, 0, 0, 0, "
            "'2024-01-01', '2024-01-01')"), {"id": "c" * 32})
    engine.dispose()
    with open_database(path) as db, db.read() as session:
        assert dict(session.execute(text("SELECT display_name, sort_key FROM stakeholder"))
                    .all()) == {"Yann Abgrall": "abgrall\x1fyann",
                                "Éoliennes du Mené": "eoliennes du mene"}
        assert session.execute(text("SELECT sort_name FROM search_project_row")).scalar() \
            == "ecoles ouvertes"
