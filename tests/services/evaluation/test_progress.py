"""Progress of an indicator: share of the way against elapsed time, for each direction."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from ingenierie.models.evaluation_vocabulary import Direction, ProgressStatus
from ingenierie.services.evaluation.progress import Plan, elapsed_share, judge

START, END = date(2024, 1, 1), date(2025, 1, 1)  # 366 days
HALFWAY = date(2024, 7, 2)  # 183 days: exactly half of the time
D = Decimal
A, L, R = ProgressStatus.EN_AVANCE, ProgressStatus.EN_LIGNE, ProgressStatus.EN_RETARD


def rising(**changes: object) -> Plan:
    return Plan(**{"direction": Direction.HAUSSE, "baseline_on": START,
                   "baseline_value": D(10), "target_value": D(30), "target_on": END,
                   **changes})  # type: ignore[arg-type]


@pytest.mark.parametrize(("value", "status", "share"), [
    (D(20), L, D("0.5")),     # half the way at half the time
    (D("21.9"), L, D("0.595")),  # 0.095 ahead: within the tolerance
    (D("22.1"), A, D("0.605")),
    (D(17), R, D("0.35")),
    (D(5), R, D("-0.25")),    # the wrong way
])
def test_rising_indicator_against_half_the_time(value, status, share):
    progress = judge(rising(), value, HALFWAY)
    assert (progress.status, progress.share, progress.expected_share) == (status, share, D("0.5"))


@pytest.mark.parametrize(("value", "status"), [(D(200), L), (D(160), A), (D(260), R)])
def test_falling_indicator_is_judged_downwards(value, status):
    plan = Plan(Direction.BAISSE, START, D(300), D(100), END)
    assert judge(plan, value, HALFWAY).status is status


def test_the_measurement_date_is_the_clock_not_today():
    early = judge(rising(), D(14), date(2024, 3, 1))  # 0.2 of the way at 0.16 of the time
    assert early.status is L and early.expected_share == D("0.1639")


def test_after_the_deadline_the_whole_time_is_elapsed():
    assert judge(rising(), D(30), date(2025, 6, 1)).status is L
    assert judge(rising(), D(30), date(2025, 6, 1)).reached
    assert judge(rising(), D(29), date(2025, 6, 1)).status is L  # 0.95: within 0.10
    assert judge(rising(), D(26), date(2025, 6, 1)).status is R


def test_without_a_measurement_nothing_is_judged():
    assert judge(rising(), None, None).status is ProgressStatus.NON_MESURE


def test_without_a_target_there_is_no_share():
    progress = judge(rising(target_value=None, target_on=None), D(20), HALFWAY)
    assert (progress.status, progress.share) == (ProgressStatus.SANS_CIBLE, None)


def test_without_a_deadline_the_share_is_given_but_not_judged():
    progress = judge(rising(target_on=None), D(20), HALFWAY)
    assert (progress.status, progress.share, progress.expected_share) == (
        ProgressStatus.SANS_ECHEANCE, D("0.5"), None)


@pytest.mark.parametrize(("value", "tolerance", "status"), [
    (D(52), None, L),       # default tolerance: 5 % of 50 = 2.5
    (D("47.5"), None, L),
    (D("47.4"), None, R),
    (D(54), D(5), L),
    (D(56), D(5), R),
])
def test_stable_indicator_holds_its_target_within_a_tolerance(value, tolerance, status):
    plan = Plan(Direction.STABILITE, START, D(40), D(50), END, tolerance)
    progress = judge(plan, value, HALFWAY)
    assert progress.status is status
    assert progress.gap == value - 50


def test_stable_indicator_without_target_holds_its_baseline():
    plan = Plan(Direction.STABILITE, START, D(40))
    assert judge(plan, D(41), HALFWAY).status is L
    assert judge(plan, D(43), HALFWAY).status is R
    assert judge(Plan(Direction.STABILITE, START, None), D(1), HALFWAY).status is \
        ProgressStatus.SANS_CIBLE


def test_elapsed_share_stays_between_zero_and_one():
    assert elapsed_share(START, END, date(2023, 6, 1)) == 0
    assert elapsed_share(START, END, date(2026, 6, 1)) == 1
