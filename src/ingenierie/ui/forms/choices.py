"""Searches that feed the pickers of the forms, through the services."""

from __future__ import annotations

from collections.abc import Sequence

from ingenierie.models.vocabulary import StakeholderNature
from ingenierie.services.reference import territories
from ingenierie.services.stakeholders import stakeholder as stakeholders
from ingenierie.ui.context import AppContext
from ingenierie.ui.forms.search_picker import Choice, Search

LIMIT = 30


def stakeholder_search(context: AppContext,
                       natures: tuple[StakeholderNature, ...] = tuple(StakeholderNature)
                       ) -> Search:
    """Active stakeholders of the whole directory (of one of ``natures``) whose name or
    e-mail matches."""
    nature = natures[0] if len(natures) == 1 else None

    def search(text: str) -> Sequence[Choice]:
        rows = stakeholders.list_stakeholders(context.database, text=text, nature=nature,
                                              limit=LIMIT)
        return [Choice(row.id, row.display_name, row.actor_kind.label) for row in rows]

    return search


def territory_search(context: AppContext) -> Search:
    """Territories whose code starts with, or whose name contains, the text typed."""

    def search(text: str) -> Sequence[Choice]:
        rows = territories.search_territories(context.database, text, limit=LIMIT)
        return [Choice(row.id, row.name, " ".join(filter(None, (row.kind.label, row.code))))
                for row in rows]

    return search
