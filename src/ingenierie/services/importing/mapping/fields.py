"""The importable fields of each record kind, as data: key, French label, synonyms, type.

Keys are the names the import pipeline uses (close to the model attributes);
synonyms are the column headers managers actually write, compared after
folding (case, accents, spacing and punctuation ignored).
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from enum import StrEnum

from ingenierie.models.evaluation_vocabulary import Direction, IndicatorLevel
from ingenierie.models.vocabulary import (
    ActionStatus,
    ActorKind,
    CitizenParticipation,
    Civility,
    CooperationStage,
    FundingInstrument,
    FundingStatus,
    InteractionKind,
    InvolvementRole,
    LegalBasis,
    Posture,
    Priority,
    ProjectPhase,
    ProjectStatus,
    Scheme,
    TerritoryKind,
    Vocabulary,
)


class ValueType(StrEnum):
    """How a column's cells are parsed (see ``values.parse_value``)."""

    TEXT = "text"
    DATE = "date"
    AMOUNT = "amount"  # integer cents
    PERCENT = "percent"
    INTEGER = "integer"
    BOOLEAN = "boolean"
    POSTAL_CODE = "postal_code"
    PHONE = "phone"
    EMAIL = "email"
    VOCABULARY = "vocabulary"
    LIFECYCLE = "lifecycle"  # a project's status or phase: one word may tell both


class RecordKind(Vocabulary):
    """What one sheet holds; ``label`` is French."""

    PERSON = "person", "Personnes"
    ORGANISATION = "organisation", "Organisations"
    PROJECT = "project", "Projets"
    INVOLVEMENT = "involvement", "Implications"
    INTERACTION = "interaction", "Échanges"
    FUNDING = "funding", "Financements"
    TERRITORY = "territory", "Territoires"
    PLAN = "plan", "Fiches actions d'un plan"
    INDICATOR_DEFINITION = "indicator_definition", "Définitions d'indicateurs"


@dataclass(frozen=True, slots=True)
class Field:
    """One importable column: ``synonyms`` include the label itself."""

    key: str
    label: str
    type: ValueType
    synonyms: tuple[str, ...] = ()
    vocabulary: builtins.type[Vocabulary] | None = None  # `type` is the field above
    required: bool = False

    @property
    def names(self) -> tuple[str, ...]:
        return (self.label, *self.synonyms)


def _f(key: str, label: str, type_: ValueType = ValueType.TEXT, *synonyms: str,
       vocabulary: type[Vocabulary] | None = None, required: bool = False) -> Field:
    return Field(key, label, type_, synonyms, vocabulary, required)


T = ValueType
_EMAIL = _f("email", "Courriel", T.EMAIL, "E-mail", "Email", "Mail", "Adresse mail",
            "Adresse e-mail", "Adresse électronique", "Adresse courriel", "Mél")
_PHONE = _f("phone", "Téléphone", T.PHONE, "Tél", "Tel", "Tél.", "Téléphone fixe",
            "Portable", "Mobile", "Numéro de téléphone", "Phone", "Tél. fixe", "Tél. portable",
            "Téléphone portable", "Téléphone mobile", "Tél. mobile", "Numéro de portable")
_POSTAL = _f("postal_code", "Code postal", T.POSTAL_CODE, "CP", "Code post", "Postal code",
             "Zip", "Zip code")
_CITY = _f("city", "Commune", T.TEXT, "Ville", "Localité", "City", "Town")
_NOTES = _f("notes", "Notes", T.TEXT, "Remarques", "Commentaire", "Commentaires",
            "Observations", "Note", "Remarque", "Comments")
_ACTOR_KIND = _f("actor_kind", "Type d'acteur", T.VOCABULARY, "Type", "Catégorie",
                 "Catégorie d'acteur", "Famille d'acteur", "Nature de l'acteur",
                 vocabulary=ActorKind)
_START = _f("start_on", "Date de début", T.DATE, "Début", "Du", "Date début", "Start date")
_END = _f("end_on", "Date de fin", T.DATE, "Fin", "Au", "Date fin", "End date")
_AMOUNT_NAMES = ("Montant € HT", "Montant € TTC", "Montant HT", "Montant TTC")
_PROJECT_REF = _f("project", "Projet", T.TEXT, "Nom du projet", "Code projet", "Intitulé du projet",
                  "Project", required=True)

