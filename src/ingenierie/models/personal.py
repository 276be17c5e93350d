"""Which columns hold personal data (RGPD), as declared on the columns themselves.

A column declares ``info={"personal": True}`` when its value is about a person as
an individual: who they are, how to reach them, what was recorded or judged about
them, or free text that may name them (DOMAIN.md §4). ``info={"personal": False}``
says, just as explicitly, that it is not: keys, timestamps, links, categories that
say nothing of anyone once the personal columns are cleared. The ``info`` dictionary
is not part of the schema: declaring or changing it needs no migration.

The merge reads the declaration now; the access export, the erasure and the
retention review of people will read it too, so a column added later is covered
by declaring it (tests/models/test_personal_columns.py fails while a column that looks
like personal data is not declared).
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, inspect

from ingenierie.models.base import Base


def declared_personal(column: ColumnElement[object]) -> bool | None:
    """True or False as the column declares, None when it says nothing."""
    value = column.info.get("personal") if hasattr(column, "info") else None
    return value if isinstance(value, bool) else None


def personal_columns(entity: type[Base]) -> tuple[str, ...]:
    """The attribute names of ``entity``'s personal columns (inherited ones included),
    in the table's order."""
    return tuple(attribute.key for attribute in inspect(entity).column_attrs
                 if declared_personal(attribute.columns[0]) is True)
