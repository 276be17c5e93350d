"""Maturity grids: the rules of a framework, the frameworks to answer, a campaign's answers.

A framework is data: items (code, label, description) scored on one scale whose
levels have French labels. An answer's score must be on that scale, or absent
(*non évalué*).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ingenierie.errors import ValidationError
from ingenierie.models import Evaluation, MaturityAnswer, MaturityFramework, MaturityItem
from ingenierie.models.evaluation_vocabulary import DataOrigin
from ingenierie.services.common import fetch, fetch_reference, optional_text, set_archived
from ingenierie.services.validation import check_score, require_text
from ingenierie.storage import Database
from ingenierie.storage.changes import ChangeSet, Written


@dataclass(frozen=True, slots=True)
class FrameworkInput:
    """A grid as its data file gives it: levels lowest first, items in display order."""

    code: str
    title: str
    levels: Sequence[Mapping[str, Any]]
    items: Sequence[Mapping[str, Any]]
    description: str | None = None


@dataclass(frozen=True, slots=True)
class LevelRow:
    value: int
    label: str
    description: str | None


@dataclass(frozen=True, slots=True)
class ItemRow:
    id: uuid.UUID
    code: str
    label: str
    description: str | None
    position: int


@dataclass(frozen=True, slots=True)
class FrameworkRow:
    id: uuid.UUID
    origin: DataOrigin
    code: str
    title: str
    description: str | None
    scale_min: int
    scale_max: int
    levels: tuple[LevelRow, ...]
    items: tuple[ItemRow, ...]

    def level_label(self, score: int) -> str:
        return next((level.label for level in self.levels if level.value == score), str(score))


@dataclass(frozen=True, slots=True)
class AnswerRow:
    id: uuid.UUID
    evaluation_id: uuid.UUID
    item_id: uuid.UUID
    framework_id: uuid.UUID
    item_code: str
    item_label: str
    item_position: int
    score: int | None
    comment: str | None
    archived: bool


def framework_columns(data: FrameworkInput) -> tuple[dict[str, Any], tuple[dict[str, Any], ...]]:
    """A framework's columns and its items' columns, checked."""
    levels: list[dict[str, Any]] = [{"value": level.get("value"),
               "label": require_text(level.get("label"), "levels", "Le libellé d'un niveau", 100),
               "description": optional_text(level.get("description"), "levels",
                                            "La description d'un niveau")}
              for level in data.levels]
    values = [level["value"] for level in levels]
    whole = [v for v in values if isinstance(v, int) and not isinstance(v, bool)]
    if len(values) < 2 or whole != values \
            or whole != list(range(whole[0], whole[0] + len(whole))):
        raise ValidationError("L'échelle doit compter au moins deux niveaux, numérotés par "
                              "entiers consécutifs croissants.", field="levels")
    items, codes = [], set()
    for position, item in enumerate(data.items, 1):
        code = require_text(item.get("code"), "items", "Le code d'un élément", 60)
        if code in codes:
            raise ValidationError(f"Code d'élément en double : « {code} ».", field="items")
        codes.add(code)
        items.append({"code": code, "position": position,
                      "label": require_text(item.get("label"), "items",
                                            "Le libellé d'un élément", 200),
                      "description": optional_text(item.get("description"), "items",
                                                   "La description d'un élément")})
    if not items:
        raise ValidationError("Une grille doit compter au moins un élément.", field="items")
    columns = {"code": require_text(data.code, "code", "Le code de la grille", 60),
               "title": require_text(data.title, "title", "Le titre de la grille", 300),
               "description": optional_text(data.description, "description", "La description"),
               "scale_min": values[0], "scale_max": values[-1], "levels": levels}
    return columns, tuple(items)


def framework_rows(session: Session, *criteria: Any) -> list[FrameworkRow]:
    """Frameworks matching ``criteria``, by title, with their live items in order."""
    frameworks = session.scalars(select(MaturityFramework).where(*criteria)
                                 .order_by(MaturityFramework.title)).all()
    items: dict[uuid.UUID, list[ItemRow]] = {f.id: [] for f in frameworks}
    for item in session.scalars(select(MaturityItem).where(
            MaturityItem.framework_id.in_(list(items)), MaturityItem.archived_at.is_(None))
            .order_by(MaturityItem.position)):
        items[item.framework_id].append(
            ItemRow(item.id, item.code, item.label, item.description, item.position))
    return [FrameworkRow(
        id=f.id, origin=f.origin, code=f.code, title=f.title, description=f.description,
        scale_min=f.scale_min, scale_max=f.scale_max,
        levels=tuple(LevelRow(level["value"], level["label"], level.get("description"))
                     for level in f.levels),
        items=tuple(items[f.id])) for f in frameworks]


def maturity_frameworks(db: Database) -> list[FrameworkRow]:
    """The grids a campaign can answer."""
    with db.read() as session:
        return framework_rows(session, MaturityFramework.archived_at.is_(None))


def answer_rows(session: Session, *criteria: Any) -> list[AnswerRow]:
    found = session.execute(
        select(MaturityAnswer, MaturityItem).join(MaturityItem,
                                                  MaturityItem.id == MaturityAnswer.item_id)
        .where(*criteria).order_by(MaturityItem.framework_id, MaturityItem.position))
    return [AnswerRow(a.id, a.evaluation_id, a.item_id, i.framework_id, i.code, i.label,
                      i.position, a.score, a.comment, a.archived_at is not None)
            for a, i in found]


def set_maturity_answer(db: Database, evaluation_id: uuid.UUID, item_id: uuid.UUID,
                        score: int | None, comment: str | None = None) -> Written[AnswerRow]:
    """Answer one item for a campaign (again: the answer is replaced, and restored if it
    was archived). ``score`` None means *non évalué*."""
    text = optional_text(comment, "comment", "Le commentaire")
    with db.write() as session:
        evaluation = fetch(session, Evaluation, evaluation_id, "Évaluation")
        item = fetch_reference(session, MaturityItem, item_id, "item_id", "Élément de grille")
        framework = session.get_one(MaturityFramework, item.framework_id)
        if item.archived_at is not None or framework.archived_at is not None:
            raise ValidationError(f"« {item.label} » ne fait plus partie de la grille "
                                  f"« {framework.title} ».", field="item_id")
        if score is not None:
            check_score(score, "score", framework.scale_min, framework.scale_max,
                        f"La note de « {item.label} »")
        answer = session.scalar(select(MaturityAnswer).where(
            MaturityAnswer.evaluation_id == evaluation.id, MaturityAnswer.item_id == item.id))
        if answer is None:
            answer = MaturityAnswer(evaluation_id=evaluation.id, item_id=item.id)
            session.add(answer)
        answer.score, answer.comment, answer.archived_at = score, text, None
        session.flush()
        written = answer_rows(session, MaturityAnswer.id == answer.id)[0]
    return Written(written, session.changes)


def campaign_answers(db: Database, evaluation_id: uuid.UUID) -> list[AnswerRow]:
    """A campaign's live answers, grid by grid, in the items' order."""
    with db.read() as session:
        fetch(session, Evaluation, evaluation_id, "Évaluation")
        return answer_rows(session, MaturityAnswer.evaluation_id == evaluation_id,
                           MaturityAnswer.archived_at.is_(None))


def archive_maturity_answer(db: Database, answer_id: uuid.UUID) -> ChangeSet:
    return set_archived(db, MaturityAnswer, answer_id, "Réponse à la grille", True)


def restore_maturity_answer(db: Database, answer_id: uuid.UUID) -> ChangeSet:
    return set_archived(db, MaturityAnswer, answer_id, "Réponse à la grille", False)
