"""Merging duplicate stakeholders: everything of the duplicate moves to the one kept.

The duplicate is archived, never deleted, with a note saying where it went.
Where both had the same link (two involvements in one project, two places at
one meeting, two affiliations to one organisation) one is kept, its empty
details filled from the other, and the result says so. The result keeps a
journal of every value replaced and link removed: :func:`unmerge_stakeholders`
puts both records back as they were (the undo of the window).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from ingenierie.errors import ValidationError
from ingenierie.models import (
    Affiliation,
    Funding,
    Interaction,
    Involvement,
    Participation,
    Person,
    Project,
    Stakeholder,
)
from ingenierie.models.base import utcnow
from ingenierie.models.personal import personal_columns
from ingenierie.models.vocabulary import ActorKind, Presence
from ingenierie.services.common import counted, fetch
from ingenierie.services.evaluation.merging import move_evaluation_links
from ingenierie.services.queries.ordering import person_sort_key
from ingenierie.services.reverting import Journal, journal_of, revert
from ingenierie.services.stakeholders.affiliations import affiliation_rows
from ingenierie.services.stakeholders.matching import person_key
from ingenierie.services.stakeholders.records import (
    StakeholderDetail,
    StakeholderRow,
    person_display_name,
    stakeholder_detail,
    stakeholder_row,
)
from ingenierie.storage import Database
from ingenierie.storage.changes import ChangeSet, Written

# Details copied from the duplicate when the kept stakeholder has none: for a person,
# everything held about them (as the model declares it) but what the merge sets by a
# rule of its own (names and keys, the place as a pair, the contact dates); for an
# organisation, its contacts and identifiers.
_OWN_RULES = frozenset({"display_name", "match_key", "sort_key", "last_name", "postal_code",
                        "city", "first_contact_on", "last_contact_on"})
_PERSON_FIELDS = tuple(name for name in personal_columns(Person) if name not in _OWN_RULES)
_ORGANISATION_FIELDS = ("legal_form", "siren", "siret", "rna", "website", "email", "phone",
                        "notes")
_INVOLVEMENT_FIELDS = ("attitude", "expected_effects", "observed_effects", "start_on",
                       "end_on")
_PRESENCE_ORDER = (Presence.PRESENT, Presence.EXCUSE, Presence.ABSENT)


@dataclass(frozen=True, slots=True)
class MergeResult:
    """What a merge did, for the confirmation message and the log."""

    kept: StakeholderDetail
    dropped_id: uuid.UUID
    moved_involvements: int
    merged_involvements: tuple[str, ...]
    moved_participations: int
    merged_participations: int
    moved_funding: int
    moved_affiliations: int
    merged_affiliations: int
    moved_leads: int
    filled_fields: tuple[str, ...]
    journal: Journal
    moved_evaluation_links: int = 0

    def describe(self) -> str:
        """A French summary of the merge."""
        parts = [counted(self.moved_involvements, "implication déplacée",
                         "implications déplacées"),
                 counted(self.moved_participations, "participation à un échange",
                         "participations à des échanges"),
                 counted(self.moved_funding, "financement", "financements"),
                 counted(self.moved_affiliations, "affiliation", "affiliations"),
                 counted(self.moved_leads, "projet porté", "projets portés"),
                 counted(self.moved_evaluation_links, "lien à une évaluation",
                         "liens à des évaluations")]
        text = (f"Fusion dans «\u00a0{self.kept.display_name}\u00a0»\u00a0: "
                + ", ".join(parts) + ".")
        if self.merged_involvements:
            text += (" Implications en double réunies (celle de la fiche conservée garde ses "
                     "valeurs)\u00a0: " + ", ".join(f"«\u00a0{t}\u00a0»"
                                                    for t in self.merged_involvements) + ".")
        return text


def _fill(keep: object, drop: object, fields: tuple[str, ...]) -> list[str]:
    filled = []
    for name in fields:
        if getattr(keep, name) is None and getattr(drop, name) is not None:
            setattr(keep, name, getattr(drop, name))
            filled.append(name)
    return filled


def _merge_involvements(session: Session, keep: Stakeholder, drop: Stakeholder
                        ) -> tuple[int, list[str]]:
    kept = {i.project_id: i for i in session.scalars(
        select(Involvement).where(Involvement.stakeholder_id == keep.id))}
    moved, merged = 0, []
    for involvement in session.scalars(
            select(Involvement).where(Involvement.stakeholder_id == drop.id)).all():
        twin = kept.get(involvement.project_id)
        if twin is None:
            involvement.stakeholder_id = keep.id
            moved += 1
            continue
        _fill(twin, involvement, _INVOLVEMENT_FIELDS)
        if twin.archived_at is not None and involvement.archived_at is None:
            twin.archived_at = None  # the relationship is live through the duplicate
        involvement.archived_at = involvement.archived_at or utcnow()
        merged.append(session.get_one(Project, involvement.project_id).title)
    return moved, merged


def _merge_participations(session: Session, keep: Stakeholder, drop: Stakeholder
                          ) -> tuple[int, int]:
    kept = {p.interaction_id: p for p in session.scalars(
        select(Participation).where(Participation.stakeholder_id == keep.id))}
    moved = merged = 0
    for participation in session.scalars(
            select(Participation).where(Participation.stakeholder_id == drop.id)).all():
        twin = kept.get(participation.interaction_id)
        if twin is None:
            participation.stakeholder_id = keep.id
            moved += 1
            continue
        # Whoever was there counts: keep the more present of the two.
        twin.presence = min(twin.presence, participation.presence, key=_PRESENCE_ORDER.index)
        session.delete(participation)
        merged += 1
    return moved, merged


def _merge_affiliations(session: Session, keep: Stakeholder, drop: Stakeholder
                        ) -> tuple[int, int]:
    """Move links on either side (a person's organisations, an organisation's people)."""
    moved = merged = 0
    for own, other in ((Affiliation.person_id, Affiliation.organisation_id),
                       (Affiliation.organisation_id, Affiliation.person_id)):
        kept = {getattr(a, other.key): a for a in session.scalars(
            select(Affiliation).where(own == keep.id))}
        for affiliation in session.scalars(select(Affiliation).where(own == drop.id)).all():
            twin = kept.get(getattr(affiliation, other.key))
            if twin is None:
                setattr(affiliation, own.key, keep.id)
                moved += 1
            else:
                _fill(twin, affiliation, ("role", "start_on", "end_on"))
                session.delete(affiliation)
                merged += 1
    return moved, merged


def _move(session: Session, column: InstrumentedAttribute[Any], drop: Stakeholder,
          keep: Stakeholder) -> int:
    """Point every record whose ``column`` names ``drop`` at ``keep``; how many moved.

    Record by record, not one ``UPDATE``: the change set names each record moved."""
    moved = session.scalars(select(column.class_).where(column == drop.id)).all()
    for record in moved:
        setattr(record, column.key, keep.id)
    return len(moved)


def merge_stakeholders(db: Database, keep_id: uuid.UUID, drop_id: uuid.UUID
                       ) -> Written[MergeResult]:
    """Move everything of ``drop_id`` to ``keep_id`` and archive ``drop_id``, in one
    transaction. Both must be people, or both organisations."""
    if keep_id == drop_id:
        raise ValidationError("Choisissez deux fiches différentes à fusionner.", field="drop_id")
    with db.write() as session, journal_of(session) as recorder:
        keep = fetch(session, Stakeholder, keep_id, "Acteur")
        drop = fetch(session, Stakeholder, drop_id, "Acteur")
        if keep.nature != drop.nature:
            raise ValidationError(
                "On ne peut fusionner qu'une personne avec une personne, ou une organisation "
                "avec une organisation.", field="drop_id")
        moved_involvements, merged_involvements = _merge_involvements(session, keep, drop)
        moved_participations, merged_participations = _merge_participations(session, keep, drop)
        moved_affiliations, merged_affiliations = _merge_affiliations(session, keep, drop)
        moved_funding = _move(session, Funding.funder_id, drop, keep)
        moved_leads = _move(session, Project.lead_id, drop, keep)
        _move(session, Interaction.next_steps_owner_id, drop, keep)
        moved_evaluation_links = move_evaluation_links(session, keep.id, drop.id)
        filled = _fill(keep, drop, _PERSON_FIELDS if isinstance(keep, Person)
                       else _ORGANISATION_FIELDS)
        if keep.postal_code is None and keep.city is None:
            # A postal code and a town go together: never one of each record.
            filled += _fill(keep, drop, ("postal_code", "city"))
        if keep.actor_kind is ActorKind.AUTRE and drop.actor_kind is not ActorKind.AUTRE:
            keep.actor_kind = drop.actor_kind
            filled.append("actor_kind")
        if isinstance(keep, Person) and isinstance(drop, Person):
            _merge_person_identity(keep, drop, filled)
        note = (f"Fusionné dans « {keep.display_name} » le {date.today():%d/%m/%Y} "
                f"(identifiant {keep.id}).")
        drop.notes = f"{drop.notes}\n{note}" if drop.notes else note
        drop.archived_at = drop.archived_at or utcnow()
        session.flush()
        result = MergeResult(
            kept=stakeholder_detail(keep, affiliation_rows(session, keep.id)),
            dropped_id=drop.id, moved_involvements=moved_involvements,
            merged_involvements=tuple(merged_involvements),
            moved_participations=moved_participations,
            merged_participations=merged_participations, moved_funding=moved_funding,
            moved_affiliations=moved_affiliations, merged_affiliations=merged_affiliations,
            moved_leads=moved_leads, filled_fields=tuple(filled), journal=recorder.journal(),
            moved_evaluation_links=moved_evaluation_links)
    return Written(result, session.changes)


def unmerge_stakeholders(db: Database, merged: MergeResult) -> ChangeSet:
    """Take a merge back: both records, their links and details as they were before it.

    Meant right after the merge (the undo of the window): a later edit of the records
    it touched may be overwritten."""
    return revert(db, merged.journal)


def _merge_person_identity(keep: Person, drop: Person, filled: list[str]) -> None:
    """Keep the earliest first contact and the latest last contact, and the names in step
    with a first name just filled."""
    if drop.first_contact_on and (keep.first_contact_on is None
                                  or drop.first_contact_on < keep.first_contact_on):
        keep.first_contact_on = drop.first_contact_on
        filled.append("first_contact_on")
    if drop.last_contact_on and (keep.last_contact_on is None
                                 or drop.last_contact_on > keep.last_contact_on):
        keep.last_contact_on = drop.last_contact_on
        filled.append("last_contact_on")
    if "first_name" in filled:
        keep.display_name = person_display_name(keep.first_name, keep.last_name)
        keep.match_key = person_key(keep.last_name, keep.first_name)
        keep.sort_key = person_sort_key(keep.last_name, keep.first_name)


def duplicate_groups(db: Database, *, limit: int = 200) -> list[tuple[StakeholderRow, ...]]:
    """Active stakeholders sharing a nature and a folded name, grouped, for review."""
    with db.read() as session:
        keys = (select(Stakeholder.nature, Stakeholder.match_key)
                .where(Stakeholder.archived_at.is_(None))
                .group_by(Stakeholder.nature, Stakeholder.match_key)
                .having(func.count() > 1).order_by(Stakeholder.match_key).limit(limit)).subquery()
        members = session.scalars(
            select(Stakeholder)
            .join(keys, (keys.c.nature == Stakeholder.nature)
                  & (keys.c.match_key == Stakeholder.match_key))
            .where(Stakeholder.archived_at.is_(None))
            .order_by(Stakeholder.match_key, Stakeholder.created_at))
        groups: dict[tuple[str, str], list[StakeholderRow]] = {}
        for member in members:
            groups.setdefault((member.nature, member.match_key), []).append(
                stakeholder_row(member))
    return [tuple(group) for group in groups.values()]
