"""Official territory lists: communes and EPCI (INSEE, BANATIC) and QPV, as published.

The files are read like any other (cp1252 or UTF-8, ``;``, CRLF, ``="01004"``
codes, spaces in numbers: the readers handle them). Each row gives a code, a
name, maybe a population and the code of what contains it (the EPCI or
département of a commune, the commune(s) of a QPV). The kind comes from a "type"
column or from the code's shape. A list of EPCI with their members (BANATIC: one
row per member commune) also names the EPCI, which is created or updated from its
members' rows. A QPV over several communes may take several rows or list its
communes in one cell; it is one territory, attached to what its communes share
(their EPCI) and linked to each of them (``TerritoryLink``). A parent code that
matches no territory and is not named is reported and left out — a territory is
never invented from a bare code. A second import of the same list changes nothing.
"""

from __future__ import annotations

import re
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from ingenierie.errors import ValidationError
from ingenierie.models import Territory, TerritoryLink
from ingenierie.models.vocabulary import TerritoryKind
from ingenierie.services.importing.mapping.fields import RecordKind
from ingenierie.services.importing.parsing.records import ParsedRow, SheetReader
from ingenierie.services.importing.reading.table import Severity
from ingenierie.services.importing.sheets.context import ImportContext
from ingenierie.services.reference.territories import TerritoryInput, territory_values

_CODES = re.compile(r"[;,/\s]+")
#: Containers first, so that a parent is always written before what it contains.
_WRITE_ORDER = (TerritoryKind.REGION, TerritoryKind.DEPARTEMENT, TerritoryKind.EPCI,
                TerritoryKind.PAYS_PETR, TerritoryKind.PNR, TerritoryKind.BASSIN,
                TerritoryKind.COMMUNE, TerritoryKind.QPV, TerritoryKind.CUSTOM)
#: INSEE's code-officiel-géographique lists every kind of commune; only "COM" are communes.
_INSEE_TYPE_HEADER = "typecom"


def territory_kind(code: str) -> TerritoryKind | None:
    """The kind of official territory a code's shape says (QPV, EPCI, commune…)."""
    if code.startswith(("QP", "QN")):
        return TerritoryKind.QPV
    if len(code) == 9 and code.isdigit():
        return TerritoryKind.EPCI
    if len(code) == 5:
        return TerritoryKind.COMMUNE
    if len(code) in (2, 3):
        return TerritoryKind.DEPARTEMENT
    return None


def split_codes(text: str) -> list[str]:
    return [c for c in _CODES.split(text.upper()) if c]


@dataclass(slots=True)
class _Entry:
    """One territory of the file (several rows for a QPV listed once per commune)."""

    parsed: ParsedRow
    kind: TerritoryKind
    code: str
    columns: dict[str, Any]
    parents: list[str] = field(default_factory=list)
    existing: uuid.UUID | None = None
    member_of: bool = False  # an EPCI named by its members' rows, not a row of its own


