"""Sheets of projects: the project service's own rules, inside the import's transaction.

Projects are few and carry links (lead, themes, territories, stage), so each
row goes through the project service's validation on an ORM session bound to
the import's connection, in a savepoint: a refused row leaves nothing behind.
The lead is found by name among the stakeholders (stored or imported by an
earlier sheet); territories by their official code — an unknown code is an
error, never a new territory.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import fields, replace
from datetime import date
from typing import Any

from ingenierie.errors import UserError, ValidationError
from ingenierie.models import Project, StageChange, Theme
from ingenierie.models.vocabulary import CooperationStage, TerritoryKind, TerritoryRole, fold
from ingenierie.services.importing.mapping.fields import RecordKind
from ingenierie.services.importing.parsing.records import ParsedRow, SheetReader
from ingenierie.services.importing.reading.table import Severity
from ingenierie.services.importing.report import DuplicateGroup
from ingenierie.services.importing.sheets.context import ImportContext
from ingenierie.services.importing.sheets.territories import split_codes, territory_kind
from ingenierie.services.projects import project as projects
from ingenierie.services.projects.lifecycle import combined
from ingenierie.services.projects.project import ProjectInput
from ingenierie.services.projects.stages import current_stages
from ingenierie.services.stakeholders.matching import clean_text

_LIST_SEPARATORS = re.compile(r"[;,\n]+")
#: A service's field name → the import field (column) it comes from.
_FIELD_OF = {"lead_id": "lead", "theme_ids": "themes", "territories": "territories"}
_INPUTS = {f.name for f in fields(ProjectInput)}


class ProjectSheet:
    """Projects: the same code, or else the same title, is the same project."""

    kind = RecordKind.PROJECT

    def __init__(self, ctx: ImportContext, reader: SheetReader) -> None:
        self.ctx = ctx
        self.reader = reader
        self.first: dict[tuple[str, str], int] = {}
        self.groups: dict[int, list[int]] = {}
        self.labels: dict[int, str] = {}

    def run(self) -> None:
        self.ctx.start_sheet(self.reader)
        for chunk in self.reader.chunks():
            for parsed in chunk:
                self._row(parsed)
            self.ctx.tick("Projets")
        for first, rows in sorted(self.groups.items()):
            self.ctx.duplicate(DuplicateGroup(self.kind, self.reader.sheet, tuple(rows),
                                              self.labels[first], "même code ou même titre"))

    def _row(self, parsed: ParsedRow) -> None:
        values = parsed.values
        given = {k: v for k, v in values.items() if k in _INPUTS}
        said = combined(values.get("status"), values.get("phase"))
        given.pop("status", None)
        given.pop("phase", None)
        given.update((name, value) for name, value in (("status", said.status),
                                                       ("phase", said.phase)) if value)
        if values.get("notes"):  # a project has no notes of its own: they join the summary
            given["summary"] = "\n".join(filter(None, (given.get("summary"), values["notes"])))
        data = ProjectInput(**{"title": "", **given})
        data = replace(data, lead_id=self._lead(parsed), theme_ids=self._themes(parsed),
                       territories=self._territories(parsed))
        given_names = set(given) | {name for name, key in _FIELD_OF.items() if key in values}
        written = None
        if not self._duplicate(parsed, data) and not parsed.rejected:
            written = self._write(parsed, data, given_names)
        if self.ctx.finish_row(self.kind, parsed) and written is not None:
            self.ctx.known.add_project(written, data.code, data.title)

    def _duplicate(self, parsed: ParsedRow, data: ProjectInput) -> bool:
        keys = [("code", fold(data.code))] if data.code else []
        keys.append(("title", fold(data.title)))
        for key in keys:
            first = self.first.get(key)
            if first is not None:
                self.groups.setdefault(first, [first]).append(parsed.number)
                self.reader.error(parsed, key[0], f"Doublon de la ligne {first} (même "
                                  f"{'code' if key[0] == 'code' else 'titre'}) : cette ligne "
                                  "n'est pas importée.")
                return True
        for key in keys:
            self.first[key] = parsed.number
        self.labels[parsed.number] = data.title
        return False

    def _lead(self, parsed: ParsedRow) -> uuid.UUID | None:
        name = parsed.values.get("lead")
        if not name:
            return None
        found, ambiguous = self.ctx.known.find_stakeholder(clean_text(name))
        if found is None:
            self.reader.error(parsed, "lead", (
                f"Plusieurs acteurs s'appellent « {name} » : précisez (prénom et nom, ou nom "
                "exact de l'organisation)." if ambiguous else
                f"Porteur inconnu : « {name} ». Ajoutez-le d'abord aux acteurs (ou à la "
                "feuille des acteurs de ce classeur)."))
        return found

    def _themes(self, parsed: ParsedRow) -> tuple[uuid.UUID, ...]:
        return themes_named(self.ctx, self.reader, parsed, "themes")

    def _territories(self, parsed: ParsedRow) -> tuple[tuple[uuid.UUID, TerritoryRole], ...]:
        text = parsed.values.get("territories")
        if not text:
            return ()
        known = self.ctx.known.territories(self.ctx.connection)
        links = []
        for code in split_codes(text):
            kind = territory_kind(code)
            territory = known.get((kind, code)) if kind else None
            if territory is None:
                self.reader.error(parsed, "territories", (
                    f"Territoire inconnu : code « {code} ». Importez d'abord la liste officielle "
                    "(communes, EPCI, QPV) ; aucun territoire n'est créé d'après un code."))
                continue
            role = TerritoryRole.QPV_CIBLE if kind is TerritoryKind.QPV else \
                TerritoryRole.PERIMETRE
            links.append((territory, role))
        return tuple(links)

    def _write(self, parsed: ParsedRow, data: ProjectInput, given: set[str]
               ) -> uuid.UUID | None:
        session = self.ctx.session
        known = self.ctx.known
        found = (known.find_project(data.code) if data.code else None) or \
            known.find_project(data.title)
        counts = self.ctx.counts(self.kind)
        try:
            with session.begin_nested():
                if found is None:
                    project = Project(id=uuid.uuid4())
                    projects.apply_project(session, project, data)
                    self._stage(parsed, project)
                    counts.new += 1
                    return project.id
                if not self.ctx.update_existing:
                    counts.unchanged += 1
                    return found
                project = session.get_one(Project, found)
                before = projects.project_detail(session, project).to_input()
                merged = merged_input(before, data, given)
                if merged != before:
                    projects.apply_project(session, project, merged)
                changed = self._stage(parsed, project) or merged != before
                if changed:
                    counts.updated += 1
                else:
                    counts.unchanged += 1
                return project.id
        except ValidationError as error:
            self.reader.error(parsed, _FIELD_OF.get(error.field or "", error.field),
                              error.message)
        except UserError as error:
            self.reader.error(parsed, None, error.message)
        return None

    def _stage(self, parsed: ParsedRow, project: Project) -> bool:
        """Record the stage the file gives when it differs from the current one."""
        stage: CooperationStage | None = parsed.values.get("stage")
        if stage is None:
            return False
        self.ctx.session.flush()
        current = current_stages(self.ctx.session, [project.id]).get(project.id)
        if current is not None and current[0] is stage:
            return False
        today = date.today()
        if project.start_on is not None and project.start_on > today:
            self.reader.error(parsed, "stage", "Le projet n'a pas encore commencé : l'étape "
                              "de coopération n'est pas enregistrée.", Severity.WARNING)
            return False
        self.ctx.session.add(StageChange(
            project_id=project.id, stage=stage, entered_on=today,
            evidence=f"Import du fichier « {self.ctx.report.file} ».", recorded_by=None))
        return True


def themes_named(ctx: ImportContext, reader: SheetReader, parsed: ParsedRow, *keys: str
                 ) -> tuple[uuid.UUID, ...]:
    """The themes named in the row's ``keys`` columns (« Énergie ; Mobilité »), a theme
    not yet known created with a warning."""
    ids = []
    for key in keys:
        text = parsed.values.get(key)
        for name in filter(None, (clean_text(n) for n in _LIST_SEPARATORS.split(text or ""))):
            theme_id = ctx.known.themes.get(fold(name))
            if theme_id is None:
                theme_id = uuid.uuid4()
                ctx.session.add(Theme(id=theme_id, name=name))
                ctx.known.themes[fold(name)] = theme_id
                reader.error(parsed, key, f"Nouvelle thématique créée : « {name} ».",
                             Severity.WARNING)
            ids.append(theme_id)
    return tuple(dict.fromkeys(ids))


def merged_input(before: ProjectInput, data: ProjectInput, given: set[str]) -> ProjectInput:
    """The stored project with the values the file gives; links are added to, never
    taken away."""
    changes: dict[str, Any] = {name: getattr(data, name) for name in given}
    for name in ("theme_ids", "territories"):
        if name in changes:
            changes[name] = tuple(dict.fromkeys((*getattr(before, name), *changes[name])))
    return replace(before, **changes)
