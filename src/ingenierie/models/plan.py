"""Plans d'action: a programme grouping projects (its fiches actions) under numbered axes.

A collectivité keeps its PCAET, CLS or contrat de ville as a plan — in
Territoires en Transitions (TeT) or a workbook of the same shape — and each of
its fiches actions is one of our projects. A :class:`Plan` holds a tree of
:class:`PlanAxis` (axe, sous-axe, sous-sous-axe); a :class:`PlanAction` puts a
project in a plan, under an axis, with what a plan says about an action and a
project does not (priority, the plan's own status, governance, objectives…).
A project belongs to one plan at most; its stakeholders and fundings are the
project's own (involvements and funding lines).
"""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, SmallInteger, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ingenierie.models.base import (
    Archivable,
    Entity,
    not_personal,
    personal,
    vocabulary_column,
)
from ingenierie.models.vocabulary import ActionStatus, CitizenParticipation, Priority


class Plan(Archivable, Entity):
    """A plan d'action: its name, and a short code naming it in commands and lists."""

    __tablename__ = "plan"

    code: Mapped[str] = mapped_column(String(24), unique=True, info=not_personal())
    name: Mapped[str] = mapped_column(String(300), index=True, info=not_personal())


class PlanAxis(Entity):
    """An axis of a plan (level 1), a sub-axis (2) or a sub-sub-axis (3), titled as the plan
    writes it, number included (« 1.2. Mobilités »)."""

    __tablename__ = "plan_axis"

    plan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"),
                                               index=True, info=not_personal())
    parent_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("plan_axis.id", ondelete="CASCADE"), index=True, info=not_personal())
    level: Mapped[int] = mapped_column(SmallInteger, info=not_personal())
    position: Mapped[int] = mapped_column(info=not_personal())  # order among its siblings
    title: Mapped[str] = mapped_column(String(500), info=not_personal())


class PlanAction(Entity):
    """A project as a fiche action of a plan: where it sits and what the plan says of it.

    ``status`` is the plan's own word (TeT's eight statuses); the project's status
    and phase are read from it at import (see ``services.plans.states``). The free
    texts may name people, as a project's summary does: personal data.
    """

    __tablename__ = "plan_action"

    project_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), unique=True, info=not_personal())
    plan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"),
                                               index=True, info=not_personal())
    axis_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("plan_axis.id", ondelete="SET NULL"), index=True, info=not_personal())
    position: Mapped[int] = mapped_column(info=not_personal())  # order in the plan
    status: Mapped[ActionStatus | None] = vocabulary_column(ActionStatus, nullable=True,
                                                            info=not_personal())
    priority: Mapped[Priority | None] = vocabulary_column(Priority, nullable=True,
                                                          info=not_personal())
    citizen_participation: Mapped[CitizenParticipation | None] = vocabulary_column(
        CitizenParticipation, nullable=True, info=not_personal())
    continuous: Mapped[bool | None] = mapped_column(info=not_personal())  # amélioration continue
    objectives: Mapped[str | None] = mapped_column(Text, info=personal())
    governance: Mapped[str | None] = mapped_column(Text, info=personal())
    means: Mapped[str | None] = mapped_column(Text, info=personal())  # moyens humains…
    services: Mapped[str | None] = mapped_column(Text, info=not_personal())  # services pilotes
    financing: Mapped[str | None] = mapped_column(Text, info=personal())  # « Financements »
