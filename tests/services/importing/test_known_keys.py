"""A small file looks up only its own keys, and finds exactly what reading every key finds.

The stored records are chosen to be hard to find by key: two people whose e-mails differ
only in case (the first stored wins), an e-mail with an accented capital (SQLite's
``lower`` leaves it: only the partial index of unusual e-mails finds it), namesakes in
two organisations, an organisation known by its SIRET. The same file is imported into
two copies of the database, one reading every stored key at once (as a big file does),
one reading only the file's keys: the reports and the databases must be the same.
"""

from __future__ import annotations

import csv
import shutil
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, inspect, select, text

from ingenierie.models import Affiliation, Person, Stakeholder
from ingenierie.models.vocabulary import StakeholderNature
from ingenierie.services.importing import pipeline
from ingenierie.services.importing.pipeline import ImportOptions, plan_import, run_import
from ingenierie.services.stakeholders.records import OrganisationInput, PersonInput
from ingenierie.services.stakeholders.stakeholder import organisation_columns, person_columns
from ingenierie.storage import Database, open_database
from ingenierie.storage.keys import beyond_plain_ascii

SIRET = "73282932000074"
HEADERS = ["Nom", "Prénom", "Organisme", "Courriel", "Fonction"]
ROWS = [
    ["Lebrun", "Anne", "", "ANNE.LEBRUN@exemple.fr", "Maire"],  # two stored, first wins
    ["Roux", "Élise", "", "élise.roux@exemple.fr", "Chargée de mission"],  # stored as É…
    ["Petit", "Jean", "Mairie de Millau", "", "Adjoint"],  # one of two namesakes
    ["Petit", "Jean", "", "", "Bénévole"],  # namesake elsewhere: a new person, warned
    ["Nouvelle", "Zoé", "SCIC Énergies citoyennes", "zoe@exemple.fr", "Gérante"],
    ["Blanc", "Paul", "Mairie de Rodez", "", "Élu"],  # stored elsewhere: new, warned
]


def _person(last: str, first: str, email: str | None) -> dict[str, Any]:
    return {**person_columns(PersonInput(last_name=last, first_name=first, email=email)),
            "id": uuid.uuid4(), "nature": StakeholderNature.PERSON}


def _organisation(name: str, siret: str | None = None) -> dict[str, Any]:
    return {**organisation_columns(OrganisationInput(name=name, siret=siret)),
            "id": uuid.uuid4(), "nature": StakeholderNature.ORGANISATION}


def _stored(db: Database) -> None:
    millau, rodez = _organisation("Mairie de Millau"), _organisation("Mairie de Rodez")
    scic = _organisation("SCIC Énergies Citoyennes", SIRET)
    people = [_person("Lebrun", "Anne", "Anne.Lebrun@exemple.fr"),
              _person("Lebrun", "Anne-Marie", "anne.lebrun@EXEMPLE.fr"),
              _person("Roux", "Élise", "Élise.Roux@exemple.fr"),
              _person("Petit", "Jean", "jean.petit@millau.fr"),
              _person("Petit", "Jean", "jpetit@rodez.fr"),
              _person("Blanc", "Paul", "paul.blanc@exemple.fr")]
    with db.bulk_write() as bulk:
        bulk.insert(Stakeholder, [millau, rodez, scic, *people])
        bulk.insert(Affiliation, [
            {"id": uuid.uuid4(), "person_id": people[3]["id"], "organisation_id": millau["id"]},
            {"id": uuid.uuid4(), "person_id": people[4]["id"], "organisation_id": rodez["id"]}])


def _file(folder: Path) -> Path:
    path = folder / "acteurs.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(HEADERS)
        writer.writerows(ROWS)
    return path


def _contents(db: Database) -> list[tuple[Any, ...]]:
    with db.read() as session:
        people = session.execute(select(
            Stakeholder.display_name, Stakeholder.email, inspect(Person).columns["job_title"],
            Stakeholder.nature)).all()
        links = session.execute(select(Affiliation.person_id, Affiliation.organisation_id)
                                .order_by(Affiliation.person_id)).all()
    return [*sorted(map(tuple, people), key=repr), (len(links),)]


@pytest.mark.parametrize("act", [plan_import, run_import])
def test_reading_only_the_files_keys_finds_what_reading_every_key_finds(
        db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, act: Any) -> None:
    with open_database(db_path) as db:
        _stored(db)
    file = _file(tmp_path)
    outcomes = []
    for every_key in (True, False):
        copy = tmp_path / f"copie-{every_key}.sqlite"
        shutil.copy(db_path, copy)
        monkeypatch.setattr(pipeline, "READ_EVERY_KEY_FROM_BYTES", 0 if every_key else 1 << 40)
        with open_database(copy) as db:
            report = act(db, file, ImportOptions())
            lines = [line for line in report.lines()  # the backup's name holds the time
                     if not line.startswith("Copie de la base")]
            outcomes.append((lines, _contents(db)))
    (lines, contents), (lines_only_keys, contents_only_keys) = outcomes
    assert lines_only_keys == lines
    assert contents_only_keys == contents
    assert any("Une personne du même nom existe déjà" in line for line in lines)


def test_the_lookups_of_a_files_keys_run_down_the_indexes(db: Database) -> None:
    with db.read() as session:
        def plan(statement: Any) -> str:
            compiled = statement.compile(session.get_bind(),
                                         compile_kwargs={"literal_binds": True})
            rows = session.execute(text(f"EXPLAIN QUERY PLAN {compiled}")).all()
            return " ".join(row[-1] for row in rows)

        by_email = select(Stakeholder.id).where(
            func.lower(Stakeholder.email).in_(["anne.lebrun@exemple.fr"]))
        assert "match_ix_stakeholder_email_folded" in plan(by_email)
        unusual = select(Stakeholder.id).where(beyond_plain_ascii(Stakeholder.email))
        assert "match_ix_stakeholder_email_unusual" in plan(unusual)
        by_name = select(Stakeholder.id).where(Stakeholder.match_key.in_(["petit|jean"]))
        assert "ix_stakeholder_match_key" in plan(by_name)
