"""Change sets collected from the unit of work itself, so that no write can forget one.

A :class:`WriteSession` watches every flush: each object inserted, changed (a
net change, not a value set to what it was) or deleted becomes its kind, its
id and its owners (a changed owner counts before and after: an involvement
moved from one stakeholder to another concerns both). An ORM ``UPDATE`` or
``DELETE`` statement run in bulk names no object: its kind is taken as "any
record". A record owned through its parent (a participation through its
interaction, a criterion score through its campaign, a measurement through its
indicator) gets its parent's project, read in one query per kind when the unit
ends. A :class:`ReadSession` refuses to flush anything.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction

from ingenierie.models import Base, Evaluation, Indicator, Interaction
from ingenierie.storage.changes import ChangeSet, Kind

#: Per kind: the attributes naming the owning project(s), then the owning stakeholder(s).
_OWNERS: dict[Kind, tuple[tuple[str, ...], tuple[str, ...]]] = {
    Kind.PROJECT: (("id",), ("lead_id",)),
    Kind.PROJECT_THEME: (("project_id",), ()),
    Kind.PROJECT_TERRITORY: (("project_id",), ()),
    Kind.STAGE: (("project_id",), ()),
    Kind.INVOLVEMENT: (("project_id",), ("stakeholder_id",)),
    Kind.INTERACTION: (("project_id",), ()),
    Kind.PARTICIPATION: ((), ("stakeholder_id",)),
    Kind.FUNDING: (("project_id",), ("funder_id",)),
    Kind.STAKEHOLDER: ((), ("id",)),
    Kind.AFFILIATION: ((), ("person_id", "organisation_id")),
    Kind.TERRITORY: ((), ()),
    Kind.TERRITORY_LINK: ((), ()),
    Kind.THEME: ((), ()),
    Kind.PLAN: ((), ()),
    Kind.PLAN_AXIS: ((), ()),
    Kind.PLAN_ACTION: (("project_id",), ()),
    Kind.EVALUATION: (("project_id",), ()),
    Kind.EVALUATION_PARTICIPANT: ((), ("stakeholder_id",)),
    Kind.CRITERION_SCORE: ((), ()),
    Kind.RECOMMENDATION: ((), ("owner_id",)),
    Kind.MATURITY_ANSWER: ((), ()),
    Kind.INDICATOR: (("project_id",), ()),
    Kind.MEASUREMENT: ((), ()),
    Kind.INDICATOR_DEFINITION: ((), ()),
    Kind.MATURITY_FRAMEWORK: ((), ()),
    Kind.MATURITY_ITEM: ((), ()),
}

#: Kinds whose project is their parent's: the attribute naming the parent, its entity.
_PARENTS: dict[Kind, tuple[str, type[Base]]] = {
    Kind.PARTICIPATION: ("interaction_id", Interaction),
    Kind.EVALUATION_PARTICIPANT: ("evaluation_id", Evaluation),
    Kind.CRITERION_SCORE: ("evaluation_id", Evaluation),
    Kind.RECOMMENDATION: ("evaluation_id", Evaluation),
    Kind.MATURITY_ANSWER: ("evaluation_id", Evaluation),
    Kind.MEASUREMENT: ("indicator_id", Indicator),
}


def kind_of(entity: type[Base]) -> Kind:
    """The kind of an entity class (people and organisations are stakeholders)."""
    table = getattr(entity, "__tablename__", None)
    if table is None:
        raise TypeError(f"{entity.__name__} is not a stored entity")
    return Kind(table)


class _Collector:
    """The records one unit of work changed, gathered flush after flush."""

    def __init__(self) -> None:
        self.ids: dict[Kind, set[uuid.UUID]] = defaultdict(set)
        self.projects: dict[Kind, set[uuid.UUID]] = defaultdict(set)
        self.stakeholders: dict[Kind, set[uuid.UUID]] = defaultdict(set)
        self.every: set[Kind] = set()
        self.parents: dict[Kind, set[uuid.UUID]] = defaultdict(set)  # owners to resolve

    def record(self, instance: Any, changed: bool) -> None:
        kind = kind_of(type(instance))
        state = inspect(instance)
        self.ids[kind].add(instance.id)
        project_keys, stakeholder_keys = _OWNERS[kind]
        self.projects[kind].update(_values(state, project_keys, changed))
        self.stakeholders[kind].update(_values(state, stakeholder_keys, changed))
        if kind in _PARENTS:
            self.parents[kind].update(_values(state, (_PARENTS[kind][0],), changed))

    def resolve(self, session: Session) -> None:
        """Give the records owned through a parent their projects (their parents' ones)."""
        for kind, parents in self.parents.items():
            parent: Any = _PARENTS[kind][1]
            ids = list(parents)
            for start in range(0, len(ids), 500):
                self.projects[kind].update(session.scalars(
                    select(parent.project_id).where(parent.id.in_(ids[start:start + 500]))))
        self.parents.clear()

    def change_set(self) -> ChangeSet:
        changes = ChangeSet.anything(*self.every)
        for kind, ids in self.ids.items():
            changes |= ChangeSet.of(kind, ids, projects=self.projects[kind],
                                    stakeholders=self.stakeholders[kind])
        return changes


def _values(state: Any, keys: tuple[str, ...], changed: bool) -> set[uuid.UUID]:
    """The values of ``keys``, and for a changed record the values they had before."""
    found = set()
    for key in keys:
        attribute = state.attrs[key]
        found.add(attribute.value)
        if changed:
            found.update(attribute.history.deleted)
    found.discard(None)
    return found


class WriteSession(Session):
    """The ORM session of a write unit: it knows what it changed (:attr:`changes`)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._collector = _Collector()

    @property
    def changes(self) -> ChangeSet:
        """What this unit changed so far; once committed, what it changed."""
        return self._collector.change_set()

    def settle(self) -> ChangeSet:
        """Flush what is pending and resolve every owner: the unit's final change set."""
        self.flush()
        self._collector.resolve(self)
        return self.changes

    def note(self, changes: ChangeSet) -> None:
        """Add what was written beside the ORM (a bulk write's kinds)."""
        for touched in changes.touched:
            if touched.any_record:
                self._collector.every.add(touched.kind)
            self._collector.ids[touched.kind].update(touched.ids)
            self._collector.projects[touched.kind].update(touched.projects)
            self._collector.stakeholders[touched.kind].update(touched.stakeholders)


@event.listens_for(WriteSession, "after_flush")
def _collect(session: Session, _context: UOWTransaction) -> None:
    # After the flush the lists and histories still show what it wrote (SQLAlchemy's
    # documented guarantee), and every new record has its id.
    assert isinstance(session, WriteSession)
    collector = session._collector
    for instance in session.new:
        collector.record(instance, changed=False)
    for instance in session.dirty:
        if session.is_modified(instance, include_collections=False):
            collector.record(instance, changed=True)
    for instance in session.deleted:
        collector.record(instance, changed=False)


@event.listens_for(WriteSession, "do_orm_execute")
def _collect_bulk(state: ORMExecuteState) -> None:
    if (state.is_update or state.is_delete) and state.bind_mapper is not None:
        session = state.session
        assert isinstance(session, WriteSession)
        session._collector.every.add(kind_of(state.bind_mapper.class_))


class ReadSession(Session):
    """The ORM session of a read unit: writing through it is a bug, refused at once."""


@event.listens_for(ReadSession, "before_flush")
def _refuse_writes(session: Session, _context: UOWTransaction, _instances: object) -> None:
    raise RuntimeError("a read unit of work cannot write: use Database.write()")
