"""What a project's report shows, read from the services the window reads.

The dossier (``projects.dossier``) gives the project, its stakeholders, history,
exchanges and funding in one snapshot; the evaluation part comes from the
evaluation services (the latest campaign, its declared/observed panel, the radar
of the last two campaigns, the indicators judged on the report's date, the
recommendations still open). Nothing is computed here that the window computes
elsewhere: the report only chooses and arranges.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from ingenierie.services.charts.radar import RadarChart, radar_chart
from ingenierie.services.evaluation.campaigns import EvaluationRow, project_evaluations
from ingenierie.services.evaluation.declared import DeclaredObserved, declared_and_observed
from ingenierie.services.evaluation.indicators import IndicatorRow, project_indicators
from ingenierie.services.evaluation.radar import maturity_radar
from ingenierie.services.evaluation.recommendations import (
    RecommendationRow,
    campaign_recommendations,
)
from ingenierie.services.projects.dossier import ProjectDossier, project_dossier
from ingenierie.services.projects.interactions import InteractionRow
from ingenierie.storage import Database


@dataclass(frozen=True, slots=True)
class Period:
    """The report's period: exchanges from ``since`` (from the start when None) up to
    ``until``; the project is shown as it stood on ``until`` when one is given."""

    since: date | None = None
    until: date | None = None

    @property
    def on(self) -> date:
        """The day figures are read for."""
        return self.until or date.today()

    def describe(self) -> str:
        if self.since and self.until:
            return f"du {self.since:%d/%m/%Y} au {self.until:%d/%m/%Y}"
        if self.since:
            return f"depuis le {self.since:%d/%m/%Y}"
        if self.until:
            return f"jusqu'au {self.until:%d/%m/%Y}"
        return "depuis le début du projet"


@dataclass(frozen=True, slots=True)
class EvaluationPart:
    """The latest campaign (if any) with its panel, and the project's indicators."""

    campaign: EvaluationRow | None
    campaigns: int
    declared: DeclaredObserved | None
    radar: RadarChart | None
    indicators: tuple[IndicatorRow, ...]
    open_recommendations: tuple[RecommendationRow, ...]


@dataclass(frozen=True, slots=True)
class ProjectData:
    dossier: ProjectDossier
    period: Period
    exchanges: tuple[InteractionRow, ...]  # of the period, newest first
    evaluation: EvaluationPart


def gather_project(db: Database, project_id: uuid.UUID, period: Period) -> ProjectData:
    """Everything the project's report shows. Raises ``NotFoundError`` for a missing project."""
    dossier = project_dossier(db, project_id, at=period.until)
    exchanges = tuple(row for row in dossier.interactions
                      if period.since is None or row.occurred_on >= period.since)
    return ProjectData(dossier, period, exchanges, _evaluation(db, project_id, period.on))


def _evaluation(db: Database, project_id: uuid.UUID, on: date) -> EvaluationPart:
    campaigns = [c for c in project_evaluations(db, project_id) if c.evaluated_on <= on]
    indicators = tuple(project_indicators(db, project_id, on=on))
    if not campaigns:
        return EvaluationPart(None, 0, None, None, indicators, ())
    latest = campaigns[0]
    declared = declared_and_observed(db, latest.id)
    radar = None
    if any(answer.score is not None for answer in declared.answers):
        shown = [c.id for c in reversed(campaigns[:2])]  # the earlier first, as the window
        radar = radar_chart(maturity_radar(db, shown))
    recommendations = campaign_recommendations(db, latest.id)
    still_open = tuple(row for row in (*recommendations.carried_over, *recommendations.made)
                       if row.status.is_open)
    return EvaluationPart(latest, len(campaigns), declared, radar, indicators, still_open)
