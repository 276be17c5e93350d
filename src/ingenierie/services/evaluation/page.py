"""Everything the Évaluation tab of a project shows, read in one transaction.

The campaigns, the indicators judged on the day, the grid, and in full the one
campaign and the one indicator chosen (by default the latest campaign and the
first indicator): its scores, recommendations (made and carried over), maturity
answers and radar, the declared/observed panel; the indicator's series. One read
per refresh, like the project dossier, so that the tab's parts always agree.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from ingenierie.models import Evaluation, Indicator, MaturityFramework, Project, Recommendation
from ingenierie.models.vocabulary import Scheme
from ingenierie.services.common import fetch
from ingenierie.services.evaluation.campaigns import EvaluationRow, evaluation_rows
from ingenierie.services.evaluation.declared import DeclaredObserved, declared_in
from ingenierie.services.evaluation.indicators import IndicatorRow, indicator_rows
from ingenierie.services.evaluation.maturity import FrameworkRow, framework_rows
from ingenierie.services.evaluation.radar import RadarData, radar_in
from ingenierie.services.evaluation.recommendations import (
    CampaignRecommendations,
    carried_over_criteria,
    recommendation_rows,
)
from ingenierie.services.evaluation.series import IndicatorSeries, series_in
from ingenierie.services.evaluation.shipped import COOPERATIVE_MATURITY, SHIPPED
from ingenierie.storage import Database


@dataclass(frozen=True, slots=True)
class CampaignPanel:
    """One campaign in full: the declared/observed panel holds its scores and answers."""

    declared: DeclaredObserved
    recommendations: CampaignRecommendations
    radar: RadarData | None

    @property
    def campaign(self) -> EvaluationRow:
        return self.declared.campaign


@dataclass(frozen=True, slots=True)
class EvaluationPage:
    project_id: uuid.UUID
    project_start: date | None
    scheme: Scheme
    on: date
    campaigns: tuple[EvaluationRow, ...]  # live ones, newest first
    indicators: tuple[IndicatorRow, ...]  # live ones, judged on ``on``
    grid: FrameworkRow | None  # the shipped cooperative maturity grid
    campaign: CampaignPanel | None
    series: IndicatorSeries | None


def evaluation_page(db: Database, project_id: uuid.UUID, *,
                    campaign_id: uuid.UUID | None = None,
                    indicator_id: uuid.UUID | None = None,
                    on: date | None = None) -> EvaluationPage:
    """The tab's data; a chosen campaign or indicator no longer live falls back to the
    default one."""
    on = on or date.today()
    with db.read() as session:
        project = fetch(session, Project, project_id, "Projet")
        campaigns = evaluation_rows(session, Evaluation.project_id == project_id,
                                    Evaluation.archived_at.is_(None))
        indicators = indicator_rows(session, on, Indicator.project_id == project_id,
                                    Indicator.archived_at.is_(None))
        grid = next(iter(framework_rows(session, MaturityFramework.origin == SHIPPED,
                                        MaturityFramework.code == COOPERATIVE_MATURITY)), None)
        chosen = next((c for c in campaigns if c.id == campaign_id),
                      campaigns[0] if campaigns else None)
        panel = None
        if chosen is not None:
            evaluation = session.get_one(Evaluation, chosen.id)
            panel = CampaignPanel(
                declared_in(session, evaluation),
                CampaignRecommendations(
                    tuple(recommendation_rows(session,
                                              Recommendation.evaluation_id == chosen.id,
                                              Recommendation.archived_at.is_(None))),
                    tuple(recommendation_rows(session, *carried_over_criteria(evaluation)))),
                radar_in(session, [chosen.id]))
        shown = next((i for i in indicators if i.id == indicator_id),
                     indicators[0] if indicators else None)
        series = None if shown is None else series_in(
            session, session.get_one(Indicator, shown.id), on)
        return EvaluationPage(
            project_id=project.id, project_start=project.start_on, scheme=project.scheme, on=on,
            campaigns=tuple(campaigns), indicators=tuple(indicators), grid=grid,
            campaign=panel, series=series)
