"""Projects, their themes and territories, and the history of their cooperation stage."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from ingenierie.models.base import (
    Archivable,
    Entity,
    not_personal,
    personal,
    vocabulary_column,
)
from ingenierie.models.vocabulary import (
    CooperationStage,
    ProjectPhase,
    ProjectStatus,
    Scheme,
    TerritoryRole,
)


class Project(Archivable, Entity):
    """A territorial project and the facets the officer follows."""

    __tablename__ = "project"
    __table_args__ = (
        CheckConstraint("end_on IS NULL OR start_on IS NULL OR end_on >= start_on", name="dates"),
        CheckConstraint("budget_cents IS NULL OR budget_cents >= 0", name="budget"),
    )

    code: Mapped[str | None] = mapped_column(String(40), unique=True)
    title: Mapped[str] = mapped_column(String(300), index=True)
    summary: Mapped[str | None] = mapped_column(Text, info=personal())  # may name people
    scheme: Mapped[Scheme] = vocabulary_column(Scheme, index=True)
    phase: Mapped[ProjectPhase] = vocabulary_column(ProjectPhase, index=True)
    status: Mapped[ProjectStatus] = vocabulary_column(ProjectStatus, index=True)
    start_on: Mapped[date | None]
    end_on: Mapped[date | None]
    lead_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("stakeholder.id", ondelete="SET NULL"), index=True
    )
    budget_cents: Mapped[int | None] = mapped_column(BigInteger)
    # Economic model: more than one resource ticked makes the model hybrid.
    funds_public: Mapped[bool] = mapped_column(default=False)
    funds_market: Mapped[bool] = mapped_column(default=False)
    funds_non_market: Mapped[bool] = mapped_column(default=False)
    funds_volunteer: Mapped[bool] = mapped_column(default=False)
    # Commons facet (Bollier): a resource, a community, social rules.
    commons_resource: Mapped[str | None] = mapped_column(Text, info=personal())
    commons_community: Mapped[str | None] = mapped_column(Text, info=personal())
    commons_rules: Mapped[str | None] = mapped_column(Text, info=personal())


class Theme(Archivable, Entity):
    """A thematic field; the shipped list can be extended by users."""

    __tablename__ = "theme"

    name: Mapped[str] = mapped_column(String(120), unique=True, info=not_personal())


class ProjectTheme(Entity):
    __tablename__ = "project_theme"
    __table_args__ = (UniqueConstraint("project_id", "theme_id"),)

    project_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), index=True
    )
    theme_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("theme.id", ondelete="CASCADE"), index=True
    )


class ProjectTerritory(Entity):
    """A territory linked to a project, with the role it plays there."""

    __tablename__ = "project_territory"
    __table_args__ = (UniqueConstraint("project_id", "territory_id", "role"),)

    project_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), index=True
    )
    territory_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("territory.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[TerritoryRole] = vocabulary_column(TerritoryRole)


class StageChange(Entity):
    """A dated step on the cooperation ladder. Append-only: the history is the point."""

    __tablename__ = "stage_change"
    __table_args__ = (Index("ix_stage_change_project_entered", "project_id", "entered_on"),)

    project_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"),
                                                  info=not_personal())
    stage: Mapped[CooperationStage] = vocabulary_column(CooperationStage, info=not_personal())
    entered_on: Mapped[date] = mapped_column(info=not_personal())
    evidence: Mapped[str] = mapped_column(Text, info=personal())  # may name people
    # The name of the officer who recorded the step.
    recorded_by: Mapped[str | None] = mapped_column(String(200), info=personal())
