"""Sort orders shared by the list queries: a column and a direction, vocabularies by meaning."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import case

from ingenierie.models.vocabulary import Vocabulary


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
