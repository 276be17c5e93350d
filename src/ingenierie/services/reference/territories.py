"""Territories: official ones identified by a code checked against their kind, and the
custom territories a project defines for itself."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, case, select
from sqlalchemy.orm import Session, aliased

from ingenierie.errors import DuplicateError, ValidationError
from ingenierie.models import Territory
from ingenierie.models.vocabulary import TerritoryKind
from ingenierie.services.common import (
    assign,
    fetch,
    fetch_reference,
    folded_contains,
    loose_like,
    optional_text,
    set_archived,
    to_vocabulary,
)
from ingenierie.services.stakeholders.matching import clean_text
from ingenierie.services.validation import (
    check_insee_commune,
    check_qpv_code,
    check_siren,
    require_text,
)
from ingenierie.storage import Database
from ingenierie.storage.changes import ChangeSet, Written

_DEPARTEMENT = re.compile(r"^(?:0[1-9]|1\d|2[1-9AB]|[3-8]\d|9[0-5]|97[1-6])$")
_REGION = re.compile(r"^\d{2}$")
# Kinds whose every territory is on an official list, hence has a code.
_CODE_REQUIRED = {TerritoryKind.COMMUNE, TerritoryKind.EPCI, TerritoryKind.QPV,
                  TerritoryKind.DEPARTEMENT, TerritoryKind.REGION}


@dataclass(frozen=True, slots=True)
class TerritoryInput:
    kind: TerritoryKind | str
    name: str
    code: str | None = None
    parent_id: uuid.UUID | None = None


@dataclass(frozen=True, slots=True)
class TerritoryRow:
    id: uuid.UUID
    kind: TerritoryKind
    code: str | None
    name: str
    parent_id: uuid.UUID | None
    parent_name: str | None
    archived: bool

    def to_input(self) -> TerritoryInput:
        return TerritoryInput(kind=self.kind, name=self.name, code=self.code,
                              parent_id=self.parent_id)


def check_territory_code(kind: TerritoryKind, code: str | None) -> str | None:
    """The code in canonical form, checked against what ``kind`` expects."""
    code = optional_text(code, "code", "Le code", 16)
    if code is None:
        if kind in _CODE_REQUIRED:
            raise ValidationError(f"Le code est obligatoire pour un territoire de type "
                                  f"« {kind.label} ».", field="code")
        return None
    compact = "".join(code.split()).upper()
    if kind is TerritoryKind.COMMUNE:
        return check_insee_commune(code)
    if kind is TerritoryKind.EPCI:
        return check_siren(code, field="code")
    if kind is TerritoryKind.QPV:
        return check_qpv_code(code)
    if kind is TerritoryKind.DEPARTEMENT and not _DEPARTEMENT.match(compact):
        raise ValidationError(f"Code de département invalide : « {code} » (attendu : 01 à 95, "
                              "2A, 2B ou 971 à 976).", field="code")
    if kind is TerritoryKind.REGION and not _REGION.match(compact):
        raise ValidationError(f"Code de région invalide : « {code} » (attendu : 2 chiffres, "
                              "par exemple 53).", field="code")
    if kind is TerritoryKind.CUSTOM:
        raise ValidationError("Un territoire de projet n'a pas de code officiel : laissez le "
                              "code vide.", field="code")
    return compact


def territory_values(data: TerritoryInput) -> dict[str, Any]:
    """A territory's kind, code and name from ``data``: kind read, code checked against its
    kind, name cleaned — the rules that need no database (the import of official lists,
    which knows the codes stored, checks the rest itself)."""
    kind = to_vocabulary(TerritoryKind, data.kind, "kind", "Type de territoire")
    return {"kind": kind, "code": check_territory_code(kind, data.code),
            "name": clean_text(require_text(data.name, "name", "Le nom du territoire", 200))}


def territory_columns(session: Session, territory_id: uuid.UUID, data: TerritoryInput
                      ) -> dict[str, Any]:
    """The columns of territory ``territory_id`` (new or stored) from ``data``: the values
    of :func:`territory_values`, the code unused by another territory of the kind, the
    parent checked.

    The one set of rules for a territory, used by the forms. ``session`` sees the
    caller's transaction: a code already used by another territory of the kind is
    refused with :class:`DuplicateError`.
    """
    values = territory_values(data)
    kind, code = values["kind"], values["code"]
    if code is not None:
        taken = session.scalar(select(Territory).where(
            Territory.kind == kind, Territory.code == code, Territory.id != territory_id))
        if taken is not None:
            raise DuplicateError(f"Le territoire {kind.label.lower()} de code {code} existe "
                                 f"déjà : « {taken.name} ».", field="code")
    if data.parent_id is not None:
        if data.parent_id == territory_id:
            raise ValidationError("Un territoire ne peut pas être son propre parent.",
                                  field="parent_id")
        fetch_reference(session, Territory, data.parent_id, "parent_id", "Territoire parent")
    return {**values, "parent_id": data.parent_id}


def _query(*criteria: ColumnElement[bool]) -> Select[Territory, str]:
    """Territories with their parent's name (None for no parent: an outer join)."""
    parent = aliased(Territory)
    return (select(Territory, parent.name).outerjoin(parent, parent.id == Territory.parent_id)
            .where(*criteria))


