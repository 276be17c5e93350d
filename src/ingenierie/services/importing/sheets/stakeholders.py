"""Sheets of stakeholders (the steps people and organisations share), and organisations.

Each chunk of rows goes through the same steps: the domain rules (the very
functions the forms use) give the columns; a row describing the same record
as an earlier row is rejected and grouped with it for the user, never merged;
a row matching a stored record updates it with the file's non-empty cells;
the rest are inserted in batches. People are in ``person_sheet``.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from typing import Any

from ingenierie.errors import ValidationError
from ingenierie.models import Stakeholder
from ingenierie.models.vocabulary import StakeholderNature
from ingenierie.services.importing.mapping.fields import RecordKind, fields_for
from ingenierie.services.importing.parsing.records import ParsedRow, SheetReader
from ingenierie.services.importing.reading.table import Severity
from ingenierie.services.importing.report import DuplicateGroup
from ingenierie.services.importing.sheets.context import ImportContext
from ingenierie.services.importing.sheets.repeats import MORE_ORGANISATIONS, Repeats
from ingenierie.services.stakeholders.matching import clean_text, organisation_key
from ingenierie.services.stakeholders.records import OrganisationInput, PersonInput
from ingenierie.services.stakeholders.stakeholder import organisation_columns

SAME_EMAIL, SAME_NAME_ORG, NAMESAKE = ("même courriel", "même nom et même organisme",
                                       "même nom, autre organisme ou courriel")
SAME_SIRET, SAME_NAME = "même SIRET", "même nom"

#: What identifies a record in a sheet: a plain text, or tagged parts (never both alike).
Key = str | tuple[str, ...]


@dataclass(slots=True)
class Candidate:
    """A valid row on its way to the database."""

    parsed: ParsedRow
    given: dict[str, Any]  # the form fields the file fills
    columns: dict[str, Any]  # new record: every column; stored one: the changed ones
    keys: list[tuple[str, Key]]  # (reason, key) pairs identifying the record
    existing: uuid.UUID | None = None
    new: bool = False  # not stored before this row
    organisation: tuple[str, uuid.UUID] | None = None  # key and id (people only)
    # Other organisations of a person whose repeated rows were merged (key and id).
    more_organisations: list[tuple[str, uuid.UUID]] = field(default_factory=list)

    @property
    def organisations(self) -> list[tuple[str, uuid.UUID]]:
        return ([self.organisation] if self.organisation else []) + self.more_organisations


@dataclass(slots=True)
class _Group:
    rows: list[int]
    reasons: list[str]


@dataclass(slots=True)
class _Seen:
    """Keys met earlier in the sheet, and the groups of rows sharing them."""

    first: dict[Key, int] = field(default_factory=dict)
    groups: dict[int, _Group] = field(default_factory=dict)  # by first row
    labels: dict[int, str] = field(default_factory=dict)

    def join(self, first: int, number: int, reason: str) -> None:
        group = self.groups.setdefault(first, _Group([first], []))
        if number not in group.rows:
            group.rows.append(number)
        if reason not in group.reasons:
            group.reasons.append(reason)


def _merge_notes(stored: str | None, given: str | None) -> str | None:
    """The file's notes are added to the stored ones, never replace them."""
    if not given or (stored and given in stored):
        return stored
    return f"{stored}\n{given}" if stored else given


