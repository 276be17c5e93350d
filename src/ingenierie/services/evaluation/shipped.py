"""The indicator library and the maturity grid shipped with the app, kept in step with the
database.

They are data files in ``resources/evaluation`` rather than rows written by a
migration: a new version of the app changes a file, and the next opening of a
database brings it up to date, without a schema revision for each wording.
Shipped rows carry the origin *fournie* and their identifier; the sync adds what
is new, updates what changed, and archives (never deletes: indicators and
answers refer to them) what the files no longer hold. It never touches
imported rows, nor un-archives a shipped row a user archived. Running it again
changes nothing, so it runs at every opening (``services.opening``): first in a
read unit, whose pending changes are only counted (never flushed), so that a file
already in step never waits for the write lock another program may hold.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from importlib.resources import files
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ingenierie.models import IndicatorDefinition, MaturityFramework, MaturityItem
from ingenierie.models.base import Archivable, utcnow
from ingenierie.models.evaluation_vocabulary import DataOrigin
from ingenierie.services.evaluation.library import DefinitionInput, definition_columns
from ingenierie.services.evaluation.maturity import FrameworkInput, framework_columns
from ingenierie.storage import Database
from ingenierie.storage.changes import NOTHING, Action, Entry, Written

LIBRARY_FILE = "indicateurs.json"
GRID_FILES = ("maturite-cooperative.json",)
#: The shipped grid's identifier: the declared/observed rules read its answers.
COOPERATIVE_MATURITY = "maturite-cooperative"
SHIPPED = DataOrigin.FOURNIE


@dataclass(frozen=True, slots=True)
class ShippedSync:
    """What one sync changed (all zero when the database was already in step)."""

    added: int = 0
    updated: int = 0
    archived: int = 0

    def __bool__(self) -> bool:
        return bool(self.added or self.updated or self.archived)

    def __add__(self, other: ShippedSync) -> ShippedSync:
        return ShippedSync(self.added + other.added, self.updated + other.updated,
                           self.archived + other.archived)


def _read(name: str) -> dict[str, Any]:
    text = (files("ingenierie.resources") / "evaluation" / name).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def shipped_definitions() -> tuple[dict[str, Any], ...]:
    """The library file's definitions as columns, checked by the same rules as an import."""
    return tuple(definition_columns(DefinitionInput(**entry))
                 for entry in _read(LIBRARY_FILE)["definitions"])


def shipped_frameworks() -> tuple[tuple[dict[str, Any], tuple[dict[str, Any], ...]], ...]:
    """Each grid file as (framework columns, item columns in order)."""
    grids = []
    for name in GRID_FILES:
        data = _read(name)
        grids.append(framework_columns(FrameworkInput(
            code=data["code"], title=data["title"], description=data.get("description"),
            levels=tuple(data["levels"]), items=tuple(data["items"]))))
    return tuple(grids)


def _update(record: Any, columns: dict[str, Any]) -> int:
    """Set the columns that differ; 1 if any did."""
    changed = {name: value for name, value in columns.items() if getattr(record, name) != value}
    for name, value in changed.items():
        setattr(record, name, value)
    return int(bool(changed))


def _archive(records: list[Archivable]) -> int:
    live = [record for record in records if record.archived_at is None]
    for record in live:
        record.archived_at = utcnow()
    return len(live)


def _sync_library(session: Session) -> ShippedSync:
    stored = {d.code: d for d in session.scalars(
        select(IndicatorDefinition).where(IndicatorDefinition.origin == SHIPPED))}
    added = updated = 0
    for columns in shipped_definitions():
        found = stored.pop(columns["code"], None)
        if found is None:
            session.add(IndicatorDefinition(origin=SHIPPED, **columns))
            added += 1
        else:
            updated += _update(found, columns)
    return ShippedSync(added, updated, _archive(list(stored.values())))


def _sync_items(session: Session, framework: MaturityFramework,
                items: tuple[dict[str, Any], ...]) -> ShippedSync:
    stored = {item.code: item for item in session.scalars(
        select(MaturityItem).where(MaturityItem.framework_id == framework.id))}
    added = updated = 0
    for columns in items:
        found = stored.pop(columns["code"], None)
        if found is None:
            session.add(MaturityItem(framework_id=framework.id, **columns))
            added += 1
        else:
            updated += _update(found, columns)
    return ShippedSync(added, updated, _archive(list(stored.values())))


def _sync_grids(session: Session) -> ShippedSync:
    stored = {f.code: f for f in session.scalars(
        select(MaturityFramework).where(MaturityFramework.origin == SHIPPED))}
    total = ShippedSync()
    for columns, items in shipped_frameworks():
        framework = stored.pop(columns["code"], None)
        if framework is None:
            framework = MaturityFramework(id=uuid.uuid4(), origin=SHIPPED, **columns)
            session.add(framework)
            total += ShippedSync(added=1)
        else:
            total += ShippedSync(updated=_update(framework, columns))
        total += _sync_items(session, framework, items)
    return total + ShippedSync(archived=_archive(list(stored.values())))


def sync_shipped_data(db: Database) -> Written[ShippedSync]:
    """Bring the shipped library and grids of ``db`` in step with the files, in one
    transaction (none when they already are)."""
    with db.read() as session, session.no_autoflush:
        if not _sync_library(session) + _sync_grids(session):
            return Written(ShippedSync(), NOTHING)
    with db.write() as session:
        # One journal line of counts, not one per shipped definition with its texts.
        session.summarise(Entry(Action.BULK, None, note="Bibliothèque d'indicateurs et "
                                "grilles de maturité livrées avec l'application"))
        synced = _sync_library(session) + _sync_grids(session)
    return Written(synced, session.changes)
