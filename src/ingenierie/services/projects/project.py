"""Projects: create, edit, read, list with filters, archive and restore.

A project's themes and territories are written with it, as one form; its
cooperation stage is read from the stage history (see ``stages``).
"""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from ingenierie.errors import DuplicateError, ValidationError
from ingenierie.models import (
    Project,
    ProjectTerritory,
    ProjectTheme,
    Stakeholder,
    Territory,
    Theme,
)
from ingenierie.models.vocabulary import (
    ProjectPhase,
    ProjectStatus,
    Scheme,
    TerritoryRole,
)
from ingenierie.services.common import (
    check_cents,
    check_period,
    fetch,
    fetch_reference,
    folded_contains,
    optional_text,
    set_archived,
    sync_links,
    to_optional_vocabulary,
    to_vocabulary,
    unique_ids,
)
from ingenierie.services.evaluation.campaigns import earliest_evaluation_date
from ingenierie.services.projects.records import (
    ProjectDetail,
    ProjectInput,
    ProjectRow,
    ProjectTerritoryRow,
)
from ingenierie.services.projects.stages import current_stages, earliest_stage_date
from ingenierie.services.reference.themes import theme_row
from ingenierie.services.validation import require_text
from ingenierie.storage import Database
from ingenierie.storage.changes import ChangeSet, Written

__all__ = [
    "ProjectDetail",
    "ProjectInput",
    "ProjectRow",
    "ProjectTerritoryRow",
    "apply_project",
    "archive_project",
    "create_project",
    "get_project",
    "list_projects",
    "restore_project",
    "update_project",
]


def apply_project(session: Session, project: Project, data: ProjectInput) -> None:
    """Validate ``data`` and write it onto ``project`` (links included).

    The one set of rules for a project: the forms and the spreadsheet import both
    write projects through it. Raises :class:`ValidationError` naming the field.
    """
    project.title = require_text(data.title, "title", "Le titre du projet", 300)
    code = optional_text(data.code, "code", "Le code du projet", 40)
    if code is not None:
        taken = session.scalar(select(Project.id).where(Project.code == code,
                                                        Project.id != project.id))
        if taken is not None:
            raise DuplicateError(f"Le code de projet « {code} » est déjà utilisé.", field="code")
    project.code = code
    project.summary = optional_text(data.summary, "summary", "Le résumé")
    project.scheme = to_vocabulary(Scheme, data.scheme, "scheme", "Dispositif")
    project.phase = to_vocabulary(ProjectPhase, data.phase, "phase", "Phase")
    project.status = to_vocabulary(ProjectStatus, data.status, "status", "Statut")
    check_period(data.start_on, data.end_on)
    if data.start_on is not None and project.id is not None:
        first_stage = earliest_stage_date(session, project.id)
        if first_stage is not None and first_stage < data.start_on:
            raise ValidationError(
                f"La date de début ({data.start_on:%d/%m/%Y}) suit la première étape de "
                f"coopération enregistrée ({first_stage:%d/%m/%Y}).", field="start_on")
        first_campaign = earliest_evaluation_date(session, project.id)
        if first_campaign is not None and first_campaign < data.start_on:
            raise ValidationError(
                f"La date de début ({data.start_on:%d/%m/%Y}) suit la première évaluation "
                f"du projet ({first_campaign:%d/%m/%Y}).", field="start_on")
    project.start_on, project.end_on = data.start_on, data.end_on
    if data.lead_id is not None:
        fetch_reference(session, Stakeholder, data.lead_id, "lead_id", "Porteur")
    project.lead_id = data.lead_id
    project.budget_cents = check_cents(data.budget_cents, "budget_cents", "Le budget",
                                       required=False)
    project.funds_public = bool(data.funds_public)
    project.funds_market = bool(data.funds_market)
    project.funds_non_market = bool(data.funds_non_market)
    project.funds_volunteer = bool(data.funds_volunteer)
    project.commons_resource = optional_text(data.commons_resource, "commons_resource",
                                             "La ressource commune")
    project.commons_community = optional_text(data.commons_community, "commons_community",
                                              "La communauté")
    project.commons_rules = optional_text(data.commons_rules, "commons_rules",
                                          "Les règles communes")
    session.add(project)
    session.flush()
    _link_themes(session, project, data.theme_ids)
    _link_territories(session, project, data.territories)


def _link_themes(session: Session, project: Project, theme_ids: tuple[uuid.UUID, ...]) -> None:
    ids = unique_ids(theme_ids)
    for theme_id in ids:
        fetch_reference(session, Theme, theme_id, "theme_ids", "Thématique")
    sync_links(session, session.scalars(select(ProjectTheme).where(
        ProjectTheme.project_id == project.id)), lambda link: link.theme_id,
        {theme_id: {"project_id": project.id, "theme_id": theme_id} for theme_id in ids},
        ProjectTheme)


