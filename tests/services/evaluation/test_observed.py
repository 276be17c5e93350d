"""Observed indicators: each measure computed from the records for any date."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from ingenierie.models.evaluation_vocabulary import ObservedMeasure
from ingenierie.services.evaluation.activity import months_before, stage_days
from ingenierie.services.evaluation.observed import Point, observed_values
from ingenierie.services.projects.involvements import archive_involvement
from ingenierie.services.projects.stages import move_to_stage

M = ObservedMeasure
APRIL, JULY, BEFORE = date(2024, 4, 1), date(2024, 7, 15), date(2024, 1, 10)


@pytest.fixture
def story(db, project, involve, meet):
    """Four stakeholders, one leaving in June, three exchanges, three stages."""
    a = involve("information", "sachant", start_on=date(2024, 1, 15))
    b = involve("information", "sachant", start_on=date(2024, 2, 1))
    c = involve("concertation", "facilitateur", start_on=date(2024, 3, 1))
    d = involve("co_construction", "facilitateur", start_on=date(2024, 3, 1),
                end_on=date(2024, 6, 30))
    archive_involvement(db, involve("cooperation", "facilitateur").id)
    meet(date(2024, 2, 10), present=[a], absent=[b])
    meet(date(2024, 3, 20), present=[c, d], kind="atelier")
    meet(date(2024, 5, 5), present=[a], kind="atelier")
    for stage, on in (("information", date(2024, 1, 20)), ("concertation", date(2024, 3, 1)),
                      ("co_construction", date(2024, 5, 1))):
        move_to_stage(db, project.id, stage, on, "Compte rendu")
    return project


def values(db, project, measure, parameter=None, dates=(BEFORE, APRIL, JULY)):
    with db.read() as session:
        found = observed_values(session, measure, parameter,
                                [Point(on, project.id, on) for on in dates])
    return [found[on] for on in dates]


@pytest.mark.parametrize(("measure", "parameter", "expected"), [
    (M.ACTEURS_IMPLIQUES, None, [0, 4, 3]),
    (M.ACTEURS_AU_NIVEAU, "information", [0, 2, 2]),
    (M.ACTEURS_AU_NIVEAU, "co_construction", [0, 1, 0]),
    (M.PART_AU_MOINS, "concertation", [None, Decimal(50), Decimal("33.33")]),
    (M.PART_FACILITATEUR, None, [None, Decimal(50), Decimal("33.33")]),
    (M.ECHANGES_TRIMESTRE, None, [0, 2, 1]),
    (M.PART_PRESENTS, None, [None, Decimal(75), Decimal("33.33")]),
    (M.ATELIERS_TENUS, None, [0, 1, 2]),
    (M.JOURS_A_L_ETAPE, "information", [0, 41, 41]),
    (M.JOURS_A_L_ETAPE, "concertation", [0, 31, 61]),
    (M.JOURS_A_L_ETAPE, "co_construction", [0, 0, 75]),
])
def test_each_measure_on_three_dates(db, story, measure, parameter, expected):
    assert values(db, story, measure, parameter) == expected


def test_many_points_over_several_projects_in_one_call(db, story, involve, project):
    from ingenierie.services.projects.project import ProjectInput, create_project

    other = create_project(db, ProjectInput(title="Autre projet")).value
    involve("concertation", project_id=other.id)
    days = [date(2024, 1, 1 + n % 28) for n in range(450)]  # more than one chunk of points
    points = [Point((n, pid), pid, on) for n, on in enumerate(days)
              for pid in (project.id, other.id)]
    with db.read() as session:
        found = observed_values(session, M.ACTEURS_IMPLIQUES, None, points)
    assert len(found) == 900
    assert found[(0, other.id)] == 1  # no dates: involved all along
    assert (found[(0, project.id)], found[(14, project.id)]) == (0, 1)  # "a" from the 15th


def test_stage_days_add_up_a_revisited_stage_and_stop_on_the_date():
    history = [("information", date(2024, 1, 1)), ("concertation", date(2024, 1, 11)),
               ("information", date(2024, 1, 21)), ("cooperation", date(2024, 3, 1))]
    from ingenierie.models.vocabulary import CooperationStage as S

    days = stage_days([(S(s), on) for s, on in history], date(2024, 1, 31))
    assert (days[S.INFORMATION], days[S.CONCERTATION], days[S.COOPERATION]) == (20, 10, 0)


def test_months_before_keeps_the_day_or_the_months_end():
    assert months_before(date(2024, 5, 31), 3) == date(2024, 2, 29)
    assert months_before(date(2024, 1, 15), 3) == date(2023, 10, 15)
