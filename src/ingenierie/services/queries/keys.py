"""Row keys: the hex form SQLite stores UUIDs in, cheap to fetch by the hundred thousand."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Select, String, type_coerce
from sqlalchemy.orm import Session

Key = str
"""A record id as 32 lowercase hex digits, e.g. ``uuid.hex``."""


def key_of(record_id: uuid.UUID) -> Key:
    return record_id.hex


def uuid_of(key: Key) -> uuid.UUID:
    return uuid.UUID(hex=key)


def key_column(column: Any) -> Any:
    """``column`` (a UUID column) read as its stored text, without conversion."""
    return type_coerce(column, String())


def fetch_keys(session: Session, query: Select[Any]) -> list[Key]:
    """Run an id query whose only column is a :func:`key_column`.

    The rows are read from the driver's cursor: tens of thousands of plain strings
    need none of the result machinery.
    """
    result = session.connection().execute(query)
    try:
        return [row[0] for row in result.cursor.fetchall()]
    finally:
        result.close()


def uuids_of(keys: Iterable[Key]) -> list[uuid.UUID]:
    return [uuid_of(key) for key in keys]


def in_keys(column: Any, keys: Sequence[Key]) -> Any:
    """``column IN (keys)`` comparing stored text, for a page of rows."""
    return key_column(column).in_(list(keys))
