"""Which projects a report or an export covers: one project, or the projects list's filter.

The command line and the dialogs name things as people do (a project's code or
title, a territory's code or name, a scheme's label); they are resolved here, with
a French message when nothing or several things match.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from sqlalchemy import func, or_, select

from ingenierie.errors import NotFoundError, ValidationError
from ingenierie.models import Project, Territory
from ingenierie.models.vocabulary import fold
from ingenierie.services.projects.listing import ProjectFilter, project_keys, territory_choices
from ingenierie.storage import Database
from ingenierie.storage.keys import Key, key_of


@dataclass(frozen=True, slots=True)
class Scope:
    """One project (``project_id``), or the projects ``wanted`` keeps (archived ones left
    out, as in the projects list)."""

    wanted: ProjectFilter = field(default_factory=ProjectFilter)
    project_id: uuid.UUID | None = None

    def keys(self, db: Database) -> list[Key]:
        """The projects covered, in the projects list's order (by title)."""
        if self.project_id is not None:
            return [key_of(self.project_id)]
        return project_keys(db, self.wanted)

    def describe(self, db: Database) -> list[tuple[str, str]]:
        """The scope in French, as (label, value) pairs."""
        if self.project_id is not None:
            with db.read() as session:
                code, title = session.execute(select(Project.code, Project.title).where(
                    Project.id == self.project_id)).one()
            return [("Projet", f"{code} — {title}" if code else title)]
        wanted = self.wanted
        territory = None
        if wanted.territory_id is not None:
            territory = dict(territory_choices(db)).get(wanted.territory_id, "inconnu")
        pairs = [("Territoire", territory),
                 ("Dispositif", wanted.scheme.label if wanted.scheme else None),
                 ("Phase", wanted.phase.label if wanted.phase else None),
                 ("Statut", wanted.status.label if wanted.status else None),
                 ("Étape de coopération", wanted.stage.label if wanted.stage else None),
                 ("Recherche", wanted.text or None)]
        chosen = [(label, value) for label, value in pairs if value]
        return chosen or [("Projets", "tous les projets en cours (non archivés)")]


def find_project(db: Database, reference: str) -> uuid.UUID:
    """The project whose code, else whose title, is ``reference`` (case and accents aside)."""
    wanted = fold(reference.strip())
    with db.read() as session:
        rows = session.execute(select(Project.id, Project.code, Project.title)).all()
    by_code: list[uuid.UUID] = [row.id for row in rows if row.code and fold(row.code) == wanted]
    by_title: list[uuid.UUID] = [row.id for row in rows if fold(row.title) == wanted]
    found = by_code or by_title
    if not found:
        raise NotFoundError(f"Aucun projet n'a le code ou le titre « {reference} ».")
    if len(found) > 1:
        raise ValidationError(f"Plusieurs projets s'intitulent « {reference} » : donnez "
                              "plutôt le code du projet.", field="project")
    return found[0]


def find_territory(db: Database, reference: str) -> uuid.UUID:
    """The territory with the code, else the name, ``reference``: among all territories,
    preferring the ones some project acts on when a name is shared."""
    text = reference.strip()
    with db.read() as session:
        rows = session.execute(select(Territory.id, Territory.code).where(or_(
            func.upper(Territory.code) == text.upper(), Territory.name == text))).all()
    by_code: list[uuid.UUID] = [row.id for row in rows
                                if row.code and row.code.upper() == text.upper()]
    found: list[uuid.UUID] = by_code or [row.id for row in rows]
    if len(found) > 1:
        acting = {territory_id for territory_id, _ in territory_choices(db)}
        found = [territory_id for territory_id in found if territory_id in acting] or found
    if not found:
        raise NotFoundError(f"Aucun territoire n'a le code ou le nom « {reference} ».")
    if len(found) > 1:
        raise ValidationError(f"Plusieurs territoires s'appellent « {reference} » : donnez "
                              "plutôt leur code (INSEE, SIREN ou QPV).", field="territory")
    return found[0]
