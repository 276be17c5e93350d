"""Bulk writes without the per-row search triggers: the new rows are indexed in one go.

Revision 0002 keeps a full-text index of projects and stakeholders with
triggers. On an insert, its trigger adds a ``search_<entity>_row`` row and an
FTS5 row: about 60 µs per row, most of the time of a bulk insert of
stakeholders. :func:`suspended_search_triggers` drops the insert triggers for
the length of a bulk write, inside its transaction (DDL is transactional here,
see ``connection``), then indexes every record that has no search row yet with
one ``INSERT … SELECT`` per table and creates the triggers again. A rollback
brings the triggers back as they were, and the index with them.

The migration keeps its own frozen copy of the trigger SQL (migrations never
import application code); the statements here must stay identical to what
the database holds at head, which tests/storage/test_suspended_search_triggers.py checks.
Should they ever differ, the triggers are left in place and work row by row.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass

from sqlalchemy import Connection
from sqlalchemy.exc import SQLAlchemyError

log = logging.getLogger(__name__)

#: Entity table -> SQL giving the searched text from a row alias ("new" or a table alias).
SEARCHED = {
    "project": "coalesce({row}.code, '') || ' ' || {row}.title",
    "stakeholder": "{row}.display_name || ' ' || coalesce({row}.email, '')",
}
#: Entity table -> the column the lists sort by, copied into ``search_<entity>_row``
#: (revision 0007: the folded sort key; 0002 copied the title and the display name).
SORT_NAME = {"project": "sort_key", "stakeholder": "sort_key"}


def searched_text(entity: str, row: str) -> str:
    """The SQL expression of the text indexed for ``row`` of ``entity``."""
    # "œ" is a letter of its own to unicode61: write it "oe", as users type it.
    expression = SEARCHED[entity].format(row=row)
    return f"replace(replace({expression}, 'œ', 'oe'), 'Œ', 'OE')"


def insert_trigger_sql(entity: str) -> str:
    """``CREATE TRIGGER search_<entity>_insert``, exactly as revision 0007 creates it."""
    fts, rows, name = f"search_{entity}", f"search_{entity}_row", SORT_NAME[entity]
    return (f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {entity} BEGIN "
            f"INSERT INTO {rows} (entity_id, sort_name, archived) "
            f"VALUES (new.id, new.{name}, new.archived_at IS NOT NULL); "
            f"INSERT INTO {fts} (rowid, text) VALUES (last_insert_rowid(), "
            f"{searched_text(entity, 'new')}); END")


def index_missing_sql(entity: str) -> tuple[str, str]:
    """The two statements that index every ``entity`` row lacking a search row.

    The second takes the highest ``search_rowid`` before the first as its one
    parameter. Rows are added in key order: the unique index on ``entity_id``
    then grows from left to right instead of at random places.
    """
    fts, rows, name = f"search_{entity}", f"search_{entity}_row", SORT_NAME[entity]
    return (
        f"INSERT INTO {rows} (entity_id, sort_name, archived) "
        f"SELECT e.id, e.{name}, e.archived_at IS NOT NULL FROM {entity} AS e "
        f"WHERE NOT EXISTS (SELECT 1 FROM {rows} AS r WHERE r.entity_id = e.id) "
        f"ORDER BY e.id",
        f"INSERT INTO {fts} (rowid, text) SELECT r.search_rowid, {searched_text(entity, 'e')} "
        f"FROM {rows} AS r JOIN {entity} AS e ON e.id = r.entity_id "
        f"WHERE r.search_rowid > ?",
    )


@dataclass(slots=True)
class SuspendedTriggers:
    """What :func:`suspended_search_triggers` dropped; see :meth:`discard`."""

    entities: list[str]
    index_on_exit: bool = True

    def discard(self) -> None:
        """The caller will roll the transaction back: skip indexing the new rows.

        The triggers are still created again on exit; the rollback would restore
        them anyway, and a caller that commits after all gets them back.
        """
        self.index_on_exit = False


@contextmanager
def suspended_search_triggers(connection: Connection,
                              entities: Sequence[str] = tuple(SEARCHED)
                              ) -> Iterator[SuspendedTriggers]:
    """Within ``connection``'s open transaction, insert rows without per-row indexing.

    On exit, even through an exception, every row of ``entities`` without a search
    row is indexed and the insert triggers are back. Updates and deletes keep their
    triggers meanwhile. On databases whose triggers are not the ones this module
    knows, nothing is suspended.
    """
    if not connection.in_transaction():
        raise RuntimeError("suspended_search_triggers needs an open transaction")
    suspended = SuspendedTriggers(_droppable(connection, entities))
    for entity in suspended.entities:
        connection.exec_driver_sql(f"DROP TRIGGER search_{entity}_insert")
    try:
        yield suspended
    except BaseException:
        # The caller is most likely about to roll back, which would restore all this;
        # restore it anyway in case it does not, but never hide the first error.
        if connection.in_transaction():
            with suppress(SQLAlchemyError):
                _restore(connection, suspended)
        raise
    _restore(connection, suspended)


def _droppable(connection: Connection, entities: Sequence[str]) -> list[str]:
    stored: dict[str, str] = dict(connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search_%'"
    ).all())
    droppable = []
    for entity in entities:
        found = stored.get(f"search_{entity}_insert")
        if found == insert_trigger_sql(entity):
            droppable.append(entity)
        elif found is not None:
            log.warning("search trigger of %s differs from the known one: kept row by row",
                        entity)
    return droppable


def _restore(connection: Connection, suspended: SuspendedTriggers) -> None:
    for entity in suspended.entities:
        if suspended.index_on_exit:
            add_rows, add_text = index_missing_sql(entity)
            before = connection.exec_driver_sql(
                f"SELECT coalesce(max(search_rowid), 0) FROM search_{entity}_row").scalar()
            connection.exec_driver_sql(add_rows)
            connection.exec_driver_sql(add_text, (before,))
        connection.exec_driver_sql(insert_trigger_sql(entity))
    suspended.entities = []
