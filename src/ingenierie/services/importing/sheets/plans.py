"""A plan d'action in Territoires en Transitions' shape: one fiche action a row, under its axes.

The plan (``plan_book``) is found by the code or name the user gives, or created.
Each row becomes a project of the plan (a new one gets the code « PLAN-001 »…), placed
under its axis path, with what TeT says of it kept on its :class:`PlanAction`. TeT's
status gives the project's status and phase (``projects.lifecycle``). The structures
and people it names are found or created (``naming``) and involved with their role:

========================  =========================================================
Structure pilote          porteur (the first one, also the project's lead), then
                          co-porteur
Personne pilote           personne pilote
Élu·e référent·e          élu·e référent·e (a new person is of the kind « Élu·e »)
Partenaires               partenaire
Financeur 1 to 3          financeur, and a funding line (« envisagé ») of the amount
========================  =========================================================

A stakeholder named twice in a row keeps the first of these roles. A row is written in a
savepoint: refused, it leaves nothing behind. A row naming a sous-action (TeT: an action
of its own under the action named in « title ») is refused: this app does not hold
sous-actions yet, and taking it for its parent would be importing something else.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import fields
from typing import Any

from ingenierie.errors import UserError, ValidationError
from ingenierie.models import PlanAction, Project
from ingenierie.models.vocabulary import ActorKind, InvolvementRole, ProjectPhase, fold
from ingenierie.services.importing.mapping.fields import RecordKind
from ingenierie.services.importing.parsing.records import ParsedRow, SheetReader
from ingenierie.services.importing.reading.table import Severity
from ingenierie.services.importing.report import DuplicateGroup
from ingenierie.services.importing.sheets.context import ImportContext, count
from ingenierie.services.importing.sheets.naming import Naming
from ingenierie.services.importing.sheets.plan_book import PlanBook
from ingenierie.services.importing.sheets.plan_funding import PlanFunding
from ingenierie.services.importing.sheets.projects import merged_input, themes_named
from ingenierie.services.projects import project as projects
from ingenierie.services.projects.lifecycle import combined
from ingenierie.services.projects.project import ProjectInput
from ingenierie.services.stakeholders.matching import clean_text

#: The plan action's own columns the file may fill.
ACTION_FIELDS = ("priority", "citizen_participation", "continuous", "objectives", "governance",
                 "means", "services", "financing")
_FIELD_OF = {"participation": "citizen_participation"}
_PROJECT_FIELD = {"lead_id": "lead_structures", "theme_ids": "themes"}
_INPUTS = {f.name for f in fields(ProjectInput)}
#: A new action of a plan has been elaborated (it is in the plan) unless its status says.
NEW_ACTION_PHASE = ProjectPhase.ELABORATION


class PlanSheet:
    """A plan's fiches actions, row by row, into one plan."""

    kind = RecordKind.PLAN

    def __init__(self, ctx: ImportContext, reader: SheetReader) -> None:
        self.ctx = ctx
        self.reader = reader
        self.naming = Naming(ctx, reader)
        self.funding = PlanFunding(ctx, reader, self.naming, self._note)
        self.tally: Counter[tuple[RecordKind, str]] = Counter()  # the row's linked records
        self.first: dict[str, int] = {}
        self.titles: dict[int, str] = {}  # a row's title, for the duplicates it heads
        self.groups: dict[int, list[int]] = {}
        self.position = 0  # the fiche's place in the file: its order in the plan

    def run(self) -> None:
        self.ctx.start_sheet(self.reader)
        assert self.ctx.plan is not None, "a plan sheet is imported into a plan"
        book = PlanBook.open(self.ctx.session, self.ctx.plan)
        for chunk in self.reader.chunks():
            for parsed in chunk:
                self._row(book, parsed)
            self.ctx.tick("Fiches actions")
        for first, rows in sorted(self.groups.items()):
            self.ctx.duplicate(DuplicateGroup(self.kind, self.reader.sheet, tuple(rows),
                                              self.titles[first],
                                              "même titre de fiche action"))
        done = "créé" if book.created else "déjà présent"
        self.ctx.report.notices.append(
            f"Plan d'action « {book.name} » (code {book.code}) {done} : "
            f"{len(book.actions)} fiche(s) action, {book.new_axes} nouvel(s) axe(s).")

    def _row(self, book: PlanBook, parsed: ParsedRow) -> None:
        title = (parsed.values.get("title") or "").strip()  # as written, line breaks kept
        sub_title = clean_text(parsed.values.get("sub_title") or "")
        if not clean_text(title):
            self.reader.error(parsed, "title", "Le titre de la fiche action est obligatoire.")
        elif sub_title:
            self.reader.error(parsed, "sub_title", (
                f"Sous-action « {sub_title} » de « {clean_text(title)} » : les sous-actions "
                "ne sont pas encore importées (seules les fiches actions le sont). Écartez "
                "la ligne (--skip-invalid, ou « Ignorer les lignes en erreur » dans "
                "l'assistant) ou faites-en une fiche action."))
        elif not self._duplicate(parsed, title):
            self.funding.check(parsed)
        if title and not parsed.rejected and \
                self.first[fold(clean_text(title))] == parsed.number:
            themes = themes_named(self.ctx, self.reader, parsed, "themes", "sub_themes")
            self._write(book, parsed, title, themes)
        self.ctx.finish_row(self.kind, parsed)

    def _duplicate(self, parsed: ParsedRow, title: str) -> bool:
        first = self.first.setdefault(fold(clean_text(title)), parsed.number)
        if first == parsed.number:
            self.titles[first] = clean_text(title)
            return False
        self.groups.setdefault(first, [first]).append(parsed.number)
        self.reader.error(parsed, "title", f"Doublon de la ligne {first} (même titre de fiche "
                          "action) : cette ligne n'est pas importée.")
        return True

    def _write(self, book: PlanBook, parsed: ParsedRow, title: str,
               themes: tuple[uuid.UUID, ...]) -> None:
        self.position += 1
        try:
            with self.ctx.session.begin_nested():
                outcome = self._store(book, parsed, title, themes)
        except ValidationError as error:
            key = _PROJECT_FIELD.get(error.field or "", error.field)
            self.reader.error(parsed, key, error.message)
        except UserError as error:
            self.reader.error(parsed, None, error.message)
        else:
            book.settle(True)
            for kind, created in self.naming.settle(True).items():
                self.ctx.counts(kind).new += created
            for (kind, what), number in self.tally.items():
                count(self.ctx.counts(kind), what, number)
            count(self.ctx.counts(self.kind), outcome)
            self.tally.clear()
            return
        book.settle(False)
        self.naming.settle(False)
        self.tally.clear()

    def _note(self, kind: RecordKind, outcome: str) -> None:
        """A linked record written by the row: counted once the row is"""
        self.tally[(kind, outcome)] += 1

    def _store(self, book: PlanBook, parsed: ParsedRow, title: str,
               themes: tuple[uuid.UUID, ...]) -> str:
        """Write the row's project, plan action, involvements and fundings: "new",
        "updated" or "unchanged"."""
        values = parsed.values
        axis = book.axis(self.ctx.session, [clean_text(values[key]) for key in
                                            ("axis1", "axis2", "axis3") if values.get(key)])
        structures = self.naming.organisations(parsed, "lead_structures",
                                               values.get("lead_structures"))
        project_id, changed = self._project(book, parsed, title, themes, structures)
        changed |= self._action(book, parsed, project_id, axis)
        roles = [(structures[:1], InvolvementRole.PORTEUR),
                 (structures[1:], InvolvementRole.CO_PORTEUR),
                 (self.naming.people(parsed, "pilots", values.get("pilots")),
                  InvolvementRole.PILOTE),
                 (self.naming.people(parsed, "referents", values.get("referents"), ActorKind.ELU),
                  InvolvementRole.ELU_REFERENT),
                 (self.naming.organisations(parsed, "partners", values.get("partners")),
                  InvolvementRole.PARTENAIRE)]
        changed |= self._involve(parsed, project_id, roles)
        changed |= self.funding.write(parsed, project_id)
        if book.action(title) is None:
            book.added(title, project_id)
            return "new"
        return "updated" if changed else "unchanged"

    def _project(self, book: PlanBook, parsed: ParsedRow, title: str,
                 themes: tuple[uuid.UUID, ...], structures: list[uuid.UUID]
                 ) -> tuple[uuid.UUID, bool]:
        values, session, known = parsed.values, self.ctx.session, self.ctx.known
        said = combined(values.get("status"), None)
        given = {k: v for k, v in values.items() if k in _INPUTS and k not in ("status",)}
        given.update((name, value) for name, value in (("status", said.status),
                                                       ("phase", said.phase)) if value)
        if structures:
            given["lead_id"] = structures[0]
        if themes:
            given["theme_ids"] = themes
        stored = book.action(title)
        if stored is None:
            data = ProjectInput(**{"phase": NEW_ACTION_PHASE, **given, "title": title,
                                   "code": book.next_code(lambda code: known.find_project(code)
                                                          is not None)})
            project = Project(id=uuid.uuid4())
            projects.apply_project(session, project, data)
            known.add_project(project.id, data.code, title)
            return project.id, True
        if not self.ctx.update_existing:
            return stored, False
        project = session.get_one(Project, stored)
        before = projects.project_detail(session, project).to_input()
        merged = merged_input(before, ProjectInput(**{**given, "title": title}), set(given))
        if merged == before:
            return stored, False
        projects.apply_project(session, project, merged)
        return stored, True

    def _action(self, book: PlanBook, parsed: ParsedRow, project_id: uuid.UUID,
                axis: uuid.UUID | None) -> bool:
        """Place the project in the plan, with what the plan says of it; True if changed."""
        values = parsed.values
        said = values.get("status")
        columns: dict[str, Any] = {
            _FIELD_OF.get(key, key): value for key, value in values.items()
            if _FIELD_OF.get(key, key) in ACTION_FIELDS}
        if said is not None and said.action is not None:
            columns["status"] = said.action
        session = self.ctx.session
        action = session.query(PlanAction).filter_by(project_id=project_id).one_or_none()
        if action is None:
            session.add(PlanAction(id=uuid.uuid4(), project_id=project_id, plan_id=book.id,
                                   axis_id=axis, position=self.position, **columns))
            return True
        if action.plan_id != book.id:
            raise UserError(f"Ce projet fait déjà partie d'un autre plan d'action : il n'est "
                            f"pas ajouté au plan « {book.name} ».")
        if not self.ctx.update_existing:
            return False
        columns.update(axis_id=axis, position=self.position)
        changed = {key: value for key, value in columns.items()
                   if getattr(action, key) != value}
        for key, value in changed.items():
            setattr(action, key, value)
        return bool(changed)

    def _involve(self, parsed: ParsedRow, project_id: uuid.UUID,
                 roles: list[tuple[list[uuid.UUID], InvolvementRole]]) -> bool:
        """Involve each stakeholder named with the first role it is named with."""
        given: dict[uuid.UUID, InvolvementRole] = {}
        changed = False
        for stakeholders, role in roles:
            for stakeholder in stakeholders:
                if stakeholder in given:
                    if given[stakeholder] is not role:
                        self.reader.error(parsed, None, (
                            f"Un même acteur est nommé comme « {given[stakeholder].label} » "
                            f"et comme « {role.label} » : il garde le premier rôle."),
                            Severity.WARNING)
                    continue
                given[stakeholder] = role
                outcome = self.naming.involve(project_id, stakeholder, role)
                if outcome != "unchanged":
                    self._note(RecordKind.INVOLVEMENT, outcome)
                    changed = True
        self.funding.involved = given
        return changed
