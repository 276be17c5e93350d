"""SQLAlchemy entities and the domain vocabulary; nothing of ours below this package."""

from ingenierie.models.audit import AuditEntry, ReviewFlag
from ingenierie.models.base import Base, Entity
from ingenierie.models.funding import Funding
from ingenierie.models.interaction import Interaction, Participation
from ingenierie.models.involvement import Involvement
from ingenierie.models.project import (
    Project,
    ProjectTerritory,
    ProjectTheme,
    StageChange,
    Theme,
)
from ingenierie.models.stakeholder import Affiliation, Organisation, Person, Stakeholder
from ingenierie.models.territory import Territory

__all__ = [
    "Affiliation",
    "AuditEntry",
    "Base",
    "Entity",
    "Funding",
    "Interaction",
    "Involvement",
    "Organisation",
    "Participation",
    "Person",
    "Project",
    "ProjectTerritory",
    "ProjectTheme",
    "ReviewFlag",
    "StageChange",
    "Stakeholder",
    "Territory",
    "Theme",
]