def _row(territory: Territory, parent_name: str | None) -> TerritoryRow:
    return TerritoryRow(id=territory.id, kind=territory.kind, code=territory.code,
                        name=territory.name, parent_id=territory.parent_id,
                        parent_name=parent_name, archived=territory.archived_at is not None)


def _rows(session: Session, *criteria: ColumnElement[bool]) -> list[TerritoryRow]:
    return [_row(*found) for found in session.execute(_query(*criteria)
                                                      .order_by(Territory.name))]


def create_territory(db: Database, data: TerritoryInput) -> Written[TerritoryRow]:
    with db.write() as session:
        territory = Territory(id=uuid.uuid4())
        assign(territory, territory_columns(session, territory.id, data))
        session.add(territory)
        session.flush()
        row = _rows(session, Territory.id == territory.id)[0]
    return Written(row, session.changes)


def update_territory(db: Database, territory_id: uuid.UUID, data: TerritoryInput
                     ) -> Written[TerritoryRow]:
    with db.write() as session:
        territory = fetch(session, Territory, territory_id, "Territoire")
        with session.no_autoflush:
            assign(territory, territory_columns(session, territory.id, data))
        session.flush()
        row = _rows(session, Territory.id == territory.id)[0]
    return Written(row, session.changes)


def get_territory(db: Database, territory_id: uuid.UUID) -> TerritoryRow:
    with db.read() as session:
        fetch(session, Territory, territory_id, "Territoire")
        return _rows(session, Territory.id == territory_id)[0]


def get_territory_by_code(db: Database, kind: TerritoryKind | str, code: str
                          ) -> TerritoryRow | None:
    """The territory of that kind and code (written loosely), or None if there is none."""
    found = territories_by_code(db, kind, [code])
    return next(iter(found.values()), None)


def territories_by_code(db: Database, kind: TerritoryKind | str, codes: Iterable[str]
                        ) -> dict[str, TerritoryRow]:
    """Many codes at once (for imports): canonical code → territory, unknown codes absent."""
    member = to_vocabulary(TerritoryKind, kind, "kind", "Type de territoire")
    wanted = sorted({"".join(code.split()).upper() for code in codes if code and code.strip()})
    found: dict[str, TerritoryRow] = {}
    with db.read() as session:
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            for row in _rows(session, Territory.kind == member, Territory.code.in_(chunk)):
                found[row.code or ""] = row
    return found


def search_territories(db: Database, text: str, kind: TerritoryKind | str | None = None,
                       limit: int = 50) -> list[TerritoryRow]:
    """Territories whose code starts with ``text`` or whose name contains each of its
    words (accents and case aside); exact codes first, then by name. Archived ones
    are left out."""
    criteria: list[ColumnElement[bool]] = [Territory.archived_at.is_(None)]
    if kind is not None:
        criteria.append(Territory.kind == to_vocabulary(TerritoryKind, kind, "kind",
                                                        "Type de territoire"))
    code = "".join(text.split()).upper()
    by_name = loose_like([Territory.name], text)
    if by_name is None:
        return []
    criteria.append(by_name | Territory.code.startswith(code, autoescape=True))
    query = _query(*criteria).order_by(case((Territory.code == code, 0), else_=1),
                                       Territory.name)
    found: list[TerritoryRow] = []
    with db.read() as session:
        # The loose SQL pattern can let a few false matches through: confirm each.
        for territory, parent_name in session.execute(query.execution_options(yield_per=200)):
            if (territory.code or "").startswith(code) or folded_contains(text, territory.name):
                found.append(_row(territory, parent_name))
                if len(found) >= limit:
                    break
    return found


def archive_territory(db: Database, territory_id: uuid.UUID) -> ChangeSet:
    return set_archived(db, Territory, territory_id, "Territoire", True)


def restore_territory(db: Database, territory_id: uuid.UUID) -> ChangeSet:
    return set_archived(db, Territory, territory_id, "Territoire", False)
