"""Sheets of indicator definitions: a list that grows the library the officers pick from.

Each row goes through the library's own rules (``evaluation.library``); the
identifier is the key. A row naming an identifier the file already gave is a
duplicate; one naming an imported definition updates it with the row's non-empty
cells (or leaves it, with "keep existing"); one naming a definition shipped with
the app is refused, so shipped and imported definitions stay apart. Definitions
are few and stand alone: the rows are planned, then written at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from ingenierie.errors import ValidationError
from ingenierie.models import IndicatorDefinition
from ingenierie.models.evaluation_vocabulary import DataOrigin, Direction, IndicatorLevel
from ingenierie.services.evaluation.library import (
    DefinitionInput,
    definition_columns,
    split_list,
)
from ingenierie.services.importing.mapping.fields import RecordKind
from ingenierie.services.importing.parsing.records import ParsedRow, SheetReader
from ingenierie.services.importing.sheets.context import ImportContext

#: The file's fields, as the columns they set.
_COLUMNS = ("code", "title", "unit", "description", "level", "direction", "themes", "schemes")


@dataclass(slots=True)
class _Planned:
    number: int
    columns: dict[str, Any]
    existing: dict[str, Any] | None


class IndicatorDefinitionSheet:
    """Plans every row against the library, then writes the new and changed definitions."""

    kind = RecordKind.INDICATOR_DEFINITION

    def __init__(self, ctx: ImportContext, reader: SheetReader) -> None:
        self.ctx = ctx
        self.reader = reader
        self.planned: dict[str, _Planned] = {}

    def run(self) -> None:
        self.ctx.start_sheet(self.reader)
        rows = self.ctx.connection.execute(select(
            IndicatorDefinition.id, IndicatorDefinition.origin,
            *(getattr(IndicatorDefinition, name) for name in _COLUMNS)))
        stored = {(row.origin, row.code): dict(row._mapping) for row in rows}
        for chunk in self.reader.chunks():
            for parsed in chunk:
                self._plan(parsed, stored)
                self.ctx.finish_row(self.kind, parsed)
            self.ctx.tick(self.kind.label)
        self._write()

    def _plan(self, parsed: ParsedRow, stored: dict[tuple[str, str], dict[str, Any]]) -> None:
        if parsed.rejected:
            return
        values = parsed.values
        code = (values.get("code") or "").strip()
        if (DataOrigin.FOURNIE, code) in stored:
            self.reader.error(parsed, "code", f"« {code} » est l'identifiant d'un indicateur "
                              "fourni avec l'application : choisissez-en un autre.")
            return
        first = self.planned.get(code)
        if first is not None:
            self.reader.error(parsed, "code", f"Doublon de la ligne {first.number} (même "
                              "identifiant) : cette ligne n'est pas importée.")
            return
        existing = stored.get((DataOrigin.IMPORTEE, code))
        given = {k: v for k, v in values.items() if k in _COLUMNS}
        merged = {**(existing or {}), **given}
        try:
            columns = definition_columns(DefinitionInput(
                code=code, title=merged.get("title") or "", unit=merged.get("unit") or "",
                level=merged.get("level") or IndicatorLevel.REALISATION,
                direction=merged.get("direction") or Direction.HAUSSE,
                description=merged.get("description"),
                themes=split_list(merged.get("themes")),
                schemes=split_list(merged.get("schemes"))))
        except ValidationError as error:
            self.reader.invalid(parsed, error)
            return
        self.planned[code] = _Planned(parsed.number, columns, existing)

    def _write(self) -> None:
        """Insert the new definitions and update the changed ones, in the import's
        transaction (bulk rows, as the other sheets write)."""
        counts = self.ctx.counts(self.kind)
        new, changed = [], []
        for plan in self.planned.values():
            if plan.existing is None:
                new.append({**plan.columns, "id": self.ctx.new_id(),
                            "origin": DataOrigin.IMPORTEE})
                continue
            diff = {k: v for k, v in plan.columns.items() if plan.existing.get(k) != v}
            if diff and self.ctx.update_existing:
                changed.append({**diff, "id": plan.existing["id"]})
            else:
                counts.unchanged += 1
        counts.new += len(new)
        counts.updated += len(changed)
        self.ctx.bulk.insert(IndicatorDefinition, new)
        self.ctx.bulk.update(IndicatorDefinition, changed)

