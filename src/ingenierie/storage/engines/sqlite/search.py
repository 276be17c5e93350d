"""Text search through SQLite: every word typed begins a word of the record.

The FTS5 tables of revision 0002 answer (``unicode61`` tokenizer with accents
and case folded, prefix indexes; see ``search_index`` for how they are kept).
Searched texts: a project's code and title, a stakeholder's name and e-mail
address.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Boolean, Column, Integer, MetaData, Select, String, Table, select

from ingenierie.models.vocabulary import fold
from ingenierie.storage.changes import Kind
from ingenierie.storage.keys import key_column

_WORD = re.compile(r"\w+")
_metadata = MetaData()  # not the models' metadata: these tables are not entities


def _tables(entity: str) -> tuple[Table, Table]:
    index = Table(f"search_{entity}", _metadata, Column("rowid", Integer), Column("text", String))
    rows = Table(f"search_{entity}_row", _metadata,
                 Column("search_rowid", Integer, primary_key=True), Column("entity_id", String),
                 Column("sort_name", String), Column("archived", Boolean))
    return index, rows


_TABLES = {kind: _tables(kind.value) for kind in (Kind.PROJECT, Kind.STAKEHOLDER)}


def search_words(text: str) -> list[str]:
    """The words of ``text`` as the index holds them: folded, no punctuation."""
    return _WORD.findall(fold(text))


def match_expression(text: str) -> str | None:
    """An FTS5 query where each word is a quoted prefix, so nothing typed is syntax."""
    words = search_words(text)
    return " ".join(f'"{word}"*' for word in words) if words else None


class Fts5Search:
    """The search of ``storage.engines.base.TextSearch`` on the FTS5 index."""

    def restrict(self, query: Select[Any], kind: Kind, id_column: Any,
                 text: str) -> Select[Any]:
        """``query`` keeping only the records of ``kind`` that match ``text``.

        The index is joined rather than probed with ``IN``, so SQLite walks the
        matches instead of the whole table.
        """
        expression = match_expression(text)
        if expression is None:
            return query
        index, rows = _TABLES[kind]
        return (query.join(rows, rows.c.entity_id == key_column(id_column))
                .join(index, index.c.rowid == rows.c.search_rowid)
                .where(index.c.text.op("MATCH")(expression)))

    def by_name(self, kind: Kind, text: str, *, include_archived: bool,
                descending: bool) -> Select[Any] | None:
        """The keys of the records matching ``text`` in name order, read from the search
        tables alone: no lookup by UUID in the entity table for each of thousands of
        matches. Sorted like the entity's own name column, ties by key. None when there
        is nothing to search."""
        expression = match_expression(text)
        if expression is None:
            return None
        index, rows = _TABLES[kind]
        query = (select(rows.c.entity_id).join(index, index.c.rowid == rows.c.search_rowid)
                 .where(index.c.text.op("MATCH")(expression)))
        if not include_archived:
            query = query.where(rows.c.archived.is_(False))
        order = [rows.c.sort_name, rows.c.entity_id]
        return query.order_by(*(column.desc() if descending else column for column in order))
