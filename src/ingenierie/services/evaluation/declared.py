"""A campaign's declarations beside the records: the panel the evaluator reads.

What the campaign declares (criteria scores, maturity answers, the stage and
posture it claims) is set beside the observed profile on the campaign's date
and on the previous campaign's, the indicators as they stood then, and the
findings of ``findings`` stated in French. The period of the exchanges runs from
the previous campaign (or, for a first one, ``FIRST_PERIOD_MONTHS`` before it).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from ingenierie.models import Evaluation, Indicator, MaturityAnswer, MaturityFramework
from ingenierie.models.evaluation_vocabulary import ProgressStatus
from ingenierie.services.common import fetch
from ingenierie.services.evaluation.activity import months_before
from ingenierie.services.evaluation.campaigns import (
    EvaluationRow,
    evaluation_rows,
    previous_evaluation,
)
from ingenierie.services.evaluation.findings import Evidence, Finding, findings
from ingenierie.services.evaluation.indicators import IndicatorRow, indicator_rows
from ingenierie.services.evaluation.maturity import AnswerRow, answer_rows, framework_rows
from ingenierie.services.evaluation.profile import ObservedProfile, profile_in
from ingenierie.services.evaluation.recommendations import (
    carried_over_criteria,
    recommendation_rows,
)
from ingenierie.services.evaluation.scores import ScoreRow, score_rows
from ingenierie.services.evaluation.shipped import COOPERATIVE_MATURITY, SHIPPED
from ingenierie.storage import Database

FIRST_PERIOD_MONTHS = 12
_JUDGED = (ProgressStatus.EN_AVANCE, ProgressStatus.EN_LIGNE, ProgressStatus.EN_RETARD)


@dataclass(frozen=True, slots=True)
class DeclaredObserved:
    campaign: EvaluationRow
    previous: EvaluationRow | None
    scores: tuple[ScoreRow, ...]
    answers: tuple[AnswerRow, ...]
    observed: ObservedProfile
    observed_before: ObservedProfile | None
    indicators: tuple[IndicatorRow, ...]  # live ones, judged on the campaign's date
    findings: tuple[Finding, ...]


def period_start(session: Session, evaluation: Evaluation) -> tuple[Evaluation | None, date]:
    """The previous campaign, and the start of the period ``evaluation`` looks back on."""
    previous = previous_evaluation(session, evaluation)
    if previous is not None:
        return previous, previous.evaluated_on
    return None, months_before(evaluation.evaluated_on, FIRST_PERIOD_MONTHS)


def _evidence(session: Session, evaluation: Evaluation, scores: list[ScoreRow],
              answers: list[AnswerRow], profile: ObservedProfile,
              indicators: list[IndicatorRow]) -> Evidence:
    grid = next(iter(framework_rows(session, MaturityFramework.origin == SHIPPED,
                                    MaturityFramework.code == COOPERATIVE_MATURITY)), None)
    carried = recommendation_rows(session, *carried_over_criteria(evaluation))
    on = evaluation.evaluated_on
    ours = [a for a in answers if grid is not None and a.framework_id == grid.id]
    return Evidence(
        declared_stage=evaluation.declared_stage, declared_posture=evaluation.declared_posture,
        recorded_stage=(profile.stage, profile.stage_since)
        if profile.stage is not None and profile.stage_since is not None else None,
        scores={row.criterion: row.score for row in scores},
        maturity={a.item_code: a.score for a in ours},
        maturity_labels={item.code: item.label for item in grid.items} if grid else {},
        maturity_max=grid.scale_max if grid else 0,
        profile=profile,
        indicators_judged=sum(1 for i in indicators if i.progress.status in _JUDGED),
        indicators_late=sum(1 for i in indicators
                            if i.progress.status is ProgressStatus.EN_RETARD),
        carried_over=len(carried), carried_overdue=sum(1 for r in carried if r.overdue(on)))


def declared_in(session: Session, evaluation: Evaluation) -> DeclaredObserved:
    """The panel of ``evaluation``, inside an open transaction."""
    previous, since = period_start(session, evaluation)
    on = evaluation.evaluated_on
    observed = profile_in(session, evaluation.project_id, on, since)
    before = None
    if previous is not None:
        _, earlier = period_start(session, previous)
        before = profile_in(session, evaluation.project_id, previous.evaluated_on, earlier)
    scores = score_rows(session, evaluation.id)
    answers = answer_rows(session, MaturityAnswer.evaluation_id == evaluation.id,
                          MaturityAnswer.archived_at.is_(None))
    indicators = indicator_rows(session, on, Indicator.project_id == evaluation.project_id,
                                Indicator.archived_at.is_(None))
    evidence = _evidence(session, evaluation, scores, answers, observed, indicators)
    campaigns = {row.id: row for row in evaluation_rows(
        session, Evaluation.id.in_([evaluation.id, *([previous.id] if previous else [])]))}
    return DeclaredObserved(
        campaign=campaigns[evaluation.id],
        previous=campaigns[previous.id] if previous else None,
        scores=tuple(scores), answers=tuple(answers), observed=observed,
        observed_before=before, indicators=tuple(indicators), findings=findings(evidence))


def declared_and_observed(db: Database, evaluation_id: uuid.UUID) -> DeclaredObserved:
    with db.read() as session:
        return declared_in(session, fetch(session, Evaluation, evaluation_id, "Évaluation"))
