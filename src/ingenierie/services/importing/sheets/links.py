"""Sheets that link records: involvements (stakeholder × project) and interactions.

Both name a project (by code or title) and stakeholders (by name), found among
the stored records and those earlier sheets of the workbook imported. A
reference that finds nothing, or several, is an error on its cell: nothing is
created from a name alone. Involvements are written in batches with the
involvement service's rules; interactions (few, with participants) go through
the interaction service itself, in a savepoint per row.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, fields, replace
from typing import Any

from sqlalchemy import select

from ingenierie.errors import UserError, ValidationError
from ingenierie.models import Interaction, Involvement, Project, Stakeholder
from ingenierie.models.vocabulary import InvolvementRole, Presence, fold
from ingenierie.services.importing.mapping.fields import RecordKind
from ingenierie.services.importing.parsing.records import ParsedRow, SheetReader
from ingenierie.services.importing.reading.table import Severity
from ingenierie.services.importing.report import DuplicateGroup
from ingenierie.services.importing.sheets.context import ImportContext, count
from ingenierie.services.importing.sheets.naming import Naming
from ingenierie.services.projects import interactions
from ingenierie.services.projects.interactions import InteractionInput
from ingenierie.services.projects.involvements import InvolvementInput, involvement_columns
from ingenierie.services.stakeholders.matching import clean_text

_NAMES = re.compile(r"[;,\n]+")
_INVOLVEMENT_INPUTS = {f.name for f in fields(InvolvementInput)}
_INTERACTION_INPUTS = {f.name for f in fields(InteractionInput)} - {"participants"}


class LinkSheet:
    """Finding the project and the stakeholders a row names; duplicate rows."""

    kind: RecordKind
    step: str
    same: str  # what makes two rows one record, for the duplicate groups

    def __init__(self, ctx: ImportContext, reader: SheetReader) -> None:
        self.ctx = ctx
        self.reader = reader
        self.naming = Naming(ctx, reader)
        self.first: dict[tuple[Any, ...], int] = {}
        self.groups: dict[int, list[int]] = {}

    def run(self) -> None:
        self.ctx.start_sheet(self.reader)
        for chunk in self.reader.chunks():
            self.rows(chunk)
            self.ctx.tick(self.step)
        for first, rows in sorted(self.groups.items()):
            self.ctx.duplicate(DuplicateGroup(self.kind, self.reader.sheet, tuple(rows),
                                              f"ligne {first}", self.same))

    def rows(self, chunk: list[ParsedRow]) -> None:
        raise NotImplementedError

    def project(self, parsed: ParsedRow) -> uuid.UUID | None:
        reference = parsed.values.get("project")
        if not reference:
            self.reader.error(parsed, "project", "Le projet est obligatoire.")
            return None
        found = self.ctx.known.find_project(clean_text(reference))
        if found is None:
            self.reader.error(parsed, "project", f"Projet inconnu : « {reference} » (ni un "
                              "code ni un titre de projet connu). Ajoutez-le d'abord, ou à la "
                              "feuille des projets de ce classeur.")
        return found

    def stakeholder(self, parsed: ParsedRow, name: str, first_name: str | None,
                    key: str) -> uuid.UUID | None:
        found, ambiguous = self.ctx.known.find_stakeholder(clean_text(name),
                                                           clean_text(first_name or "") or None)
        if found is None:
            shown = f"{first_name} {name}" if first_name else name
            self.reader.error(parsed, key, (
                f"Plusieurs acteurs s'appellent « {shown} » : précisez (prénom et nom, ou nom "
                "exact de l'organisation)." if ambiguous else
                f"Acteur inconnu : « {shown} ». Ajoutez-le d'abord aux acteurs (ou à la feuille "
                "des acteurs de ce classeur)."))
        return found

    def duplicate(self, parsed: ParsedRow, key: tuple[Any, ...]) -> bool:
        first = self.first.setdefault(key, parsed.number)
        if first == parsed.number:
            return False
        self.groups.setdefault(first, [first]).append(parsed.number)
        self.reader.error(parsed, "project", f"Doublon de la ligne {first} : cette ligne "
                          "n'est pas importée.")
        return True


@dataclass(slots=True)
class _Planned:
    parsed: ParsedRow
    given: dict[str, Any]  # the form fields the file fills
    columns: dict[str, Any]
    key: tuple[uuid.UUID, uuid.UUID]  # project, stakeholder
    existing: uuid.UUID | None


class InvolvementSheet(LinkSheet):
    """Involvements: one per project and stakeholder; a stored one is updated."""

    kind = RecordKind.INVOLVEMENT
    step = "Implications"
    same = "même projet et même acteur"

    def rows(self, chunk: list[ParsedRow]) -> None:
        planned = [p for p in map(self._plan, chunk) if p is not None]
        stored = self._stored([p.existing for p in planned if p.existing is not None])
        new, changed, unchanged = [], [], 0
        for item in planned:
            if item.existing is None:
                row_id = self.ctx.new_id()
                new.append({**item.columns, "id": row_id, "project_id": item.key[0],
                            "stakeholder_id": item.key[1]})
                self.ctx.known.involvements(self.ctx.connection)[item.key] = row_id
                continue
            if not self.ctx.update_existing:
                unchanged += 1
                continue
            before = stored[item.existing]
            try:
                columns = involvement_columns(InvolvementInput(**{**before, **item.given}))
            except ValidationError as error:
                self.reader.invalid(item.parsed, error)
                continue
            diff = {k: v for k, v in columns.items() if before.get(k) != v}
            if diff:
                changed.append({**diff, "id": item.existing})
            else:
                unchanged += 1
        for parsed in chunk:
            self.ctx.finish_row(self.kind, parsed)
        counts = self.ctx.counts(self.kind)
        counts.new += len(new)
        counts.updated += len(changed)
        counts.unchanged += unchanged
        self.ctx.bulk.insert(Involvement, new)
        self.ctx.bulk.update(Involvement, changed)

    def _plan(self, parsed: ParsedRow) -> _Planned | None:
        project = self.project(parsed)
        stakeholder = self.stakeholder(parsed, parsed.values.get("stakeholder") or "",
                                       parsed.values.get("first_name"), "stakeholder")
        given = {k: v for k, v in parsed.values.items() if k in _INVOLVEMENT_INPUTS}
        try:
            columns = involvement_columns(InvolvementInput(**given))
        except ValidationError as error:
            self.reader.invalid(parsed, error)
            return None
        if project is None or stakeholder is None or parsed.rejected or \
                self.duplicate(parsed, (project, stakeholder)):
            return None
        key = (project, stakeholder)
        return _Planned(parsed, given, columns, key,
                        self.ctx.known.involvements(self.ctx.connection).get(key))

    def _stored(self, ids: list[uuid.UUID]) -> dict[uuid.UUID, dict[str, Any]]:
        return {key: {k: row[k] for k in _INVOLVEMENT_INPUTS}
                for key, row in self.ctx.bulk.stored(Involvement, ids).items()}


class InteractionSheet(LinkSheet):
    """Interactions: the same project, date and subject is the same interaction.

    Participants are named in one cell ("Claire Martin ; Mairie de Privas") and
    must be involved in the project, as the interaction service requires.
    """

    kind = RecordKind.INTERACTION
    step = "Échanges"
    same = "même projet, même date et même objet"

    def rows(self, chunk: list[ParsedRow]) -> None:
        for parsed in chunk:
            project = self.project(parsed)
            participants = self._participants(parsed)
            given = {k: v for k, v in parsed.values.items() if k in _INTERACTION_INPUTS}
            data = InteractionInput(**{"occurred_on": None, "title": "", **given},
                                    participants=participants)
            key = (project, data.occurred_on, fold(data.title))
            if project is not None and not parsed.rejected and not self.duplicate(parsed, key):
                self._write(parsed, project, data, set(given) | (
                    {"participants"} if participants else set()))
            self.ctx.finish_row(self.kind, parsed)

    def _participants(self, parsed: ParsedRow) -> tuple[tuple[uuid.UUID, Presence], ...]:
        text = parsed.values.get("participants")
        if not text:
            return ()
        found = []
        for name in filter(None, (clean_text(n) for n in _NAMES.split(text))):
            stakeholder = self.stakeholder(parsed, name, None, "participants")
            if stakeholder is not None:
                found.append((stakeholder, Presence.PRESENT))
        return tuple(dict.fromkeys(found))

    def _involve(self, parsed: ParsedRow, project: Project,
                 participants: tuple[tuple[uuid.UUID, Presence | str], ...]) -> int:
        """Involve in the project the participants who are not yet (as partners, with the
        form's neutral scores): taking part in its meetings is being involved in it."""
        added = 0
        for stakeholder_id, _ in participants:
            if self.naming.involve(project.id, stakeholder_id, InvolvementRole.PARTENAIRE,
                                   keep_role=True) == "new":
                added += 1
                name = self.ctx.session.get_one(Stakeholder, stakeholder_id).display_name
                self.reader.error(parsed, "participants", (
                    f"« {name} » n'était pas impliqué·e dans le projet « {project.title} » : "
                    "ajouté·e comme partenaire (influence et intérêt moyens, à revoir)."),
                    Severity.WARNING)
        return added

    def _write(self, parsed: ParsedRow, project_id: uuid.UUID, data: InteractionInput,
               given: set[str]) -> None:
        session = self.ctx.session
        try:
            with session.begin_nested():
                project = session.get_one(Project, project_id)
                added = self._involve(parsed, project, data.participants)
                outcome = self._store(project, data, given)
        except ValidationError as error:
            self.reader.error(parsed, error.field, error.message)
        except UserError as error:
            self.reader.error(parsed, None, error.message)
        else:
            self.naming.settle(True)
            count(self.ctx.counts(self.kind), outcome)
            if added:
                self.ctx.counts(RecordKind.INVOLVEMENT).new += added
            return
        self.naming.settle(False)

    def _store(self, project: Project, data: InteractionInput, given: set[str]) -> str:
        """Write the interaction: "new", "updated" or "unchanged"."""
        session = self.ctx.session
        existing = session.scalars(select(Interaction).where(
            Interaction.project_id == project.id,
            Interaction.occurred_on == data.occurred_on)).all()
        same = [i for i in existing if fold(i.title) == fold(data.title)]
        if not same:
            interactions.apply_interaction(
                session, Interaction(id=uuid.uuid4(), project_id=project.id), project, data)
            return "new"
        if not self.ctx.update_existing:
            return "unchanged"
        stored = interactions.interaction_rows(session, Interaction.id == same[0].id)[0]
        before = stored.to_input()
        changes = {name: getattr(data, name) for name in given}
        if "participants" in changes:
            changes["participants"] = tuple(dict.fromkeys(
                (*before.participants, *data.participants)))
        merged = replace(before, **changes)
        if merged == before:
            return "unchanged"
        interactions.apply_interaction(session, same[0], project, merged)
        return "updated"
