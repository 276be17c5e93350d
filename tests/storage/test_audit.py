"""The audit trail: every committed write leaves who, when, which record and which fields
changed from what to what; a bulk write one line of counts; a rolled-back write nothing."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from ingenierie.errors import ValidationError
from ingenierie.models import AuditEntry, Person, Theme
from ingenierie.services.importing.pipeline import run_import
from ingenierie.services.projects.project import ProjectInput, create_project
from ingenierie.services.stakeholders.stakeholder import (
    PersonInput,
    archive_stakeholder,
    create_person,
    update_person,
)
from ingenierie.storage import Database

sys.path.insert(0, str(Path(__file__).parents[1] / "services" / "importing"))
import fixtures


def entries(db: Database) -> list[AuditEntry]:
    with db.read() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.created_at)))


def test_a_form_write_names_who_which_record_and_each_field_before_and_after(
        db: Database) -> None:
    db.actor = "Claire Martin"
    person = create_person(db, PersonInput(last_name="Le Goff", first_name="Anne",
                                           email="anne@exemple.fr")).value
    update_person(db, person.id, PersonInput(last_name="Le Goff", first_name="Anne",
                                             email="anne.legoff@exemple.fr"))
    archive_stakeholder(db, person.id)

    created, changed, archived = entries(db)
    assert {e.actor for e in (created, changed, archived)} == {"Claire Martin"}
    assert (created.action, created.kind, created.record_id) == ("insert", "stakeholder",
                                                                  person.id)
    assert json.loads(created.changes)["email"] == [None, "anne@exemple.fr"]
    assert json.loads(changed.changes) == {"email": ["anne@exemple.fr",
                                                     "anne.legoff@exemple.fr"]}
    assert changed.stakeholder_id == person.id
    assert list(json.loads(archived.changes)) == ["archived_at"]
    assert created.unit_id != changed.unit_id


def test_a_child_record_names_its_project_and_stakeholder(db: Database) -> None:
    from ingenierie.services.projects.involvements import InvolvementInput, add_involvement

    project = create_project(db, ProjectInput(title="Tiers-lieu de Carhaix")).value
    person = create_person(db, PersonInput(last_name="Kerhervé")).value
    involvement = add_involvement(db, project.id, person.id, InvolvementInput(
        role="Partenaire", influence=3, interest=4, participation="Information",
        posture="Facilitateur")).value
    line = next(e for e in entries(db) if e.kind == "involvement")
    assert (line.record_id, line.project_id, line.stakeholder_id) == (
        involvement.id, project.id, person.id)
    assert json.loads(line.changes)["influence"] == [None, 3]


def test_a_refused_or_rolled_back_write_leaves_no_line(db: Database) -> None:
    with pytest.raises(ValidationError):
        create_person(db, PersonInput(last_name=""))
    with pytest.raises(RuntimeError), db.write() as session:
        session.add(Theme(name="Annulé"))
        session.flush()
        raise RuntimeError("stop")
    assert entries(db) == []


def test_an_import_is_one_line_with_its_counts_and_records_each_persons_source(
        db: Database, tmp_path: Path) -> None:
    db.actor = "Claire Martin"
    report = run_import(db, fixtures.clean_people(tmp_path, rows=30))
    assert report.outcome.value == "imported"

    (line,) = entries(db)
    assert line.action == "bulk" and line.record_id is None
    content = json.loads(line.changes)
    assert content["note"] == "Import de « propre.xlsx »"
    assert content["counts"]["stakeholder (ajout)"] >= 30
    with db.read() as session:
        people = session.scalars(select(Person)).all()
    assert len(people) == 30
    assert {(p.imported_from, p.imported_by) for p in people} == {("propre.xlsx",
                                                                   "Claire Martin")}
    assert all(p.imported_at is not None for p in people)
