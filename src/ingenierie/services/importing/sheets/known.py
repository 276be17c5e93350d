"""Lookups of the records already in the database, and of those this import adds.

Kept up to date as records are planned, inside the import's transaction, so a later
sheet finds what an earlier one created. Stored stakeholders are read in one of two
ways, with the same answers:

- **everything at once** (:meth:`Known.load`, ``complete=True``): ids and matching keys
  of every stakeholder, a few narrow queries — the cheapest for a big file;
- **only the keys the file holds** (``complete=False``): a sheet announces each chunk's
  keys (:meth:`Known.prefetch`), fetched a few hundred at a time down the indexes of
  the name key, the folded e-mail and the SIRET; any key not announced is fetched when
  first asked for. A 200-row file into 100 000 stakeholders reads a few hundred rows,
  not 100 000 (the dry run went from about a second to a few tens of milliseconds).

For each key the stored records are read before any planned one is added, in the
order of the table, so the first stored record still wins as when everything is read.
Involvements and territories, which only some sheets need, are loaded when first
asked for.

Stakeholder ids are held as keys (``storage.keys``: 32 hex digits, read as the
engine stores them) and become UUIDs only when found: a database of 100 000
stakeholders needs no 100 000 UUID objects for the few that a file names.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import Connection, func, inspect, literal_column, select
from sqlalchemy.orm import aliased
from sqlalchemy.sql.elements import ColumnClause

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
from ingenierie.storage.keys import Key, beyond_plain_ascii, key_column, key_of, uuid_of

NO_ORGANISATION = ""

#: Keys per query when only the file's keys are read (well under SQLite's 32 766 bound
#: parameters; a chunk of rows names a few hundred).
FETCHED_TOGETHER = 500

_ORGANISATION = aliased(Organisation)
# An affiliation's other end, without the organisations' "nature IN (…)": with it, SQLite
# (no statistics) went down the nature index, 0.4 s for a chunk of 150 people.
_LINKED = aliased(Stakeholder)
# The column itself: ``Organisation.siret`` would keep organisations only.
_SIRET = inspect(Organisation).columns["siret"]
_ROW_ORDER: ColumnClause[int] = literal_column("stakeholder.rowid")  # a full read's order


def _stored(key: uuid.UUID | Key) -> Key:
    return key if isinstance(key, str) else key_of(key)


def _found(stored: Key | None) -> uuid.UUID | None:
    return None if stored is None else uuid_of(stored)


def _chunks(keys: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(keys), FETCHED_TOGETHER):
        yield keys[start:start + FETCHED_TOGETHER]


@dataclass(slots=True)
class Known:
    """Matching keys → ids. Person keys pair the folded name with an organisation key."""

    connection: Connection  # where what is not read yet is read
    complete: bool = True  # every stored stakeholder's keys read at once
    _person_by_email: dict[str, str] = field(default_factory=dict)
    _person_by_name_org: dict[tuple[str, str], str] = field(default_factory=dict)
    _person_names: dict[str, str | None] = field(default_factory=dict)  # None: several
    _organisation_by_key: dict[str, str] = field(default_factory=dict)
    _organisation_by_siret: dict[str, str] = field(default_factory=dict)
    _projects: tuple[dict[str, uuid.UUID], dict[str, uuid.UUID]] | None = None  # code, title
    themes: dict[str, uuid.UUID] = field(default_factory=dict)
    _involvements: dict[tuple[uuid.UUID, uuid.UUID], uuid.UUID] | None = None
    _territories: dict[tuple[TerritoryKind, str], uuid.UUID] | None = None
    # Keys whose stored records are read (when not ``complete``).
    _read_names: set[str] = field(default_factory=set)
    _read_emails: set[str] = field(default_factory=set)
    _read_sirets: set[str] = field(default_factory=set)
    _unusual_emails: dict[str, list[tuple[int, str]]] | None = None

    @classmethod
    def load(cls, connection: Connection, *, complete: bool = True) -> Known:
        """Themes; every stakeholder's keys if ``complete``, else none yet: they are read
        as the file names them. Projects are read when a sheet first asks for one."""
        known = cls(connection, complete)
        if complete:
            known._load_stakeholders(connection)
        for tid, name in connection.execute(select(Theme.id, Theme.name)):
            known.themes[fold(name)] = tid
        return known

    def _load_stakeholders(self, connection: Connection) -> None:
        orgs_of: dict[str, list[str]] = {}
        for person_id, org_key in connection.execute(
                select(key_column(Affiliation.person_id), _ORGANISATION.match_key)
                .join(_ORGANISATION, _ORGANISATION.id == Affiliation.organisation_id)):
            orgs_of.setdefault(person_id, []).append(org_key)
        for sid, nature, key, email, siret in connection.execute(select(
                key_column(Stakeholder.id), Stakeholder.nature, Stakeholder.match_key,
                Stakeholder.email, _SIRET)):
            if nature == StakeholderNature.PERSON:
                self._add_email(sid, email_key(email))
                self._add_name(sid, key, orgs_of.get(sid) or [NO_ORGANISATION])
            else:
                self._add_organisation_key(sid, key)
                self._add_siret(sid, siret)

    # -- reading only the file's keys ---------------------------------------------------------
    def prefetch(self, *, names: Iterable[str] = (), emails: Iterable[str | None] = (),
                 sirets: Iterable[str | None] = ()) -> None:
        """Read the stored records of these matching keys (person and organisation name
        keys alike), e-mail keys and SIRETs, a few hundred per query; nothing when
        every key is read already."""
        if self.complete:
            return
        self._read_by_name(self.connection, [k for k in set(names) if k not in self._read_names])
        self._read_by_email(self.connection,
                            [k for k in set(emails) if k and k not in self._read_emails])
        self._read_by_siret(self.connection,
                            [k for k in set(sirets) if k and k not in self._read_sirets])

    def _read_by_name(self, connection: Connection, keys: list[str]) -> None:
        for chunk in _chunks(sorted(keys)):
            rows = connection.execute(
                select(key_column(Stakeholder.id), Stakeholder.nature, Stakeholder.match_key)
                .where(Stakeholder.match_key.in_(chunk)).order_by(_ROW_ORDER)).all()
            people = [sid for sid, nature, _key in rows if nature == StakeholderNature.PERSON]
            orgs_of: dict[str, list[str]] = {}
            for chunk_of_people in _chunks(people):
                for person_id, org_key in connection.execute(
                        select(key_column(Affiliation.person_id), _LINKED.match_key)
                        .join(_LINKED, _LINKED.id == Affiliation.organisation_id)
                        .where(key_column(Affiliation.person_id).in_(chunk_of_people))
                        .order_by(literal_column("affiliation.rowid"))):
                    orgs_of.setdefault(person_id, []).append(org_key)
            for sid, nature, key in rows:
                if nature == StakeholderNature.PERSON:
                    self._add_name(sid, key, orgs_of.get(sid) or [NO_ORGANISATION])
                else:
                    self._add_organisation_key(sid, key)
            self._read_names.update(chunk)

    def _read_by_email(self, connection: Connection, keys: list[str]) -> None:
        if not keys:
            return
        unusual = self._unusual(connection)
        for chunk in _chunks(sorted(keys)):
            wanted = set(chunk)
            # The nature is sorted out here: asked in SQL, it could lead SQLite down its index.
            found = [(row_number, sid, mail)
                     for row_number, sid, email, nature in connection.execute(
                         select(_ROW_ORDER, key_column(Stakeholder.id), Stakeholder.email,
                                Stakeholder.nature)
                         .where(func.lower(Stakeholder.email).in_(chunk)))
                     if nature == StakeholderNature.PERSON
                     and (mail := email_key(email)) in wanted]
            found += [(row_number, sid, mail) for mail in chunk
                      for row_number, sid in unusual.get(mail, ())]
            for _row_number, sid, mail in sorted(found):
                self._add_email(sid, mail)
            self._read_emails.update(chunk)

    def _unusual(self, connection: Connection) -> dict[str, list[tuple[int, str]]]:
        """People whose e-mail ``lower`` does not fold alone, by e-mail key (read once)."""
        if self._unusual_emails is None:
            self._unusual_emails = {}
            for row_number, sid, email, nature in connection.execute(
                    select(_ROW_ORDER, key_column(Stakeholder.id), Stakeholder.email,
                           Stakeholder.nature).where(beyond_plain_ascii(Stakeholder.email))):
                mail = email_key(email)
                if mail and nature == StakeholderNature.PERSON:
                    self._unusual_emails.setdefault(mail, []).append((row_number, sid))
        return self._unusual_emails

    def _read_by_siret(self, connection: Connection, sirets: list[str]) -> None:
        for chunk in _chunks(sorted(sirets)):
            for sid, siret, nature in connection.execute(
                    select(key_column(Stakeholder.id), _SIRET, Stakeholder.nature)
                    .where(_SIRET.in_(chunk)).order_by(_ROW_ORDER)):
                if nature != StakeholderNature.PERSON:
                    self._add_siret(sid, siret)
            self._read_sirets.update(chunk)

    # -- the maps -----------------------------------------------------------------------------
    def _add_email(self, person_id: Key, mail: str | None) -> None:
        if mail:
            self._person_by_email.setdefault(mail, person_id)

    def _add_name(self, person_id: Key, key: str, organisation_keys: list[str]) -> None:
        for org_key in organisation_keys:
            self._person_by_name_org.setdefault((key, org_key), person_id)
        seen = self._person_names.get(key, person_id)
        self._person_names[key] = person_id if seen == person_id else None

    def _add_organisation_key(self, organisation_id: Key, key: str) -> None:
        self._organisation_by_key.setdefault(key, organisation_id)

    def _add_siret(self, organisation_id: Key, siret: str | None) -> None:
        if siret:
            self._organisation_by_siret.setdefault(siret, organisation_id)

    def add_person(self, person_id: uuid.UUID | str, key: str, mail: str | None,
                   organisation_keys: list[str]) -> None:
        """A person by matching key, e-mail key (``matching.email_key``) and organisations."""
        self.prefetch(names=[key], emails=[mail])
        person_id = _stored(person_id)
        self._add_email(person_id, mail)
        self._add_name(person_id, key, organisation_keys)

    def person(self, mail: str | None, key: str, organisation_key: str) -> uuid.UUID | None:
        """The person with this e-mail key, else with this matching key in this organisation."""
        self.prefetch(names=[key], emails=[mail])
        found = self._person_by_email.get(mail) if mail else None
        return _found(found or self._person_by_name_org.get((key, organisation_key)))

    def has_person_named(self, key: str) -> bool:
        self.prefetch(names=[key])
        return key in self._person_names

    def add_organisation(self, organisation_id: uuid.UUID | str, key: str,
                         siret: str | None) -> None:
        self.prefetch(names=[key], sirets=[siret])
        organisation_id = _stored(organisation_id)
        self._add_organisation_key(organisation_id, key)
        self._add_siret(organisation_id, siret)

    def organisation(self, key: str, siret: str | None = None) -> uuid.UUID | None:
        """The organisation with this SIRET, else with this matching key."""
        self.prefetch(names=[key], sirets=[siret])
        found = self._organisation_by_siret.get(siret) if siret else None
        return _found(found or self._organisation_by_key.get(key))

    def forget_organisation(self, organisation_id: uuid.UUID, key: str) -> None:
        """An organisation planned under ``key`` that is not written after all."""
        if self._organisation_by_key.get(key) == key_of(organisation_id):
            del self._organisation_by_key[key]

    def _project_keys(self) -> tuple[dict[str, uuid.UUID], dict[str, uuid.UUID]]:
        """Projects by folded code and by folded title, read on first use (a sheet of
        people never needs the 10 000 projects of a big database)."""
        if self._projects is None:
            self._projects = {}, {}
            for pid, code, title in self.connection.execute(
                    select(Project.id, Project.code, Project.title)):
                self._add_project(pid, code, title)
        return self._projects

    def _add_project(self, project_id: uuid.UUID, code: str | None, title: str) -> None:
        assert self._projects is not None
        by_code, by_title = self._projects
        if code:
            by_code.setdefault(fold(code), project_id)
        by_title.setdefault(fold(title), project_id)

    def add_project(self, project_id: uuid.UUID, code: str | None, title: str) -> None:
        self._project_keys()
        self._add_project(project_id, code, title)

    def find_project(self, reference: str) -> uuid.UUID | None:
        """A project by its code, else by its title (accents and case aside)."""
        key = fold(reference)
        by_code, by_title = self._project_keys()
        return by_code.get(key) or by_title.get(key)

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
        self.prefetch(names=[key])
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
