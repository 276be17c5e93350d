"""The export layout's kinds: the entity each sheet restores, the records each row refers
to, and the columns a row becomes — through the services' own rules where a kind has
them (people, organisations, involvements, campaigns, indicators), checked the same
way otherwise (required texts, periods, amounts, scores)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

from ingenierie.errors import ValidationError
from ingenierie.models import (
    Affiliation,
    CriterionScore,
    Evaluation,
    EvaluationParticipant,
    Funding,
    Indicator,
    Interaction,
    Involvement,
    MaturityAnswer,
    Measurement,
    Participation,
    Project,
    ProjectTerritory,
    Recommendation,
    StageChange,
    Stakeholder,
    Territory,
)
from ingenierie.models.base import Entity
from ingenierie.models.evaluation_vocabulary import RecommendationStatus
from ingenierie.models.vocabulary import (
    FundingInstrument,
    FundingStatus,
    InteractionKind,
    StakeholderNature,
)
from ingenierie.services.common import check_cents, check_period, optional_text
from ingenierie.services.evaluation.campaigns import EvaluationInput, evaluation_columns
from ingenierie.services.evaluation.indicators import IndicatorInput, indicator_columns
from ingenierie.services.evaluation.values import check_decimal
from ingenierie.services.importing.mapping.fields import RecordKind
from ingenierie.services.projects.involvements import InvolvementInput, involvement_columns
from ingenierie.services.reference.territories import check_territory_code
from ingenierie.services.stakeholders.records import OrganisationInput, PersonInput
from ingenierie.services.stakeholders.stakeholder import organisation_columns, person_columns
from ingenierie.services.validation import check_score, require_text

Values = dict[str, Any]
Lookup = Callable[[RecordKind, Values], dict[str, Any]]  # the projects' start dates, codes…


@dataclass(frozen=True, slots=True)
class Restored:
    """How one kind's rows become records."""

    entity: type[Entity]
    columns: Callable[[Values, Any], dict[str, Any]]  # (row values, lookups) -> columns
    references: dict[str, type[Entity]] = field(default_factory=dict)
    #: The columns that identify a record besides its id (a territory's kind and code):
    #: a stored record with them is the same record under another id.
    natural: tuple[str, ...] = ()
    parent: str | None = None  # a reference to a record of the same sheet (a territory's)


def _given(values: Values, names: type[DataclassInstance]) -> Values:
    known = {f.name for f in fields(names)}
    return {k: v for k, v in values.items() if k in known}


def _territory(values: Values, _: Any) -> dict[str, Any]:
    kind = values["kind"]
    return {"kind": kind, "code": check_territory_code(kind, values.get("code")),
            "name": require_text(values.get("name"), "name", "Le nom", 200),
            "parent_id": values.get("parent_id")}


def _organisation(values: Values, _: Any) -> dict[str, Any]:
    data = OrganisationInput(**{"name": "", **_given(values, OrganisationInput)})
    return {**organisation_columns(data), "nature": StakeholderNature.ORGANISATION}


def _person(values: Values, _: Any) -> dict[str, Any]:
    data = PersonInput(**{"last_name": "", **_given(values, PersonInput)})
    return {**person_columns(data), "nature": StakeholderNature.PERSON}


def _affiliation(values: Values, _: Any) -> dict[str, Any]:
    check_period(values.get("start_on"), values.get("end_on"))
    return {"person_id": values["person_id"], "organisation_id": values["organisation_id"],
            "role": optional_text(values.get("role"), "role", "Le rôle", 200),
            "start_on": values.get("start_on"), "end_on": values.get("end_on")}


def _project_territory(values: Values, _: Any) -> dict[str, Any]:
    return {"project_id": values["project_id"], "territory_id": values["territory_id"],
            "role": values["role"]}


def _involvement(values: Values, _: Any) -> dict[str, Any]:
    columns = involvement_columns(InvolvementInput(**_given(values, InvolvementInput)))
    return {**columns, "project_id": values["project_id"],
            "stakeholder_id": values["stakeholder_id"],
            "observed_effects": optional_text(values.get("observed_effects"),
                                              "observed_effects", "Les effets observés")}


def _stage_change(values: Values, _: Any) -> dict[str, Any]:
    return {"project_id": values["project_id"], "stage": values["stage"],
            "entered_on": values["entered_on"],
            "evidence": optional_text(values.get("evidence"), "evidence", "La preuve") or "",
            "recorded_by": optional_text(values.get("recorded_by"), "recorded_by",
                                         "Enregistrée par", 200)}


def _interaction(values: Values, _: Any) -> dict[str, Any]:
    texts = {key: optional_text(values.get(key), key, label) for key, label in (
        ("notes", "Le compte rendu"), ("decisions", "Les décisions"),
        ("next_steps", "Les suites à donner"))}
    return {"project_id": values["project_id"], "occurred_on": values["occurred_on"],
            "kind": values.get("kind") or InteractionKind.REUNION,
            "title": require_text(values.get("title"), "title", "L'objet", 300),
            "place": optional_text(values.get("place"), "place", "Le lieu", 300), **texts}


def _participant(values: Values, _: Any) -> dict[str, Any]:
    return {"interaction_id": values["interaction_id"],
            "stakeholder_id": values["stakeholder_id"], "presence": values["presence"]}


