"""Restoring a backup without bringing erased people back.

A backup made before an erasure still holds the person (the erasure lists such
copies). Restoring it must not undo the erasure, which the RGPD made final: the
people erased in the state being replaced are read first, and those the backup
holds are erased again, in the same way, in a staged copy of it before it lands
(storage's ``prepare``): a restore killed half-way leaves the state before or the
state after with the erasures made again, never the person back. A
damaged database whose erasures cannot be read is still restored (the officer is
told to check, ``erasures_unknown``).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from ingenierie.config import DatabaseLocation
from ingenierie.errors import UserError
from ingenierie.models import Person
from ingenierie.services.privacy.erasure import ErasureReport, erase_people
from ingenierie.storage import Database, open_database, restore_database


@dataclass(frozen=True, slots=True)
class Restored:
    """What a restore did: the copy of the state before, the erasures made again."""

    saved: Path
    erased_again: ErasureReport | None = None
    erasures_unknown: bool = False

    def erasure_note(self) -> str:
        """What became of the erasures, in French (empty when there was nothing to do)."""
        if self.erasures_unknown:
            return ("Les effacements de personnes (RGPD) de la base remplacée n'ont pas pu "
                    "être lus : vérifiez que personne d'effacé n'est revenu.")
        if self.erased_again is None:
            return ""
        return (f"{self.erased_again.erased} personne(s) effacée(s) après cette sauvegarde "
                "l'ont été à nouveau (RGPD) ; "
                f"{self.erased_again.scrubbed_texts} texte(s) corrigé(s), à relire.")


def erased_people(db: Database) -> set[uuid.UUID]:
    """The people of ``db`` erased so far."""
    with db.read() as session:
        return set(session.scalars(select(Person.id).where(Person.erased_at.is_not(None))))


def _erased_before(location: DatabaseLocation) -> set[uuid.UUID] | None:
    try:
        with open_database(location, create=False) as db:
            return erased_people(db)
    except UserError:  # damaged, or too old to read without migrating: unknown
        return None


def restore_keeping_erasures(location: DatabaseLocation, backup: Path,
                             backup_folders: list[Path] | None = None,
                             migrations: Path | None = None) -> Restored:
    """Restore ``backup`` into the database at ``location`` (closed by the caller), then
    erase again whoever was erased in the state it replaces."""
    erased = _erased_before(location)
    if not erased:
        return Restored(restore_database(location, backup, migrations),
                        erasures_unknown=erased is None)
    reports: list[ErasureReport] = []

    def prepare(staged: Database) -> None:
        with staged.read() as session:
            back = list(session.scalars(select(Person.id).where(
                Person.id.in_(erased), Person.erased_at.is_(None))))
        if back:
            reports.append(erase_people(staged, back, backup_folders))

    saved = restore_database(location, backup, migrations, prepare)
    return Restored(saved, reports[0] if reports else None)
