"""Sort orders shared by the list queries: a column and a direction, names the French way,
vocabularies by meaning.

Names sort as a French reader expects — « Éoliennes » with the E, « Adélaïde » before
« Adrienne », case aside — and people by last name, then first name. A database's own
ordering knows none of that, and a collation of ours would be called for every
comparison of a 100 000-row sort; so each project, stakeholder and territory stores a
**sort key**: its name folded (accents, case and punctuation aside), for a person
``last name <US> first name`` (the unit separator sorts before any letter, so « Le »
comes before « Le Bihan » whatever the first names). The services write it with the
name, through the same functions the forms and the import use; an index serves it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import case

from ingenierie.models.vocabulary import Vocabulary, fold

SORT_KEY_LENGTH = 300
_SEPARATOR = "\x1f"
_LIGATURES = str.maketrans({"æ": "ae", "Æ": "AE", "ß": "ss"})


def sort_key(name: str | None) -> str:
    """The stored key a name sorts by: folded the French way."""
    return fold((name or "").translate(_LIGATURES))[:SORT_KEY_LENGTH]


def person_sort_key(last_name: str | None, first_name: str | None) -> str:
    """A person's key: last name, then first name."""
    return (sort_key(last_name) + _SEPARATOR + sort_key(first_name))[:SORT_KEY_LENGTH]


@dataclass(frozen=True, slots=True)
class Sort:
    """What a list is ordered by: one of its column names, ascending unless ``descending``."""

    column: str
    descending: bool = False

    def apply(self, expression: Any) -> Any:
        return expression.desc() if self.descending else expression.asc()

    def order_by(self, expression: Any, *tie_breakers: Any) -> list[Any]:
        """``expression`` then the tie-breakers, all in this direction, so a descending
        list is the exact reverse of the ascending one and an index can serve both."""
        terms = [expression, *(t for t in tie_breakers if t is not expression)]
        return [self.apply(term) for term in terms]


def vocabulary_order(column: Any, vocabulary: type[Vocabulary], *, ladder: bool) -> Any:
    """An expression sorting a vocabulary column by meaning rather than by stored code.

    A ladder (phase, status, cooperation stage) keeps its declared order; a plain
    list (scheme, kind of actor) sorts by its French labels.
    """
    members = list(vocabulary) if ladder else sorted(vocabulary, key=lambda m: m.label)
    return case({member: rank for rank, member in enumerate(members)}, value=column,
                else_=-1)