def _funding(values: Values, _: Any) -> dict[str, Any]:
    check_period(values.get("start_on"), values.get("end_on"))
    amounts = {key: check_cents(values.get(key, 0), key, label) for key, label in (
        ("requested_cents", "Le montant demandé"), ("granted_cents", "Le montant accordé"),
        ("paid_cents", "Le montant versé"))}
    return {"project_id": values["project_id"], "funder_id": values["funder_id"],
            "programme": optional_text(values.get("programme"), "programme", "Le programme",
                                       200),
            "instrument": values.get("instrument") or FundingInstrument.SUBVENTION,
            "status": values.get("status") or FundingStatus.ENVISAGE, **amounts,
            "start_on": values.get("start_on"), "end_on": values.get("end_on")}


def _evaluation(values: Values, lookups: Any) -> dict[str, Any]:
    project = SimpleNamespace(start_on=lookups.project_start(values["project_id"]))
    data = EvaluationInput(**{"evaluated_on": None, **_given(values, EvaluationInput)})
    return {**evaluation_columns(data, project), "project_id": values["project_id"]}  # type: ignore[arg-type]


def _evaluation_participant(values: Values, _: Any) -> dict[str, Any]:
    return {"evaluation_id": values["evaluation_id"],
            "stakeholder_id": values["stakeholder_id"], "role": values["role"]}


def _score(value: int | None, top: int, label: str) -> int | None:
    return None if value is None else check_score(value, "score", 0, top, label)


def _criterion_score(values: Values, _: Any) -> dict[str, Any]:
    return {"evaluation_id": values["evaluation_id"], "criterion": values["criterion"],
            "score": _score(values.get("score"), 4, "La note"),
            "justification": optional_text(values.get("justification"), "justification",
                                           "La justification"),
            "evidence": optional_text(values.get("evidence"), "evidence", "Les preuves")}


def _maturity_answer(values: Values, lookups: Any) -> dict[str, Any]:
    item_id, top = lookups.maturity_item(values["framework"], values["item"])
    return {"evaluation_id": values["evaluation_id"], "item_id": item_id,
            "score": _score(values.get("score"), top, "La note"),
            "comment": optional_text(values.get("comment"), "comment", "Le commentaire")}


def _recommendation(values: Values, _: Any) -> dict[str, Any]:
    status = values.get("status") or RecommendationStatus.A_FAIRE
    return {"evaluation_id": values["evaluation_id"],
            "text": require_text(values.get("text"), "text", "La recommandation", 100_000),
            "owner_id": values.get("owner_id"), "due_on": values.get("due_on"),
            "status": status, "closed_on": None if status.is_open else values.get("closed_on")}


def _indicator(values: Values, lookups: Any) -> dict[str, Any]:
    given = _given(values, IndicatorInput)
    if values.get("definition"):
        given["definition_id"] = lookups.definition(values["definition"])
    data = IndicatorInput(**{"title": "", "unit": "", "baseline_on": None, **given})
    return {**indicator_columns(data), "project_id": values["project_id"]}


def _measurement(values: Values, _: Any) -> dict[str, Any]:
    return {"indicator_id": values["indicator_id"], "measured_on": values["measured_on"],
            "value": check_decimal(values.get("value"), "value", "La valeur"),
            "comment": optional_text(values.get("comment"), "comment", "Le commentaire")}


def _not_here(values: Values, _: Any) -> dict[str, Any]:
    raise ValidationError("Les projets se restaurent avec leurs propres règles.")


K = RecordKind
RESTORED: dict[RecordKind, Restored] = {
    K.TERRITORY: Restored(Territory, _territory, {"parent_id": Territory},
                          natural=("kind", "code"), parent="parent_id"),
    K.ORGANISATION: Restored(Stakeholder, _organisation),
    K.PERSON: Restored(Stakeholder, _person),
    K.AFFILIATION: Restored(Affiliation, _affiliation, {"person_id": Stakeholder,
                                                        "organisation_id": Stakeholder}),
    K.PROJECT: Restored(Project, _not_here, {"lead_id": Stakeholder}),
    K.PROJECT_TERRITORY: Restored(ProjectTerritory, _project_territory, {
        "project_id": Project, "territory_id": Territory},
        natural=("project_id", "territory_id", "role")),
    K.INVOLVEMENT: Restored(Involvement, _involvement, {"project_id": Project,
                                                        "stakeholder_id": Stakeholder},
                            natural=("project_id", "stakeholder_id")),
    K.STAGE_CHANGE: Restored(StageChange, _stage_change, {"project_id": Project}),
    K.INTERACTION: Restored(Interaction, _interaction, {"project_id": Project}),
    K.PARTICIPANT: Restored(Participation, _participant, {
        "interaction_id": Interaction, "stakeholder_id": Stakeholder},
        natural=("interaction_id", "stakeholder_id")),
    K.FUNDING: Restored(Funding, _funding, {"project_id": Project, "funder_id": Stakeholder}),
    K.EVALUATION: Restored(Evaluation, _evaluation, {"project_id": Project}),
    K.EVALUATION_PARTICIPANT: Restored(EvaluationParticipant, _evaluation_participant, {
        "evaluation_id": Evaluation, "stakeholder_id": Stakeholder},
        natural=("evaluation_id", "stakeholder_id")),
    K.CRITERION_SCORE: Restored(CriterionScore, _criterion_score,
                                {"evaluation_id": Evaluation},
                                natural=("evaluation_id", "criterion")),
    K.MATURITY_ANSWER: Restored(MaturityAnswer, _maturity_answer,
                                {"evaluation_id": Evaluation},
                                natural=("evaluation_id", "item_id")),
    K.RECOMMENDATION: Restored(Recommendation, _recommendation, {
        "evaluation_id": Evaluation, "owner_id": Stakeholder}),
    K.INDICATOR: Restored(Indicator, _indicator, {"project_id": Project}),
    K.MEASUREMENT: Restored(Measurement, _measurement, {"indicator_id": Indicator}),
}
