"""The plain records project use cases take and return (no ORM object leaves a session)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from ingenierie.models.vocabulary import (
    CooperationStage,
    ProjectPhase,
    ProjectStatus,
    Scheme,
    TerritoryKind,
    TerritoryRole,
)
from ingenierie.services.reference.themes import ThemeRow


@dataclass(frozen=True, slots=True)
class ProjectInput:
    """Everything a project form sets. Vocabulary fields take a member, a code or a label."""

    title: str
    code: str | None = None
    summary: str | None = None
    scheme: Scheme | str = Scheme.AUTRE
    phase: ProjectPhase | str = ProjectPhase.EMERGENCE
    status: ProjectStatus | str = ProjectStatus.ACTIF
    start_on: date | None = None
    end_on: date | None = None
    lead_id: uuid.UUID | None = None
    budget_cents: int | None = None
    funds_public: bool = False
    funds_market: bool = False
    funds_non_market: bool = False
    funds_volunteer: bool = False
    commons_resource: str | None = None
    commons_community: str | None = None
    commons_rules: str | None = None
    theme_ids: tuple[uuid.UUID, ...] = ()
    territories: tuple[tuple[uuid.UUID, TerritoryRole | str], ...] = ()


@dataclass(frozen=True, slots=True)
class ProjectTerritoryRow:
    territory_id: uuid.UUID
    kind: TerritoryKind
    code: str | None
    name: str
    role: TerritoryRole


@dataclass(frozen=True, slots=True)
class ProjectRow:
    """A line of the project list."""

    id: uuid.UUID
    code: str | None
    title: str
    scheme: Scheme
    phase: ProjectPhase
    status: ProjectStatus
    start_on: date | None
    end_on: date | None
    lead_id: uuid.UUID | None
    lead_name: str | None
    stage: CooperationStage | None
    archived: bool


@dataclass(frozen=True, slots=True)
class ProjectDetail:
    """A project page: every column, its current stage, themes, territories and lead."""

    id: uuid.UUID
    title: str
    code: str | None
    summary: str | None
    scheme: Scheme
    phase: ProjectPhase
    status: ProjectStatus
    start_on: date | None
    end_on: date | None
    lead_id: uuid.UUID | None
    lead_name: str | None
    budget_cents: int | None
    funds_public: bool
    funds_market: bool
    funds_non_market: bool
    funds_volunteer: bool
    commons_resource: str | None
    commons_community: str | None
    commons_rules: str | None
    stage: CooperationStage | None
    stage_since: date | None
    created_at: datetime
    updated_at: datetime
    archived_at: datetime | None
    themes: tuple[ThemeRow, ...] = field(default=())
    territories: tuple[ProjectTerritoryRow, ...] = field(default=())

    @property
    def archived(self) -> bool:
        return self.archived_at is not None

    @property
    def is_hybrid(self) -> bool:
        """More than one kind of resource makes the economic model hybrid."""
        funds = (self.funds_public, self.funds_market, self.funds_non_market, self.funds_volunteer)
        return sum(funds) > 1

    def to_input(self) -> ProjectInput:
        """The form values, to edit with ``dataclasses.replace`` and pass to update_project."""
        return ProjectInput(
            title=self.title, code=self.code, summary=self.summary, scheme=self.scheme,
            phase=self.phase, status=self.status, start_on=self.start_on, end_on=self.end_on,
            lead_id=self.lead_id, budget_cents=self.budget_cents,
            funds_public=self.funds_public, funds_market=self.funds_market,
            funds_non_market=self.funds_non_market, funds_volunteer=self.funds_volunteer,
            commons_resource=self.commons_resource, commons_community=self.commons_community,
            commons_rules=self.commons_rules,
            theme_ids=tuple(theme.id for theme in self.themes),
            territories=tuple((t.territory_id, t.role) for t in self.territories))
