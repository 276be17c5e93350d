"""The key form on SQLite: a UUID column already holds the 32 hex digits of a key.

SQLAlchemy's ``Uuid`` type stores UUIDs as text without dashes on SQLite, so
reading the column as plain text (no result processor) gives the key as it is.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler

from ingenierie.storage.keys import KeyText


@compiles(KeyText, "sqlite")
def _stored_text(element: KeyText, compiler: SQLCompiler, **kw: Any) -> str:
    (column,) = element.clauses
    return compiler.process(column, **kw)
