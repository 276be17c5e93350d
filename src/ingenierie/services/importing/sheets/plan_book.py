"""The plan an import fills: found by its code or name, or created, with its axes and actions.

Loaded once per sheet, in the import's transaction. Re-importing the same plan finds
every axis again (by its parent and title) and every action (by its title, accents
and case aside), so a second import changes nothing and a corrected file updates what
it corrects. New axes and actions are remembered only once their row is written.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from ingenierie.models import Plan, PlanAction, PlanAxis, Project
from ingenierie.models.vocabulary import fold
from ingenierie.services.plans.plans import action_code, plan_code
from ingenierie.services.stakeholders.matching import clean_text
from ingenierie.services.validation import require_text

AxisKey = tuple[uuid.UUID | None, str]  # parent axis, folded title


@dataclass(frozen=True, slots=True)
class PlanChoice:
    """The plan a plan sheet goes into: its name, and its code if the user gave one."""

    name: str
    code: str | None = None


@dataclass(slots=True)
class PlanBook:
    """One plan's axes and actions, as stored and as this import adds them."""

    id: uuid.UUID
    code: str
    name: str
    created: bool
    axes: dict[AxisKey, uuid.UUID] = field(default_factory=dict)
    positions: dict[uuid.UUID | None, int] = field(default_factory=dict)  # next, per parent
    actions: dict[str, uuid.UUID] = field(default_factory=dict)  # folded title -> project
    numbers: set[int] = field(default_factory=set)  # taken action numbers
    new_axes: int = 0
    # What the row being written added, to forget if it is rolled back.
    _row_axes: list[tuple[AxisKey, uuid.UUID | None, int]] = field(default_factory=list)
    _row_numbers: list[int] = field(default_factory=list)
    _row_actions: list[tuple[str, uuid.UUID]] = field(default_factory=list)

    @classmethod
    def open(cls, session: Session, choice: PlanChoice) -> PlanBook:
        """The plan named by ``choice`` (its code, else its name), created if there is none."""
        name = clean_text(require_text(choice.name, "plan", "Le nom du plan", 300))
        wanted = fold(choice.code or "")
        plans = list(session.scalars(select(Plan)))
        found = next((p for p in plans if wanted and fold(p.code) == wanted), None) or \
            next((p for p in plans if not wanted and fold(p.name) == fold(name)), None)
        if found is None:
            code = clean_text(choice.code) if choice.code else plan_code(
                name, [p.code for p in plans])
            found = Plan(id=uuid.uuid4(), code=code[:24], name=name)
            session.add(found)
            session.flush()
            return cls(found.id, found.code, found.name, created=True)
        book = cls(found.id, found.code, found.name, created=False)
        book._load(session)
        return book

    def _load(self, session: Session) -> None:
        for axis in session.scalars(select(PlanAxis).where(PlanAxis.plan_id == self.id)):
            self.axes[(axis.parent_id, fold(axis.title))] = axis.id
            self.positions[axis.parent_id] = max(self.positions.get(axis.parent_id, 0),
                                                 axis.position + 1)
        number = re.compile(rf"^{re.escape(self.code)}-(\d+)$", re.IGNORECASE)
        for project_id, title, code in session.execute(
                select(Project.id, Project.title, Project.code)
                .join(PlanAction, PlanAction.project_id == Project.id)
                .where(PlanAction.plan_id == self.id)):
            self.actions.setdefault(fold(clean_text(title)), project_id)
            found = number.match(code or "")
            if found:
                self.numbers.add(int(found.group(1)))

    # -- axes -----------------------------------------------------------------------------
    def axis(self, session: Session, titles: list[str]) -> uuid.UUID | None:
        """The axis at the end of ``titles`` (axis, sub-axis…), created where missing."""
        parent: uuid.UUID | None = None
        for level, title in enumerate(titles, start=1):
            key = (parent, fold(title))
            found = self.axes.get(key)
            if found is None:
                position = self.positions.get(parent, 0)
                found = uuid.uuid4()
                session.add(PlanAxis(id=found, plan_id=self.id, parent_id=parent, level=level,
                                     position=position, title=title))
                session.flush()
                self.positions[parent] = position + 1
                self.axes[key] = found
                self._row_axes.append((key, parent, position))
            parent = found
        return parent

    # -- actions ----------------------------------------------------------------------------
    def action(self, title: str) -> uuid.UUID | None:
        return self.actions.get(fold(clean_text(title)))

    def next_code(self, taken: Callable[[str], bool]) -> str:
        """The code of a new action: the plan's code and the next free number."""
        number = max(self.numbers, default=0) + 1
        while taken(action_code(self.code, number)):
            number += 1
        self.numbers.add(number)
        self._row_numbers.append(number)
        return action_code(self.code, number)

    def added(self, title: str, project_id: uuid.UUID) -> None:
        self._row_actions.append((fold(clean_text(title)), project_id))

    def settle(self, written: bool) -> None:
        """The row was written, or rolled back: keep what it added, or forget it (what a
        rolled-back row created is gone from the database)."""
        if written:
            self.new_axes += len(self._row_axes)
            for title, project_id in self._row_actions:
                self.actions.setdefault(title, project_id)
        else:
            for key, parent, position in reversed(self._row_axes):
                del self.axes[key]
                self.positions[parent] = position
            self.numbers.difference_update(self._row_numbers)
        self._row_axes, self._row_numbers, self._row_actions = [], [], []
