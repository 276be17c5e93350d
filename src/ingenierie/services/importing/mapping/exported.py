"""The export's own layout: the workbook ``services/exporting`` writes and the import reads
back record for record, so that an export re-imports without loss and without duplicates.

Its first sheet is the summary (:data:`SUMMARY_SHEET`, holding :data:`MARKER`); each
other sheet is named by :data:`SHEET_TITLES` and its columns by the labels of
:data:`EXPORTED_FIELDS`. Every record carries its id (``Identifiant``) and names the
records it refers to by theirs, so that nothing is matched by name; the columns an
export adds for readers (a project's title beside its id, a current stage) are not
fields and are left out when reading. Sheets come in dependency order.
"""

from __future__ import annotations

from ingenierie.models.evaluation_vocabulary import (
    Criterion,
    Direction,
    EvaluationKind,
    EvaluationRole,
    EvaluationTiming,
    IndicatorLevel,
    ObservedMeasure,
    RecommendationStatus,
)
from ingenierie.models.vocabulary import (
    ActorKind,
    Civility,
    CooperationStage,
    FundingInstrument,
    FundingStatus,
    InteractionKind,
    InvolvementRole,
    LegalBasis,
    Posture,
    Presence,
    ProjectPhase,
    ProjectStatus,
    Scheme,
    TerritoryKind,
    TerritoryRole,
    Vocabulary,
)
from ingenierie.services.importing.mapping.fields import Field, RecordKind, ValueType

SUMMARY_SHEET = "Export"
MARKER = "Export Ingénierie"
#: The layout's version, written in the summary: a later layout can still read this one.
LAYOUT_VERSION = 1

T = ValueType


def _f(key: str, label: str, type_: ValueType = T.TEXT, vocabulary: type[Vocabulary] | None
       = None, *, required: bool = False) -> Field:
    return Field(key, label, type_, (), vocabulary, required)


def _id(key: str, label: str, *, required: bool = True) -> Field:
    return _f(key, label, T.IDENTIFIER, required=required)


ID = _id("id", "Identifiant", required=False)  # a row without one is a new record
_PROJECT = _id("project_id", "Identifiant du projet")
_STAKEHOLDER = _id("stakeholder_id", "Identifiant de l'acteur")
_EVALUATION = _id("evaluation_id", "Identifiant de l'évaluation")
_START = _f("start_on", "Date de début", T.DATE)
_END = _f("end_on", "Date de fin", T.DATE)
_CONTACT = (_f("email", "Courriel"), _f("phone", "Téléphone"),
            _f("postal_code", "Code postal"), _f("city", "Commune"))