def _link_territories(session: Session, project: Project,
                      territories: tuple[tuple[uuid.UUID, TerritoryRole | str], ...]) -> None:
    links: dict[tuple[uuid.UUID, TerritoryRole], None] = {}
    for territory_id, role in territories:
        fetch_reference(session, Territory, territory_id, "territories", "Territoire")
        member = to_vocabulary(TerritoryRole, role, "territories", "Rôle du territoire")
        links[(territory_id, member)] = None
    sync_links(session, session.scalars(select(ProjectTerritory).where(
        ProjectTerritory.project_id == project.id)), lambda link: (link.territory_id, link.role),
        {link: {"project_id": project.id, "territory_id": link[0], "role": link[1]}
         for link in links}, ProjectTerritory)


def project_detail(session: Session, project: Project) -> ProjectDetail:
    """The project as the screens show it, read inside an open transaction (the import uses it
    to compare a stored project with a row before updating it)."""
    session.flush()
    lead = session.get(Stakeholder, project.lead_id) if project.lead_id else None
    stage, since = current_stages(session, [project.id]).get(project.id, (None, None))
    themes = session.scalars(
        select(Theme).join(ProjectTheme, ProjectTheme.theme_id == Theme.id)
        .where(ProjectTheme.project_id == project.id).order_by(Theme.name))
    territories = session.execute(
        select(Territory, ProjectTerritory.role)
        .join(ProjectTerritory, ProjectTerritory.territory_id == Territory.id)
        .where(ProjectTerritory.project_id == project.id)
        .order_by(ProjectTerritory.role, Territory.name))
    return ProjectDetail(
        id=project.id, title=project.title, code=project.code, summary=project.summary,
        scheme=project.scheme, phase=project.phase, status=project.status,
        start_on=project.start_on, end_on=project.end_on, lead_id=project.lead_id,
        lead_name=lead.display_name if lead else None, budget_cents=project.budget_cents,
        funds_public=project.funds_public, funds_market=project.funds_market,
        funds_non_market=project.funds_non_market, funds_volunteer=project.funds_volunteer,
        commons_resource=project.commons_resource, commons_community=project.commons_community,
        commons_rules=project.commons_rules, stage=stage, stage_since=since,
        created_at=project.created_at, updated_at=project.updated_at,
        archived_at=project.archived_at,
        themes=tuple(theme_row(theme) for theme in themes),
        territories=tuple(
            ProjectTerritoryRow(territory_id=t.id, kind=t.kind, code=t.code, name=t.name,
                                role=role) for t, role in territories))


def create_project(db: Database, data: ProjectInput) -> Written[ProjectDetail]:
    with db.write() as session:
        project = Project(id=uuid.uuid4())
        apply_project(session, project, data)
        detail = project_detail(session, project)
    return Written(detail, session.changes)


def update_project(db: Database, project_id: uuid.UUID, data: ProjectInput
                   ) -> Written[ProjectDetail]:
    """Replace every field, themes and territories included, with ``data``."""
    with db.write() as session:
        project = fetch(session, Project, project_id, "Projet")
        apply_project(session, project, data)
        detail = project_detail(session, project)
    return Written(detail, session.changes)


def get_project(db: Database, project_id: uuid.UUID) -> ProjectDetail:
    with db.read() as session:
        return project_detail(session, fetch(session, Project, project_id, "Projet"))


def list_projects(db: Database, *, text: str | None = None, scheme: Scheme | str | None = None,
                  phase: ProjectPhase | str | None = None,
                  status: ProjectStatus | str | None = None,
                  include_archived: bool = False) -> list[ProjectRow]:
    """Projects matching every filter given, by title; ``text`` searches title and code,
    accents and case aside."""
    lead = aliased(Stakeholder)
    query = (select(Project, lead.display_name)
             .outerjoin(lead, lead.id == Project.lead_id).order_by(Project.title))
    for column, value, vocabulary, name, label in (
            (Project.scheme, scheme, Scheme, "scheme", "Dispositif"),
            (Project.phase, phase, ProjectPhase, "phase", "Phase"),
            (Project.status, status, ProjectStatus, "status", "Statut")):
        member = to_optional_vocabulary(vocabulary, value, name, label)
        if member is not None:
            query = query.where(column == member)
    if not include_archived:
        query = query.where(Project.archived_at.is_(None))
    with db.read() as session:
        found = [(project, lead_name) for project, lead_name in session.execute(query)
                 if not text or folded_contains(text, project.title, project.code)]
        stages = current_stages(session, None if len(found) > 500 else
                                [project.id for project, _ in found])
    return [ProjectRow(
        id=p.id, code=p.code, title=p.title, scheme=p.scheme, phase=p.phase, status=p.status,
        start_on=p.start_on, end_on=p.end_on, lead_id=p.lead_id, lead_name=lead_name,
        stage=stages.get(p.id, (None, None))[0], archived=p.archived_at is not None)
        for p, lead_name in found]


def archive_project(db: Database, project_id: uuid.UUID) -> ChangeSet:
    return set_archived(db, Project, project_id, "Projet", True)


def restore_project(db: Database, project_id: uuid.UUID) -> ChangeSet:
    return set_archived(db, Project, project_id, "Projet", False)
