"""Two campaigns of a project side by side: score, maturity and profile deltas.

The earlier campaign comes first whatever order they are asked in. Each profile
is observed on its campaign's date over the period before it (see
``declared.period_start``), as in the declared/observed panel.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal

from ingenierie.errors import ValidationError
from ingenierie.models import Evaluation, MaturityAnswer
from ingenierie.models.vocabulary import CooperationStage, Posture
from ingenierie.services.common import fetch
from ingenierie.services.evaluation.campaigns import EvaluationRow, evaluation_rows
from ingenierie.services.evaluation.declared import period_start
from ingenierie.services.evaluation.maturity import answer_rows
from ingenierie.services.evaluation.profile import ObservedProfile, profile_in
from ingenierie.services.evaluation.scores import score_rows
from ingenierie.storage import Database

Number = int | Decimal


@dataclass(frozen=True, slots=True)
class Delta:
    """One figure in the two campaigns; ``change`` None when either side has none."""

    key: str
    label: str
    before: Number | None
    after: Number | None

    @property
    def change(self) -> Number | None:
        if self.before is None or self.after is None:
            return None
        return self.after - self.before


@dataclass(frozen=True, slots=True)
class CampaignComparison:
    earlier: EvaluationRow
    later: EvaluationRow
    scores: tuple[Delta, ...]
    maturity: tuple[Delta, ...]  # items answered in either campaign, grid by grid
    participation: tuple[Delta, ...]
    posture: tuple[Delta, ...]
    figures: tuple[Delta, ...]  # involved, exchanges, attendance (%)
    profile_before: ObservedProfile
    profile_after: ObservedProfile

    @property
    def stage_change(self) -> tuple[CooperationStage | None, CooperationStage | None]:
        return self.profile_before.stage, self.profile_after.stage


def _percent(share: Decimal | None) -> Decimal | None:
    return None if share is None else share * 100


def _figures(before: ObservedProfile, after: ObservedProfile) -> tuple[Delta, ...]:
    return (Delta("involved", "Acteurs impliqués", before.involved, after.involved),
            Delta("exchanges", "Échanges sur la période", before.exchange_count,
                  after.exchange_count),
            Delta("attendance", "Acteurs impliqués venus à un échange (%)",
                  _percent(before.attendance_share), _percent(after.attendance_share)))


def compare_campaigns(db: Database, first_id: uuid.UUID, second_id: uuid.UUID
                      ) -> CampaignComparison:
    """Compare two campaigns of one project."""
    with db.read() as session:
        pair = [fetch(session, Evaluation, first_id, "Évaluation"),
                fetch(session, Evaluation, second_id, "Évaluation")]
        if pair[0].project_id != pair[1].project_id or pair[0].id == pair[1].id:
            raise ValidationError("Choisissez deux évaluations différentes du même projet.",
                                  field="second_id")
        earlier, later = sorted(pair, key=lambda e: (e.evaluated_on, e.created_at))
        profiles = [profile_in(session, e.project_id, e.evaluated_on, period_start(session, e)[1])
                    for e in (earlier, later)]
        scores = [{r.criterion: r.score for r in score_rows(session, e.id)}
                  for e in (earlier, later)]
        answers = [{(a.framework_id, a.item_id): a for a in answer_rows(
            session, MaturityAnswer.evaluation_id == e.id, MaturityAnswer.archived_at.is_(None))}
            for e in (earlier, later)]
        rows = {row.id: row for row in evaluation_rows(
            session, Evaluation.id.in_([earlier.id, later.id]))}
    items = sorted({**answers[0], **answers[1]}.items(),
                   key=lambda pair: (pair[0][0].hex, pair[1].item_position))
    before, after = profiles
    return CampaignComparison(
        earlier=rows[earlier.id], later=rows[later.id],
        scores=tuple(Delta(c.value, c.label, scores[0][c], scores[1][c]) for c in scores[0]),
        maturity=tuple(Delta(answer.item_code, answer.item_label,
                             getattr(answers[0].get(key), "score", None),
                             getattr(answers[1].get(key), "score", None))
                       for key, answer in items),
        participation=tuple(Delta(s.value, s.label, before.at_level(s), after.at_level(s))
                            for s in CooperationStage),
        posture=tuple(Delta(p.value, p.label, before.with_posture(p), after.with_posture(p))
                      for p in Posture),
        figures=_figures(before, after), profile_before=before, profile_after=after)
