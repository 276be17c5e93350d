"""Stakeholders named in a cell (« Métropole, Région », « Marie PAUL »), found or created,
and involved in a project with a role.

A plan's fiche action names its structures and people as text, as Territoires en
Transitions keeps them: each name finds the stakeholder stored (or met earlier in the
file) by the same matching keys as everywhere else, or becomes a new one, created
through the same rules as a form's. Everything is written through the import's ORM
session, inside the row's savepoint: what a row creates is remembered by the lookups
only once the row is written (:meth:`Naming.settle`), so a refused row leaves nothing
behind, not even in memory.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable

from ingenierie.models import Involvement, Organisation, Person
from ingenierie.models.vocabulary import ActorKind, InvolvementRole, StakeholderNature
from ingenierie.services.importing.mapping.fields import RecordKind
from ingenierie.services.importing.parsing.records import ParsedRow, SheetReader
from ingenierie.services.importing.reading.table import Severity
from ingenierie.services.importing.sheets.context import ImportContext
from ingenierie.services.importing.sheets.known import NO_ORGANISATION
from ingenierie.services.projects.involvements import InvolvementInput, involvement_columns
from ingenierie.services.stakeholders.matching import clean_text
from ingenierie.services.stakeholders.records import OrganisationInput, PersonInput
from ingenierie.services.stakeholders.stakeholder import organisation_columns, person_columns

#: Names are separated by commas (TeT's rule), semicolons or lines — never inside
#: brackets or quotes: « Région (DREAL, ADEME) » is one name.
_SEPARATOR = re.compile(r"[,;\n]")
_OPENING, _CLOSING = "(«\"[", ")»\"]"
_UPPER_WORD = re.compile(r"^[^a-zà-ÿ]*[A-ZÀ-Þ][^a-zà-ÿ]*$")


def split_names(text: str) -> list[str]:
    """The names of a cell, in order, once each."""
    names: list[str] = []
    current: list[str] = []
    depth = 0
    for character in text:
        if character in _OPENING and not (character == '"' and depth):
            depth += 1
        elif character in _CLOSING and depth:
            depth -= 1
        if depth == 0 and _SEPARATOR.match(character):
            names.append("".join(current))
            current = []
        else:
            current.append(character)
    names.append("".join(current))
    return list(dict.fromkeys(name for name in map(clean_text, names) if name))


def first_and_last(name: str) -> tuple[str | None, str]:
    """« Marie PAUL » → (« Marie », « PAUL »): the words in capitals are the last name, as
    TeT asks (« Prénom NOM »); otherwise the first word is the first name."""
    words = name.split()
    cut = len(words)
    while cut > 1 and _UPPER_WORD.match(words[cut - 1]):
        cut -= 1
    if cut == len(words):
        cut = 1
    first = " ".join(words[:cut]) if len(words) > 1 else None
    return first, " ".join(words[cut:] if len(words) > 1 else words)


class Naming:
    """Finds, creates and involves the stakeholders one sheet's rows name."""

    def __init__(self, ctx: ImportContext, reader: SheetReader) -> None:
        self.ctx = ctx
        self.reader = reader
        self._pending: list[Callable[[], None]] = []
        self._counts: dict[RecordKind, int] = {}

    # -- finding and creating -------------------------------------------------------------
    def organisations(self, parsed: ParsedRow, key: str, text: str | None,
                      kind: ActorKind = ActorKind.AUTRE) -> list[uuid.UUID]:
        found = []
        for name in split_names(text or ""):
            stakeholder, _ambiguous = self.ctx.known.find_stakeholder(name)
            found.append(stakeholder or self._new_organisation(parsed, key, name, kind))
        return found

    def people(self, parsed: ParsedRow, key: str, text: str | None,
               kind: ActorKind = ActorKind.AUTRE) -> list[uuid.UUID]:
        found = []
        for name in split_names(text or ""):
            stakeholder, ambiguous = self.ctx.known.find_stakeholder(name)
            if ambiguous:
                self.reader.error(parsed, key, f"Plusieurs acteurs s'appellent « {name} » : une "
                                  "nouvelle fiche est créée, vérifiez.", Severity.WARNING)
            found.append(stakeholder or self._new_person(parsed, key, name, kind))
        return found

    def _new_organisation(self, parsed: ParsedRow, key: str, name: str,
                          kind: ActorKind) -> uuid.UUID:
        columns = organisation_columns(OrganisationInput(name=name, actor_kind=kind))
        record = Organisation(id=uuid.uuid4(), nature=StakeholderNature.ORGANISATION, **columns)
        self._add(record)
        self._created(parsed, key, name, RecordKind.ORGANISATION, lambda: (
            self.ctx.known.add_organisation(record.id, columns["match_key"], None)))
        return record.id

    def _new_person(self, parsed: ParsedRow, key: str, name: str, kind: ActorKind) -> uuid.UUID:
        first, last = first_and_last(name)
        columns = person_columns(PersonInput(last_name=last, first_name=first, actor_kind=kind))
        record = Person(id=uuid.uuid4(), nature=StakeholderNature.PERSON, **columns)
        self._add(record)
        self._created(parsed, key, name, RecordKind.PERSON, lambda: (
            self.ctx.known.add_person(record.id, columns["match_key"], None,
                                      [NO_ORGANISATION])))
        return record.id

    def _add(self, record: Organisation | Person) -> None:
        # Written at once: the models declare no relationships, so the unit of work would
        # not know to insert a stakeholder before the involvement naming it.
        self.ctx.session.add(record)
        self.ctx.session.flush()

    def _created(self, parsed: ParsedRow, key: str, name: str, kind: RecordKind,
                 remember: Callable[[], None]) -> None:
        what = "organisation" if kind is RecordKind.ORGANISATION else "personne"
        self.reader.error(parsed, key, f"« {name} » n'est pas encore dans l'annuaire : "
                          f"{what} créée.", Severity.WARNING)
        self._pending.append(remember)
        self._counts[kind] = self._counts.get(kind, 0) + 1

    # -- involving --------------------------------------------------------------------------
    def involve(self, project_id: uuid.UUID, stakeholder_id: uuid.UUID,
                role: InvolvementRole, *, keep_role: bool = False) -> str:
        """Involve the stakeholder with ``role``, or give a stored involvement that role
        (unless ``keep_role``); "new", "updated" or "unchanged"."""
        involved = self.ctx.known.involvements(self.ctx.connection)
        key = (project_id, stakeholder_id)
        stored = involved.get(key)
        if stored is None:
            involvement = Involvement(id=uuid.uuid4(), project_id=project_id,
                                      stakeholder_id=stakeholder_id,
                                      **involvement_columns(InvolvementInput(role=role)))
            self.ctx.session.add(involvement)
            self._pending.append(lambda: involved.__setitem__(key, involvement.id))
            return "new"
        record = self.ctx.session.get_one(Involvement, stored)
        if keep_role or record.role is role or not self.ctx.update_existing:
            return "unchanged"
        record.role = role
        return "updated"

    # -- the row's end ----------------------------------------------------------------------
    def settle(self, written: bool) -> dict[RecordKind, int]:
        """The row was written (or rolled back): remember what it created, or forget it.
        Returns how many stakeholders of each kind it created."""
        if written:
            for remember in self._pending:
                remember()
        created = self._counts if written else {}
        self._pending, self._counts = [], {}
        return created

