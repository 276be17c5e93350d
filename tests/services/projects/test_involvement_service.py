"""Involvements: scales checked, the power/interest grid, one involvement per project."""

from __future__ import annotations

import dataclasses
import uuid

import pytest

from ingenierie.errors import DuplicateError, NotFoundError, ValidationError
from ingenierie.models import Involvement
from ingenierie.models.vocabulary import (
    CooperationStage,
    InvolvementRole,
    Posture,
    Quadrant,
    StakeholderNature,
)
from ingenierie.services.projects.involvements import (
    InvolvementInput,
    add_involvement,
    archive_involvement,
    get_involvement,
    project_involvements,
    restore_involvement,
    set_grid_position,
    stakeholder_involvements,
    update_involvement,
)
from ingenierie.services.projects.project import ProjectInput, create_project


def test_added_involvement_carries_names_and_quadrant(db, project, person):
    row = add_involvement(db, project.id, person.id, InvolvementInput(
        role="Co-porteur", influence=5, interest=2, attitude=-1,
        participation="co-construction", posture="Facilitateur",
        expected_effects=" Un lieu pour le quartier ")).value

    assert row.stakeholder_name == "Anne-Sophie Le Goff"
    assert row.project_title == project.title
    assert row.nature is StakeholderNature.PERSON
    assert (row.role, row.participation, row.posture) == (
        InvolvementRole.CO_PORTEUR, CooperationStage.CO_CONSTRUCTION, Posture.FACILITATEUR)
    assert row.quadrant is Quadrant.TENIR_SATISFAIT
    assert row.expected_effects == "Un lieu pour le quartier"
    assert get_involvement(db, row.id) == row


@pytest.mark.parametrize(("changes", "field"), [
    ({"influence": 6}, "influence"),
    ({"influence": 0}, "influence"),
    ({"interest": 6}, "interest"),
    ({"influence": 2.5}, "influence"),
    ({"influence": True}, "influence"),
    ({"attitude": 3}, "attitude"),
    ({"attitude": -3}, "attitude"),
    ({"participation": "partenariat"}, "participation"),
    ({"posture": "expert"}, "posture"),
    ({"role": "spectateur"}, "role"),
])
def test_out_of_scale_or_unknown_is_refused_and_nothing_written(db, count, project, person,
                                                                changes, field):
    with pytest.raises(ValidationError) as raised:
        add_involvement(db, project.id, person.id,
                        dataclasses.replace(InvolvementInput(), **changes))
    assert raised.value.field == field
    assert count(Involvement) == 0


def test_influence_message_names_the_scale(db, project, person):
    with pytest.raises(ValidationError, match="L'influence doit être un entier entre 1 et 5"):
        add_involvement(db, project.id, person.id, InvolvementInput(influence=6))


def test_update_refuses_and_keeps_previous_values(db, project, person):
    row = add_involvement(db, project.id, person.id, InvolvementInput(influence=2)).value
    with pytest.raises(ValidationError):
        update_involvement(db, row.id, dataclasses.replace(row.to_input(), interest=9))
    assert get_involvement(db, row.id).interest == 3

    changed = update_involvement(db, row.id, dataclasses.replace(
        row.to_input(), attitude=2, participation=CooperationStage.COOPERATION)).value
    assert (changed.attitude, changed.participation) == (2, CooperationStage.COOPERATION)


def test_grid_position_moves_and_undoes(db, project, person):
    row = add_involvement(db, project.id, person.id,
                          InvolvementInput(influence=1, interest=1)).value
    assert row.quadrant is Quadrant.SURVEILLER

    moved = set_grid_position(db, row.id, 4, 5).value
    assert (moved.influence, moved.interest, moved.quadrant) == (4, 5, Quadrant.GERER_DE_PRES)
    back = set_grid_position(db, row.id, row.influence, row.interest).value
    assert back == dataclasses.replace(moved, influence=1, interest=1)

    with pytest.raises(ValidationError):
        set_grid_position(db, row.id, 6, 1)
    assert get_involvement(db, row.id).influence == 1
    with pytest.raises(NotFoundError):
        set_grid_position(db, uuid.uuid4(), 1, 1)


def test_one_involvement_per_stakeholder_and_project(db, project, person):
    row = add_involvement(db, project.id, person.id, InvolvementInput()).value
    with pytest.raises(DuplicateError, match="déjà impliqué"):
        add_involvement(db, project.id, person.id, InvolvementInput())
    archive_involvement(db, row.id)
    with pytest.raises(DuplicateError, match="restaurez"):
        add_involvement(db, project.id, person.id, InvolvementInput())


def test_lists_by_project_and_by_stakeholder(db, project, person, organisation):
    other = create_project(db, ProjectInput(title="Atelier mobilité")).value
    weak = add_involvement(db, project.id, person.id, InvolvementInput(influence=2)).value
    strong = add_involvement(db, project.id, organisation.id, InvolvementInput(influence=5)).value
    elsewhere = add_involvement(db, other.id, person.id, InvolvementInput()).value

    assert [r.id for r in project_involvements(db, project.id)] == [strong.id, weak.id]
    assert [r.id for r in stakeholder_involvements(db, person.id)] == [elsewhere.id, weak.id]

    archive_involvement(db, weak.id)
    assert [r.id for r in project_involvements(db, project.id)] == [strong.id]
    assert len(project_involvements(db, project.id, include_archived=True)) == 2
    restore_involvement(db, weak.id)
    assert len(project_involvements(db, project.id)) == 2


def test_unknown_project_or_stakeholder(db, project, person):
    with pytest.raises(NotFoundError, match="Projet introuvable"):
        add_involvement(db, uuid.uuid4(), person.id, InvolvementInput())
    with pytest.raises(NotFoundError, match="Acteur introuvable"):
        add_involvement(db, project.id, uuid.uuid4(), InvolvementInput())
    with pytest.raises(NotFoundError):
        get_involvement(db, uuid.uuid4())
