"""Indicators and measurements: rules refused in French, progress read on a date, series."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date
from decimal import Decimal

import pytest

from ingenierie.errors import DuplicateError, ValidationError
from ingenierie.models import Indicator, Measurement
from ingenierie.models.evaluation_vocabulary import Direction, ProgressStatus
from ingenierie.services.evaluation.indicators import (
    IndicatorInput,
    archive_indicator,
    create_indicator,
    get_indicator,
    input_from_definition,
    project_indicators,
    update_indicator,
)
from ingenierie.services.evaluation.library import indicator_library
from ingenierie.services.evaluation.measurements import (
    MeasurementInput,
    add_measurement,
    archive_measurement,
    indicator_measurements,
    restore_measurement,
    update_measurement,
)
from ingenierie.services.evaluation.series import indicator_series

START = date(2024, 2, 1)
JOBS = IndicatorInput("Emplois créés dans l'EBE", "emplois", START, level="résultat",
                      baseline_value=0, target_value=40, target_on=date(2026, 2, 1))


@pytest.fixture
def jobs(db, project):
    return create_indicator(db, project.id, JOBS).value


@pytest.mark.parametrize(("changes", "field", "message"), [
    ({"target_value": 0}, "target_value", "égale à la valeur de départ"),
    ({"target_value": -5}, "target_value", "supérieure à la valeur de départ"),
    ({"direction": "baisse"}, "target_value", "inférieure à la valeur de départ"),
    ({"target_on": START}, "target_on", "doit suivre la date de départ"),
    ({"target_value": None}, "target_value", "sans valeur cible"),
    ({"baseline_value": None}, "baseline_value", "obligatoire"),
    ({"baseline_on": None}, "baseline_on", "obligatoire"),
    ({"unit": " "}, "unit", "obligatoire"),
    ({"tolerance": 2}, "tolerance", "stabilité"),
    ({"direction": "stabilité", "tolerance": -1}, "tolerance", "négative"),
    ({"parameter": "concertation"}, "parameter", "paramètre"),
    ({"computation": "acteurs_au_niveau", "baseline_value": None}, "parameter",
     "choisissez le niveau"),
    ({"computation": "acteurs_impliques"}, "baseline_value", "calculée"),
    ({"definition_id": uuid.uuid4()}, "definition_id", "introuvable"),
    ({"baseline_value": Decimal("0.00001")}, "baseline_value", "décimales"),
])
def test_refused_indicators_store_nothing(db, project, count, changes, field, message):
    with pytest.raises(ValidationError, match=message) as raised:
        create_indicator(db, project.id, dataclasses.replace(JOBS, **changes))
    assert raised.value.field == field
    assert count(Indicator) == 0


def test_a_stable_indicator_may_aim_at_its_baseline(db, project):
    row = create_indicator(db, project.id, dataclasses.replace(
        JOBS, direction=Direction.STABILITE, baseline_value=35, target_value=35, tolerance=2)).value
    assert (row.target_value, row.tolerance) == (35, 2)


def test_a_measurement_before_the_baseline_or_twice_a_day_is_refused(db, jobs, count):
    with pytest.raises(ValidationError, match="précède la date de départ") as raised:
        add_measurement(db, jobs.id, MeasurementInput(date(2024, 1, 31), 3))
    assert raised.value.field == "measured_on"
    first = add_measurement(db, jobs.id, MeasurementInput(date(2024, 6, 1), 3, " CLE ")).value
    assert (first.value, first.comment) == (3, "CLE")
    with pytest.raises(DuplicateError, match="déjà une mesure le 01/06/2024"):
        add_measurement(db, jobs.id, MeasurementInput(date(2024, 6, 1), 4))
    with pytest.raises(ValidationError) as raised:
        add_measurement(db, jobs.id, MeasurementInput(date(2024, 7, 1), 1.5))  # type: ignore[arg-type]
    assert raised.value.field == "value"
    assert count(Measurement) == 1


def test_an_archived_measurement_frees_its_date_and_comes_back_only_if_free(db, jobs):
    first = add_measurement(db, jobs.id, MeasurementInput(date(2024, 6, 1), 3)).value
    archive_measurement(db, first.id)
    second = add_measurement(db, jobs.id, MeasurementInput(date(2024, 6, 1), 5)).value
    with pytest.raises(DuplicateError):
        restore_measurement(db, first.id)
    update_measurement(db, second.id, MeasurementInput(date(2024, 6, 2), 5))
    restore_measurement(db, first.id)
    assert [m.value for m in indicator_measurements(db, jobs.id)] == [3, 5]


def test_the_unit_and_the_baseline_date_hold_once_measured(db, jobs):
    add_measurement(db, jobs.id, MeasurementInput(date(2024, 6, 1), 3))
    with pytest.raises(ValidationError, match="déjà des mesures") as raised:
        update_indicator(db, jobs.id, dataclasses.replace(JOBS, unit="ETP"))
    assert raised.value.field == "unit"
    with pytest.raises(ValidationError, match="suivrait la première mesure") as raised:
        update_indicator(db, jobs.id, dataclasses.replace(JOBS, baseline_on=date(2024, 7, 1)))
    assert raised.value.field == "baseline_on"
    with pytest.raises(ValidationError, match="ne peut pas devenir observé"):
        update_indicator(db, jobs.id, dataclasses.replace(
            JOBS, computation="acteurs_impliques", baseline_value=None, target_value=None,
            target_on=None))
    assert get_indicator(db, jobs.id).unit == "emplois"
    for measurement in indicator_measurements(db, jobs.id):
        archive_measurement(db, measurement.id)
    assert update_indicator(db, jobs.id, dataclasses.replace(JOBS, unit="ETP")).value.unit == "ETP"


def test_progress_is_read_on_the_date_asked(db, project, jobs):
    add_measurement(db, jobs.id, MeasurementInput(date(2025, 2, 1), 12))  # 0.3 at 0.5 of time
    add_measurement(db, jobs.id, MeasurementInput(date(2025, 8, 1), 33))  # 0.825 at 0.75
    early = get_indicator(db, jobs.id, on=date(2024, 3, 1))
    late = get_indicator(db, jobs.id, on=date(2025, 3, 1))
    ahead = get_indicator(db, jobs.id, on=date(2025, 9, 1))
    assert early.progress.status is ProgressStatus.NON_MESURE
    assert (late.progress.status, late.progress.share) == (ProgressStatus.EN_RETARD,
                                                           Decimal("0.3"))
    assert ahead.progress.status is ProgressStatus.EN_LIGNE
    assert ahead.progress.value == 33


def test_project_indicators_by_level_then_title_without_archived(db, project, jobs):
    other = create_indicator(db, project.id, dataclasses.replace(
        JOBS, title="Ateliers", level="réalisation")).value
    gone = create_indicator(db, project.id, dataclasses.replace(JOBS, title="Ancien")).value
    archive_indicator(db, gone.id)
    assert [r.id for r in project_indicators(db, project.id)] == [other.id, jobs.id]


def test_an_observed_indicator_from_the_library(shipped, project, involve, meet):
    definition = next(d for d in indicator_library(shipped)
                      if d.code == "coop.part_concertation_ou_plus")
    involve("information", start_on=date(2024, 2, 1))
    involve("concertation", start_on=date(2024, 9, 1))
    data = dataclasses.replace(input_from_definition(definition, date(2024, 3, 1)),
                               target_value=80, target_on=date(2025, 3, 1))
    row = create_indicator(shipped, project.id, data, today=date(2024, 10, 1)).value
    assert row.observed and row.definition_id == definition.id
    assert (row.baseline_value, row.progress.value) == (0, 50)  # computed, never typed
    assert row.progress.status is ProgressStatus.EN_LIGNE  # 0.625 of the way at 0.58 of time
    with pytest.raises(ValidationError, match="indicateur observé"):
        add_measurement(shipped, row.id, MeasurementInput(date(2024, 9, 1), 1))
    series = indicator_series(shipped, row.id, until=date(2024, 10, 1))
    assert [(p.on, p.value) for p in series.points] == [
        (date(2024, 3, 1), 0), (date(2024, 3, 31), 0), (date(2024, 6, 30), 0),
        (date(2024, 9, 30), 50), (date(2024, 10, 1), 50)]
    assert series.target == (date(2025, 3, 1), 80)


def test_an_observed_target_is_checked_against_the_computed_baseline(shipped, project,
                                                                    involve, count):
    involve("concertation")
    involve("cooperation")
    with pytest.raises(ValidationError, match="égale à la valeur de départ"):
        create_indicator(shipped, project.id, IndicatorInput(
            "Acteurs", "acteurs", START, computation="acteurs_impliques", target_value=2))
    assert count(Indicator) == 0


def test_a_typed_series_is_its_measurements(db, jobs):
    add_measurement(db, jobs.id, MeasurementInput(date(2024, 6, 1), 3, "Premières embauches"))
    add_measurement(db, jobs.id, MeasurementInput(date(2025, 6, 1), 9))
    series = indicator_series(db, jobs.id, until=date(2024, 12, 31))
    assert [(p.on, p.value, p.comment) for p in series.points] == [
        (date(2024, 6, 1), 3, "Premières embauches")]
    assert series.baseline == (START, 0)
