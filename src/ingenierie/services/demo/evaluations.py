"""Evaluations of a share of the projects: campaigns, what partners declare, indicators.

A project old enough gets one to three campaigns (four for the one project the
benchmarks open), spread over its life: who took part, the stage and posture the
partners declare — often what the records show, sometimes a rung or two above,
which the declared/observed panel then questions — scores on the eight criteria
and on the maturity grid that tend to rise from one campaign to the next, and
recommendations, some done by the next campaign, some still open and carried
over. Its indicators come from the shipped library, suited to its scheme, with
measurements that follow a fate drawn for each: ahead, on track or late. A few
are observed (computed from the records). Part of the stakeholders with expected
useful effects get observed ones.

The draws come from a generator of their own (seeded from the demo's seed), so
that adding evaluations changed none of the rest of the demo.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from ingenierie.models.evaluation_vocabulary import (
    Criterion,
    Direction,
    EvaluationKind,
    EvaluationRole,
    EvaluationTiming,
    RecommendationStatus,
)
from ingenierie.models.vocabulary import (
    ActorKind,
    CooperationStage,
    InvolvementRole,
    Posture,
    ProjectStatus,
)
from ingenierie.services.demo.directory import Row
from ingenierie.services.demo.histories import LADDER, RANK
from ingenierie.services.demo.projects import YEAR, ProjectDraft
from ingenierie.services.demo.randomness import DemoRandom, Weighted
from ingenierie.services.demo.vocab_evaluation import (
    EVIDENCE,
    JUSTIFICATIONS,
    NARRATIVES,
    OBSERVED_EFFECTS,
    RECOMMENDATIONS,
)

#: The share of the projects (old enough) that were evaluated.
EVALUATED_SHARE = 0.3
MINIMUM_AGE = timedelta(days=300)
#: The project the benchmarks open: this many campaigns, indicators, measurements each.
SHOWCASE = (4, 30, 60)
FATES = Weighted({"ahead": 25, "on_track": 40, "late": 35})
#: (pace low, high) against elapsed time, and the share of the way a fate levels off at.
PACE = {"ahead": (1.3, 1.7, 1.2), "on_track": (0.93, 1.07, 1.0), "late": (0.35, 0.7, 0.75)}
DECLARED_POSTURE = Weighted({Posture.FACILITATEUR: 6, Posture.MIXTE: 3, Posture.SACHANT: 1})
#: Magnitudes by unit: (baseline low, high), (gain low, high), decimals.
MAGNITUDES: dict[str, tuple[tuple[float, float], tuple[float, float], int]] = {
    "€": ((0, 20_000), (50_000, 600_000), 0), "%": ((5, 35), (12, 40), 1),
    "kWh": ((0, 0), (150_000, 2_000_000), 0), "kWc": ((0, 0), (100, 900), 0),
    "tCO2e": ((0, 5), (40, 400), 0), "heures": ((35, 60), (0, 0), 0),
}
DEFAULT_MAGNITUDE = ((0, 15), (8, 80), 0)


@dataclass(frozen=True, slots=True)
class LibraryEntry:
    """A shipped definition, as the demo picks it."""

    id: str
    title: str
    unit: str
    description: str | None
    level: Any
    direction: Direction
    schemes: frozenset[str]
    computation: Any
    parameter: str | None


@dataclass(frozen=True, slots=True)
class EvaluationLibrary:
    """What the demo draws indicators and maturity answers from (read from the database)."""

    definitions: tuple[LibraryEntry, ...]
    items: tuple[str, ...]  # the shipped grid's item keys, in order
    scale: tuple[int, int]


@dataclass(slots=True)
class EvaluationRows:
    """Rows for each evaluation table, parents before children."""

    evaluation: list[Row] = field(default_factory=list)
    evaluation_participant: list[Row] = field(default_factory=list)
    criterion_score: list[Row] = field(default_factory=list)
    recommendation: list[Row] = field(default_factory=list)
    maturity_answer: list[Row] = field(default_factory=list)
    indicator: list[Row] = field(default_factory=list)
    measurement: list[Row] = field(default_factory=list)


class Evaluator:
    """Makes the evaluation rows of the projects, one project at a time."""

    def __init__(self, rng: DemoRandom, library: EvaluationLibrary) -> None:
        self.rng = rng
        self.library = library
        self.showcase_done = False

    def evaluate(self, draft: ProjectDraft, stages: list[Row], involvements: list[Row],
                 rows: EvaluationRows) -> None:
        """Add ``draft``'s evaluation rows to ``rows`` (most projects get none); fills
        observed useful effects in ``involvements`` of the projects evaluated."""
        rng = self.rng
        span = draft.last_day - draft.start_on
        showcase = not self.showcase_done and span >= 3 * YEAR
        if not showcase and (span < MINIMUM_AGE or not rng.chance(EVALUATED_SHARE)):
            return
        self.showcase_done = self.showcase_done or showcase
        campaigns, indicators, measurements = SHOWCASE if showcase else (
            min(3, 1 + int(span / (1.4 * YEAR))), rng.randint(3, 7), 0)
        quality = rng.uniform(1.0, 2.6)
        dates = self._campaign_dates(draft, campaigns)
        previous: list[Row] = []
        for number, on in enumerate(dates):
            level = quality + 1.2 * number / max(1, len(dates) - 1)
            previous = self._campaign(draft, stages, on, number, len(dates), level,
                                      showcase, previous, rows)
        self._indicators(draft, indicators, measurements, rows)
        for involvement in involvements:
            if involvement["expected_effects"] and rng.chance(0.5):
                involvement["observed_effects"] = rng.choice(OBSERVED_EFFECTS)

    # -- campaigns ------------------------------------------------------------------------
    def _campaign_dates(self, draft: ProjectDraft, count: int) -> list[date]:
        first = draft.start_on + MINIMUM_AGE // 2
        span = (draft.last_day - first).days
        step = span / count
        return [first + timedelta(days=int(step * (i + 0.5) + self.rng.randint(-20, 20)))
                for i in range(count)]

    def _campaign(self, draft: ProjectDraft, stages: list[Row], on: date, number: int,
                  count: int, level: float, showcase: bool, earlier: list[Row],
                  rows: EvaluationRows) -> list[Row]:
        """One campaign's rows; returns its recommendations (the next one carries the
        open ones over)."""
        rng = self.rng
        ident = rng.key()
        reached = next((s["stage"] for s in reversed(stages) if s["entered_on"] <= on),
                       CooperationStage.INFORMATION)
        boast = rng.choices((0, 1, 2), (55, 30, 15))[0]
        declared = LADDER[min(len(LADDER), RANK[reached] + boast) - 1]
        last = number == count - 1
        timing = (EvaluationTiming.EX_ANTE if number == 0 and count > 2 else
                  EvaluationTiming.FINALE if last and draft.status is ProjectStatus.TERMINE
                  else EvaluationTiming.MI_PARCOURS if number == count // 2
                  else EvaluationTiming.CONTINUE)
        rows.evaluation.append({
            "id": ident, "project_id": draft.id, "evaluated_on": on,
            "kind": rng.choice(list(EvaluationKind)), "timing": timing,
            "declared_stage": declared, "declared_posture": DECLARED_POSTURE.pick(rng),
            "narrative": rng.choice(NARRATIVES) if rng.chance(0.8) else None,
            "archived_at": None})
        self._participants(draft, ident, rows)
        for criterion in Criterion:
            score = None if rng.chance(0.08) else max(0, min(4, round(level + rng.uniform(
                -1.1, 1.1))))
            rows.criterion_score.append({
                "id": rng.key(), "evaluation_id": ident, "criterion": criterion,
                "score": score,
                "justification": rng.choice(JUSTIFICATIONS[criterion])
                if score is not None and rng.chance(0.7) else None,
                "evidence": rng.choice(EVIDENCE) if rng.chance(0.4) else None,
                "archived_at": None})
        low, high = self.library.scale
        if self.library.items and (showcase or rng.chance(0.75)):
            for item in self.library.items:
                score = None if rng.chance(0.06) else max(low, min(high, round(
                    level - 0.3 + rng.uniform(-1.2, 1.2))))
                rows.maturity_answer.append({
                    "id": rng.key(), "evaluation_id": ident, "item_id": item, "score": score,
                    "comment": None, "archived_at": None})
        self._close(earlier, on)
        return self._recommendations(draft, ident, on, rows)

    def _participants(self, draft: ProjectDraft, evaluation: str, rows: EvaluationRows
                      ) -> None:
        rng = self.rng
        involved = draft.involved
        others = rng.sample(involved[1:], min(len(involved) - 1, rng.randint(1, 6)))
        chosen = [involved[0], *others]
        for position, (actor, role) in enumerate(chosen):
            if position == 0:
                part = EvaluationRole.COMMANDITAIRE
            elif actor.kind is ActorKind.BUREAU_ETUDES:
                part = EvaluationRole.EVALUATEUR
            elif role is InvolvementRole.MEMBRE_COPIL:
                part = EvaluationRole.INSTANCE
            else:
                part = rng.choice((EvaluationRole.PARTICIPANT,
                                   EvaluationRole.PERSONNE_INTERROGEE))
            rows.evaluation_participant.append({
                "id": rng.key(), "evaluation_id": evaluation, "stakeholder_id": actor.id,
                "role": part})

    def _recommendations(self, draft: ProjectDraft, evaluation: str, on: date,
                         rows: EvaluationRows) -> list[Row]:
        rng = self.rng
        made = []
        for text in rng.sample(RECOMMENDATIONS, rng.randint(2, 4)):
            owner = rng.choice(draft.involved)[0].id if rng.chance(0.85) else None
            made.append({
                "id": rng.key(), "evaluation_id": evaluation, "text": text, "owner_id": owner,
                "due_on": on + timedelta(days=rng.randint(60, 400)),
                "status": rng.choice((RecommendationStatus.A_FAIRE,
                                      RecommendationStatus.EN_COURS)),
                "closed_on": None, "archived_at": None})
        rows.recommendation += made
        return made

    def _close(self, earlier: list[Row], on: date) -> None:
        """By the next campaign, most of the last one's recommendations were acted on."""
        rng = self.rng
        for row in earlier:
            roll = rng.random()
            if roll < 0.45:
                row["status"], row["closed_on"] = RecommendationStatus.FAIT, on - timedelta(
                    days=rng.randint(10, 60))
            elif roll < 0.55:
                row["status"], row["closed_on"] = RecommendationStatus.ABANDONNE, on - timedelta(
                    days=rng.randint(10, 60))

    # -- indicators -----------------------------------------------------------------------
    def _indicators(self, draft: ProjectDraft, count: int, measurements: int,
                    rows: EvaluationRows) -> None:
        rng = self.rng
        suited = [d for d in self.library.definitions
                  if d.computation is None and (not d.schemes or draft.scheme in d.schemes)]
        observed = [d for d in self.library.definitions
                    if d.computation is not None and (d.parameter or not d.computation.needs_stage)]
        picked = rng.sample(suited, min(len(suited), count))
        while len(picked) < count:  # the showcase wants more than its scheme suits
            picked.append(rng.choice(suited))
        if observed and rng.chance(0.4) and count < SHOWCASE[1]:
            picked[-1] = rng.choice(observed)
        seen: dict[str, int] = {}
        for definition in picked:
            seen[definition.id] = seen.get(definition.id, 0) + 1
            self._indicator(draft, definition, measurements, rows, seen[definition.id])

    def _indicator(self, draft: ProjectDraft, definition: LibraryEntry, measurements: int,
                   rows: EvaluationRows, number: int) -> None:
        """The indicator, and its measurements; the ``number``-th of its definition in the
        project (a big project follows one per site: « …, site 2 »)."""
        rng = self.rng
        ident = rng.key()
        baseline_on = draft.start_on + timedelta(days=rng.randint(0, 90))
        target_on = baseline_on + rng.randint(2, 5) * YEAR
        (low, high), (gain_low, gain_high), places = MAGNITUDES.get(
            definition.unit, DEFAULT_MAGNITUDE)
        baseline = _rounded(rng.uniform(low, high), places)
        gain = _rounded(rng.uniform(gain_low, gain_high), places)
        direction = definition.direction
        if direction is Direction.BAISSE:
            baseline, gain = _rounded(rng.uniform(12, 30), 1), -_rounded(
                rng.uniform(2, 8), 1)
        target = baseline + gain
        tolerance = Decimal(3) if direction is Direction.STABILITE else None
        observed = definition.computation is not None
        if observed:
            target = Decimal(rng.choice((40, 50, 60, 75)) if definition.unit == "%"
                             else rng.randint(12, 40))
        rows.indicator.append({
            "id": ident, "project_id": draft.id, "definition_id": definition.id,
            "title": definition.title if number == 1 else f"{definition.title}, site {number}",
            "unit": definition.unit,
            "description": definition.description, "level": definition.level,
            "direction": direction, "baseline_value": None if observed else baseline,
            "baseline_on": baseline_on, "target_value": target, "target_on": target_on,
            "tolerance": tolerance, "source": None, "computation": definition.computation,
            "computation_parameter": definition.parameter, "archived_at": None})
        if observed:
            return
        fate = FATES.pick(rng)
        slowest, fastest, ceiling = PACE[fate]
        pace = rng.uniform(slowest, fastest)
        for day in self._measurement_days(baseline_on, draft.last_day, measurements):
            elapsed = (day - baseline_on).days / (target_on - baseline_on).days
            if direction is Direction.STABILITE:
                drift = rng.uniform(-2, 2) if fate != "late" else rng.choice((-1, 1)) * 6
                value = target + Decimal(str(round(drift)))
            else:
                share = min(elapsed * pace, ceiling) + rng.uniform(-0.03, 0.03)
                value = baseline + gain * Decimal(str(round(share, 4)))
            rows.measurement.append({
                "id": rng.key(), "indicator_id": ident, "measured_on": day,
                "value": _rounded(float(value), places), "comment": None, "archived_at": None})

    def _measurement_days(self, start: date, last: date, count: int) -> list[date]:
        """Quarterly up to ``last``; ``count`` evenly spaced ones when asked for."""
        span = (last - start).days
        if count:
            step = max(1, span // (count + 1))
            return [start + timedelta(days=step * (i + 1)) for i in range(count)
                    if step * (i + 1) <= span]
        days = []
        day = start + timedelta(days=self.rng.randint(80, 100))
        while day <= last:
            days.append(day)
            day += timedelta(days=self.rng.randint(80, 100))
        return days


def _rounded(value: float, places: int) -> Decimal:
    return Decimal(round(value)) if places == 0 else Decimal(str(round(value, places)))