EXPORTED_FIELDS: dict[RecordKind, tuple[Field, ...]] = {
    RecordKind.TERRITORY: (
        ID, _f("kind", "Type de territoire", T.VOCABULARY, TerritoryKind, required=True),
        _f("code", "Code"), _f("name", "Nom", required=True),
        _id("parent_id", "Identifiant du territoire parent", required=False)),
    RecordKind.ORGANISATION: (
        ID, _f("name", "Nom", required=True),
        _f("actor_kind", "Type d'acteur", T.VOCABULARY, ActorKind),
        _f("legal_form", "Forme juridique"), _f("siren", "SIREN"), _f("siret", "SIRET"),
        _f("rna", "RNA"), _f("website", "Site web"), *_CONTACT, _f("notes", "Notes")),
    RecordKind.PERSON: (
        ID, _f("civility", "Civilité", T.VOCABULARY, Civility),
        _f("last_name", "Nom", required=True), _f("first_name", "Prénom"),
        _f("job_title", "Fonction"), _f("actor_kind", "Type d'acteur", T.VOCABULARY, ActorKind),
        *_CONTACT, _f("public_mandate", "Mandat"),
        _f("legal_basis", "Base légale", T.VOCABULARY, LegalBasis), _f("source", "Source"),
        _f("first_contact_on", "Date du premier contact", T.DATE),
        _f("last_contact_on", "Date du dernier contact", T.DATE), _f("notes", "Notes")),
    RecordKind.AFFILIATION: (
        ID, _id("person_id", "Identifiant de la personne"),
        _id("organisation_id", "Identifiant de l'organisation"), _f("role", "Rôle"),
        _START, _END),
    RecordKind.PROJECT: (
        ID, _f("code", "Code"), _f("title", "Titre", required=True), _f("summary", "Résumé"),
        _f("scheme", "Dispositif", T.VOCABULARY, Scheme),
        _f("phase", "Phase", T.VOCABULARY, ProjectPhase),
        _f("status", "Statut", T.VOCABULARY, ProjectStatus), _START, _END,
        _id("lead_id", "Identifiant du porteur", required=False),
        _f("themes", "Thématiques"), _f("budget_cents", "Budget", T.AMOUNT),
        _f("funds_public", "Ressources publiques", T.BOOLEAN),
        _f("funds_market", "Ressources marchandes", T.BOOLEAN),
        _f("funds_non_market", "Ressources non marchandes", T.BOOLEAN),
        _f("funds_volunteer", "Bénévolat", T.BOOLEAN),
        _f("commons_resource", "Communs : ressource"),
        _f("commons_community", "Communs : communauté"),
        _f("commons_rules", "Communs : règles")),
    RecordKind.PROJECT_TERRITORY: (
        ID, _PROJECT, _id("territory_id", "Identifiant du territoire"),
        _f("role", "Rôle du territoire", T.VOCABULARY, TerritoryRole, required=True)),
    RecordKind.INVOLVEMENT: (
        ID, _PROJECT, _STAKEHOLDER,
        _f("role", "Rôle", T.VOCABULARY, InvolvementRole),
        _f("influence", "Influence", T.INTEGER), _f("interest", "Intérêt", T.INTEGER),
        _f("attitude", "Attitude", T.INTEGER),
        _f("participation", "Niveau de participation", T.VOCABULARY, CooperationStage),
        _f("posture", "Posture", T.VOCABULARY, Posture),
        _f("expected_effects", "Effets utiles attendus"),
        _f("observed_effects", "Effets utiles observés"), _START, _END),
    RecordKind.STAGE_CHANGE: (
        ID, _PROJECT,
        _f("stage", "Étape de coopération", T.VOCABULARY, CooperationStage, required=True),
        _f("entered_on", "Date", T.DATE, required=True), _f("evidence", "Preuve"),
        _f("recorded_by", "Enregistrée par")),
    RecordKind.INTERACTION: (
        ID, _PROJECT, _f("occurred_on", "Date", T.DATE, required=True),
        _f("kind", "Type d'échange", T.VOCABULARY, InteractionKind),
        _f("title", "Objet", required=True), _f("place", "Lieu"),
        _f("notes", "Compte rendu"), _f("decisions", "Décisions"),
        _f("next_steps", "Suites à donner")),
    RecordKind.PARTICIPANT: (
        ID, _id("interaction_id", "Identifiant de l'échange"), _STAKEHOLDER,
        _f("presence", "Présence", T.VOCABULARY, Presence, required=True)),
    RecordKind.FUNDING: (
        ID, _PROJECT, _id("funder_id", "Identifiant du financeur"),
        _f("programme", "Programme"),
        _f("instrument", "Instrument", T.VOCABULARY, FundingInstrument),
        _f("status", "Statut", T.VOCABULARY, FundingStatus),
        _f("requested_cents", "Montant demandé", T.AMOUNT),
        _f("granted_cents", "Montant accordé", T.AMOUNT),
        _f("paid_cents", "Montant versé", T.AMOUNT), _START, _END),
    RecordKind.EVALUATION: (
        ID, _PROJECT, _f("evaluated_on", "Date", T.DATE, required=True),
        _f("kind", "Type d'évaluation", T.VOCABULARY, EvaluationKind),
        _f("timing", "Moment", T.VOCABULARY, EvaluationTiming),
        _f("declared_stage", "Étape déclarée", T.VOCABULARY, CooperationStage),
        _f("declared_posture", "Posture déclarée", T.VOCABULARY, Posture),
        _f("narrative", "Récit")),
    RecordKind.EVALUATION_PARTICIPANT: (
        ID, _EVALUATION, _STAKEHOLDER,
        _f("role", "Rôle dans l'évaluation", T.VOCABULARY, EvaluationRole, required=True)),
    RecordKind.CRITERION_SCORE: (
        ID, _EVALUATION,
        _f("criterion", "Critère", T.VOCABULARY, Criterion, required=True),
        _f("score", "Note (0 à 4)", T.INTEGER), _f("justification", "Justification"),
        _f("evidence", "Éléments de preuve")),
    RecordKind.MATURITY_ANSWER: (
        ID, _EVALUATION, _f("framework", "Grille", required=True),
        _f("item", "Principe", required=True), _f("score", "Note", T.INTEGER),
        _f("comment", "Commentaire")),
    RecordKind.RECOMMENDATION: (
        ID, _EVALUATION, _f("text", "Recommandation", required=True),
        _id("owner_id", "Identifiant du porteur", required=False),
        _f("due_on", "Échéance", T.DATE),
        _f("status", "Statut", T.VOCABULARY, RecommendationStatus),
        _f("closed_on", "Close le", T.DATE)),
    RecordKind.INDICATOR: (
        ID, _PROJECT, _f("definition", "Définition (identifiant)"),
        _f("title", "Intitulé", required=True), _f("unit", "Unité", required=True),
        _f("description", "Description"),
        _f("level", "Niveau", T.VOCABULARY, IndicatorLevel),
        _f("direction", "Sens attendu", T.VOCABULARY, Direction),
        _f("baseline_value", "Valeur de référence", T.DECIMAL),
        _f("baseline_on", "Date de référence", T.DATE, required=True),
        _f("target_value", "Cible", T.DECIMAL), _f("target_on", "Date cible", T.DATE),
        _f("tolerance", "Tolérance", T.DECIMAL), _f("source", "Source"),
        _f("computation", "Calcul", T.VOCABULARY, ObservedMeasure),
        _f("parameter", "Paramètre du calcul")),
    RecordKind.MEASUREMENT: (
        ID, _id("indicator_id", "Identifiant de l'indicateur"),
        _f("measured_on", "Date", T.DATE, required=True),
        _f("value", "Valeur", T.DECIMAL, required=True), _f("comment", "Commentaire")),
}

