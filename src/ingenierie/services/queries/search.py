"""Text search through the database: every word typed begins a word of the record.

On SQLite the FTS5 tables of revision 0002 answer (``unicode61`` tokenizer with
accents and case folded, prefix indexes); elsewhere a plain ``LIKE`` on each
word stands in. Searched texts: a project's code and title, a stakeholder's
name and e-mail address.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Boolean, Column, Integer, MetaData, Select, String, Table, or_, select
from sqlalchemy.orm import Session

from ingenierie.models.vocabulary import fold
from ingenierie.services.queries.keys import key_column

_WORD = re.compile(r"\w+")
_metadata = MetaData()  # not the models' metadata: these tables are not entities


def _tables(entity: str) -> tuple[Table, Table]:
    index = Table(f"search_{entity}", _metadata, Column("rowid", Integer), Column("text", String))
    rows = Table(f"search_{entity}_row", _metadata,
                 Column("search_rowid", Integer, primary_key=True), Column("entity_id", String),
                 Column("sort_name", String), Column("archived", Boolean))
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


def matches_by_name(session: Session, entity: str, text: str, *, include_archived: bool,
                    descending: bool) -> Select[Any] | None:
    """The keys of the records matching ``text`` in name order, read from the search
    tables alone: no lookup by UUID in the entity table for each of thousands of matches.

    Sorted like the entity's own name column, ties by key. None when it does not apply
    (nothing to search, or not SQLite): use :func:`restrict_to_text` then.
    """
    expression = match_expression(text)
    if expression is None or session.get_bind().dialect.name != "sqlite":
        return None
    index, rows = _TABLES[entity]
    query = (select(rows.c.entity_id).join(index, index.c.rowid == rows.c.search_rowid)
             .where(index.c.text.op("MATCH")(expression)))
    if not include_archived:
        query = query.where(rows.c.archived.is_(False))
    order = [rows.c.sort_name, rows.c.entity_id]
    return query.order_by(*(column.desc() if descending else column for column in order))
