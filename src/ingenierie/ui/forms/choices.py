"""Searches that feed the pickers of the forms, through the services."""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from ingenierie.services.projects import involvements
from ingenierie.services.reference import territories
from ingenierie.services.stakeholders import stakeholder as stakeholders
from ingenierie.ui.context import AppContext
from ingenierie.ui.forms.search_picker import Choice, Search

LIMIT = 30


def stakeholder_search(context: AppContext) -> Search:
    """Active stakeholders of the whole directory whose name or e-mail matches."""

    def search(text: str) -> Sequence[Choice]:
        rows = stakeholders.list_stakeholders(context.database, text=text, limit=LIMIT)
        return [Choice(row.id, row.display_name, row.actor_kind.label) for row in rows]

    return search


def territory_search(context: AppContext) -> Search:
    """Territories whose code starts with, or whose name contains, the text typed."""

    def search(text: str) -> Sequence[Choice]:
        rows = territories.search_territories(context.database, text, limit=LIMIT)
        return [Choice(row.id, row.name, " ".join(filter(None, (row.kind.label, row.code))))
                for row in rows]

    return search


def project_stakeholder_names(context: AppContext, project_id: UUID) -> dict[UUID, str]:
    """The stakeholders involved in a project (id → name), by name."""
    rows = involvements.project_involvements(context.database, project_id)
    return dict(sorted(((row.stakeholder_id, row.stakeholder_name) for row in rows),
                       key=lambda pair: pair[1].casefold()))
