"""The export's sheets: for each kind of record, its columns and the query of its rows.

A column is either a field of the export's layout (``importing.mapping.exported``:
its French header, read back by the import) or a column for readers only (a
project's title beside its id, a funding's rate of payment), which the import
leaves aside. Ids are written as keys (32 hex digits), read straight from the
database; vocabularies by their French label.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import aliased

from ingenierie.models import (
    Affiliation,
    CriterionScore,
    Evaluation,
    EvaluationParticipant,
    Funding,
    Indicator,
    IndicatorDefinition,
    Interaction,
    Involvement,
    MaturityAnswer,
    MaturityFramework,
    MaturityItem,
    Measurement,
    Organisation,
    Participation,
    Person,
    Project,
    ProjectTerritory,
    ProjectTheme,
    Recommendation,
    StageChange,
    Stakeholder,
    Territory,
    Theme,
)
from ingenierie.models.vocabulary import StakeholderNature
from ingenierie.services.exporting.cells import Format
from ingenierie.services.exporting.selection import Selected
from ingenierie.services.importing.mapping.exported import SHEET_TITLES, exported_field
from ingenierie.services.importing.mapping.fields import RecordKind, ValueType
from ingenierie.storage.keys import key_column

_FORMATS = {ValueType.DATE: Format.DATE, ValueType.AMOUNT: Format.EUROS,
            ValueType.INTEGER: Format.INTEGER, ValueType.DECIMAL: Format.DECIMAL,
            ValueType.IDENTIFIER: Format.ID}


@dataclass(frozen=True, slots=True)
class Column:
    header: str
    expression: Any
    format: Format
    width: float
    tidy: Callable[[Any], Any] | None = None  # applied to each value before it is written


@dataclass(frozen=True, slots=True)
class Sheet:
    kind: RecordKind
    columns: tuple[Column, ...]
    query: Callable[[Selected], Select[Any]]

    @property
    def title(self) -> str:
        return SHEET_TITLES[self.kind]


def _field(kind: RecordKind, key: str, expression: Any, width: float = 16) -> Column:
    field = exported_field(kind, key)
    if field.type is ValueType.IDENTIFIER:
        return Column(field.label, key_column(expression), Format.ID, 34)
    return Column(field.label, expression, _FORMATS.get(field.type, Format.TEXT), width)


def _reader(header: str, expression: Any, fmt: Format = Format.TEXT, width: float = 24) -> Column:
    return Column(header, expression, fmt, width)


K = RecordKind
_lead, _who = aliased(Stakeholder), aliased(Stakeholder)
_parent = aliased(Territory)
_project_name = func.coalesce(Project.code, Project.title)


def _themes() -> Column:
    """A project's themes by name, in order (the engine's aggregate keeps no order)."""
    names = (select(func.aggregate_strings(Theme.name, "; "))
             .join(ProjectTheme, ProjectTheme.theme_id == Theme.id)
             .where(ProjectTheme.project_id == Project.id).correlate(Project).scalar_subquery())
    column = _field(K.PROJECT, "themes", names, 28)
    return Column(column.header, column.expression, column.format, column.width,
                  lambda text: "; ".join(sorted(text.split("; "))) if text else None)


def _yes_no(column: Any) -> Any:
    return case((column.is_(True), "oui"), else_="non")


def _sheet(kind: RecordKind, columns: list[Column],
           where: Callable[[Select[Any], Selected], Select[Any]]) -> Sheet:
    return Sheet(kind, tuple(columns),
                 lambda chosen: where(select(*(c.expression for c in columns)), chosen))


SHEETS: tuple[Sheet, ...] = (
    _sheet(K.TERRITORY, [
        _field(K.TERRITORY, "id", Territory.id), _field(K.TERRITORY, "kind", Territory.kind, 18),
        _field(K.TERRITORY, "code", Territory.code, 12),
        _field(K.TERRITORY, "name", Territory.name, 32),
        _field(K.TERRITORY, "parent_id", Territory.parent_id),
        _reader("Territoire parent", _parent.name)],
        lambda q, s: q.outerjoin(_parent, _parent.id == Territory.parent_id)
        .where(Territory.id.in_(s.territories)).order_by(Territory.kind, Territory.name)),
    _sheet(K.ORGANISATION, [
        _field(K.ORGANISATION, "id", Organisation.id),
        _field(K.ORGANISATION, "name", Organisation.display_name, 36),
        _field(K.ORGANISATION, "actor_kind", Organisation.actor_kind, 22),
        _field(K.ORGANISATION, "legal_form", Organisation.legal_form),
        _field(K.ORGANISATION, "siren", Organisation.siren, 12),
        _field(K.ORGANISATION, "siret", Organisation.siret, 16),
        _field(K.ORGANISATION, "rna", Organisation.rna, 12),
        _field(K.ORGANISATION, "website", Organisation.website, 24),
        _field(K.ORGANISATION, "email", Organisation.email, 28),
        _field(K.ORGANISATION, "phone", Organisation.phone, 16),
        _field(K.ORGANISATION, "postal_code", Organisation.postal_code, 11),
        _field(K.ORGANISATION, "city", Organisation.city, 20),
        _field(K.ORGANISATION, "notes", Organisation.notes, 40)],
        lambda q, s: q.where(Organisation.nature == StakeholderNature.ORGANISATION,
                             Organisation.id.in_(s.stakeholders))
        .order_by(Organisation.display_name, Organisation.id)),
    _sheet(K.PERSON, [
        _field(K.PERSON, "id", Person.id), _field(K.PERSON, "civility", Person.civility, 10),
        _field(K.PERSON, "last_name", Person.last_name, 20),
        _field(K.PERSON, "first_name", Person.first_name, 18),
        _field(K.PERSON, "job_title", Person.job_title, 24),
        _field(K.PERSON, "actor_kind", Person.actor_kind, 20),
        _field(K.PERSON, "email", Person.email, 28), _field(K.PERSON, "phone", Person.phone),
        _field(K.PERSON, "postal_code", Person.postal_code, 11),
        _field(K.PERSON, "city", Person.city, 20),
        _field(K.PERSON, "public_mandate", Person.public_mandate, 22),
        _field(K.PERSON, "legal_basis", Person.legal_basis, 24),
        _field(K.PERSON, "source", Person.source),
        _field(K.PERSON, "first_contact_on", Person.first_contact_on, 12),
        _field(K.PERSON, "last_contact_on", Person.last_contact_on, 12),
        _field(K.PERSON, "notes", Person.notes, 40)],
        lambda q, s: q.where(Person.nature == StakeholderNature.PERSON,
                             Person.id.in_(s.stakeholders))
        .order_by(Person.last_name, Person.first_name, Person.id)),
    _sheet(K.AFFILIATION, [
        _field(K.AFFILIATION, "id", Affiliation.id),
        _field(K.AFFILIATION, "person_id", Affiliation.person_id),
        _reader("Personne", _who.display_name),
        _field(K.AFFILIATION, "organisation_id", Affiliation.organisation_id),
        _reader("Organisation", _lead.display_name, width=30),
        _field(K.AFFILIATION, "role", Affiliation.role, 22),
        _field(K.AFFILIATION, "start_on", Affiliation.start_on, 12),
        _field(K.AFFILIATION, "end_on", Affiliation.end_on, 12)],
        lambda q, s: q.join(_who, _who.id == Affiliation.person_id)
        .join(_lead, _lead.id == Affiliation.organisation_id)
        .where(Affiliation.person_id.in_(s.stakeholders),
               Affiliation.organisation_id.in_(s.stakeholders))
        .order_by(_who.display_name, Affiliation.id)),
    _sheet(K.PROJECT, [
        _field(K.PROJECT, "id", Project.id), _field(K.PROJECT, "code", Project.code, 16),
        _field(K.PROJECT, "title", Project.title, 40),
        _field(K.PROJECT, "summary", Project.summary, 40),
        _field(K.PROJECT, "scheme", Project.scheme, 20),
        _field(K.PROJECT, "phase", Project.phase, 22),
        _field(K.PROJECT, "status", Project.status, 12),
        _field(K.PROJECT, "start_on", Project.start_on, 12),
        _field(K.PROJECT, "end_on", Project.end_on, 12),
        _field(K.PROJECT, "lead_id", Project.lead_id),
        _reader("Porteur", _lead.display_name, width=30),
        _themes(),
        _field(K.PROJECT, "budget_cents", Project.budget_cents, 14),
        _field(K.PROJECT, "funds_public", _yes_no(Project.funds_public), 10),
        _field(K.PROJECT, "funds_market", _yes_no(Project.funds_market), 10),
        _field(K.PROJECT, "funds_non_market", _yes_no(Project.funds_non_market), 10),
        _field(K.PROJECT, "funds_volunteer", _yes_no(Project.funds_volunteer), 10),
        _field(K.PROJECT, "commons_resource", Project.commons_resource, 24),
        _field(K.PROJECT, "commons_community", Project.commons_community, 24),
        _field(K.PROJECT, "commons_rules", Project.commons_rules, 24)],
        lambda q, s: q.outerjoin(_lead, _lead.id == Project.lead_id)
        .where(Project.id.in_(s.projects)).order_by(Project.title, Project.id)),
    _sheet(K.PROJECT_TERRITORY, [
        _field(K.PROJECT_TERRITORY, "id", ProjectTerritory.id),
        _field(K.PROJECT_TERRITORY, "project_id", ProjectTerritory.project_id),
        _reader("Projet", _project_name),
        _field(K.PROJECT_TERRITORY, "territory_id", ProjectTerritory.territory_id),
        _reader("Territoire", Territory.name),
        _field(K.PROJECT_TERRITORY, "role", ProjectTerritory.role, 20)],
        lambda q, s: q.join(Project, Project.id == ProjectTerritory.project_id)
        .join(Territory, Territory.id == ProjectTerritory.territory_id)
        .where(ProjectTerritory.project_id.in_(s.projects))
        .order_by(Project.title, ProjectTerritory.id)),
    _sheet(K.INVOLVEMENT, [
        _field(K.INVOLVEMENT, "id", Involvement.id),
        _field(K.INVOLVEMENT, "project_id", Involvement.project_id),
        _reader("Projet", _project_name),
        _field(K.INVOLVEMENT, "stakeholder_id", Involvement.stakeholder_id),
        _reader("Acteur", _who.display_name, width=30),
        _field(K.INVOLVEMENT, "role", Involvement.role),
        _field(K.INVOLVEMENT, "influence", Involvement.influence, 10),
        _field(K.INVOLVEMENT, "interest", Involvement.interest, 10),
        _field(K.INVOLVEMENT, "attitude", Involvement.attitude, 10),
        _field(K.INVOLVEMENT, "participation", Involvement.participation, 18),
        _field(K.INVOLVEMENT, "posture", Involvement.posture, 14),
        _field(K.INVOLVEMENT, "expected_effects", Involvement.expected_effects, 30),
        _field(K.INVOLVEMENT, "observed_effects", Involvement.observed_effects, 30),
        _field(K.INVOLVEMENT, "start_on", Involvement.start_on, 12),
        _field(K.INVOLVEMENT, "end_on", Involvement.end_on, 12)],
        lambda q, s: q.join(Project, Project.id == Involvement.project_id)
        .join(_who, _who.id == Involvement.stakeholder_id)
        .where(Involvement.project_id.in_(s.projects), Involvement.archived_at.is_(None))
        .order_by(Project.title, Involvement.id)),
    _sheet(K.STAGE_CHANGE, [
        _field(K.STAGE_CHANGE, "id", StageChange.id),
        _field(K.STAGE_CHANGE, "project_id", StageChange.project_id),
        _reader("Projet", _project_name),
        _field(K.STAGE_CHANGE, "stage", StageChange.stage, 18),
        _field(K.STAGE_CHANGE, "entered_on", StageChange.entered_on, 12),
        _field(K.STAGE_CHANGE, "evidence", StageChange.evidence, 40),
        _field(K.STAGE_CHANGE, "recorded_by", StageChange.recorded_by, 20)],
        lambda q, s: q.join(Project, Project.id == StageChange.project_id)
        .where(StageChange.project_id.in_(s.projects))
        .order_by(Project.title, StageChange.entered_on, StageChange.created_at)),
    _sheet(K.INTERACTION, [
        _field(K.INTERACTION, "id", Interaction.id),
        _field(K.INTERACTION, "project_id", Interaction.project_id),
        _reader("Projet", _project_name),
        _field(K.INTERACTION, "occurred_on", Interaction.occurred_on, 12),
        _field(K.INTERACTION, "kind", Interaction.kind, 18),
        _field(K.INTERACTION, "title", Interaction.title, 36),
        _field(K.INTERACTION, "place", Interaction.place, 24),
        _field(K.INTERACTION, "notes", Interaction.notes, 40),
        _field(K.INTERACTION, "decisions", Interaction.decisions, 36),
        _field(K.INTERACTION, "next_steps", Interaction.next_steps, 36)],
        lambda q, s: q.join(Project, Project.id == Interaction.project_id)
        .where(Interaction.project_id.in_(s.projects), Interaction.archived_at.is_(None))
        .order_by(Project.title, Interaction.occurred_on, Interaction.id)),
    _sheet(K.PARTICIPANT, [
        _field(K.PARTICIPANT, "id", Participation.id),
        _field(K.PARTICIPANT, "interaction_id", Participation.interaction_id),
        _reader("Échange", Interaction.title, width=30),
        _field(K.PARTICIPANT, "stakeholder_id", Participation.stakeholder_id),
        _reader("Acteur", _who.display_name, width=30),
        _field(K.PARTICIPANT, "presence", Participation.presence, 12)],
        lambda q, s: q.join(Interaction, Interaction.id == Participation.interaction_id)
        .join(_who, _who.id == Participation.stakeholder_id)
        .where(Interaction.project_id.in_(s.projects), Interaction.archived_at.is_(None))
        .order_by(Interaction.occurred_on, Participation.id)),
    _sheet(K.FUNDING, [
        _field(K.FUNDING, "id", Funding.id), _field(K.FUNDING, "project_id", Funding.project_id),
        _reader("Projet", _project_name),
        _field(K.FUNDING, "funder_id", Funding.funder_id),
        _reader("Financeur", _who.display_name, width=30),
        _field(K.FUNDING, "programme", Funding.programme, 24),
        _field(K.FUNDING, "instrument", Funding.instrument, 22),
        _field(K.FUNDING, "status", Funding.status, 12),
        _field(K.FUNDING, "requested_cents", Funding.requested_cents, 14),
        _field(K.FUNDING, "granted_cents", Funding.granted_cents, 14),
        _field(K.FUNDING, "paid_cents", Funding.paid_cents, 14),
        _reader("Part versée", case((Funding.granted_cents > 0, Funding.paid_cents * 1.0
                                     / Funding.granted_cents)), Format.PERCENT, 11),
        _field(K.FUNDING, "start_on", Funding.start_on, 12),
        _field(K.FUNDING, "end_on", Funding.end_on, 12)],
        lambda q, s: q.join(Project, Project.id == Funding.project_id)
        .join(_who, _who.id == Funding.funder_id)
        .where(Funding.project_id.in_(s.projects), Funding.archived_at.is_(None))
        .order_by(Project.title, Funding.id)),
)


def _live_evaluations(chosen: Selected) -> Select[Any]:
    return select(Evaluation.id).where(Evaluation.project_id.in_(chosen.projects),
                                       Evaluation.archived_at.is_(None))


def _live_indicators(chosen: Selected) -> Select[Any]:
    return select(Indicator.id).where(Indicator.project_id.in_(chosen.projects),
                                      Indicator.archived_at.is_(None))


EVALUATION_SHEETS: tuple[Sheet, ...] = (
    _sheet(K.EVALUATION, [
        _field(K.EVALUATION, "id", Evaluation.id),
        _field(K.EVALUATION, "project_id", Evaluation.project_id),
        _reader("Projet", _project_name),
        _field(K.EVALUATION, "evaluated_on", Evaluation.evaluated_on, 12),
        _field(K.EVALUATION, "kind", Evaluation.kind, 16),
        _field(K.EVALUATION, "timing", Evaluation.timing, 14),
        _field(K.EVALUATION, "declared_stage", Evaluation.declared_stage, 18),
        _field(K.EVALUATION, "declared_posture", Evaluation.declared_posture, 14),
        _field(K.EVALUATION, "narrative", Evaluation.narrative, 40)],
        lambda q, s: q.join(Project, Project.id == Evaluation.project_id)
        .where(Evaluation.id.in_(_live_evaluations(s)))
        .order_by(Project.title, Evaluation.evaluated_on, Evaluation.id)),
    _sheet(K.EVALUATION_PARTICIPANT, [
        _field(K.EVALUATION_PARTICIPANT, "id", EvaluationParticipant.id),
        _field(K.EVALUATION_PARTICIPANT, "evaluation_id", EvaluationParticipant.evaluation_id),
        _field(K.EVALUATION_PARTICIPANT, "stakeholder_id",
               EvaluationParticipant.stakeholder_id),
        _reader("Acteur", _who.display_name, width=30),
        _field(K.EVALUATION_PARTICIPANT, "role", EvaluationParticipant.role, 24)],
        lambda q, s: q.join(_who, _who.id == EvaluationParticipant.stakeholder_id)
        .where(EvaluationParticipant.evaluation_id.in_(_live_evaluations(s)))
        .order_by(EvaluationParticipant.evaluation_id, EvaluationParticipant.id)),
    _sheet(K.CRITERION_SCORE, [
        _field(K.CRITERION_SCORE, "id", CriterionScore.id),
        _field(K.CRITERION_SCORE, "evaluation_id", CriterionScore.evaluation_id),
        _field(K.CRITERION_SCORE, "criterion", CriterionScore.criterion, 18),
        _field(K.CRITERION_SCORE, "score", CriterionScore.score, 10),
        _field(K.CRITERION_SCORE, "justification", CriterionScore.justification, 40),
        _field(K.CRITERION_SCORE, "evidence", CriterionScore.evidence, 30)],
        lambda q, s: q.where(CriterionScore.evaluation_id.in_(_live_evaluations(s)),
                             CriterionScore.archived_at.is_(None))
        .order_by(CriterionScore.evaluation_id, CriterionScore.id)),
    _sheet(K.MATURITY_ANSWER, [
        _field(K.MATURITY_ANSWER, "id", MaturityAnswer.id),
        _field(K.MATURITY_ANSWER, "evaluation_id", MaturityAnswer.evaluation_id),
        _field(K.MATURITY_ANSWER, "framework", MaturityFramework.code, 20),
        _field(K.MATURITY_ANSWER, "item", MaturityItem.code, 20),
        _reader("Principe (libellé)", MaturityItem.label, width=32),
        _field(K.MATURITY_ANSWER, "score", MaturityAnswer.score, 8),
        _field(K.MATURITY_ANSWER, "comment", MaturityAnswer.comment, 36)],
        lambda q, s: q.join(MaturityItem, MaturityItem.id == MaturityAnswer.item_id)
        .join(MaturityFramework, MaturityFramework.id == MaturityItem.framework_id)
        .where(MaturityAnswer.evaluation_id.in_(_live_evaluations(s)),
               MaturityAnswer.archived_at.is_(None))
        .order_by(MaturityAnswer.evaluation_id, MaturityItem.position, MaturityAnswer.id)),
    _sheet(K.RECOMMENDATION, [
        _field(K.RECOMMENDATION, "id", Recommendation.id),
        _field(K.RECOMMENDATION, "evaluation_id", Recommendation.evaluation_id),
        _field(K.RECOMMENDATION, "text", Recommendation.text, 40),
        _field(K.RECOMMENDATION, "owner_id", Recommendation.owner_id),
        _reader("Porteur", _who.display_name, width=28),
        _field(K.RECOMMENDATION, "due_on", Recommendation.due_on, 12),
        _field(K.RECOMMENDATION, "status", Recommendation.status, 12),
        _field(K.RECOMMENDATION, "closed_on", Recommendation.closed_on, 12)],
        lambda q, s: q.outerjoin(_who, _who.id == Recommendation.owner_id)
        .where(Recommendation.evaluation_id.in_(_live_evaluations(s)),
               Recommendation.archived_at.is_(None))
        .order_by(Recommendation.evaluation_id, Recommendation.id)),
    _sheet(K.INDICATOR, [
        _field(K.INDICATOR, "id", Indicator.id),
        _field(K.INDICATOR, "project_id", Indicator.project_id),
        _reader("Projet", _project_name),
        _field(K.INDICATOR, "definition", IndicatorDefinition.code, 18),
        _field(K.INDICATOR, "title", Indicator.title, 36),
        _field(K.INDICATOR, "unit", Indicator.unit, 12),
        _field(K.INDICATOR, "description", Indicator.description, 30),
        _field(K.INDICATOR, "level", Indicator.level, 12),
        _field(K.INDICATOR, "direction", Indicator.direction, 12),
        _field(K.INDICATOR, "baseline_value", Indicator.baseline_value, 12),
        _field(K.INDICATOR, "baseline_on", Indicator.baseline_on, 12),
        _field(K.INDICATOR, "target_value", Indicator.target_value, 12),
        _field(K.INDICATOR, "target_on", Indicator.target_on, 12),
        _field(K.INDICATOR, "tolerance", Indicator.tolerance, 12),
        _field(K.INDICATOR, "source", Indicator.source, 24),
        _field(K.INDICATOR, "computation", Indicator.computation, 24),
        _field(K.INDICATOR, "parameter", Indicator.computation_parameter, 14)],
        lambda q, s: q.join(Project, Project.id == Indicator.project_id)
        .outerjoin(IndicatorDefinition, IndicatorDefinition.id == Indicator.definition_id)
        .where(Indicator.id.in_(_live_indicators(s)))
        .order_by(Project.title, Indicator.title, Indicator.id)),
    _sheet(K.MEASUREMENT, [
        _field(K.MEASUREMENT, "id", Measurement.id),
        _field(K.MEASUREMENT, "indicator_id", Measurement.indicator_id),
        _reader("Indicateur", Indicator.title, width=32),
        _field(K.MEASUREMENT, "measured_on", Measurement.measured_on, 12),
        _field(K.MEASUREMENT, "value", Measurement.value, 12),
        _field(K.MEASUREMENT, "comment", Measurement.comment, 36)],
        lambda q, s: q.join(Indicator, Indicator.id == Measurement.indicator_id)
        .where(Measurement.indicator_id.in_(_live_indicators(s)),
               Measurement.archived_at.is_(None))
        .order_by(Measurement.indicator_id, Measurement.measured_on, Measurement.id)),
)