FIELDS: dict[RecordKind, tuple[Field, ...]] = {
    RecordKind.PERSON: (
        _f("civility", "Civilité", T.VOCABULARY, "Titre de civilité", "Genre", "Title",
           vocabulary=Civility),
        _f("last_name", "Nom", T.TEXT, "Nom de famille", "Nom d'usage", "Last name",
           "Surname", "Family name", "Name", required=True),
        _f("first_name", "Prénom", T.TEXT, "Prenoms", "First name", "Given name"),
        _f("organisation", "Organisme", T.TEXT, "Structure", "Organisation", "Employeur",
           "Institution", "Entité", "Collectivité", "Société", "Association", "Company"),
        _f("job_title", "Fonction", T.TEXT, "Poste", "Titre", "Qualité", "Rôle",
           "Intitulé de poste", "Job title", "Position"),
        _EMAIL, _PHONE, _POSTAL, _CITY,
        _f("first_contact_on", "Date du premier contact", T.DATE, "Date 1er contact",
           "Premier contact", "Date de premier contact", "First contact"),
        _f("last_contact_on", "Date du dernier contact", T.DATE, "Dernier contact",
           "Date de dernier contact", "Last contact"),
        _f("amount_cents", "Montant accompagné", T.AMOUNT, "Montant accompagné (€)",
           "Montant", "Montant (€)", "Montant en euros", "Amount"),
        _ACTOR_KIND,
        _f("public_mandate", "Mandat", T.TEXT, "Mandat public", "Mandat électif"),
        _f("legal_basis", "Base légale", T.VOCABULARY, "Base juridique", "Fondement RGPD",
           vocabulary=LegalBasis),
        _f("source", "Source", T.TEXT, "Origine du contact"),
        _NOTES,
    ),
    RecordKind.ORGANISATION: (
        _f("name", "Nom", T.TEXT, "Organisme", "Structure", "Organisation", "Raison sociale",
           "Dénomination", "Nom de la structure", "Nom de l'organisme", "Name", required=True),
        _ACTOR_KIND,
        _f("legal_form", "Forme juridique", T.TEXT, "Statut juridique", "Nature juridique"),
        _f("siren", "SIREN", T.TEXT, "N° SIREN", "Numéro SIREN"),
        _f("siret", "SIRET", T.TEXT, "N° SIRET", "Numéro SIRET"),
        _f("rna", "RNA", T.TEXT, "N° RNA", "Numéro RNA", "Numéro d'association"),
        _f("website", "Site web", T.TEXT, "Site internet", "Site", "URL", "Website"),
        _EMAIL, _PHONE, _POSTAL, _CITY, _NOTES,
    ),
    RecordKind.PROJECT: (
        _f("code", "Code", T.TEXT, "Code projet", "Référence", "Réf", "Identifiant"),
        _f("title", "Titre", T.TEXT, "Intitulé", "Nom du projet", "Projet", "Libellé",
           "Title", required=True),
        _f("summary", "Résumé", T.TEXT, "Description", "Objet", "Présentation", "Summary"),
        _f("scheme", "Dispositif", T.VOCABULARY, "Cadre", "Programme", vocabulary=Scheme),
        _f("phase", "Phase", T.LIFECYCLE, "Étape du projet", "Phase du projet",
           vocabulary=ProjectPhase),
        _f("status", "Statut", T.LIFECYCLE, "État", "Etat", "Status", "Statut du projet",
           "État d'avancement", "Avancement", vocabulary=ProjectStatus),
        _f("stage", "Étape de coopération", T.VOCABULARY, "Niveau de coopération",
           "Degré de coopération", vocabulary=CooperationStage),
        _START, _END,
        _f("lead", "Porteur", T.TEXT, "Structure porteuse", "Porteur du projet", "Chef de file"),
        _f("themes", "Thématiques", T.TEXT, "Thématique", "Thèmes", "Thème"),
        _f("territories", "Territoires", T.TEXT, "Territoire", "Code territoire",
           "Codes territoires", "Périmètre"),
        _f("budget_cents", "Budget", T.AMOUNT, "Budget (€)", "Budget total", "Coût total",
           "Montant total"),
        _NOTES,
    ),
    RecordKind.INVOLVEMENT: (
        _PROJECT_REF,
        _f("stakeholder", "Acteur", T.TEXT, "Partie prenante", "Nom", "Nom de l'acteur",
           "Structure", "Organisme", "Stakeholder", required=True),
        _f("first_name", "Prénom", T.TEXT, "First name"),
        _f("role", "Rôle", T.VOCABULARY, "Rôle dans le projet", "Role",
           vocabulary=InvolvementRole),
        _f("influence", "Influence", T.INTEGER, "Pouvoir", "Influence (1-5)"),
        _f("interest", "Intérêt", T.INTEGER, "Interet", "Intérêt (1-5)", "Interest"),
        _f("attitude", "Attitude", T.INTEGER, "Attitude (-2 à +2)", "Positionnement"),
        _f("participation", "Niveau de participation", T.VOCABULARY, "Participation",
           "Niveau de coopération", vocabulary=CooperationStage),
        _f("posture", "Posture", T.VOCABULARY, "Posture de l'agent", "Posture du développeur",
           vocabulary=Posture),
        _f("expected_effects", "Effets utiles attendus", T.TEXT, "Effets utiles",
           "Effets attendus"),
        _START, _END,
    ),
    RecordKind.INTERACTION: (
        _PROJECT_REF,
        _f("occurred_on", "Date", T.DATE, "Date de l'échange", "Date de la réunion", "Le",
           required=True),
        _f("kind", "Type d'échange", T.VOCABULARY, "Type", "Nature", "Format",
           vocabulary=InteractionKind),
        _f("title", "Objet", T.TEXT, "Titre", "Intitulé", "Sujet", required=True),
        _f("place", "Lieu", T.TEXT, "Adresse", "Salle", "Place"),
        _f("participants", "Participants", T.TEXT, "Présents", "Participant·es",
           "Personnes présentes", "Acteurs présents", "Présences", "Participants présents"),
        _f("notes", "Compte rendu", T.TEXT, "Notes", "CR", "Remarques", "Commentaires"),
        _f("decisions", "Décisions", T.TEXT, "Décisions prises", "Relevé de décisions"),
        _f("next_steps", "Suites à donner", T.TEXT, "Prochaines étapes", "Suites", "Actions"),
    ),
    RecordKind.FUNDING: (
        _PROJECT_REF,
        _f("funder", "Financeur", T.TEXT, "Organisme financeur", "Structure financeuse",
           "Financeurs", "Funder", required=True),
        _f("programme", "Programme", T.TEXT, "Dispositif de financement", "Fonds",
           "Ligne budgétaire", "Appel à projets"),
        _f("instrument", "Instrument", T.VOCABULARY, "Type de financement",
           "Nature du financement", vocabulary=FundingInstrument),
        _f("status", "Statut du financement", T.VOCABULARY, "Statut", "État", "Etat",
           vocabulary=FundingStatus),
        _f("requested_cents", "Montant demandé", T.AMOUNT, "Demandé", "Montant sollicité",
           "Montant", *_AMOUNT_NAMES),
        _f("granted_cents", "Montant accordé", T.AMOUNT, "Accordé", "Montant attribué",
           "Montant voté", "Subvention accordée"),
        _f("paid_cents", "Montant versé", T.AMOUNT, "Versé", "Montant payé", "Déjà versé"),
        _START, _END,
    ),
    RecordKind.TERRITORY: (
        _f("kind", "Type de territoire", T.VOCABULARY, "Type", "Nature", "Niveau",
           vocabulary=TerritoryKind),
        _f("code", "Code", T.TEXT, "Code INSEE", "Code commune", "COM", "CODGEO", "DEPCOM",
           "Code géographique", "SIREN", "N° SIREN", "Code QPV", "CODE_QP", "Code quartier",
           "INSEE", "Code_INSEE", "Code du quartier", "Code QP", "Code QN", required=True),
        _f("name", "Nom", T.TEXT, "Libellé", "LIBELLE", "LIBGEO", "NCCENR", "Nom de la commune",
           "Nom du groupement", "LIB_QP", "Nom du quartier", "Libellé commune", "NOM_QP",
           "Nom QPV", "Nom du QPV", "Libellé QPV", "Nom membre", "Nom_membre",
           required=True),
        _f("parent_code", "Territoire parent", T.TEXT, "Code parent", "EPCI", "DEP",
           "Département", "Code département", "Code EPCI", "Commune", "Communes",
           "INSEE_COM", "Code INSEE de la commune", "Codes communes", "SIREN EPCI",
           "SIREN_EPCI"),
        _f("parent_name", "Nom du territoire parent", T.TEXT, "Raison sociale",
           "Raison_sociale", "Nom de l'EPCI", "Libellé EPCI", "Nom EPCI", "Nom_EPCI"),
        _f("population", "Population", T.INTEGER, "PMUN", "Population municipale", "PTOT"),
    ),
    RecordKind.PLAN: (
        _f("axis1", "Axe (x)", T.TEXT, "Axe"),
        _f("axis2", "Sous-axe (x.x)", T.TEXT, "Sous-axe", "Sous axe"),
        _f("axis3", "Sous-sous axe (x.x.x)", T.TEXT, "Sous-sous-axe", "Sous sous axe"),
        _f("title", "Titre de la fiche action", T.TEXT, "Titre de la fiche", "Fiche action",
           "Titre de l'action", "Intitulé de la fiche action", required=True),
        # Not imported yet: a row naming a sous-action is refused rather than taken for
        # the action above it (TeT reads it as an action of its own, child of « title »).
        _f("sub_title", "Titre de la sous-action", T.TEXT, "Sous-action"),
        _f("summary", "Descriptif", T.TEXT, "Description de l'action"),
        _f("themes", "Thématique principale", T.TEXT),
        _f("sub_themes", "Sous-thématiques", T.TEXT, "Sous-thématique"),
        _f("governance", "Instances de gouvernance", T.TEXT, "Gouvernance"),
        _f("objectives", "Objectifs", T.TEXT, "Objectifs de l'action"),
        _f("lead_structures", "Structure pilote", T.TEXT, "Structures pilotes"),
        _f("means", "Moyens humains et techniques", T.TEXT, "Moyens"),
        _f("partners", "Partenaires", T.TEXT),
        _f("services", "Direction ou service pilote", T.TEXT, "Service-département-pôle pilote",
           "Service pilote", "Services pilotes"),
        _f("pilots", "Personne pilote", T.TEXT, "Personnes pilotes"),
        _f("referents", "Élu·e référent·e", T.TEXT, "Élu référent", "Élue référente",
           "Élus référents", "Élu·es référent·es"),
        _f("participation", "Participation Citoyenne", T.VOCABULARY,
           vocabulary=CitizenParticipation),
        _f("financing", "Financements", T.TEXT),
        *(field for number in (1, 2, 3) for field in (
            _f(f"funder{number}", f"Financeur {number}", T.TEXT),
            # The three amounts share one header: each is the column after its funder.
            _f(f"amount{number}", f"Montant du financeur {number}", T.AMOUNT))),
        _f("budget_cents", "Budget prévisionnel total € HT", T.AMOUNT,
           "Budget prévisionnel total € TTC", "Budget prévisionnel", "Budget prévisionnel total"),
        _f("status", "Statut", T.LIFECYCLE, "Statut de l'action", vocabulary=ActionStatus),
        _f("priority", "Niveau de priorité", T.VOCABULARY, "Priorité", vocabulary=Priority),
        _START, _END,
        _f("continuous", "Action en amélioration continue", T.BOOLEAN, "Amélioration continue"),
    ),
    RecordKind.INDICATOR_DEFINITION: (
        _f("code", "Identifiant", T.TEXT, "Code", "Code indicateur", "Code de l'indicateur",
           "Référence", "Réf", "ID", required=True),
        _f("title", "Intitulé", T.TEXT, "Titre", "Libellé", "Nom de l'indicateur", "Indicateur",
           required=True),
        _f("unit", "Unité", T.TEXT, "Unité de mesure", "Unite", "Unit", required=True),
        _f("description", "Description", T.TEXT, "Définition", "Mode de calcul",
           "Commentaire"),
        _f("level", "Niveau", T.VOCABULARY, "Niveau de l'indicateur", "Type d'indicateur",
           "Chaîne de résultats", vocabulary=IndicatorLevel),
        _f("direction", "Sens attendu", T.VOCABULARY, "Sens", "Évolution attendue",
           "Tendance attendue", vocabulary=Direction),
        _f("themes", "Thématiques", T.TEXT, "Thématique", "Thèmes", "Thème"),
        _f("schemes", "Dispositifs", T.TEXT, "Dispositif", "Cadre"),
    ),
}

