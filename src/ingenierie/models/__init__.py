"""SQLAlchemy entities and the domain vocabulary; nothing of ours below this package."""

from ingenierie.models.base import Base, Entity
from ingenierie.models.funding import Funding
from ingenierie.models.interaction import Interaction, Participation
from ingenierie.models.involvement import Involvement
from ingenierie.models.plan import Plan, PlanAction, PlanAxis
from ingenierie.models.project import (
    Project,
    ProjectTerritory,
    ProjectTheme,
    StageChange,
    Theme,
)
from ingenierie.models.stakeholder import Affiliation, Organisation, Person, Stakeholder
from ingenierie.models.territory import Territory, TerritoryLink

__all__ = [
    "Affiliation",
    "Base",
    "Entity",
    "Funding",
    "Interaction",
    "Involvement",
    "Organisation",
    "Participation",
    "Person",
    "Plan",
    "PlanAction",
    "PlanAxis",
    "Project",
    "ProjectTerritory",
    "ProjectTheme",
    "StageChange",
    "Stakeholder",
    "Territory",
    "TerritoryLink",
    "Theme",
]