class StakeholderSheet:
    """What people and organisations share; the subclasses say how they differ."""

    kind: RecordKind
    nature: StakeholderNature
    input_type: type[PersonInput] | type[OrganisationInput]
    name_field: str  # the form's required name, first in the input
    step: str
    to_columns: Callable[[Any], dict[str, Any]]

    def __init__(self, ctx: ImportContext, reader: SheetReader) -> None:
        self.ctx = ctx
        self.reader = reader
        self.seen = _Seen()
        self.namesakes = _Seen()
        self.repeats = Repeats()
        self.inputs = [f.name for f in fields(self.input_type)]
        self.extras = reader.mapped(f.key for f in fields_for(self.kind)
                                    if f.key not in self.inputs and f.key != "organisation")
        # The row's fields that the form does not take (a few, if any).
        self._not_inputs = [f.key for _, f in reader.columns if f.key not in self.inputs]

    def run(self) -> None:
        self.ctx.start_sheet(self.reader)
        if self.ctx.report.merge_repeated:
            self.repeats = Repeats.find(self.reader, self.kind, lambda p: self.keys(p, None),
                                        self.label, self.ctx.merge_choices(self.reader.sheet))
            self.ctx.report.merges.extend(self.repeats.groups)
        for chunk in self.reader.chunks():
            if not self.ctx.known.complete:  # else every key is read: no key to compute
                self.prefetch([parsed.values for parsed in chunk])
            candidates = [c for c in map(self._candidate, chunk) if c is not None]
            self._merge_stored([c for c in candidates if c.existing is not None])
            kept = {p.number for p in chunk if self.ctx.finish_row(self.kind, p)}
            self._write([c for c in candidates if c.parsed.number in kept])
            self.ctx.tick(self.step)
        self._report_groups()

    def _candidate(self, parsed: ParsedRow) -> Candidate | None:
        if parsed.number in self.repeats.into:  # merged into its group's first row
            self.ctx.counts(self.kind).merged += 1
            return None
        parsed.values = self.repeats.values.get(parsed.number, parsed.values)
        given = dict(parsed.values)
        for key in (*self._not_inputs, MORE_ORGANISATIONS):
            given.pop(key, None)
        extras = self.reader.extras_note(parsed, self.extras) if self.extras else None
        if extras:
            given["notes"] = f"{given['notes']}\n{extras}" if "notes" in given else extras
        try:  # on a row already rejected too, to report every problem at once
            columns = type(self).to_columns(self.input_type(
                **{self.name_field: "", **given}))
        except ValidationError as error:
            self.reader.invalid(parsed, error)
        if parsed.rejected:  # still shown in its duplicate group
            self._duplicate(parsed, self.keys(parsed, None), self.label(parsed))
            return None
        keys = self.keys(parsed, columns)
        if self._duplicate(parsed, keys, columns["display_name"]):
            return None
        candidate = Candidate(parsed, given, columns, keys)
        if not self.resolve_links(candidate):
            return None
        candidate.existing = self.match(candidate)
        return candidate

    def _duplicate(self, parsed: ParsedRow, keys: list[tuple[str, Key]], label: str) -> bool:
        """Reject a row describing the same record as an earlier row of the sheet.

        ``label`` names the record in its duplicate group, should it be the first row.
        """
        for reason, key in keys:
            first = self.seen.first.get(key)
            if first is not None:
                self.seen.join(first, parsed.number, reason)
                self.reader.error(parsed, self.key_field(reason),
                                  f"Doublon de la ligne {first} ({reason}) : cette ligne n'est "
                                  "pas importée ; corrigez le fichier ou fusionnez les lignes.")
                return True
        for _, key in keys:
            self.seen.first[key] = parsed.number
        self.seen.labels[parsed.number] = label
        return False

    def _merge_stored(self, candidates: list[Candidate]) -> None:
        """Overlay the file's values on each stored record, through the same rules; or,
        when stored records are to be left as they are, change nothing, links included."""
        if not self.ctx.update_existing:
            for candidate in candidates:
                candidate.columns, candidate.organisation = {}, None
            return
        if not candidates:
            return
        ids = [c.existing for c in candidates if c.existing is not None]
        stored = self.ctx.bulk.stored(Stakeholder, ids)
        self.load_links(ids)
        for candidate in candidates:
            assert candidate.existing is not None
            before = stored[candidate.existing]
            if before["archived_at"] is not None:
                self.reader.error(candidate.parsed, None, "Cet acteur existe déjà mais il est "
                                  "archivé : il est mis à jour et reste archivé.",
                                  Severity.WARNING)
            merged = {k: before[k] for k in self.inputs if k in before}
            merged[self.name_field] = self.stored_name(before)
            merged.update(candidate.given)
            merged["notes"] = _merge_notes(before["notes"], candidate.given.get("notes"))
            try:
                columns = type(self).to_columns(self.input_type(**merged))
            except ValidationError as error:
                self.reader.invalid(candidate.parsed, error)
                continue
            candidate.columns = {k: v for k, v in columns.items() if before.get(k) != v}

    def _write(self, candidates: list[Candidate]) -> None:
        counts = self.ctx.counts(self.kind)
        new, changed = [], []
        for candidate in candidates:
            if candidate.existing is None:
                candidate.existing, candidate.new = self.ctx.new_id(), True
                candidate.columns.update(id=candidate.existing, nature=self.nature)
                new.append(self.stamped(candidate.columns))
                self.remember(candidate)
                counts.new += 1
            elif candidate.columns:
                changed.append(self.stamped({**candidate.columns, "id": candidate.existing}))
                counts.updated += 1
            elif self.adds_link(candidate):
                counts.updated += 1
            else:
                counts.unchanged += 1
        self.write_parents(candidates)
        self.ctx.bulk.insert(Stakeholder, new)
        self.ctx.bulk.update(Stakeholder, changed)
        self.write_links(candidates)

    def _report_groups(self) -> None:
        for first, group in sorted(self.seen.groups.items()):
            self.ctx.duplicate(DuplicateGroup(
                self.kind, self.reader.sheet, tuple(group.rows), self.seen.labels.get(first, ""),
                ", ".join(group.reasons), certain=True))
        for first, group in sorted(self.namesakes.groups.items()):
            self.ctx.duplicate(DuplicateGroup(
                self.kind, self.reader.sheet, tuple(group.rows), self.seen.labels.get(first, ""),
                ", ".join(group.reasons), certain=False))

    # -- what differs between people and organisations -------------------------------------
    def keys(self, parsed: ParsedRow, columns: dict[str, Any] | None
             ) -> list[tuple[str, Key]]:
        """(reason, key) pairs identifying the record, most telling first.

        ``columns`` is None for a row already rejected: keys come from its raw values,
        only to show it in its duplicate group.
        """
        raise NotImplementedError

    def key_field(self, reason: str) -> str:
        raise NotImplementedError

    def label(self, parsed: ParsedRow) -> str:
        """The record as a rejected row names it, for its duplicate group (a valid
        row shows its display name)."""
        raise NotImplementedError

    def match(self, candidate: Candidate) -> uuid.UUID | None:
        raise NotImplementedError

    def prefetch(self, rows: list[dict[str, Any]]) -> None:
        """Announce the matching keys a chunk's rows (parsed values) hold, so that the
        stored records they may match are read together (``Known.prefetch``); a key
        missed here is still read when first asked for."""
        raise NotImplementedError

    def stored_name(self, stored: dict[str, Any]) -> Any:
        return stored[self.name_field]

    def stamped(self, columns: dict[str, Any]) -> dict[str, Any]:
        """The columns written for a row, with what the kind records of the import."""
        return columns

    def remember(self, candidate: Candidate) -> None:
        raise NotImplementedError

    def resolve_links(self, candidate: Candidate) -> bool:
        return True

    def load_links(self, ids: list[uuid.UUID]) -> None:
        return None

    def adds_link(self, candidate: Candidate) -> bool:
        return False

    def write_parents(self, candidates: list[Candidate]) -> None:
        return None

    def write_links(self, candidates: list[Candidate]) -> None:
        return None


