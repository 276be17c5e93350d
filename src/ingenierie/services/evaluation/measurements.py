"""Measurements of typed indicators: a dated, exact value and a comment.

An observed indicator takes none (its values are computed); a measurement
cannot predate its indicator's baseline, and one date holds one live value.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ingenierie.errors import DuplicateError, ValidationError
from ingenierie.models import Indicator, Measurement
from ingenierie.services.common import fetch, optional_text, set_archived, unless_archived
from ingenierie.services.evaluation.values import check_decimal
from ingenierie.storage import Database
from ingenierie.storage.changes import ChangeSet, Written


@dataclass(frozen=True, slots=True)
class MeasurementInput:
    measured_on: date
    value: Decimal | int
    comment: str | None = None


@dataclass(frozen=True, slots=True)
class MeasurementRow:
    id: uuid.UUID
    indicator_id: uuid.UUID
    measured_on: date
    value: Decimal
    comment: str | None
    archived: bool

    def to_input(self) -> MeasurementInput:
        return MeasurementInput(self.measured_on, self.value, self.comment)


def _row(m: Measurement) -> MeasurementRow:
    return MeasurementRow(m.id, m.indicator_id, m.measured_on, m.value, m.comment,
                          m.archived_at is not None)


def _columns(session: Session, indicator: Indicator, data: MeasurementInput,
             measurement_id: uuid.UUID | None) -> dict[str, Any]:
    if indicator.computation is not None:
        raise ValidationError(
            f"« {indicator.title} » est un indicateur observé : ses valeurs sont calculées à "
            "partir des fiches, aucune mesure n'est à saisir.", field="value")
    on = data.measured_on
    if not isinstance(on, date) or isinstance(on, datetime):
        raise ValidationError("La date de la mesure est obligatoire.", field="measured_on")
    if on < indicator.baseline_on:
        raise ValidationError(
            f"La mesure ({on:%d/%m/%Y}) précède la date de départ de l'indicateur "
            f"({indicator.baseline_on:%d/%m/%Y}).", field="measured_on")
    twin = session.scalar(select(Measurement.id).where(
        Measurement.indicator_id == indicator.id, Measurement.measured_on == on,
        Measurement.archived_at.is_(None), Measurement.id != measurement_id))
    if twin is not None:
        raise DuplicateError(f"« {indicator.title} » a déjà une mesure le {on:%d/%m/%Y} : "
                             "modifiez-la plutôt.", field="measured_on")
    return {"measured_on": on,
            "value": check_decimal(data.value, "value", "La valeur"),
            "comment": optional_text(data.comment, "comment", "Le commentaire")}


def add_measurement(db: Database, indicator_id: uuid.UUID, data: MeasurementInput
                    ) -> Written[MeasurementRow]:
    with db.write() as session:
        indicator = fetch(session, Indicator, indicator_id, "Indicateur")
        measurement = Measurement(indicator_id=indicator.id,
                                  **_columns(session, indicator, data, None))
        session.add(measurement)
        session.flush()
        written = _row(measurement)
    return Written(written, session.changes)


def update_measurement(db: Database, measurement_id: uuid.UUID, data: MeasurementInput
                       ) -> Written[MeasurementRow]:
    with db.write() as session:
        measurement = fetch(session, Measurement, measurement_id, "Mesure")
        indicator = session.get_one(Indicator, measurement.indicator_id)
        for name, value in _columns(session, indicator, data, measurement.id).items():
            setattr(measurement, name, value)
        session.flush()
        written = _row(measurement)
    return Written(written, session.changes)


def measurement_rows(session: Session, *criteria: Any) -> list[MeasurementRow]:
    return [_row(m) for m in session.scalars(select(Measurement).where(*criteria).order_by(
        Measurement.measured_on, Measurement.created_at))]


def indicator_measurements(db: Database, indicator_id: uuid.UUID,
                           include_archived: bool = False) -> list[MeasurementRow]:
    """An indicator's measurements, oldest first."""
    with db.read() as session:
        fetch(session, Indicator, indicator_id, "Indicateur")
        return measurement_rows(session, Measurement.indicator_id == indicator_id,
                                *unless_archived(Measurement, include_archived))


def archive_measurement(db: Database, measurement_id: uuid.UUID) -> ChangeSet:
    return set_archived(db, Measurement, measurement_id, "Mesure", True)


def restore_measurement(db: Database, measurement_id: uuid.UUID) -> ChangeSet:
    """Restoring is refused when another live measurement now holds its date."""
    with db.write() as session:
        measurement = fetch(session, Measurement, measurement_id, "Mesure")
        indicator = session.get_one(Indicator, measurement.indicator_id)
        _columns(session, indicator, MeasurementInput(measurement.measured_on, measurement.value),
                 measurement.id)
        measurement.archived_at = None
    return session.changes
