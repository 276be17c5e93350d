"""Sheets of the export's own layout, restored record by record by their ids.

A row whose id is stored is that record (updated with the file's values, unless
stored records are to be left as they are); a row whose id is not stored is
written under that id, so that importing an export into an empty database and
exporting again gives the same workbook, and importing it twice adds nothing.
The records a row refers to are found by id among those stored and those the
earlier sheets wrote — never by name. A territory (or a link) already stored under
another id but with the same natural key (kind and code) is that record: the rows
naming the exported id are pointed at the stored one.

Projects go through the project service's rules on the import's session (themes,
lead, code, dates); the other kinds are written in batches through the bulk unit.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import select

from ingenierie.errors import UserError, ValidationError
from ingenierie.models import (
    IndicatorDefinition,
    MaturityFramework,
    MaturityItem,
    Project,
)
from ingenierie.models.base import Entity
from ingenierie.models.evaluation_vocabulary import DataOrigin
from ingenierie.services.importing.mapping.exported import exported_field
from ingenierie.services.importing.mapping.fields import RecordKind
from ingenierie.services.importing.parsing.records import ParsedRow, SheetReader
from ingenierie.services.importing.sheets.context import ImportContext
from ingenierie.services.importing.sheets.projects import theme_ids
from ingenierie.services.importing.sheets.restored_kinds import RESTORED, Restored
from ingenierie.services.projects import project as projects
from ingenierie.services.projects.project import ProjectInput
from ingenierie.storage.keys import Key, key_column, key_of


class Lookups:
    """Ids stored or written by this import, by entity; the few other things rows name."""

    def __init__(self, ctx: ImportContext) -> None:
        self.ctx = ctx
        self._ids: dict[type[Entity], set[Key]] = {}
        self._natural: dict[tuple[type[Entity], tuple[str, ...]], dict[tuple[Any, ...],
                                                                        uuid.UUID]] = {}
        self.aliases: dict[uuid.UUID, uuid.UUID] = {}

    def ids(self, entity: type[Entity]) -> set[Key]:
        if entity not in self._ids:
            self._ids[entity] = set(self.ctx.connection.execute(
                select(key_column(entity.id))).scalars())
        return self._ids[entity]

    def natural(self, entity: type[Entity], names: tuple[str, ...]
                ) -> dict[tuple[Any, ...], uuid.UUID]:
        key = (entity, names)
        if key not in self._natural:
            columns = [getattr(entity, name) for name in names]
            self._natural[key] = {tuple(row[1:]): row[0] for row in self.ctx.connection.execute(
                select(entity.id, *columns))}
        return self._natural[key]

    def project_start(self, project_id: uuid.UUID) -> date | None:
        return self.ctx.session.scalar(select(Project.start_on).where(Project.id == project_id))

    def maturity_item(self, framework: str, item: str) -> tuple[uuid.UUID, int]:
        found = self.ctx.session.execute(
            select(MaturityItem.id, MaturityFramework.scale_max)
            .join(MaturityFramework, MaturityFramework.id == MaturityItem.framework_id)
            .where(MaturityFramework.code == framework, MaturityItem.code == item)
            .order_by(MaturityFramework.origin)).first()
        if found is None:
            raise ValidationError(f"Principe « {item} » de la grille « {framework} » introuvable "
                                  "dans cette base.", field="item")
        return found[0], found[1]

    def definition(self, code: str) -> uuid.UUID:
        found = self.ctx.session.execute(
            select(IndicatorDefinition.id, IndicatorDefinition.origin)
            .where(IndicatorDefinition.code == code)).all()
        if not found:
            raise ValidationError(f"Définition d'indicateur « {code} » introuvable dans la "
                                  "bibliothèque de cette base.", field="definition")
        shipped: list[uuid.UUID] = [row.id for row in found
                                    if row.origin is DataOrigin.FOURNIE]
        return (shipped or [found[0].id])[0]


def lookups_of(ctx: ImportContext) -> Lookups:
    """One :class:`Lookups` per import, shared by its sheets."""
    if ctx.restored is None:
        ctx.restored = Lookups(ctx)
    assert isinstance(ctx.restored, Lookups)
    return ctx.restored


@dataclass(slots=True)
class _Row:
    parsed: ParsedRow
    id: uuid.UUID
    columns: dict[str, Any]
    existing: bool


class RestoreSheet:
    """One sheet of the export's layout, restored by ids (see the module)."""

    def __init__(self, ctx: ImportContext, reader: SheetReader) -> None:
        self.ctx, self.reader = ctx, reader
        self.kind: RecordKind = reader.mapping.kind
        self.spec: Restored = RESTORED[self.kind]
        self.lookups = lookups_of(ctx)
        self.seen: dict[uuid.UUID, int] = {}
        self.later: set[uuid.UUID] = set()  # ids of this sheet a row may name (its parent)

    def run(self) -> None:
        self.ctx.start_sheet(self.reader)
        chunks = self.reader.chunks()
        if self.spec.parent is not None:  # parents may come after their children: read all
            rows = [parsed for chunk in chunks for parsed in chunk]
            self.later = {p.values["id"] for p in rows if p.values.get("id")}
            chunks = iter([rows])
        for chunk in chunks:
            planned = [row for row in map(self._plan, chunk) if row is not None]
            kept = {p.number for p in chunk if self.ctx.finish_row(self.kind, p)}
            self._write([row for row in planned if row.parsed.number in kept])
            self.ctx.tick(self.kind.label)

    def _reference(self, parsed: ParsedRow, key: str, entity: type[Entity]) -> bool:
        value = parsed.values.get(key)
        if value is None:
            if exported_field(self.kind, key).required:
                self.reader.error(parsed, key, "Identifiant obligatoire.")
                return False
            return True
        value = self.lookups.aliases.get(value, value)
        parsed.values[key] = value
        if key == self.spec.parent and value in self.later:
            return True
        if key_of(value) not in self.lookups.ids(entity):
            self.reader.error(parsed, key, f"Aucune fiche n'a l'identifiant {value.hex} (ni "
                              "dans la base, ni plus haut dans ce classeur).")
            return False
        return True

    def _identity(self, parsed: ParsedRow) -> uuid.UUID | None:
        record_id = parsed.values.get("id") or uuid.uuid4()
        first = self.seen.setdefault(record_id, parsed.number)
        if first != parsed.number:
            self.reader.error(parsed, "id", f"Doublon de la ligne {first} (même identifiant) : "
                              "cette ligne n'est pas importée.")
            return None
        return record_id

    def _plan(self, parsed: ParsedRow) -> _Row | None:
        if parsed.rejected:
            return None
        record_id = self._identity(parsed)
        found = all([self._reference(parsed, key, entity)
                     for key, entity in self.spec.references.items()])
        if record_id is None or not found:
            return None
        try:
            columns = self.spec.columns(parsed.values, self.lookups)
        except ValidationError as error:
            self.reader.invalid(parsed, error)
            return None
        natural = tuple(columns[name] for name in self.spec.natural)
        if natural and None not in natural:  # a territory without a code has no such key
            same = self.lookups.natural(self.spec.entity, self.spec.natural).get(natural)
            if same is not None and same != record_id:
                self.lookups.aliases[record_id] = record_id = same
        return _Row(parsed, record_id, columns,
                    key_of(record_id) in self.lookups.ids(self.spec.entity))

    def _write(self, rows: list[_Row]) -> None:
        counts = self.ctx.counts(self.kind)
        entity = self.spec.entity
        stored = self.ctx.bulk.stored(entity, [row.id for row in rows if row.existing])
        new, changed = [], []
        for row in rows:
            if not row.existing:
                # a person new to this database records the file it came from (RGPD art. 14)
                source = self.ctx.source if self.kind is RecordKind.PERSON else {}
                new.append({**row.columns, **source, "id": row.id})
                self.lookups.ids(entity).add(key_of(row.id))
                if self.spec.natural:
                    self.lookups.natural(entity, self.spec.natural)[tuple(
                        row.columns[name] for name in self.spec.natural)] = row.id
                continue
            before = stored[row.id]
            diff = {k: v for k, v in row.columns.items() if v is not None and before.get(k) != v}
            if diff and self.ctx.update_existing:
                changed.append({**diff, "id": row.id})
                counts.updated += 1
            else:
                counts.unchanged += 1
        counts.new += len(new)
        parent = self.spec.parent
        if parent is not None:  # rows first, their parents' ids once every row is there
            links = [{"id": row["id"], parent: row[parent]} for row in new if row[parent]]
            new = [{**row, parent: None} for row in new]
            changed += links
        self.ctx.bulk.insert(entity, new)
        self.ctx.bulk.update(entity, changed)


