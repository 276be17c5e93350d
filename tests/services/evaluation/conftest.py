"""Fixtures for evaluation: the shipped data loaded, and records that tell a project's story.

``involve`` adds an organisation to the project with a participation level, a
posture and a period; ``meet`` records an exchange and who came to it.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable, Sequence
from datetime import date

import pytest

from ingenierie.models.vocabulary import ActorKind, CooperationStage, Posture, Presence
from ingenierie.services.projects.interactions import InteractionInput, create_interaction
from ingenierie.services.projects.involvements import (
    InvolvementInput,
    InvolvementRow,
    add_involvement,
)
from ingenierie.services.projects.project import ProjectDetail
from ingenierie.services.stakeholders.stakeholder import OrganisationInput, create_organisation
from ingenierie.storage import Database

_NAMES = itertools.count(1)


@pytest.fixture
def shipped(db: Database) -> Database:
    """The database with the shipped library and grid loaded."""
    from ingenierie.services.evaluation.shipped import sync_shipped_data

    sync_shipped_data(db)
    return db


Involve = Callable[..., InvolvementRow]


@pytest.fixture
def involve(db: Database, request: pytest.FixtureRequest) -> Involve:
    """Involve a new organisation in ``project_id``, by default the ``project`` fixture's."""

    def add(participation: CooperationStage | str = CooperationStage.INFORMATION,
            posture: Posture | str = Posture.MIXTE, *, start_on: date | None = None,
            end_on: date | None = None, kind: ActorKind | str = ActorKind.ASSOCIATION,
            expected_effects: str | None = None, project_id: uuid.UUID | None = None,
            ) -> InvolvementRow:
        organisation = create_organisation(db, OrganisationInput(
            name=f"Association n° {next(_NAMES)}", actor_kind=kind)).value
        if project_id is None:
            project_id = request.getfixturevalue("project").id
        return add_involvement(db, project_id, organisation.id, InvolvementInput(
            participation=participation, posture=posture, start_on=start_on, end_on=end_on,
            expected_effects=expected_effects)).value
    return add


@pytest.fixture
def meet(db: Database, project: ProjectDetail) -> Callable[..., uuid.UUID]:
    def add(on: date, present: Sequence[InvolvementRow] = (), *, kind: str = "reunion",
            absent: Sequence[InvolvementRow] = (), project_id: uuid.UUID | None = None
            ) -> uuid.UUID:
        participants = tuple((i.stakeholder_id, Presence.PRESENT) for i in present) + tuple(
            (i.stakeholder_id, Presence.ABSENT) for i in absent)
        return create_interaction(db, project_id or project.id, InteractionInput(
            occurred_on=on, title=f"Échange du {on:%d/%m/%Y}", kind=kind,
            participants=participants)).value.id
    return add
