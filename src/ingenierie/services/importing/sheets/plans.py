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
savepoint: refused, it leaves nothing behind.

A row naming a sous-action (TeT: an action of its own under the fiche named in
« title ») becomes a project of the plan too — titled after the sous-action, coded
after its fiche (« PCAET-003.1 »), with every column of its row as a fiche has them —
whose plan action points at its fiche's. Its fiche is the one of that title written by
an earlier row or already in the plan (TeT refuses a sous-action without its fiche,
and its own files put the fiche first); it is found again on re-import by its fiche
and its title.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import select

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


@dataclass(slots=True)
class Row:
    """What a row names: a fiche action, or a sous-action under the fiche it names."""

    fiche_title: str  # « Titre de l'action », as written
    sub_title: str  # « Titre de la sous-action », as written; empty for a fiche
    fiche: uuid.UUID | None = None  # a sous-action's fiche (its project), once found

    @property
    def is_sous_action(self) -> bool:
        return bool(clean_text(self.sub_title))

    @property
    def title(self) -> str:
        """The title of the project the row is."""
        return self.sub_title if self.is_sous_action else self.fiche_title

    @property
    def label(self) -> str:
        """The row's action, as the report names it."""
        if self.is_sous_action:
            return (f"{clean_text(self.sub_title)} (sous-action de "
                    f"« {clean_text(self.fiche_title)} »)")
        return clean_text(self.fiche_title)


