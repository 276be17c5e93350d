"""Where an indicator stands: share of the way from baseline to target, against time.

Pure functions on plain values, so that the window, the dashboard, the report
and the tests judge an indicator the same way.

*Hausse* and *baisse*: the share of the way is ``(value − baseline) / (target −
baseline)``: 0 at the start, 1 on the target, negative when the indicator went
the wrong way, above 1 past the target. It is compared with the share of the time
elapsed from the baseline date to the target date *on the date of the latest
value* (a measurement says where the project was on its own date): more than
``TOLERANCE`` ahead is *en avance*, more than ``TOLERANCE`` behind is *en retard*,
in between *en ligne*.

*Stabilité*: the indicator should hold its target (its baseline when no target
is set). It is *en ligne* while within the tolerance of it, *en retard* beyond;
never *en avance*. The tolerance is the indicator's own, else
``STABILITY_SHARE`` of the target's size.

No value yet is *non mesuré*; no target (up or down) is *sans cible*; a target
without a date has a share of the way but no judgement against time:
*sans échéance*.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from ingenierie.models.evaluation_vocabulary import Direction, ProgressStatus

#: How far (as a share of the way) progress may stray from elapsed time and stay *en ligne*.
TOLERANCE = Decimal("0.10")
#: A stable indicator's default tolerance, as a share of its target's size.
STABILITY_SHARE = Decimal("0.05")
_PLACES = Decimal("0.0001")


@dataclass(frozen=True, slots=True)
class Plan:
    """What an indicator aims at; ``baseline_value`` None when it cannot be known."""

    direction: Direction
    baseline_on: date
    baseline_value: Decimal | None
    target_value: Decimal | None = None
    target_on: date | None = None
    tolerance: Decimal | None = None


@dataclass(frozen=True, slots=True)
class Progress:
    """A judgement and the figures behind it (shares between 0 and 1, or beyond)."""

    status: ProgressStatus
    value: Decimal | None = None
    measured_on: date | None = None
    share: Decimal | None = None  # of the way from baseline to target
    expected_share: Decimal | None = None  # of the time from baseline to target date
    gap: Decimal | None = None  # stabilité: value − target

    @property
    def reached(self) -> bool:
        return self.share is not None and self.share >= 1


def elapsed_share(start: date, end: date, on: date) -> Decimal:
    """The share of the period from ``start`` to ``end`` elapsed on ``on``, within 0–1."""
    total = (end - start).days
    if total <= 0:
        return Decimal(1)
    done = min(max((on - start).days, 0), total)
    return (Decimal(done) / Decimal(total)).quantize(_PLACES)


def stability_tolerance(plan: Plan, reference: Decimal) -> Decimal:
    return plan.tolerance if plan.tolerance is not None else abs(reference) * STABILITY_SHARE


def judge(plan: Plan, value: Decimal | None, measured_on: date | None) -> Progress:
    """The progress of an indicator following ``plan`` whose latest value is ``value``."""
    if value is None or measured_on is None:
        return Progress(ProgressStatus.NON_MESURE)
    if plan.direction is Direction.STABILITE:
        reference = plan.target_value if plan.target_value is not None else plan.baseline_value
        if reference is None:
            return Progress(ProgressStatus.SANS_CIBLE, value, measured_on)
        gap = value - reference
        within = abs(gap) <= stability_tolerance(plan, reference)
        return Progress(ProgressStatus.EN_LIGNE if within else ProgressStatus.EN_RETARD,
                        value, measured_on, gap=gap)
    if plan.target_value is None or plan.baseline_value is None \
            or plan.target_value == plan.baseline_value:
        return Progress(ProgressStatus.SANS_CIBLE, value, measured_on)
    share = ((value - plan.baseline_value) / (plan.target_value - plan.baseline_value)
             ).quantize(_PLACES)
    if plan.target_on is None:
        return Progress(ProgressStatus.SANS_ECHEANCE, value, measured_on, share)
    expected = elapsed_share(plan.baseline_on, plan.target_on, measured_on)
    if share - expected > TOLERANCE:
        status = ProgressStatus.EN_AVANCE
    elif expected - share > TOLERANCE:
        status = ProgressStatus.EN_RETARD
    else:
        status = ProgressStatus.EN_LIGNE
    return Progress(status, value, measured_on, share, expected)