class RestoreProjects(RestoreSheet):
    """Projects, each through the project service's rules in a savepoint (a refused row
    is reported on its cells before the row is counted)."""

    def run(self) -> None:
        self.ctx.start_sheet(self.reader)
        for chunk in self.reader.chunks():
            for parsed in chunk:
                row = self._plan_project(parsed)
                if row is not None:
                    self._write_project(row)
                self.ctx.finish_row(self.kind, parsed)
            self.ctx.tick(self.kind.label)

    def _plan_project(self, parsed: ParsedRow) -> _Row | None:
        if parsed.rejected:
            return None
        record_id = self._identity(parsed)
        if record_id is None or not self._reference(parsed, "lead_id",
                                                    self.spec.references["lead_id"]):
            return None
        return _Row(parsed, record_id, {}, key_of(record_id) in self.lookups.ids(Project))

    def _write_project(self, row: _Row) -> None:
        session, values = self.ctx.session, row.parsed.values
        counts = self.ctx.counts(self.kind)
        given = {k: v for k, v in values.items() if k in ProjectInput.__dataclass_fields__}
        if "themes" in values:
            given["theme_ids"] = self._themes(row.parsed)
        try:
            with session.begin_nested():
                if not row.existing:
                    project = Project(id=row.id)
                    projects.apply_project(session, project, ProjectInput(
                        **{"title": "", **given}))
                    counts.new += 1
                else:
                    project = session.get_one(Project, row.id)
                    before = projects.project_detail(session, project).to_input()
                    merged = replace(before, **given)
                    if merged == before or not self.ctx.update_existing:
                        counts.unchanged += 1
                    else:
                        projects.apply_project(session, project, merged)
                        counts.updated += 1
        except ValidationError as error:
            self.reader.invalid(row.parsed, error)
            return
        except UserError as error:
            self.reader.error(row.parsed, None, error.message)
            return
        self.lookups.ids(Project).add(key_of(row.id))
        self.ctx.known.add_project(row.id, project.code, project.title)

    def _themes(self, parsed: ParsedRow) -> tuple[uuid.UUID, ...]:
        names = filter(None, (n.strip() for n in parsed.values["themes"].split(";")))
        # the export's own separator only: a theme's name may hold a comma
        return tuple(theme_ids(self.ctx, self.reader, parsed, "themes", names))

