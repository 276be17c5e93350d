"""Which records an export holds, as SQL to use inside each sheet's query.

The projects are the scope's (one project, or the projects list's filter). The
stakeholders are every live one when the export covers every project, else those
the exported records name (involved, funders, participants, leads, evaluation
participants, recommendation owners) and the organisations those people belong to;
the territories are those the projects act on, with their parents. Archived
records are left out, as in the lists; a record the export names is always in it,
so that every reference of the workbook finds its row.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, select, union

from ingenierie.models import (
    Affiliation,
    Evaluation,
    EvaluationParticipant,
    Funding,
    Interaction,
    Involvement,
    Participation,
    Project,
    ProjectTerritory,
    Recommendation,
    Stakeholder,
    Territory,
)
from ingenierie.services.projects.listing import ProjectFilter, matching_projects
from ingenierie.services.projects.selection import Scope
from ingenierie.storage import Database


@dataclass(frozen=True, slots=True)
class Selected:
    """Subqueries of the ids exported, kind by kind."""

    projects: Select[Any]
    stakeholders: Select[Any]
    territories: list[uuid.UUID]
    everything: bool


def select_records(db: Database, scope: Scope) -> Selected:
    if scope.project_id is not None:
        projects: Select[Any] = select(Project.id).where(Project.id == scope.project_id)
    else:
        projects = matching_projects(db, scope.wanted)
    everything = scope.project_id is None and scope.wanted == ProjectFilter()
    named = union(
        select(Involvement.stakeholder_id).where(Involvement.project_id.in_(projects),
                                                 Involvement.archived_at.is_(None)),
        select(Funding.funder_id).where(Funding.project_id.in_(projects),
                                        Funding.archived_at.is_(None)),
        select(Participation.stakeholder_id).join(
            Interaction, Interaction.id == Participation.interaction_id).where(
            Interaction.project_id.in_(projects), Interaction.archived_at.is_(None)),
        select(Project.lead_id).where(Project.id.in_(projects), Project.lead_id.is_not(None)),
        select(EvaluationParticipant.stakeholder_id).join(
            Evaluation, Evaluation.id == EvaluationParticipant.evaluation_id).where(
            Evaluation.project_id.in_(projects), Evaluation.archived_at.is_(None)),
        select(Recommendation.owner_id).join(
            Evaluation, Evaluation.id == Recommendation.evaluation_id).where(
            Evaluation.project_id.in_(projects), Recommendation.owner_id.is_not(None),
            Recommendation.archived_at.is_(None), Evaluation.archived_at.is_(None)),
    ).subquery()
    people = select(named.c[0])
    if everything:
        everyone = union(people, select(Stakeholder.id).where(
            Stakeholder.archived_at.is_(None))).subquery()
        people = select(everyone.c[0])
    with_organisations = union(people, select(Affiliation.organisation_id).where(
        Affiliation.person_id.in_(people))).subquery()
    return Selected(projects, select(with_organisations.c[0]),
                    _territories(db, projects), everything)


def _territories(db: Database, projects: Select[Any]) -> list[uuid.UUID]:
    """The territories the projects act on, and every parent up their chain."""
    with db.read() as session:
        found = set(session.scalars(select(ProjectTerritory.territory_id).where(
            ProjectTerritory.project_id.in_(projects))))
        frontier = set(found)
        while frontier:
            parents = {parent for parent in session.scalars(select(Territory.parent_id).where(
                Territory.id.in_(list(frontier)))) if parent is not None}
            frontier = parents - found
            found |= parents
    return sorted(found)
