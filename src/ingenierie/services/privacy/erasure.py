"""The RGPD right to erasure: a person's identifying data removed everywhere, for good.

- Every personal column of the person's record is emptied (the display name becomes
  « Personne effacée »); the category (type d'acteur) stays, so counts by kind hold.
- Their involvements and participations stay, anonymous — evaluations count them —
  but the free text of an involvement (effets attendus) goes; their affiliations,
  which tie them to an organisation and a role, are deleted.
- Free texts of other records that name them (exchange notes, stage evidence…: the
  dossier's mentions) have the name, e-mail and phone replaced, and are flagged
  for the officer to read again (``review_flag``).
- The audit trail keeps which fields of theirs changed, never the values; the
  erasure itself is one audit line of counts, without the erased data.
- The engine then leaves no copy behind (search index merged, file rewritten, log
  emptied). Backups made before hold the person still: they are listed.

Irreversible by design: no undo, the window asks first.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Table, delete, select, update
from sqlalchemy.orm import Session

from ingenierie.errors import ValidationError
from ingenierie.models import Affiliation, Base, Involvement, Person, ReviewFlag
from ingenierie.models.base import utcnow
from ingenierie.models.personal import personal_columns
from ingenierie.services.common import fetch
from ingenierie.services.stakeholders.dossier import Mention, PersonDossier, person_dossier
from ingenierie.storage import Database, audit
from ingenierie.storage.backups import BackupInfo
from ingenierie.storage.changes import Action, Entry, Kind

ERASED_NAME = "Personne effacée"
PLACEHOLDER = "[personne effacée]"
REVIEW_REASON = "Nom d'une personne effacée retiré (RGPD) : relire le texte."


@dataclass(frozen=True, slots=True)
class ErasureReport:
    """What an erasure did, without saying whom it concerned."""

    erased: int
    scrubbed_texts: int
    journal_lines: int
    older_backups: tuple[BackupInfo, ...]


def _words(dossier: PersonDossier) -> list[str]:
    """What identifies the person in a text: their names, e-mail and phone."""
    detail = dossier.stakeholder
    words = [detail.email, detail.phone, detail.display_name]
    if detail.first_name and detail.last_name:
        words += [f"{detail.last_name} {detail.first_name}"]
    return [word for word in words if word]


def _phone_pattern(phone: str) -> str | None:
    """The phone however it is spaced or dotted, 0 or +33 in front (06 12 34 56 78,
    0612345678, +33 6.12.34.56.78)."""
    digits = re.sub(r"\D", "", phone)
    if len(digits) < 6:
        return None
    separator = r"[\s.\-]*"
    if digits.startswith("0"):
        return rf"(?:\+33{separator}|0)" + separator.join(digits[1:])
    return separator.join(digits)


def _patterns(dossier: PersonDossier) -> list[re.Pattern[str]]:
    """The e-mail first (a name pattern would eat its « prenom.nom » part and leave the
    rest), the phone, then the names in either order and with any separator."""
    detail = dossier.stakeholder
    found = [re.escape(detail.email)] if detail.email else []
    if detail.phone and (phone := _phone_pattern(detail.phone)):
        found.append(phone)
    parts = [p for p in (detail.first_name, detail.last_name) if p] or [detail.display_name]
    if parts and parts[0]:
        found.append(r"[\W_]+".join(re.escape(part) for part in parts))
        found.append(r"[\W_]+".join(re.escape(part) for part in reversed(parts)))
    found += [re.escape(word) for word in _words(dossier)]
    return [re.compile(pattern, re.IGNORECASE) for pattern in found]


def scrubbed(text: str, dossier: PersonDossier) -> str:
    """``text`` without the person's name, e-mail or phone."""
    for pattern in _patterns(dossier):
        text = pattern.sub(PLACEHOLDER, text)
    return text


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _erase_one(session: Session, dossier: PersonDossier) -> tuple[int, int]:
    person = fetch(session, Person, dossier.stakeholder.id, "Personne")
    for name in personal_columns(Person):
        setattr(person, name, None)
    person.display_name, person.match_key = ERASED_NAME, ""
    now = utcnow()
    person.erased_at, person.archived_at = now, person.archived_at or now
    for involvement in session.scalars(select(Involvement).where(
            Involvement.stakeholder_id == person.id)):
        involvement.expected_effects = None
    session.execute(delete(Affiliation).where(Affiliation.person_id == person.id))
    texts = _scrub_mentions(session, dossier.mentions, dossier)
    lines = audit.scrub(session.connection(), person.id, _words(dossier), PLACEHOLDER)
    return texts, lines


def _scrub_mentions(session: Session, mentions: Sequence[Mention],
                    dossier: PersonDossier) -> int:
    for mention in mentions:
        table = _table(mention.table)
        mapper = next(m for m in Base.registry.mappers if m.local_table is table)
        record = session.get(mapper.class_, mention.record_id)
        current = getattr(record, mention.column)
        if current is not None:
            setattr(record, mention.column, scrubbed(current, dossier))
        session.add(ReviewFlag(table_name=mention.table, column_name=mention.column,
                               record_id=mention.record_id, reason=REVIEW_REASON))
    return len(mentions)


def erase_people(db: Database, person_ids: Sequence[uuid.UUID],
                 backup_folders: list[Path] | None = None) -> ErasureReport:
    """Erase each person of ``person_ids`` (see the module), in one transaction."""
    dossiers = [person_dossier(db, person_id) for person_id in dict.fromkeys(person_ids)]
    for dossier in dossiers:
        if not dossier.stakeholder.is_person:
            raise ValidationError("Seule une personne peut être effacée (une organisation "
                                  "n'a pas de droit à l'effacement).", field="person")
    texts = lines = 0
    with db.write() as session:
        session.summarise(Entry(Action.ERASURE, Kind.STAKEHOLDER,
                                record_id=dossiers[0].stakeholder.id if len(dossiers) == 1
                                else None,
                                note=f"Effacement de {len(dossiers)} personne(s) (RGPD, "
                                     "article 17)"))
        for dossier in dossiers:
            scrubbed_texts, scrubbed_lines = _erase_one(session, dossier)
            texts, lines = texts + scrubbed_texts, lines + scrubbed_lines
        session.flush()
        db.scrub(session.connection())
    db.compact()
    # Every copy made so far predates the erasure and still holds the people erased.
    return ErasureReport(len(dossiers), texts, lines, tuple(db.backups(backup_folders)))


def erase_person(db: Database, person_id: uuid.UUID,
                 backup_folders: list[Path] | None = None) -> ErasureReport:
    return erase_people(db, [person_id], backup_folders)


def reviewed(db: Database, flag_ids: Sequence[uuid.UUID]) -> None:
    """The officer read these texts again: their flags are closed."""
    with db.write() as session:
        session.execute(update(ReviewFlag).where(ReviewFlag.id.in_(flag_ids))
                        .values(reviewed_at=utcnow()))
