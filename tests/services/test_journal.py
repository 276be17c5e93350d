"""The journal read back per project and per stakeholder, in French."""

from __future__ import annotations

import json

from ingenierie.services.demo import generate_demo
from ingenierie.services.journal import (
    project_journal,
    recent_journal,
    stakeholder_journal,
    write_journal,
)
from ingenierie.services.projects.involvements import InvolvementInput, add_involvement
from ingenierie.services.stakeholders.records import PersonInput
from ingenierie.services.stakeholders.stakeholder import update_person
from ingenierie.storage import Database


def test_a_project_and_a_person_each_show_their_own_lines(db: Database, person, project,
                                                           organisation) -> None:
    db.actor = "Claire Martin"
    add_involvement(db, project.id, person.id, InvolvementInput(
        role="Partenaire", influence=3, interest=4, participation="Information",
        posture="Facilitateur"))
    update_person(db, person.id, PersonInput(last_name="Le Goff", first_name="Anne-Sophie",
                                             email="asl@exemple.fr"))
    on_project = project_journal(db, project.id)
    assert [line.kind for line in on_project] == ["Implication", "Projet"]
    assert "Influence : ∅ → 3" in on_project[0].details
    on_person = stakeholder_journal(db, person.id)
    assert on_person[0].action == "Modification" and on_person[0].actor == "Claire Martin"
    assert "Courriel : anne-sophie.legoff@brest-metropole.fr → asl@exemple.fr" in \
        on_person[0].details
    assert any(line.kind == "Affiliation" for line in stakeholder_journal(db, organisation.id))
    assert len(recent_journal(db)) >= 5


def test_the_journal_goes_out_as_json_and_the_demo_says_what_it_was(db: Database,
                                                                     tmp_path) -> None:
    generate_demo(db, size=60, seed=3)
    line, shipped = recent_journal(db)  # the demo, after the shipped library it needs
    assert line.action == "Écriture groupée"
    assert line.details.startswith("Données de démonstration (graine 3, 60 acteurs) — ")
    assert shipped.details.startswith("Bibliothèque d'indicateurs et grilles de maturité")
    assert "_" not in line.details + shipped.details  # every kind in French
    written = write_journal(db, tmp_path / "journal.json", recent_journal(db))
    assert json.loads(written.read_text(encoding="utf-8"))[0]["action"] == "Écriture groupée"
