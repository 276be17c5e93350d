"""The radar chart of a maturity grid as plain data: axes, scale, one series per campaign.

The window and the PDF report draw the same numbers: one axis per live item of
the grid in its order, the scale's levels with their labels, and for each
campaign asked (one, or two to overlay) its score on each axis, None where the
item was not answered or *non évalué*.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from ingenierie.errors import ValidationError
from ingenierie.models import Evaluation, MaturityAnswer, MaturityFramework
from ingenierie.services.common import fetch
from ingenierie.services.evaluation.campaigns import evaluation_rows
from ingenierie.services.evaluation.maturity import LevelRow, answer_rows, framework_rows
from ingenierie.services.evaluation.shipped import COOPERATIVE_MATURITY, SHIPPED
from ingenierie.storage import Database

MAX_SERIES = 2


@dataclass(frozen=True, slots=True)
class RadarAxis:
    code: str
    label: str


@dataclass(frozen=True, slots=True)
class RadarSeries:
    evaluation_id: uuid.UUID
    label: str
    values: tuple[int | None, ...]  # one per axis


@dataclass(frozen=True, slots=True)
class RadarData:
    framework_id: uuid.UUID
    title: str
    scale_min: int
    scale_max: int
    levels: tuple[LevelRow, ...]
    axes: tuple[RadarAxis, ...]
    series: tuple[RadarSeries, ...]


def radar_in(session: Session, evaluation_ids: Sequence[uuid.UUID],
             framework_id: uuid.UUID | None = None) -> RadarData | None:
    """The radar data inside an open transaction; None when the grid is not there."""
    criteria = [MaturityFramework.id == framework_id] if framework_id else [
        MaturityFramework.origin == SHIPPED, MaturityFramework.code == COOPERATIVE_MATURITY]
    grids = framework_rows(session, *criteria)
    if not grids:
        return None
    grid = grids[0]
    scores = {(a.evaluation_id, a.item_id): a.score for a in answer_rows(
        session, MaturityAnswer.evaluation_id.in_(list(evaluation_ids)),
        MaturityAnswer.archived_at.is_(None))}
    labels = {row.id: row.label for row in evaluation_rows(
        session, Evaluation.id.in_(list(evaluation_ids)))}
    return RadarData(
        framework_id=grid.id, title=grid.title, scale_min=grid.scale_min,
        scale_max=grid.scale_max, levels=grid.levels,
        axes=tuple(RadarAxis(item.code, item.label) for item in grid.items),
        series=tuple(RadarSeries(eid, labels[eid], tuple(scores.get((eid, item.id))
                                                          for item in grid.items))
                     for eid in evaluation_ids))


def maturity_radar(db: Database, evaluation_ids: Sequence[uuid.UUID],
                   framework_id: uuid.UUID | None = None) -> RadarData:
    """The radar of ``framework_id`` (the shipped grid by default) for one or two campaigns,
    in the order given."""
    if not 1 <= len(evaluation_ids) <= MAX_SERIES:
        raise ValidationError("Choisissez une ou deux évaluations à représenter.",
                              field="evaluation_ids")
    with db.read() as session:
        for evaluation_id in evaluation_ids:
            fetch(session, Evaluation, evaluation_id, "Évaluation")
        radar = radar_in(session, evaluation_ids, framework_id)
    if radar is None:
        raise ValidationError("Grille de maturité introuvable.", field="framework_id")
    return radar
