"""Useful effects (économie de la fonctionnalité et de la coopération), per involvement.

What each stakeholder expected from the project is written with the
involvement; what they actually gained is written when the project is
evaluated, beside it. Both are free text about people: personal data.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ingenierie.models import Involvement, Project, Stakeholder
from ingenierie.models.vocabulary import InvolvementRole
from ingenierie.services.common import fetch, optional_text
from ingenierie.storage import Database
from ingenierie.storage.changes import Written


@dataclass(frozen=True, slots=True)
class UsefulEffectsRow:
    involvement_id: uuid.UUID
    stakeholder_id: uuid.UUID
    stakeholder_name: str
    role: InvolvementRole
    expected: str | None
    observed: str | None


def _rows(session: Session, *criteria: object) -> list[UsefulEffectsRow]:
    found = session.execute(
        select(Involvement, Stakeholder.display_name)
        .join(Stakeholder, Stakeholder.id == Involvement.stakeholder_id)
        .where(*criteria).order_by(Stakeholder.display_name))  # type: ignore[arg-type]
    return [UsefulEffectsRow(i.id, i.stakeholder_id, name, i.role, i.expected_effects,
                             i.observed_effects) for i, name in found]


def project_useful_effects(db: Database, project_id: uuid.UUID) -> list[UsefulEffectsRow]:
    """The live involvements of a project with their expected and observed effects."""
    with db.read() as session:
        fetch(session, Project, project_id, "Projet")
        return _rows(session, Involvement.project_id == project_id,
                     Involvement.archived_at.is_(None))


def set_observed_effects(db: Database, involvement_id: uuid.UUID, text: str | None
                         ) -> Written[UsefulEffectsRow]:
    """Write what the stakeholder gained from the project (blank: nothing observed yet)."""
    observed = optional_text(text, "observed_effects", "Les effets utiles observés")
    with db.write() as session:
        involvement = fetch(session, Involvement, involvement_id, "Implication")
        involvement.observed_effects = observed
        session.flush()
        written = _rows(session, Involvement.id == involvement.id)[0]
    return Written(written, session.changes)