class TerritorySheet:
    """Plans the whole list, resolves parents against the database and the file, writes."""

    kind = RecordKind.TERRITORY

    def __init__(self, ctx: ImportContext, reader: SheetReader) -> None:
        self.ctx = ctx
        self.reader = reader
        self.entries: dict[tuple[TerritoryKind, str], _Entry] = {}
        self.unknown_parents: dict[str, int] = defaultdict(int)
        headers = [h.strip().casefold() for h in reader.table.headers]
        self.type_column = headers.index(_INSEE_TYPE_HEADER) \
            if _INSEE_TYPE_HEADER in headers else None
        self.other_types = 0
        self.groups = 0  # EPCI named by their members' rows

    def run(self) -> None:
        self.ctx.start_sheet(self.reader)
        stored = self._stored()
        for chunk in self.reader.chunks():
            for parsed in chunk:
                self._plan(parsed, stored)
                self.ctx.finish_row(self.kind, parsed)
            self.ctx.tick("Territoires")
        self._write(stored)
        self._report()

    def _stored(self) -> dict[tuple[TerritoryKind, str], dict[str, Any]]:
        return {(row.kind, row.code): dict(row._mapping) for row in self.ctx.connection.execute(
            select(Territory.id, Territory.kind, Territory.code, Territory.name,
                   Territory.parent_id, Territory.population)
            .where(Territory.code.is_not(None)))}

    def _plan(self, parsed: ParsedRow,
              stored: dict[tuple[TerritoryKind, str], dict[str, Any]]) -> None:
        if self.type_column is not None:
            kind_text = parsed.source.values[self.type_column]
            if isinstance(kind_text, str) and kind_text.strip().upper() != "COM":
                self.other_types += 1  # communes déléguées, associées, arrondissements
                return
        code = self._code(parsed)
        kind = parsed.values.get("kind") or (territory_kind(code) if code else None)
        if parsed.rejected or not code:
            return
        if kind is None:
            self.reader.error(parsed, "code", f"Type de territoire introuvable pour le code "
                              f"« {code} » : ajoutez une colonne « Type de territoire ».")
            return
        parents = split_codes(parsed.values.get("parent_code") or "")
        entry = self.entries.get((kind, code))
        if entry is not None and not entry.member_of:
            if kind is TerritoryKind.QPV:  # one row per commune of the QPV
                entry.parents.extend(p for p in parents if p not in entry.parents)
            else:
                self.reader.error(parsed, "code", f"Doublon de la ligne {entry.parsed.number} "
                                  f"(même code « {code} ») : cette ligne n'est pas importée.")
            return
        try:
            columns = territory_values(
                TerritoryInput(kind=kind, name=parsed.values.get("name") or "", code=code))
        except ValidationError as error:
            self.reader.invalid(parsed, error)
            return
        columns["population"] = parsed.values.get("population")
        if parsed.values.get("parent_name") and len(parents) == 1:
            self._group(parsed, parents[0], stored)
        if entry is not None:  # a row of its own for an EPCI its members named first
            self.groups -= 1
        self.entries[(kind, columns["code"])] = _Entry(
            parsed, kind, columns["code"], columns, parents,
            stored.get((kind, columns["code"]), {}).get("id"))

    def _group(self, parsed: ParsedRow, code: str,
               stored: dict[tuple[TerritoryKind, str], dict[str, Any]]) -> None:
        """Plan the EPCI a member row names (its code and name), once."""
        kind = territory_kind(code)
        if kind is None or (kind, code) in self.entries:
            return
        try:
            columns = territory_values(TerritoryInput(
                kind=kind, name=parsed.values["parent_name"], code=code))
        except ValidationError as error:
            self.reader.error(parsed, "parent_code", f"Territoire de rattachement non créé : "
                              f"{error.message}", Severity.WARNING)
            return
        columns["population"] = None
        self.groups += 1
        self.entries[(kind, columns["code"])] = _Entry(
            parsed, kind, columns["code"], columns,
            existing=stored.get((kind, columns["code"]), {}).get("id"), member_of=True)

    def _code(self, parsed: ParsedRow) -> str | None:
        """The code, with a commune code's lost leading zero put back (with a warning)."""
        code = parsed.values.get("code")
        if code is None:
            return None
        compact = "".join(str(code).split()).upper()
        index = self.reader.mapping.column_of("code")
        raw = parsed.source.values[index] if index is not None else None
        if isinstance(raw, int | float) and len(compact) == 4 and compact.isdigit():
            self.reader.error(parsed, "code", f"Code « {compact} » lu comme un nombre : le zéro "
                              f"initial est rétabli (0{compact}).", Severity.WARNING)
            compact = "0" + compact
        return compact

    def _parent(self, entry: _Entry, ids: dict[tuple[TerritoryKind, str], uuid.UUID],
                parents_of: dict[uuid.UUID, uuid.UUID | None]
                ) -> tuple[uuid.UUID | None, list[uuid.UUID]]:
        """The territory's parent, and every territory it lies across when several."""
        found = []
        for code in entry.parents:
            kind = TerritoryKind.COMMUNE if entry.kind is TerritoryKind.QPV else \
                territory_kind(code)
            parent = ids.get((kind, code)) if kind else None
            if parent is None:
                self.unknown_parents[code] += 1
            else:
                found.append(parent)
        if len(found) <= 1:
            return (found[0] if found else None), []
        # A QPV over several communes: attached to what they share (their EPCI), if anything,
        # and linked to each of them.
        shared = {parents_of.get(commune) for commune in found}
        return (shared.pop() if len(shared) == 1 else None), found

    def _write(self, stored: dict[tuple[TerritoryKind, str], dict[str, Any]]) -> None:
        ids = {key: row["id"] for key, row in stored.items()}
        parents_of = {row["id"]: row["parent_id"] for row in stored.values()}
        for key, entry in self.entries.items():
            entry.existing = entry.existing or self.ctx.new_id()
            ids[key] = entry.existing
        ordered = sorted(self.entries.values(), key=lambda e: _WRITE_ORDER.index(e.kind))
        across: dict[uuid.UUID, list[uuid.UUID]] = {}
        for entry in ordered:
            assert entry.existing is not None
            entry.columns["parent_id"], within = self._parent(entry, ids, parents_of)
            parents_of[entry.existing] = entry.columns["parent_id"]
            if within:
                across[entry.existing] = within
        new, changed = [], []
        counts = self.ctx.counts(self.kind)
        for entry in ordered:
            before = stored.get((entry.kind, entry.code))
            if before is None:
                new.append({**entry.columns, "id": entry.existing})
                continue
            diff = {k: v for k, v in entry.columns.items()
                    if k in ("name", "parent_id", "population") and before[k] != v
                    and (v is not None or k == "parent_id")}
            if diff and self.ctx.update_existing:
                changed.append({**diff, "id": entry.existing})
            else:
                counts.unchanged += 1
        counts.new += len(new)
        counts.updated += len(changed)
        self.ctx.bulk.insert(Territory, new)
        self.ctx.bulk.update(Territory, changed)
        self._link(across)
        self.ctx.known.forget_territories()

    def _link(self, across: dict[uuid.UUID, list[uuid.UUID]]) -> None:
        """Link each territory lying across several others to each of them (once)."""
        if not across:
            return
        linked = {(territory, within) for territory, within in self.ctx.connection.execute(
            select(TerritoryLink.territory_id, TerritoryLink.within_id)
            .where(TerritoryLink.territory_id.in_(list(across))))}
        self.ctx.bulk.insert(TerritoryLink, [
            {"id": self.ctx.new_id.hex(), "territory_id": territory, "within_id": within}
            for territory, containers in across.items() for within in containers
            if (territory, within) not in linked])

    def _report(self) -> None:
        notices = self.ctx.report.notices
        if self.groups:
            notices.append(f"{self.groups} EPCI lu(s) d'après les lignes de leurs communes "
                           "membres (une ligne par commune).")
        if self.other_types:
            notices.append(f"{self.other_types} ligne(s) de communes déléguées, associées ou "
                           "d'arrondissements municipaux ignorée(s) : seules les communes "
                           "(type COM) sont importées.")
        for code, rows in sorted(self.unknown_parents.items()):
            notices.append(f"Territoire de rattachement inconnu : code « {code} » "
                           f"({rows} ligne(s)). Ces territoires sont importés sans "
                           "rattachement ; importez d'abord la liste qui le contient.")
        for entry in self.entries.values():
            if entry.kind is TerritoryKind.QPV and len(entry.parents) > 1:
                notices.append(f"Le QPV {entry.code} s'étend sur {len(entry.parents)} communes "
                               f"({', '.join(entry.parents)}).")
