"""What a write changed, as a small typed value: kinds of records, their ids, their owners.

Every unit of work of the write gateway collects one :class:`ChangeSet` (see
``storage.collecting``): the services return it with what they wrote
(:class:`Written`), the window refreshes the views it concerns, the undo stack
keeps it, and the gateway's hooks (the audit trail, a server's notifications)
receive it. Like Anki's ``OpChanges``, it names kinds and ids rather than
carrying the records.

A child record (an involvement, a stage change, a funding line…) is also named
by its owners — the project and the stakeholders it belongs to — so that a
project page knows a change concerns it without reading anything. A bulk
write (an import, the demo) does not know its ids: it says "any record of
this kind" (:meth:`ChangeSet.anything`).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Generic, TypeVar

T = TypeVar("T")
U = TypeVar("U")


class Kind(StrEnum):
    """A kind of record; the value is the table the records are stored in."""

    PROJECT = "project"
    PROJECT_THEME = "project_theme"
    PROJECT_TERRITORY = "project_territory"
    STAGE = "stage_change"
    INVOLVEMENT = "involvement"
    INTERACTION = "interaction"
    PARTICIPATION = "participation"
    FUNDING = "funding"
    STAKEHOLDER = "stakeholder"
    AFFILIATION = "affiliation"
    TERRITORY = "territory"
    TERRITORY_LINK = "territory_link"
    THEME = "theme"
    PLAN = "plan"
    PLAN_AXIS = "plan_axis"
    PLAN_ACTION = "plan_action"
    EVALUATION = "evaluation"
    EVALUATION_PARTICIPANT = "evaluation_participant"
    CRITERION_SCORE = "criterion_score"
    RECOMMENDATION = "recommendation"
    MATURITY_ANSWER = "maturity_answer"
    INDICATOR = "indicator"
    MEASUREMENT = "measurement"
    INDICATOR_DEFINITION = "indicator_definition"
    MATURITY_FRAMEWORK = "maturity_framework"
    MATURITY_ITEM = "maturity_item"
    REVIEW_FLAG = "review_flag"


#: The kinds that own others: a change of a child names its project and stakeholders.
OWNER_KINDS = (Kind.PROJECT, Kind.STAKEHOLDER)


@dataclass(frozen=True, slots=True)
class Touched:
    """The records of one kind that changed, and the projects and stakeholders owning
    them (a project owns itself, a stakeholder too). ``any_record``: ids unknown."""

    kind: Kind
    ids: frozenset[uuid.UUID] = frozenset()
    projects: frozenset[uuid.UUID] = frozenset()
    stakeholders: frozenset[uuid.UUID] = frozenset()
    any_record: bool = False

    def owners(self, owner: Kind) -> frozenset[uuid.UUID]:
        if owner is Kind.PROJECT:
            return self.projects
        if owner is Kind.STAKEHOLDER:
            return self.stakeholders
        raise ValueError(f"{owner} owns no records")

    def __or__(self, other: Touched) -> Touched:
        return Touched(self.kind, self.ids | other.ids, self.projects | other.projects,
                       self.stakeholders | other.stakeholders,
                       self.any_record or other.any_record)


class Action(StrEnum):
    """What a line of the audit trail records."""

    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"
    BULK = "bulk"  # many rows at once: counts, not fields
    ERASURE = "erasure"  # a person erased: counts, never the erased values


@dataclass(frozen=True, slots=True)
class Entry:
    """One line of the audit trail a unit of work leaves (``storage.audit`` writes it).

    A record changed through the ORM names its fields, each ``(before, after)``; a bulk
    write or an erasure names no field but ``counts`` (French labels → numbers) and a
    ``note`` saying what it was (« Import de … »); its ``kind`` is None when it wrote
    several kinds.
    """

    action: Action
    kind: Kind | None
    record_id: uuid.UUID | None = None
    projects: tuple[uuid.UUID, ...] = ()
    stakeholders: tuple[uuid.UUID, ...] = ()
    fields: Mapping[str, tuple[Any, Any]] = field(default_factory=dict)
    counts: Mapping[str, int] = field(default_factory=dict)
    note: str = ""


@dataclass(frozen=True, slots=True)
class ChangeSet:
    """What one or several writes changed; empty (false) when nothing did.

    ``journal`` holds the unit's audit lines, with the values written: it rides along
    for the commit hooks and plays no part in comparisons.
    """

    touched: tuple[Touched, ...] = ()
    journal: tuple[Entry, ...] = field(default=(), compare=False)

    @classmethod
    def of(cls, kind: Kind, ids: Iterable[uuid.UUID] = (), *,
           projects: Iterable[uuid.UUID] = (),
           stakeholders: Iterable[uuid.UUID] = ()) -> ChangeSet:
        """Records ``ids`` of ``kind`` changed, owned by ``projects`` and ``stakeholders``."""
        ids = frozenset(ids)
        own_projects = ids if kind is Kind.PROJECT else frozenset()
        own_stakeholders = ids if kind is Kind.STAKEHOLDER else frozenset()
        return cls((Touched(kind, ids, own_projects | frozenset(projects),
                            own_stakeholders | frozenset(stakeholders)),))

    @classmethod
    def anything(cls, *kinds: Kind) -> ChangeSet:
        """Any record of ``kinds`` may have changed (a bulk write does not know which)."""
        return cls(tuple(Touched(kind, any_record=True) for kind in sorted(set(kinds))))

    def __or__(self, other: ChangeSet) -> ChangeSet:
        merged = {touched.kind: touched for touched in self.touched}
        for touched in other.touched:
            before = merged.get(touched.kind)
            merged[touched.kind] = touched if before is None else before | touched
        return ChangeSet(tuple(merged[kind] for kind in sorted(merged)),
                         self.journal + other.journal)

    def __bool__(self) -> bool:
        return bool(self.touched)

    @property
    def kinds(self) -> frozenset[Kind]:
        return frozenset(touched.kind for touched in self.touched)

    def _of(self, kinds: Iterable[Kind]) -> list[Touched]:
        wanted = set(kinds)
        return [touched for touched in self.touched if touched.kind in wanted]

    def ids(self, kind: Kind) -> frozenset[uuid.UUID]:
        """The records of ``kind`` named (none when the ids are unknown)."""
        return frozenset().union(*(touched.ids for touched in self._of((kind,))))

    def any_record(self, *kinds: Kind) -> bool:
        """Whether any record of ``kinds`` may have changed, ids unknown."""
        return any(touched.any_record for touched in self._of(kinds))

    def owners(self, owner: Kind, *kinds: Kind) -> frozenset[uuid.UUID]:
        """The projects (or stakeholders: ``owner``) owning a changed record of ``kinds``."""
        return frozenset().union(*(touched.owners(owner) for touched in self._of(kinds)))

    def concerns(self, kind: Kind, record_id: uuid.UUID) -> bool:
        """Whether the record ``record_id`` of ``kind`` may have changed."""
        return any(touched.any_record or record_id in touched.ids
                   for touched in self._of((kind,)))

    def touches(self, owner: Kind, owner_id: uuid.UUID, *kinds: Kind) -> bool:
        """Whether a record of ``kinds`` owned by ``owner_id`` (a project or a stakeholder,
        as ``owner`` says) may have changed — the owner itself included."""
        return any(touched.any_record or owner_id in touched.owners(owner)
                   for touched in self._of(kinds))


NOTHING = ChangeSet()


@dataclass(frozen=True, slots=True)
class Written(Generic[T]):
    """What a write that returns a value returns: the value, and what the write changed."""

    value: T
    changes: ChangeSet

    def map(self, function: Callable[[T], U]) -> Written[U]:
        """The same change set with another value (an id rather than a whole row)."""
        return Written(function(self.value), self.changes)
