"""The key form on SQLite: a UUID column already holds the 32 hex digits of a key.

SQLAlchemy's ``Uuid`` type stores UUIDs as text without dashes on SQLite, so
reading the column as plain text (no result processor) gives the key as it is.
The plain-ASCII test is written exactly as the partial index it is meant to use
(``match_ix_stakeholder_email_unusual``): SQLite uses a partial index only for a
condition it recognises as the index's own.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler

from ingenierie.storage.keys import BeyondPlainAscii, KeyText

BEYOND_PLAIN_ASCII = "GLOB '*[^!-~]*'"


@compiles(KeyText, "sqlite")
def _stored_text(element: KeyText, compiler: SQLCompiler, **kw: Any) -> str:
    (column,) = element.clauses
    return compiler.process(column, **kw)


@compiles(BeyondPlainAscii, "sqlite")
def _glob_beyond_plain_ascii(element: BeyondPlainAscii, compiler: SQLCompiler, **kw: Any) -> str:
    (column,) = element.clauses
    return f"{compiler.process(column, **kw)} {BEYOND_PLAIN_ASCII}"
