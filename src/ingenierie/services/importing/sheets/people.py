"""Sheets of people: one person per e-mail, or per name within an organisation.

A person's "Organisme" finds the organisation (stored, or named by an earlier
row or sheet) or creates it, and links the person to it. Namesakes in other
organisations are imported as other people, with a warning and a "possible
duplicates" group for the user to check.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select

from ingenierie.errors import ValidationError
from ingenierie.models import Affiliation, Stakeholder
from ingenierie.models.vocabulary import StakeholderNature
from ingenierie.services.importing.mapping.fields import RecordKind
from ingenierie.services.importing.parsing.records import ParsedRow, SheetReader
from ingenierie.services.importing.reading.table import Severity
from ingenierie.services.importing.sheets.context import ImportContext
from ingenierie.services.importing.sheets.known import NO_ORGANISATION
from ingenierie.services.importing.sheets.repeats import MORE_ORGANISATIONS
from ingenierie.services.importing.sheets.stakeholders import (
    NAMESAKE,
    SAME_EMAIL,
    SAME_NAME_ORG,
    Candidate,
    Key,
    StakeholderSheet,
)
from ingenierie.services.stakeholders.matching import (
    clean_text,
    email_key,
    organisation_key,
    person_key,
)
from ingenierie.services.stakeholders.records import OrganisationInput, PersonInput
from ingenierie.services.stakeholders.stakeholder import organisation_columns, person_columns


class PersonSheet(StakeholderSheet):
    """People: the same e-mail, or the same name in the same organisation, is the same person."""

    kind = RecordKind.PERSON
    nature = StakeholderNature.PERSON
    input_type = PersonInput
    name_field = "last_name"
    step = "Personnes"
    to_columns = staticmethod(person_columns)

    def __init__(self, ctx: ImportContext, reader: SheetReader) -> None:
        super().__init__(ctx, reader)
        # The links of the stored people that rows matched (a new person has none yet).
        self.links: set[tuple[uuid.UUID, uuid.UUID]] = set()
        self.new_organisations: dict[uuid.UUID, dict[str, Any]] = {}
        self._organisation_keys: dict[str, str] = {}

    def organisation_key(self, name: str) -> str:
        """The matching key of an organisation name (a list names few, many times)."""
        key = self._organisation_keys.get(name)
        if key is None:
            key = self._organisation_keys[name] = organisation_key(name)
        return key

    def keys(self, parsed: ParsedRow, columns: dict[str, Any] | None
             ) -> list[tuple[str, Key]]:
        """The e-mail key first, the (name, organisation) key last, either one missing."""
        values = parsed.values
        org = values.get("organisation")
        org_key = self.organisation_key(org) if org else NO_ORGANISATION
        name = (columns["match_key"] if columns else
                person_key(values.get("last_name"), values.get("first_name")))
        mail = email_key(columns["email"] if columns else values.get("email"))
        # An e-mail key (text with an "@") never equals a (name, organisation) pair.
        keys: list[tuple[str, Key]] = [(SAME_EMAIL, mail)] if mail else []
        if name.strip("|"):
            keys.append((SAME_NAME_ORG, (name, org_key)))
        return keys

    def key_field(self, reason: str) -> str:
        return "email" if reason == SAME_EMAIL else "last_name"

    def prefetch(self, rows: list[dict[str, Any]]) -> None:
        names = [person_key(v.get("last_name"), v.get("first_name")) for v in rows]
        names += [self.organisation_key(v["organisation"]) for v in rows if v.get("organisation")]
        self.ctx.known.prefetch(names=names, emails=[email_key(v.get("email")) for v in rows])

    def label(self, parsed: ParsedRow) -> str:
        names = (parsed.values.get("first_name"), parsed.values.get("last_name"))
        return " ".join(clean_text(n) for n in names if n)

    def _duplicate(self, parsed: ParsedRow, keys: list[tuple[str, Key]], label: str) -> bool:
        if super()._duplicate(parsed, keys, label):
            return True
        name = _name_of(keys)
        if name is None:
            return False
        first = self.namesakes.first.setdefault(name, parsed.number)
        if first != parsed.number:
            self.namesakes.join(first, parsed.number, NAMESAKE)
            self.reader.error(parsed, "last_name",
                              f"Même nom qu'à la ligne {first} mais autre organisme ou autre "
                              "courriel : importée comme une autre personne, vérifiez.",
                              Severity.WARNING)
        return False

    def resolve_links(self, candidate: Candidate) -> bool:
        """Find the row's organisations, or plan them as new ones (once per name)."""
        values = candidate.parsed.values
        names = [values["organisation"]] if values.get("organisation") else []
        found = []
        for name in [*names, *values.get(MORE_ORGANISATIONS, ())]:
            organisation = self._organisation(candidate, name)
            if organisation is None:
                return False
            found.append(organisation)
        if found:
            candidate.organisation, *candidate.more_organisations = found
        return True

    def _organisation(self, candidate: Candidate, name: str) -> tuple[str, uuid.UUID] | None:
        key = self.organisation_key(name)
        known = self.ctx.known
        org_id = known.organisation(key)
        if org_id is None:
            try:
                columns = organisation_columns(OrganisationInput(name=clean_text(name)))
            except ValidationError as error:
                self.reader.error(candidate.parsed, "organisation", error.message)
                return None
            org_id = self.ctx.new_id()
            self.new_organisations[org_id] = {
                **columns, "id": org_id, "nature": StakeholderNature.ORGANISATION}
            known.add_organisation(org_id, key, None)
        return key, org_id

    def match(self, candidate: Candidate) -> uuid.UUID | None:
        known, columns = self.ctx.known, candidate.columns
        mail = _email_of(candidate.keys)
        org_key = candidate.organisation[0] if candidate.organisation else NO_ORGANISATION
        found = known.person(mail, columns["match_key"], org_key)
        first = self.namesakes.first.get(columns["match_key"])
        if found is None and first == candidate.parsed.number and \
                known.has_person_named(columns["match_key"]):  # stored, not met in this sheet
            self.reader.error(candidate.parsed, "last_name",
                              "Une personne du même nom existe déjà (autre organisme ou autre "
                              "courriel) : une nouvelle fiche est créée, vérifiez.",
                              Severity.WARNING)
        return found

    def remember(self, candidate: Candidate) -> None:
        assert candidate.existing is not None
        self.ctx.known.add_person(candidate.existing, candidate.columns["match_key"],
                                  _email_of(candidate.keys),
                                  [key for key, _ in candidate.organisations]
                                  or [NO_ORGANISATION])

    def stamped(self, columns: dict[str, Any]) -> dict[str, Any]:
        """A person written by an import records the file, when and by whom (RGPD art. 14:
        the officer must be able to tell people who did not give their data themselves)."""
        columns.update(self.ctx.source)
        return columns

    def load_links(self, ids: list[uuid.UUID]) -> None:
        for start in range(0, len(ids), 500):
            self.links.update((person, organisation) for person, organisation in
                              self.ctx.connection.execute(
                                  select(Affiliation.person_id, Affiliation.organisation_id)
                                  .where(Affiliation.person_id.in_(ids[start:start + 500]))))

    def adds_link(self, candidate: Candidate) -> bool:
        return any((candidate.existing, organisation) not in self.links
                   for _, organisation in candidate.organisations)

    def write_parents(self, candidates: list[Candidate]) -> None:
        """Insert the organisations first named by these rows (kept rows only)."""
        rows = [self.new_organisations.pop(organisation) for c in candidates
                for _, organisation in c.organisations if organisation in self.new_organisations]
        if rows:
            self.ctx.bulk.insert(Stakeholder, rows)
            self.ctx.counts(RecordKind.ORGANISATION).new += len(rows)

    def write_links(self, candidates: list[Candidate]) -> None:
        rows = []
        for candidate in candidates:
            for _, organisation in candidate.organisations:
                assert candidate.existing is not None  # every kept row has its id once written
                pair = (candidate.existing, organisation)
                if not candidate.new:
                    if pair in self.links:
                        continue
                    self.links.add(pair)
                rows.append({"id": self.ctx.new_id.hex(), "person_id": pair[0],
                             "organisation_id": pair[1]})
        self.ctx.bulk.insert(Affiliation, rows)

    def run(self) -> None:
        super().run()
        # Organisations named only by rejected rows were never written: forget them.
        for org_id, columns in self.new_organisations.items():
            self.ctx.known.forget_organisation(org_id, columns["match_key"])


def _email_of(keys: list[tuple[str, Key]]) -> str | None:
    """The e-mail key the row was checked for duplicates with (see ``PersonSheet.keys``)."""
    if keys and keys[0][0] == SAME_EMAIL:
        assert isinstance(keys[0][1], str)
        return keys[0][1]
    return None


def _name_of(keys: list[tuple[str, Key]]) -> str | None:
    """The matching key of the row's name (see ``PersonSheet.keys``)."""
    return keys[-1][1][0] if keys and keys[-1][0] == SAME_NAME_ORG else None
