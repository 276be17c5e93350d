"""Interactions: participants with their presence, limited to the project's stakeholders."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from ingenierie.errors import ValidationError
from ingenierie.models import Interaction, Participation
from ingenierie.models.vocabulary import InteractionKind, Presence
from ingenierie.services.projects.interactions import (
    InteractionInput,
    archive_interaction,
    create_interaction,
    get_interaction,
    project_interactions,
    restore_interaction,
    stakeholder_interactions,
    update_interaction,
)
from ingenierie.services.projects.involvements import InvolvementInput, add_involvement
from ingenierie.services.stakeholders.stakeholder import PersonInput, create_person


@pytest.fixture
def involved(db, project, person, organisation):
    for stakeholder in (person, organisation):
        add_involvement(db, project.id, stakeholder.id, InvolvementInput())
    return person, organisation


def test_interaction_with_participants(db, project, involved):
    person, organisation = involved
    row = create_interaction(db, project.id, InteractionInput(
        occurred_on=date(2024, 4, 2), title="COPIL de lancement", kind="Comité de pilotage",
        place="Carhaix", decisions="Valider le programme",
        participants=((person.id, "présent"), (organisation.id, Presence.EXCUSE)))).value

    assert row.kind is InteractionKind.COPIL
    assert [(p.display_name, p.presence) for p in row.participants] == [
        ("Anne-Sophie Le Goff", Presence.PRESENT), ("Brest métropole", Presence.EXCUSE)]
    assert get_interaction(db, row.id) == row


def test_someone_not_involved_is_refused(db, count, project, involved):
    outsider = create_person(db, PersonInput(last_name="Tanguy", first_name="Paul")).value
    with pytest.raises(ValidationError, match="n'est pas impliqué·e dans le projet") as raised:
        create_interaction(db, project.id, InteractionInput(
            occurred_on=date(2024, 4, 2), title="Atelier",
            participants=((involved[0].id, "present"), (outsider.id, "present"))))
    assert raised.value.field == "participants"
    assert count(Interaction) == count(Participation) == 0


@pytest.mark.parametrize(("changes", "field"), [
    ({"title": ""}, "title"),
    ({"kind": "apéro"}, "kind"),
    ({"occurred_on": None}, "occurred_on"),
])
def test_invalid_interaction_is_refused(db, count, project, changes, field):
    data = dataclasses.replace(InteractionInput(date(2024, 4, 2), "Atelier"), **changes)
    with pytest.raises(ValidationError) as raised:
        create_interaction(db, project.id, data)
    assert raised.value.field == field
    assert count(Interaction) == 0


def test_unknown_presence_is_refused(db, project, involved):
    with pytest.raises(ValidationError, match="Présence"):
        create_interaction(db, project.id, InteractionInput(
            date(2024, 4, 2), "Atelier", participants=((involved[0].id, "en retard"),)))


def test_update_replaces_participants(db, project, involved):
    person, organisation = involved
    row = create_interaction(db, project.id, InteractionInput(
        date(2024, 4, 2), "Atelier", participants=((person.id, "present"),))).value
    changed = update_interaction(db, row.id, dataclasses.replace(
        row.to_input(), notes="Compte rendu", participants=((organisation.id, "absent"),))).value
    assert changed.notes == "Compte rendu"
    assert [(p.stakeholder_id, p.presence) for p in changed.participants] == [
        (organisation.id, Presence.ABSENT)]
    assert stakeholder_interactions(db, person.id) == []
    assert [r.id for r in stakeholder_interactions(db, organisation.id)] == [row.id]


def test_lists_newest_first_and_archive(db, project, involved):
    older = create_interaction(db, project.id,
                               InteractionInput(date(2024, 3, 1), "Entretien")).value
    newer = create_interaction(db, project.id,
                               InteractionInput(date(2024, 5, 1), "Atelier")).value
    assert [r.id for r in project_interactions(db, project.id)] == [newer.id, older.id]

    archive_interaction(db, newer.id)
    assert [r.id for r in project_interactions(db, project.id)] == [older.id]
    assert len(project_interactions(db, project.id, include_archived=True)) == 2
    restore_interaction(db, newer.id)
    assert len(project_interactions(db, project.id)) == 2
