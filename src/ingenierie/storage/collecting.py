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

The same flushes give the audit trail its lines (``changes.Entry``): each record
inserted, changed or deleted with its fields before and after (timestamps
aside). A unit that says what it did as a whole (:meth:`WriteSession.summarise`:
an erasure, which must not keep the values it erased) leaves one line of counts
instead.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections import Counter, defaultdict
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction

from ingenierie.models import Base, Evaluation, Indicator, Interaction
from ingenierie.storage.changes import Action, ChangeSet, Entry, Kind

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
    Kind.REVIEW_FLAG: ((), ()),
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
#: Columns every record has that say nothing of what changed.
_UNJOURNALLED = frozenset({"id", "created_at", "updated_at"})
#: French names of the actions in an erasure's counts.
ACTION_LABELS = {Action.INSERT: "ajout", Action.UPDATE: "modification",
                 Action.DELETE: "suppression"}


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
        self.entries: dict[tuple[Kind, uuid.UUID], Entry] = {}
        self.summary: Entry | None = None  # the unit's one line, counts to fill

    def record(self, instance: Any, action: Action) -> None:
        changed = action is Action.UPDATE
        kind = kind_of(type(instance))
        state = inspect(instance)
        self.ids[kind].add(instance.id)
        project_keys, stakeholder_keys = _OWNERS[kind]
        projects = _values(state, project_keys, changed)
        stakeholders = _values(state, stakeholder_keys, changed)
        self.projects[kind].update(projects)
        self.stakeholders[kind].update(stakeholders)
        if kind in _PARENTS:
            self.parents[kind].update(_values(state, (_PARENTS[kind][0],), changed))
        self._journal(kind, instance.id, state, action, projects, stakeholders)

    def _journal(self, kind: Kind, record_id: uuid.UUID, state: Any, action: Action,
                 projects: set[uuid.UUID], stakeholders: set[uuid.UUID]) -> None:
        """Note the record's fields before and after, merged with an earlier flush's."""
        fields = _fields(state, action)
        earlier = self.entries.get((kind, record_id))
        if earlier is not None:
            merged = dict(earlier.fields)
            for name, (before, after) in fields.items():
                merged[name] = (merged[name][0] if name in merged else before, after)
            fields = merged
            action = earlier.action if action is not Action.DELETE else action
            projects |= set(earlier.projects)
            stakeholders |= set(earlier.stakeholders)
        self.entries[(kind, record_id)] = Entry(
            action, kind, record_id, tuple(sorted(projects, key=str)),
            tuple(sorted(stakeholders, key=str)), fields)

    def counts(self) -> Counter[tuple[Kind, Action]]:
        """How many records of each kind the unit inserted, changed, deleted."""
        return Counter((kind, entry.action) for (kind, _), entry in self.entries.items())

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
        return dataclasses.replace(changes, journal=self.journal())

    def journal(self) -> tuple[Entry, ...]:
        if self.summary is not None:
            return (dataclasses.replace(self.summary, counts=count_labels(self.counts())),)
        bulk = tuple(Entry(Action.BULK, kind) for kind in sorted(self.every))
        return tuple(self.entries.values()) + bulk


def count_labels(counts: Counter[tuple[Kind, Action]]) -> dict[str, int]:
    """``{"stakeholder (modification)": 3, …}``: an audit line's counts."""
    return {f"{kind.value} ({ACTION_LABELS[action]})": number
            for (kind, action), number in sorted(counts.items())}


def _fields(state: Any, action: Action) -> dict[str, tuple[Any, Any]]:
    """The record's column values that the action changed, ``(before, after)``."""
    found = {}
    for attribute in state.mapper.column_attrs:
        name = attribute.key
        if name in _UNJOURNALLED:
            continue
        if action is Action.UPDATE:
            history = state.attrs[name].history
            if history.added or history.deleted:
                before = history.deleted[0] if history.deleted else None
                after = history.added[0] if history.added else None
                if before != after:
                    found[name] = (before, after)
            continue
        value = state.attrs[name].value
        if value is not None:
            found[name] = (None, value) if action is Action.INSERT else (value, None)
    return found


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

    def summarise(self, entry: Entry) -> None:
        """Leave ``entry``, with the unit's counts, as its one audit line instead of one
        per record with its values (an erasure: what it erased must not stay)."""
        self._collector.summary = entry

    def counts(self) -> Counter[tuple[Kind, Action]]:
        """How many records of each kind this unit inserted, changed, deleted so far."""
        return self._collector.counts()

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
        collector.record(instance, Action.INSERT)
    for instance in session.dirty:
        if session.is_modified(instance, include_collections=False):
            collector.record(instance, Action.UPDATE)
    for instance in session.deleted:
        collector.record(instance, Action.DELETE)


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
