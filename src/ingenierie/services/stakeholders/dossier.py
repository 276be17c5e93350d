"""A stakeholder's dossier: everything held about one person (or organisation), read at once.

This is what the RGPD right of access prints (DOMAIN.md §4): the record itself,
affiliations, every involvement with the judgements recorded about them
(influence, interest, attitude, participation, posture, useful effects), the
exchanges they were invited to and how they attended, the funding they give, the
projects they lead — archived records included, since they are held too — and
the free texts elsewhere that name them. One transaction reads it all, so the
parts agree with each other.

Free texts are found by the model's own declaration: every personal text column
(``models.personal``) is searched for the person's name — first and last name in
either order, accents and case aside — except the name and contact columns of
other stakeholders, which are other people's. A text naming the person another
way (initials, a nickname) is not found; the officer reviews what is.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from sqlalchemy import Column, Enum, String, Table, Text, select
from sqlalchemy.orm import Session

from ingenierie.models import AuditEntry, Base, Project, Stakeholder
from ingenierie.models.personal import declared_personal
from ingenierie.models.vocabulary import Presence, fold
from ingenierie.services.common import fetch
from ingenierie.services.projects.funding import FundingRow, funder_funding_rows
from ingenierie.services.projects.interactions import InteractionRow, invited_interaction_rows
from ingenierie.services.projects.involvements import (
    InvolvementRow,
    stakeholder_involvement_rows,
)
from ingenierie.services.stakeholders.affiliations import affiliation_rows
from ingenierie.services.stakeholders.records import StakeholderDetail, stakeholder_detail
from ingenierie.storage import Database


@dataclass(frozen=True, slots=True)
class LedProject:
    """A project the stakeholder is the lead (porteur) of."""

    id: uuid.UUID
    code: str | None
    title: str
    archived: bool


@dataclass(frozen=True, slots=True)
class Mention:
    """A free text of another record that names the stakeholder: ``table`` and ``column``
    are the model's names, ``record_id`` the record holding the text."""

    table: str
    column: str
    record_id: uuid.UUID
    text: str


@dataclass(frozen=True, slots=True)
class PersonDossier:
    """One consistent snapshot of everything held about a stakeholder.

    ``stakeholder`` carries every column of the record and its affiliations;
    ``involvements`` run by project title, ``interactions`` newest first.
    """

    stakeholder: StakeholderDetail
    involvements: tuple[InvolvementRow, ...]
    interactions: tuple[InteractionRow, ...]
    fundings: tuple[FundingRow, ...]
    led_projects: tuple[LedProject, ...]
    mentions: tuple[Mention, ...]

    def presence(self, interaction_id: uuid.UUID) -> Presence | None:
        """How the stakeholder attended one of their exchanges."""
        interaction = next((i for i in self.interactions if i.id == interaction_id), None)
        if interaction is None:
            return None
        return next((p.presence for p in interaction.participants
                     if p.stakeholder_id == self.stakeholder.id), None)


def person_dossier(db: Database, stakeholder_id: uuid.UUID) -> PersonDossier:
    """Everything held about a person or an organisation; raises ``NotFoundError``."""
    with db.read() as session:
        stakeholder = fetch(session, Stakeholder, stakeholder_id, "Acteur")
        detail = stakeholder_detail(stakeholder, affiliation_rows(session, stakeholder.id))
        involvements = stakeholder_involvement_rows(session, stakeholder.id,
                                                    include_archived=True)
        interactions = invited_interaction_rows(session, stakeholder.id, include_archived=True)
        fundings = funder_funding_rows(session, stakeholder.id, include_archived=True)
        led = session.scalars(select(Project).where(Project.lead_id == stakeholder.id)
                              .order_by(Project.title))
        led_projects = tuple(LedProject(p.id, p.code, p.title, p.archived_at is not None)
                             for p in led)
        mentions = _mentions(session, detail)
    return PersonDossier(
        stakeholder=detail, involvements=tuple(involvements), interactions=tuple(interactions),
        fundings=tuple(fundings), led_projects=led_projects, mentions=mentions)


def _free_texts() -> list[tuple[Table, Column[str]]]:
    """The personal text columns that may name someone else than their record's subject
    (the audit trail aside: it is exported and scrubbed as a whole)."""
    stakeholders = Stakeholder.__table__
    return [(table, column) for table in Base.metadata.sorted_tables
            if table is not AuditEntry.__table__
            for column in table.columns
            if declared_personal(column) and isinstance(column.type, String)
            and not isinstance(column.type, Enum)  # a vocabulary code, not text
            and (table is not stakeholders or isinstance(column.type, Text))]


def _comparable(text: str) -> str:
    """Folded words: no accents, no case, any punctuation (a typographic or non-breaking
    hyphen, an apostrophe) a single space."""
    return re.sub(r"[\W_]+", " ", fold(text)).strip()


def _name_forms(detail: StakeholderDetail) -> list[str]:
    """The person's name as texts write it: "first last" and "last first"."""
    if detail.is_person and detail.first_name and detail.last_name:
        return [_comparable(f"{detail.first_name} {detail.last_name}"),
                _comparable(f"{detail.last_name} {detail.first_name}")]
    return [_comparable(detail.display_name)]


def _like_pattern(name: str) -> str:
    """A loose LIKE pattern for ``name``: its ASCII letters and digits, anything between
    (accents, apostrophes, "œ" written "oe" all match); the folded check is exact."""
    runs = re.findall(r"[A-Za-z0-9]+", name)
    return "%" + "%".join(runs) + "%"


def _mentions(session: Session, detail: StakeholderDetail) -> tuple[Mention, ...]:
    forms = [re.compile(rf"(?<!\w){re.escape(form)}(?!\w)")
             for form in _name_forms(detail) if form]
    if not forms:
        return ()
    pattern = _like_pattern(detail.last_name if detail.is_person and detail.last_name
                            else detail.display_name)
    found = []
    for table, column in _free_texts():
        rows = session.execute(select(table.c.id, column).where(
            column.ilike(pattern), table.c.id != detail.id))
        found += [Mention(table.name, column.name, record_id, text) for record_id, text in rows
                  if any(form.search(_comparable(text)) for form in forms)]
    return tuple(sorted(found, key=lambda m: (m.table, m.column, str(m.record_id))))