#: Columns known to belong to a kind's usual files that the import leaves out: they tell
#: what a file is (BANATIC's « mode_financ », TeT's « Indicateurs liés ») without feeding
#: a field.
KNOWN_UNUSED: dict[RecordKind, tuple[str, ...]] = {
    RecordKind.TERRITORY: (
        "dept", "dep_com", "mode_financ", "nb_membres", "total_pop_tot", "total_pop_mun",
        "siren_membre", "nj_epci", "fisc_epci", "REG", "ARR", "CTCD", "TNCC", "NCC", "CAN",
        "COMPARENT", "lib_com", "Nom de la commune du QPV", "Région", "Libellé région",
        "Libellé département", "Nature juridique"),
    RecordKind.PLAN: (
        "Indicateurs liés", "Mesures liées", "Actions liées",
        "Notes", "Documents et liens", "Résultats attendus", "Cibles", "Calendrier",
        "Fiches des plans liées", "Notes complémentaires", "Etapes de la fiche action"),
}

#: The headers of a plan's funding amounts, each read as the amount of the funder before it.
AMOUNT_HEADERS = _AMOUNT_NAMES


def fields_for(kind: RecordKind) -> tuple[Field, ...]:
    return FIELDS[kind]


def all_fields() -> tuple[Field, ...]:
    """Every kind's fields, for finding a header before the kind is known."""
    return tuple(f for fields in FIELDS.values() for f in fields)