class PlanSheet:
    """A plan's fiches actions, row by row, into one plan."""

    kind = RecordKind.PLAN

    def __init__(self, ctx: ImportContext, reader: SheetReader) -> None:
        self.ctx = ctx
        self.reader = reader
        self.naming = Naming(ctx, reader)
        self.funding = PlanFunding(ctx, reader, self.naming, self._note)
        self.tally: Counter[tuple[RecordKind, str]] = Counter()  # the row's linked records
        self.first: dict[tuple[str, str], int] = {}  # (fiche, sous-action) -> first row
        self.titles: dict[int, tuple[str, str]] = {}  # the label and reason of duplicates
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
                                              *self.titles[first]))
        done = "créé" if book.created else "déjà présent"
        self.ctx.report.notices.append(
            f"Plan d'action « {book.name} » (code {book.code}) {done} : "
            f"{book.count(sous_actions=False)} fiche(s) action, "
            f"{book.count(sous_actions=True)} sous-action(s), "
            f"{book.new_axes} nouvel(s) axe(s).")

    def _row(self, book: PlanBook, parsed: ParsedRow) -> None:
        title = (parsed.values.get("title") or "").strip()  # as written, line breaks kept
        sub_title = (parsed.values.get("sub_title") or "").strip()
        key = (fold(clean_text(title)), fold(clean_text(sub_title)))
        row = Row(title, sub_title)
        if not clean_text(title):
            self.reader.error(parsed, "title", "Le titre de la fiche action est obligatoire" + (
                f" : la sous-action « {clean_text(sub_title)} » n'a pas de fiche action."
                if clean_text(sub_title) else "."))
        elif not self._duplicate(parsed, key, row):
            if row.is_sous_action:
                row.fiche = self._fiche(book, parsed, row)
            self.funding.check(parsed)
        if row.fiche_title and not parsed.rejected and self.first[key] == parsed.number:
            themes = themes_named(self.ctx, self.reader, parsed, "themes", "sub_themes")
            self._write(book, parsed, row, themes)
        self.ctx.finish_row(self.kind, parsed)

    def _duplicate(self, parsed: ParsedRow, key: tuple[str, str], row: Row) -> bool:
        first = self.first.setdefault(key, parsed.number)
        what = ("même sous-action d'une même fiche action" if row.is_sous_action else
                "même titre de fiche action")
        if first == parsed.number:
            self.titles[first] = (row.label, what)
            return False
        self.groups.setdefault(first, [first]).append(parsed.number)
        self.reader.error(parsed, "sub_title" if row.is_sous_action else "title",
                          f"Doublon de la ligne {first} ({what}) : cette ligne n'est pas "
                          "importée.")
        return True

    def _fiche(self, book: PlanBook, parsed: ParsedRow, row: Row) -> uuid.UUID | None:
        """The project of a sous-action's fiche: written by an earlier row, or in the plan."""
        found = book.action(row.fiche_title)
        if found is None:
            line = self.first.get((fold(clean_text(row.fiche_title)), ""))
            where = (f"sa ligne ({line}) n'est pas importée" if line is not None else
                     "elle n'est ni dans le plan ni sur une ligne précédente")
            self.reader.error(parsed, "title", (
                f"Sous-action « {clean_text(row.sub_title)} » : sa fiche action "
                f"« {clean_text(row.fiche_title)} » manque ({where}). Attendu : la ligne "
                "de la fiche action (« Titre de la sous-action » vide) avant celles de ses "
                "sous-actions, comme dans Territoires en Transitions."))
        return found

    def _write(self, book: PlanBook, parsed: ParsedRow, row: Row,
               themes: tuple[uuid.UUID, ...]) -> None:
        self.position += 1
        try:
            with self.ctx.session.begin_nested():
                outcome = self._store(book, parsed, row, themes)
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

    def _store(self, book: PlanBook, parsed: ParsedRow, row: Row,
               themes: tuple[uuid.UUID, ...]) -> str:
        """Write the row's project, plan action, involvements and fundings: "new",
        "updated" or "unchanged"."""
        title, fiche = row.title, row.fiche
        values = parsed.values
        axis = book.axis(self.ctx.session, [clean_text(values[key]) for key in
                                            ("axis1", "axis2", "axis3") if values.get(key)])
        structures = self.naming.organisations(parsed, "lead_structures",
                                               values.get("lead_structures"))
        project_id, changed = self._project(book, parsed, row, themes, structures)
        changed |= self._action(book, parsed, project_id, axis, fiche)
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
        if book.action(title, fiche) is None:
            book.added(title, project_id, fiche)
            return "new"
        return "updated" if changed else "unchanged"

    def _project(self, book: PlanBook, parsed: ParsedRow, row: Row,
                 themes: tuple[uuid.UUID, ...], structures: list[uuid.UUID]
                 ) -> tuple[uuid.UUID, bool]:
        values, session, known = parsed.values, self.ctx.session, self.ctx.known
        title = row.title
        said = combined(values.get("status"), None)
        given = {k: v for k, v in values.items() if k in _INPUTS and k not in ("status",)}
        given.update((name, value) for name, value in (("status", said.status),
                                                       ("phase", said.phase)) if value)
        if structures:
            given["lead_id"] = structures[0]
        if themes:
            given["theme_ids"] = themes
        stored = book.action(title, row.fiche)
        if stored is None:
            def taken(code: str) -> bool:
                return known.find_project(code) is not None
            code = book.sub_code(session.get_one(Project, row.fiche).code, taken) \
                if row.fiche else book.next_code(taken)
            data = ProjectInput(**{"phase": NEW_ACTION_PHASE, **given, "title": title,
                                   "code": code})
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
                axis: uuid.UUID | None, fiche: uuid.UUID | None) -> bool:
        """Place the project in the plan (under its fiche, for a sous-action), with what the
        plan says of it; True if changed."""
        values = parsed.values
        said = values.get("status")
        columns: dict[str, Any] = {
            _FIELD_OF.get(key, key): value for key, value in values.items()
            if _FIELD_OF.get(key, key) in ACTION_FIELDS}
        if said is not None and said.action is not None:
            columns["status"] = said.action
        session = self.ctx.session
        parent = session.scalars(select(PlanAction.id).where(
            PlanAction.project_id == fiche)).one() if fiche else None
        action = session.query(PlanAction).filter_by(project_id=project_id).one_or_none()
        if action is None:
            session.add(PlanAction(id=uuid.uuid4(), project_id=project_id, plan_id=book.id,
                                   axis_id=axis, parent_id=parent, position=self.position,
                                   **columns))
            return True
        if action.plan_id != book.id:
            raise UserError(f"Ce projet fait déjà partie d'un autre plan d'action : il n'est "
                            f"pas ajouté au plan « {book.name} ».")
        if not self.ctx.update_existing:
            return False
        columns.update(axis_id=axis, parent_id=parent, position=self.position)
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