class OrganisationSheet(StakeholderSheet):
    """Organisations: the same SIRET, or the same name, is the same organisation."""

    kind = RecordKind.ORGANISATION
    nature = StakeholderNature.ORGANISATION
    input_type = OrganisationInput
    name_field = "name"
    step = "Organisations"
    to_columns = staticmethod(organisation_columns)

    def keys(self, parsed: ParsedRow, columns: dict[str, Any] | None
             ) -> list[tuple[str, Key]]:
        values = parsed.values
        siret = columns.get("siret") if columns else None
        name = columns["match_key"] if columns else organisation_key(values.get("name") or "")
        keys: list[tuple[str, Key]] = [(SAME_SIRET, ("siret", siret))] if siret else []
        if name:
            keys.append((SAME_NAME, ("name", name)))
        return keys

    def key_field(self, reason: str) -> str:
        return "siret" if reason == SAME_SIRET else "name"

    def prefetch(self, rows: list[dict[str, Any]]) -> None:
        self.ctx.known.prefetch(names=[organisation_key(v.get("name") or "") for v in rows],
                                sirets=[v.get("siret") for v in rows])

    def label(self, parsed: ParsedRow) -> str:
        return clean_text(parsed.values.get("name") or "")

    def match(self, candidate: Candidate) -> uuid.UUID | None:
        columns = candidate.columns
        return self.ctx.known.organisation(columns["match_key"], columns.get("siret"))

    def stored_name(self, stored: dict[str, Any]) -> Any:
        return stored["display_name"]

    def remember(self, candidate: Candidate) -> None:
        assert candidate.existing is not None
        self.ctx.known.add_organisation(candidate.existing, candidate.columns["match_key"],
                                        candidate.columns.get("siret"))
