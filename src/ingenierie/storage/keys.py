"""Row keys: record ids as plain text, cheap to fetch by the hundred thousand.

A :data:`Key` is a UUID written as 32 lowercase hex digits, whatever the engine.
How the engine yields that text from a UUID column without building UUID objects
is the engine's business: :func:`key_column` is compiled by each engine package
(``storage.engines.sqlite.keys`` reads the column as it is stored).

:func:`beyond_plain_ascii` picks the texts a case-insensitive ASCII comparison cannot
match alone (the e-mails of ``match_ix_stakeholder_email_unusual``), in each engine's
own words.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Select, String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.sql.sqltypes import NullType

Key = str
"""A record id as 32 lowercase hex digits, e.g. ``uuid.hex``."""


class KeyText(FunctionElement[str]):
    """A UUID column read as its :data:`Key`; see :func:`key_column`."""

    type = String()
    name = "key_text"
    inherit_cache = True


@compiles(KeyText)
def _no_key_form(element: KeyText, compiler: SQLCompiler, **_kw: Any) -> str:
    raise NotImplementedError(f"no key form for {compiler.dialect.name}")


class BeyondPlainAscii(FunctionElement[Any]):
    """A text holding a character other than printable ASCII (a space, an accent, an
    invisible character); see :func:`beyond_plain_ascii`."""

    # No Boolean type: SQLAlchemy would write "… = 1", which SQLite would no longer
    # recognise as the partial index's own condition.
    type = NullType()
    name = "beyond_plain_ascii"
    inherit_cache = True


@compiles(BeyondPlainAscii)
def _no_plain_ascii_test(element: BeyondPlainAscii, compiler: SQLCompiler, **_kw: Any) -> str:
    raise NotImplementedError(f"no plain-ASCII test for {compiler.dialect.name}")


def beyond_plain_ascii(column: Any) -> Any:
    """True where ``column`` holds any character outside ``!``…``~`` (so not every letter
    of it is folded by the engine's ``lower``)."""
    return BeyondPlainAscii(column)


def key_of(record_id: uuid.UUID) -> Key:
    return record_id.hex


def uuid_of(key: Key) -> uuid.UUID:
    return uuid.UUID(hex=key)


def uuids_of(keys: Iterable[Key]) -> list[uuid.UUID]:
    return [uuid_of(key) for key in keys]


def key_column(column: Any) -> Any:
    """``column`` (a UUID column) read as a :data:`Key`, without conversion."""
    return KeyText(column)


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


def in_keys(column: Any, keys: Sequence[Key]) -> Any:
    """``column IN (keys)`` comparing keys, for a page of rows."""
    return key_column(column).in_(list(keys))
