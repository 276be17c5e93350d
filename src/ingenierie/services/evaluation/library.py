"""The indicator library: common definitions an officer picks when creating an indicator.

The shipped definitions come from ``resources/evaluation/indicateurs.json``
(see ``shipped``); users add theirs by importing a list (``importing``). Both go
through :func:`definition_columns`, the one set of rules for a definition.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from ingenierie.errors import ValidationError
from ingenierie.models import IndicatorDefinition
from ingenierie.models.evaluation_vocabulary import (
    DataOrigin,
    Direction,
    IndicatorLevel,
    ObservedMeasure,
)
from ingenierie.models.vocabulary import Scheme
from ingenierie.services.common import (
    fetch,
    optional_text,
    set_archived,
    to_optional_vocabulary,
    to_vocabulary,
    unless_archived,
)
from ingenierie.services.evaluation.values import check_computation
from ingenierie.services.validation import require_text
from ingenierie.storage import Database
from ingenierie.storage.changes import ChangeSet

_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
#: How themes and schemes are listed in one cell, and stored.
LIST_SEPARATOR = "; "
_SPLIT = re.compile(r"\s*[;,\n]\s*")


@dataclass(frozen=True, slots=True)
class DefinitionInput:
    """A definition as a file or a form gives it; vocabulary fields read loosely."""

    code: str
    title: str
    unit: str
    level: IndicatorLevel | str = IndicatorLevel.REALISATION
    direction: Direction | str = Direction.HAUSSE
    description: str | None = None
    themes: Sequence[str] = ()
    schemes: Sequence[Scheme | str] = ()
    computation: ObservedMeasure | str | None = None
    parameter: str | None = None


@dataclass(frozen=True, slots=True)
class DefinitionRow:
    id: uuid.UUID
    origin: DataOrigin
    code: str
    title: str
    unit: str
    description: str | None
    level: IndicatorLevel
    direction: Direction
    themes: tuple[str, ...]
    schemes: tuple[Scheme, ...]
    computation: ObservedMeasure | None
    parameter: str | None
    archived: bool

    @property
    def observed(self) -> bool:
        return self.computation is not None


def split_list(text: str | None) -> list[str]:
    """``"Emploi; Santé"`` → ``["Emploi", "Santé"]`` (``;``, ``,`` or line breaks)."""
    return [part for part in _SPLIT.split(text or "") if part]


def _schemes(values: Sequence[Scheme | str]) -> str | None:
    members = [to_vocabulary(Scheme, value, "schemes", "Dispositif") for value in values]
    return LIST_SEPARATOR.join(dict.fromkeys(members)) or None


def _themes(values: Sequence[str]) -> str | None:
    names = [name.strip() for name in values if name and name.strip()]
    return optional_text(LIST_SEPARATOR.join(dict.fromkeys(names)), "themes",
                         "La liste des thématiques", 300)


def definition_columns(data: DefinitionInput) -> dict[str, Any]:
    """A definition's columns from ``data``, or a :class:`ValidationError` naming the field."""
    code = require_text(data.code, "code", "L'identifiant", 60)
    if not _CODE.match(code):
        raise ValidationError(
            f"Identifiant invalide : « {code} » (lettres sans accent, chiffres, points, "
            "tirets et soulignés, sans espace).", field="code")
    computation = to_optional_vocabulary(ObservedMeasure, data.computation, "computation",
                                         "Calcul")
    return {
        "code": code,
        "title": require_text(data.title, "title", "L'intitulé", 300),
        "unit": require_text(data.unit, "unit", "L'unité", 40),
        "description": optional_text(data.description, "description", "La description"),
        "level": to_vocabulary(IndicatorLevel, data.level, "level", "Niveau"),
        "direction": to_vocabulary(Direction, data.direction, "direction", "Sens attendu"),
        "themes": _themes(data.themes),
        "schemes": _schemes(data.schemes),
        "computation": computation,
        "computation_parameter": check_computation(computation, data.parameter, "parameter",
                                                   parameter_required=False),
    }


def definition_row(definition: IndicatorDefinition) -> DefinitionRow:
    d = definition
    return DefinitionRow(
        id=d.id, origin=d.origin, code=d.code, title=d.title, unit=d.unit,
        description=d.description, level=d.level, direction=d.direction,
        themes=tuple(split_list(d.themes)),
        schemes=tuple(Scheme(code) for code in split_list(d.schemes)),
        computation=d.computation, parameter=d.computation_parameter,
        archived=d.archived_at is not None)


def indicator_library(db: Database, *, scheme: Scheme | None = None,
                      include_archived: bool = False) -> list[DefinitionRow]:
    """The definitions to pick from, by title; with ``scheme``, those suited to it first."""
    query = select(IndicatorDefinition).where(
        *unless_archived(IndicatorDefinition, include_archived))
    with db.read() as session:
        rows = [definition_row(d) for d in session.scalars(query)]
    return sorted(rows, key=lambda r: (scheme is not None and scheme not in r.schemes,
                                       r.title.casefold(), r.origin, r.code))


def get_definition(db: Database, definition_id: uuid.UUID) -> DefinitionRow:
    with db.read() as session:
        return definition_row(fetch(session, IndicatorDefinition, definition_id,
                                    "Définition d'indicateur"))


def archive_definition(db: Database, definition_id: uuid.UUID) -> ChangeSet:
    """Hide a definition from the picker; indicators made from it keep their link."""
    return set_archived(db, IndicatorDefinition, definition_id, "Définition d'indicateur", True)


def restore_definition(db: Database, definition_id: uuid.UUID) -> ChangeSet:
    return set_archived(db, IndicatorDefinition, definition_id, "Définition d'indicateur", False)