#: Sheet titles (31 characters at most), in the order sheets are written and read.
SHEET_TITLES: dict[RecordKind, str] = {
    RecordKind.TERRITORY: "Territoires",
    RecordKind.ORGANISATION: "Organisations",
    RecordKind.PERSON: "Personnes",
    RecordKind.AFFILIATION: "Affiliations",
    RecordKind.PROJECT: "Projets",
    RecordKind.PROJECT_TERRITORY: "Territoires des projets",
    RecordKind.INVOLVEMENT: "Implications",
    RecordKind.STAGE_CHANGE: "Étapes de coopération",
    RecordKind.INTERACTION: "Échanges",
    RecordKind.PARTICIPANT: "Participants aux échanges",
    RecordKind.FUNDING: "Financements",
    RecordKind.EVALUATION: "Évaluations",
    RecordKind.EVALUATION_PARTICIPANT: "Participants aux évaluations",
    RecordKind.CRITERION_SCORE: "Notes des critères",
    RecordKind.MATURITY_ANSWER: "Réponses de maturité",
    RecordKind.RECOMMENDATION: "Recommandations",
    RecordKind.INDICATOR: "Indicateurs",
    RecordKind.MEASUREMENT: "Mesures",
}
EXPORTED_ORDER: tuple[RecordKind, ...] = tuple(SHEET_TITLES)


def exported_field(kind: RecordKind, key: str) -> Field:
    return next(f for f in EXPORTED_FIELDS[kind] if f.key == key)
