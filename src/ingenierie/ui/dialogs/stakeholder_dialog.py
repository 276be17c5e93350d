"""Create or edit a stakeholder (a person or an organisation)."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtWidgets import QWidget

from ingenierie.models.vocabulary import StakeholderNature
from ingenierie.ui.context import AppContext


def edit_stakeholder(context: AppContext, parent: QWidget | None,
                     stakeholder_id: UUID | None = None,
                     nature: StakeholderNature | None = None) -> UUID | None:
    """Open the stakeholder form (a new one of ``nature`` when ``stakeholder_id`` is None).

    Returns the saved stakeholder's id, or None when the user cancelled.
    """
    raise NotImplementedError("stakeholder form: arriving with the stakeholders service")
