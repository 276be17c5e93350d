"""Text search through the database: every word typed begins a word of the record.

On SQLite the FTS5 tables of revision 0002 answer (``unicode61`` tokenizer with
accents and case folded, prefix indexes); elsewhere a plain ``LIKE`` on each
word stands in. Searched texts: a project's code and title, a stakeholder's
name and e-mail address.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Column, Integer, MetaData, Select, String, Table, or_
from sqlalchemy.orm import Session

from ingenierie.models.vocabulary import fold
from ingenierie.services.queries.keys import key_column

_WORD = re.compile(r"\w+")
_metadata = MetaData()  # not the models' metadata: these tables are not entities


def _tables(entity: str) -> tuple[Table, Table]:
    index = Table(f"search_{entity}", _metadata, Column("rowid", Integer), Column("text", String))
    rows = Table(f"search_{entity}_row", _metadata,
                 Column("search_rowid", Integer, primary_key=True), Column("entity_id", String))
    return index, rows


_TABLES = {entity: _tables(entity) for entity in ("project", "stakeholder")}


def search_words(text: str) -> list[str]:
    """The words of ``text`` as the index holds them: folded, no punctuation."""
    return _WORD.findall(fold(text))


def match_expression(text: str) -> str | None:
    """An FTS5 query where each word is a quoted prefix, so nothing typed is syntax."""
    words = search_words(text)
    return " ".join(f'"{word}"*' for word in words) if words else None


def restrict_to_text(query: Select[Any], session: Session, entity: str, id_column: Any,
                     columns: list[Any], text: str) -> Select[Any]:
    """``query`` keeping only the records of ``entity`` that match ``text``.

    On SQLite the index is joined rather than probed with ``IN``, so SQLite walks
    the matches instead of the whole table.
    """
    expression = match_expression(text)
    if expression is None:
        return query
    if session.get_bind().dialect.name != "sqlite":
        return query.where(*(or_(*(column.ilike(f"%{word}%") for column in columns))
                             for word in search_words(text)))
    index, rows = _TABLES[entity]
    return (query.join(rows, rows.c.entity_id == key_column(id_column))
            .join(index, index.c.rowid == rows.c.search_rowid)
            .where(index.c.text.op("MATCH")(expression)))
