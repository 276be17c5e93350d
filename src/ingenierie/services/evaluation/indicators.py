"""A project's indicators: the rules of one, its writes, and its rows with their progress.

A typed indicator has a baseline value and measurements. An observed one has a
computation instead: its baseline and its values are computed from the records
(``observed``), so a target can be checked against the computed baseline too.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ingenierie.errors import ValidationError
from ingenierie.models import Indicator, IndicatorDefinition, Measurement, Project
from ingenierie.models.evaluation_vocabulary import Direction, IndicatorLevel, ObservedMeasure
from ingenierie.services.common import (
    fetch,
    fetch_reference,
    optional_text,
    set_archived,
    to_optional_vocabulary,
    to_vocabulary,
    unless_archived,
)
from ingenierie.services.evaluation.judging import indicators_to_judge, judge_all
from ingenierie.services.evaluation.library import DefinitionRow
from ingenierie.services.evaluation.observed import Point, observed_values
from ingenierie.services.evaluation.progress import Plan, Progress
from ingenierie.services.evaluation.values import check_computation, check_decimal, french_number
from ingenierie.services.validation import require_text
from ingenierie.storage import Database
from ingenierie.storage.changes import ChangeSet, Written


@dataclass(frozen=True, slots=True)
class IndicatorInput:
    """An indicator form. ``baseline_value`` stays None for an observed indicator."""

    title: str
    unit: str
    baseline_on: date
    level: IndicatorLevel | str = IndicatorLevel.REALISATION
    direction: Direction | str = Direction.HAUSSE
    baseline_value: Decimal | int | None = None
    target_value: Decimal | int | None = None
    target_on: date | None = None
    tolerance: Decimal | int | None = None
    source: str | None = None
    description: str | None = None
    definition_id: uuid.UUID | None = None
    computation: ObservedMeasure | str | None = None
    parameter: str | None = None


@dataclass(frozen=True, slots=True)
class IndicatorRow:
    """An indicator and where it stands on the date it was read for.

    For an observed indicator, ``baseline_value`` is computed on ``baseline_on``.
    """

    id: uuid.UUID
    project_id: uuid.UUID
    definition_id: uuid.UUID | None
    title: str
    unit: str
    description: str | None
    level: IndicatorLevel
    direction: Direction
    baseline_value: Decimal | None
    baseline_on: date
    target_value: Decimal | None
    target_on: date | None
    tolerance: Decimal | None
    source: str | None
    computation: ObservedMeasure | None
    parameter: str | None
    archived: bool
    progress: Progress

    @property
    def observed(self) -> bool:
        return self.computation is not None

    @property
    def plan(self) -> Plan:
        return Plan(self.direction, self.baseline_on, self.baseline_value, self.target_value,
                    self.target_on, self.tolerance)

    def to_input(self) -> IndicatorInput:
        return IndicatorInput(
            title=self.title, unit=self.unit, baseline_on=self.baseline_on, level=self.level,
            direction=self.direction,
            baseline_value=None if self.observed else self.baseline_value,
            target_value=self.target_value, target_on=self.target_on, tolerance=self.tolerance,
            source=self.source, description=self.description, definition_id=self.definition_id,
            computation=self.computation, parameter=self.parameter)


def input_from_definition(definition: DefinitionRow, baseline_on: date) -> IndicatorInput:
    """A form filled from a library definition; the stage of an open one is still to choose."""
    return IndicatorInput(
        title=definition.title, unit=definition.unit, baseline_on=baseline_on,
        level=definition.level, direction=definition.direction,
        description=definition.description, definition_id=definition.id,
        computation=definition.computation, parameter=definition.parameter)


def indicator_columns(data: IndicatorInput) -> dict[str, Any]:
    """The columns of ``data`` checked on their own (see :func:`check_target`)."""
    if not isinstance(data.baseline_on, date) or isinstance(data.baseline_on, datetime):
        raise ValidationError("La date de départ est obligatoire.", field="baseline_on")
    computation = to_optional_vocabulary(ObservedMeasure, data.computation, "computation",
                                         "Calcul")
    if computation is not None and data.baseline_value is not None:
        raise ValidationError("La valeur de départ d'un indicateur observé est calculée à "
                              "partir des fiches : ne la saisissez pas.", field="baseline_value")
    columns: dict[str, Any] = {
        "title": require_text(data.title, "title", "L'intitulé", 300),
        "unit": require_text(data.unit, "unit", "L'unité", 40),
        "description": optional_text(data.description, "description", "La description"),
        "level": to_vocabulary(IndicatorLevel, data.level, "level", "Niveau"),
        "direction": to_vocabulary(Direction, data.direction, "direction", "Sens attendu"),
        "baseline_on": data.baseline_on,
        "baseline_value": check_decimal(data.baseline_value, "baseline_value",
                                        "La valeur de départ", required=computation is None),
        "target_value": check_decimal(data.target_value, "target_value", "La valeur cible",
                                      required=False),
        "target_on": data.target_on,
        "tolerance": check_decimal(data.tolerance, "tolerance", "La tolérance", required=False),
        "source": optional_text(data.source, "source", "La source", 300),
        "definition_id": data.definition_id,
        "computation": computation,
        "computation_parameter": check_computation(computation, data.parameter, "parameter",
                                                   parameter_required=True),
    }
    if data.target_on is not None:
        if data.target_on <= data.baseline_on:
            raise ValidationError(
                f"L'échéance ({data.target_on:%d/%m/%Y}) doit suivre la date de départ "
                f"({data.baseline_on:%d/%m/%Y}).", field="target_on")
        if columns["target_value"] is None:
            raise ValidationError("Une échéance sans valeur cible : indiquez la cible à "
                                  "atteindre à cette date.", field="target_value")
    tolerance = columns["tolerance"]
    if tolerance is not None:
        if columns["direction"] is not Direction.STABILITE:
            raise ValidationError("La tolérance ne s'applique qu'à un indicateur de stabilité.",
                                  field="tolerance")
        if tolerance < 0:
            raise ValidationError("La tolérance ne peut pas être négative.", field="tolerance")
    return columns


def check_target(direction: Direction, baseline: Decimal | None, target: Decimal | None
                  ) -> None:
    """A rising indicator aims above its baseline, a falling one below; never at it."""
    if target is None or baseline is None or direction is Direction.STABILITE:
        return
    shown = f"{french_number(target)} pour une valeur de départ de {french_number(baseline)}"
    if target == baseline:
        raise ValidationError(f"La cible est égale à la valeur de départ ({shown}) : rien à "
                              "atteindre. Choisissez « Stabilité » pour une valeur à "
                              "maintenir.", field="target_value")
    if (target > baseline) != (direction is Direction.HAUSSE):
        expected = "supérieure" if direction is Direction.HAUSSE else "inférieure"
        raise ValidationError(f"Pour un indicateur à la {direction.label.lower()}, la cible "
                              f"doit être {expected} à la valeur de départ ({shown}).",
                              field="target_value")


def _first_measurement(session: Session, indicator_id: uuid.UUID) -> date | None:
    return session.scalar(select(func.min(Measurement.measured_on)).where(
        Measurement.indicator_id == indicator_id, Measurement.archived_at.is_(None)))


def _write(session: Session, indicator: Indicator, columns: dict[str, Any]) -> None:
    """Check ``columns`` against the records, then set them on ``indicator``."""
    if columns["definition_id"] is not None:
        fetch_reference(session, IndicatorDefinition, columns["definition_id"],
                        "definition_id", "Définition d'indicateur")
    first = _first_measurement(session, indicator.id) if indicator.id else None
    if first is not None:
        if columns["unit"] != indicator.unit:
            raise ValidationError(
                f"L'unité ne peut plus changer (« {indicator.unit} ») : l'indicateur a déjà des "
                "mesures. Archivez-les d'abord, ou créez un autre indicateur.", field="unit")
        if columns["computation"] is not None:
            raise ValidationError("Un indicateur qui a des mesures saisies ne peut pas devenir "
                                  "observé.", field="computation")
        if columns["baseline_on"] > first:
            raise ValidationError(
                f"La date de départ ({columns['baseline_on']:%d/%m/%Y}) suivrait la première "
                f"mesure ({first:%d/%m/%Y}).", field="baseline_on")
    baseline = columns["baseline_value"]
    if columns["computation"] is not None:
        baseline = observed_values(session, columns["computation"],
                                   columns["computation_parameter"],
                                   [Point(0, indicator.project_id, columns["baseline_on"])])[0]
    check_target(columns["direction"], baseline, columns["target_value"])
    for name, value in columns.items():
        setattr(indicator, name, value)
    session.add(indicator)
    session.flush()


_ROW_COLUMNS = (Indicator.id, Indicator.project_id, Indicator.definition_id,
                Indicator.title, Indicator.unit, Indicator.description, Indicator.level,
                Indicator.source, Indicator.archived_at)


def indicator_rows(session: Session, on: date, *criteria: Any) -> list[IndicatorRow]:
    """Indicators matching ``criteria``, judged on ``on``, by level then title."""
    indicators = session.execute(indicators_to_judge(on, *_ROW_COLUMNS).where(*criteria)).all()
    judged = judge_all(session, on, indicators)
    rows = []
    for i in indicators:
        baseline, progress = judged[i.key]
        rows.append(IndicatorRow(
            id=i.id, project_id=i.project_id, definition_id=i.definition_id, title=i.title,
            unit=i.unit, description=i.description, level=i.level, direction=i.direction,
            baseline_value=baseline, baseline_on=i.baseline_on, target_value=i.target_value,
            target_on=i.target_on, tolerance=i.tolerance, source=i.source,
            computation=i.computation, parameter=i.computation_parameter,
            archived=i.archived_at is not None, progress=progress))
    levels = list(IndicatorLevel)
    return sorted(rows, key=lambda r: (levels.index(r.level), r.title.casefold()))


def create_indicator(db: Database, project_id: uuid.UUID, data: IndicatorInput,
                     *, today: date | None = None) -> Written[IndicatorRow]:
    columns = indicator_columns(data)
    with db.write() as session:
        project = fetch(session, Project, project_id, "Projet")
        indicator = Indicator(project_id=project.id)
        _write(session, indicator, columns)
        written = indicator_rows(session, today or date.today(), Indicator.id == indicator.id)[0]
    return Written(written, session.changes)


def update_indicator(db: Database, indicator_id: uuid.UUID, data: IndicatorInput,
                     *, today: date | None = None) -> Written[IndicatorRow]:
    columns = indicator_columns(data)
    with db.write() as session:
        indicator = fetch(session, Indicator, indicator_id, "Indicateur")
        with session.no_autoflush:
            _write(session, indicator, columns)
        written = indicator_rows(session, today or date.today(), Indicator.id == indicator.id)[0]
    return Written(written, session.changes)


def get_indicator(db: Database, indicator_id: uuid.UUID, on: date | None = None
                  ) -> IndicatorRow:
    with db.read() as session:
        fetch(session, Indicator, indicator_id, "Indicateur")
        return indicator_rows(session, on or date.today(), Indicator.id == indicator_id)[0]


def project_indicators(db: Database, project_id: uuid.UUID, on: date | None = None,
                       include_archived: bool = False) -> list[IndicatorRow]:
    """The project's indicators judged on ``on`` (today by default)."""
    with db.read() as session:
        fetch(session, Project, project_id, "Projet")
        return indicator_rows(session, on or date.today(), Indicator.project_id == project_id,
                              *unless_archived(Indicator, include_archived))


def archive_indicator(db: Database, indicator_id: uuid.UUID) -> ChangeSet:
    return set_archived(db, Indicator, indicator_id, "Indicateur", True)


def restore_indicator(db: Database, indicator_id: uuid.UUID) -> ChangeSet:
    return set_archived(db, Indicator, indicator_id, "Indicateur", False)
