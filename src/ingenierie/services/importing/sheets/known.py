"""Lookups of the records already in the database, and of those this import adds.

Loaded once per import, inside its transaction, with a few narrow queries (ids
and matching keys only, never whole rows), then kept up to date as records are
planned, so a later sheet finds what an earlier one created. Involvements and
territories, which only some sheets need, are loaded when first asked for.

Stakeholder ids are held as keys (``storage.keys``: 32 hex digits, read as the
engine stores them) and become UUIDs only when found: a database of 100 000
stakeholders needs no 100 000 UUID objects for the few that a file names.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from sqlalchemy import Connection, inspect, select
from sqlalchemy.orm import aliased

from ingenierie.models import (
    Affiliation,
    Involvement,
    Organisation,
    Project,
    Stakeholder,
    Territory,
    Theme,
)
from ingenierie.models.vocabulary import StakeholderNature, TerritoryKind, fold
from ingenierie.services.stakeholders.matching import email_key, organisation_key, person_key
from ingenierie.storage.keys import Key, key_column, key_of, uuid_of

NO_ORGANISATION = ""


def _stored(key: uuid.UUID | Key) -> Key:
    return key if isinstance(key, str) else key_of(key)


def _found(stored: Key | None) -> uuid.UUID | None:
    return None if stored is None else uuid_of(stored)


@dataclass(slots=True)
class Known:
    """Matching keys → ids. Person keys pair the folded name with an organisation key."""

    _person_by_email: dict[str, str] = field(default_factory=dict)
    _person_by_name_org: dict[tuple[str, str], str] = field(default_factory=dict)
    _person_names: dict[str, str | None] = field(default_factory=dict)  # None: several
    _organisation_by_key: dict[str, str] = field(default_factory=dict)
    _organisation_by_siret: dict[str, str] = field(default_factory=dict)
    project_by_code: dict[str, uuid.UUID] = field(default_factory=dict)
    project_by_title: dict[str, uuid.UUID] = field(default_factory=dict)
    themes: dict[str, uuid.UUID] = field(default_factory=dict)
    _involvements: dict[tuple[uuid.UUID, uuid.UUID], uuid.UUID] | None = None
    _territories: dict[tuple[TerritoryKind, str], uuid.UUID] | None = None

    @classmethod
    def load(cls, connection: Connection) -> Known:
        known = cls()
        organisation = aliased(Organisation)
        orgs_of: dict[str, list[str]] = {}
        for person_id, org_key in connection.execute(
                select(key_column(Affiliation.person_id), organisation.match_key)
                .join(organisation, organisation.id == Affiliation.organisation_id)):
            orgs_of.setdefault(person_id, []).append(org_key)
        # The column itself: ``Organisation.siret`` would keep organisations only.
        siret_column = inspect(Organisation).columns["siret"]
        for sid, nature, key, email, siret in connection.execute(select(
                key_column(Stakeholder.id), Stakeholder.nature, Stakeholder.match_key,
                Stakeholder.email, siret_column)):
            if nature == StakeholderNature.PERSON:
                known.add_person(sid, key, email_key(email),
                                 orgs_of.get(sid) or [NO_ORGANISATION])
            else:
                known.add_organisation(sid, key, siret)
        for pid, code, title in connection.execute(select(Project.id, Project.code,
                                                          Project.title)):
            known.add_project(pid, code, title)
        for tid, name in connection.execute(select(Theme.id, Theme.name)):
            known.themes[fold(name)] = tid
        return known

    def add_person(self, person_id: uuid.UUID | str, key: str, mail: str | None,
                   organisation_keys: list[str]) -> None:
        """A person by matching key, e-mail key (``matching.email_key``) and organisations."""
        person_id = _stored(person_id)
        if mail:
            self._person_by_email.setdefault(mail, person_id)
        for org_key in organisation_keys:
            self._person_by_name_org.setdefault((key, org_key), person_id)
        seen = self._person_names.get(key, person_id)
        self._person_names[key] = person_id if seen == person_id else None

    def person(self, mail: str | None, key: str, organisation_key: str) -> uuid.UUID | None:
        """The person with this e-mail key, else with this matching key in this organisation."""
        found = self._person_by_email.get(mail) if mail else None
        return _found(found or self._person_by_name_org.get((key, organisation_key)))

    def has_person_named(self, key: str) -> bool:
        return key in self._person_names

    def add_organisation(self, organisation_id: uuid.UUID | str, key: str,
                         siret: str | None) -> None:
        organisation_id = _stored(organisation_id)
        self._organisation_by_key.setdefault(key, organisation_id)
        if siret:
            self._organisation_by_siret.setdefault(siret, organisation_id)

    def organisation(self, key: str, siret: str | None = None) -> uuid.UUID | None:
        """The organisation with this SIRET, else with this matching key."""
        found = self._organisation_by_siret.get(siret) if siret else None
        return _found(found or self._organisation_by_key.get(key))

    def forget_organisation(self, organisation_id: uuid.UUID, key: str) -> None:
        """An organisation planned under ``key`` that is not written after all."""
        if self._organisation_by_key.get(key) == key_of(organisation_id):
            del self._organisation_by_key[key]

    def add_project(self, project_id: uuid.UUID, code: str | None, title: str) -> None:
        if code:
            self.project_by_code.setdefault(fold(code), project_id)
        self.project_by_title.setdefault(fold(title), project_id)

    def find_project(self, reference: str) -> uuid.UUID | None:
        """A project by its code, else by its title (accents and case aside)."""
        key = fold(reference)
        return self.project_by_code.get(key) or self.project_by_title.get(key)

    def find_stakeholder(self, name: str, first_name: str | None = None
                         ) -> tuple[uuid.UUID | None, bool]:
        """A person or organisation by name; the flag is True when several share it.

        With a first name, the name is a last name. Without one, "Prénom Nom",
        "Nom Prénom" and an organisation name are all tried.
        """
        if first_name:
            return self._person(person_key(name, first_name))
        found = self.organisation(organisation_key(name))
        if found is not None:
            return found, False
        words = name.split()
        for cut in range(1, len(words)):
            for first, last in ((words[:cut], words[cut:]), (words[cut:], words[:cut])):
                person, ambiguous = self._person(person_key(" ".join(last), " ".join(first)))
                if person is not None or ambiguous:
                    return person, ambiguous
        return None, False

    def _person(self, key: str) -> tuple[uuid.UUID | None, bool]:
        if key not in self._person_names:
            return None, False
        person = self._person_names[key]
        return _found(person), person is None

    def involvements(self, connection: Connection
                     ) -> dict[tuple[uuid.UUID, uuid.UUID], uuid.UUID]:
        """Involvement ids by (project, stakeholder), loaded on first use."""
        if self._involvements is None:
            self._involvements = {
                (project_id, stakeholder_id): iid for iid, project_id, stakeholder_id in
                connection.execute(select(Involvement.id, Involvement.project_id,
                                          Involvement.stakeholder_id))}
        return self._involvements

    def forget_territories(self) -> None:
        """Territories were written: read them again when next needed."""
        self._territories = None

    def territories(self, connection: Connection) -> dict[tuple[TerritoryKind, str], uuid.UUID]:
        """Official territories by (kind, code), loaded on first use."""
        if self._territories is None:
            self._territories = {
                (kind, code): tid for tid, kind, code in connection.execute(
                    select(Territory.id, Territory.kind, Territory.code)
                    .where(Territory.code.is_not(None))) if code is not None}
        return self._territories
