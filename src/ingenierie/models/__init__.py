"""SQLAlchemy entities and the domain vocabulary; nothing of ours below this package."""

from ingenierie.models.audit import AuditEntry, ReviewFlag
from ingenierie.models.base import Base, Entity
from ingenierie.models.evaluation import (
    CriterionScore,
    Evaluation,
    EvaluationParticipant,
    Recommendation,
)
from ingenierie.models.funding import Funding
from ingenierie.models.indicator import Indicator, IndicatorDefinition, Measurement
from ingenierie.models.interaction import Interaction, Participation
from ingenierie.models.involvement import Involvement
from ingenierie.models.maturity import MaturityAnswer, MaturityFramework, MaturityItem
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
    "AuditEntry",
    "Base",
    "CriterionScore",
    "Entity",
    "Evaluation",
    "EvaluationParticipant",
    "Funding",
    "Indicator",
    "IndicatorDefinition",
    "Interaction",
    "Involvement",
    "MaturityAnswer",
    "MaturityFramework",
    "MaturityItem",
    "Measurement",
    "Organisation",
    "Participation",
    "Person",
    "Plan",
    "PlanAction",
    "PlanAxis",
    "Project",
    "ProjectTerritory",
    "ProjectTheme",
    "Recommendation",
    "ReviewFlag",
    "StageChange",
    "Stakeholder",
    "Territory",
    "TerritoryLink",
    "Theme",
]
