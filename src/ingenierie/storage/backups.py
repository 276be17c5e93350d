"""Backups as the user sees them: why each was made, when, how big, what it holds; and
which daily backups the rotation keeps.

The copies themselves are the engine's business (``storage.engines``: SQLite's online
backup writes one file per copy, named after the database with a timestamp and a
reason); this module holds what every engine shares: the reasons and their French
labels, the description of a copy, and the rotation rule — the last
:data:`DAILY_KEPT` daily copies, then one per week for :data:`WEEKLY_KEPT` weeks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ingenierie.models.vocabulary import Vocabulary

DAILY_KEPT = 7
WEEKLY_KEPT = 4


class Reason(Vocabulary):
    """Why a copy was made; the value is the word its file name carries."""

    MANUAL = "sauvegarde", "À la demande"
    DAILY = "quotidienne", "Quotidienne"
    BEFORE_UPGRADE = "avant-mise-a-jour", "Avant une mise à jour"
    BEFORE_IMPORT = "avant-import", "Avant un import"
    BEFORE_RESTORE = "avant-restauration", "Avant une restauration"


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One copy: where, when (local time, from its name), why, its size in bytes, and
    what it holds (None when it could not be read: a damaged or foreign file)."""

    path: Path
    made_at: datetime
    reason: Reason
    size: int
    projects: int | None = None
    people: int | None = None
    revision: str | None = None

    @property
    def readable(self) -> bool:
        return self.projects is not None


@dataclass(frozen=True, slots=True)
class Health:
    """What ``ingenierie check`` found: the problems, in French (none: healthy)."""

    revision: str | None
    problems: tuple[str, ...] = ()

    @property
    def healthy(self) -> bool:
        return not self.problems


def daily_to_remove(made: Sequence[datetime]) -> list[datetime]:
    """Of the daily copies made at ``made``, those the rotation drops: the newest
    :data:`DAILY_KEPT` are kept, then the newest of each of the :data:`WEEKLY_KEPT`
    ISO weeks before them."""
    newest_first = sorted(made, reverse=True)
    kept = set(newest_first[:DAILY_KEPT])
    weeks: dict[tuple[int, int], datetime] = {}
    for when in newest_first[DAILY_KEPT:]:
        week = tuple(when.isocalendar())[:2]
        if week not in weeks and len(weeks) < WEEKLY_KEPT:
            weeks[week] = when  # type: ignore[index]
    kept |= set(weeks.values())
    return [when for when in newest_first if when not in kept]
