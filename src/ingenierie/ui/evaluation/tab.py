"""The Évaluation tab of a project page: campaigns, indicators, a comparison of two campaigns.

The tab reads everything it shows in one transaction (``services.evaluation.page``)
— only when it is on screen: a project page opened on another tab reads nothing
of it. A change set that concerns the project makes it stale; it reads again at
once if shown, else when it next shows. Choosing a campaign or an indicator reads
again with that choice, so its details always agree with the lists.
"""

from __future__ import annotations

from uuid import UUID

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ingenierie.errors import NotFoundError
from ingenierie.services.evaluation.page import EvaluationPage, evaluation_page
from ingenierie.ui.context import AppContext
from ingenierie.ui.evaluation.campaigns_panel import CampaignsPanel
from ingenierie.ui.evaluation.comparison_panel import ComparisonPanel
from ingenierie.ui.evaluation.indicators_panel import IndicatorsPanel


class EvaluationTab(QWidget):
    """The project's evaluation, in three sections."""

    def __init__(self, context: AppContext, project_id: UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.project_id = context, project_id
        self.page: EvaluationPage | None = None
        self.campaign_id: UUID | None = None
        self.indicator_id: UUID | None = None
        self._stale = True
        self.campaigns = CampaignsPanel(context, self)
        self.indicators = IndicatorsPanel(context, self)
        self.comparison = ComparisonPanel(context, self)
        self.sections = QTabWidget(self)
        self.sections.setDocumentMode(True)
        self.sections.addTab(self.campaigns, self.tr("Campaigns"))
        self.sections.addTab(self.indicators, self.tr("Indicators"))
        self.sections.addTab(self.comparison, self.tr("Compare two campaigns"))
        self.campaigns.chosen.connect(self._campaign_chosen)
        self.indicators.chosen.connect(self._indicator_chosen)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sections)

    def mark_stale(self) -> None:
        """What the tab shows may have changed: read again now if shown, else later."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Read the tab's data with the current choices, and show it."""
        self._stale = False
        try:
            page = evaluation_page(self.context.database, self.project_id,
                                   campaign_id=self.campaign_id, indicator_id=self.indicator_id)
        except NotFoundError:
            self.setEnabled(False)
            return
        self.page = page
        self.campaign_id = page.campaign.campaign.id if page.campaign else None
        self.indicator_id = page.series.indicator.id if page.series else None
        self.campaigns.display(page)
        self.indicators.display(page)
        self.comparison.set_campaigns(page.campaigns)

    def _campaign_chosen(self, campaign_id: UUID) -> None:
        if campaign_id != self.campaign_id:
            self.campaign_id = campaign_id
            self.refresh()

    def _indicator_chosen(self, indicator_id: UUID) -> None:
        if indicator_id != self.indicator_id:
            self.indicator_id = indicator_id
            self.refresh()
