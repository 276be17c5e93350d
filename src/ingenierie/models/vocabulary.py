"""The domain's closed vocabularies and their French labels (DOMAIN.md §1–§3).

Codes are stored in the database as strings; labels are what users read and
type. ``parse`` accepts a code or a label written loosely (case, accents,
spaces, hyphens) so that forms and imports share one tolerant reading.
"""

from __future__ import annotations

import unicodedata
from enum import StrEnum
from typing import TYPE_CHECKING, Self


class _CombiningMarks(dict[int, int | None]):
    """A ``str.translate`` table deleting combining marks, filled as characters are met."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_COMBINING_MARKS = _CombiningMarks()


def fold(text: str) -> str:
    """Reduce text to a matching key: no accents, no case, single spaces."""
    # ASCII text has nothing to decompose: the fast path for most names and addresses.
    bare = text
    if not bare.isascii():
        bare = unicodedata.normalize("NFKD", bare.replace("œ", "oe").replace("Œ", "OE"))
        if not bare.isascii():
            bare = bare.translate(_COMBINING_MARKS)
    for sep in "-_’'/·.":
        bare = bare.replace(sep, " ")
    return " ".join(bare.casefold().split())


class Vocabulary(StrEnum):
    """A closed list of codes, each with the French label users see."""

    label: str

    if TYPE_CHECKING:
        # Once the class is built, Enum puts its own __new__ in place of the one below:
        # calling the class looks a member up by its code, and that is what callers do.
        def __new__(cls, code: str) -> Self: ...
    else:
        def __new__(cls, code: str, label: str) -> Self:
            member = str.__new__(cls, code)
            member._value_ = code
            member.label = label
            return member

    @classmethod
    def parse(cls, text: str) -> Self | None:
        """Return the member whose code or label matches ``text`` loosely."""
        key = fold(text)
        for member in cls:
            if key in (fold(member.value), fold(member.label)):
                return member
        return None

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        return [(m.value, m.label) for m in cls]


class ProjectPhase(Vocabulary):
    EMERGENCE = "emergence", "Émergence / interconnaissance"
    DIAGNOSTIC = "diagnostic", "Diagnostic partagé"
    ELABORATION = "elaboration", "Élaboration"
    MISE_EN_OEUVRE = "mise_en_oeuvre", "Mise en œuvre"
    SUIVI_EVALUATION = "suivi_evaluation", "Suivi et évaluation"
    CAPITALISATION = "capitalisation", "Capitalisation / essaimage"


class ProjectStatus(Vocabulary):
    ACTIF = "actif", "Actif"
    EN_VEILLE = "en_veille", "En veille"
    TERMINE = "termine", "Terminé"
    ABANDONNE = "abandonne", "Abandonné"


class CooperationStage(Vocabulary):
    """One ladder for projects and for each stakeholder's participation."""

    INFORMATION = "information", "Information"
    CONSULTATION = "consultation", "Consultation"
    CONCERTATION = "concertation", "Concertation"
    COLLABORATION = "collaboration", "Collaboration"
    CO_CONSTRUCTION = "co_construction", "Co-construction"
    COOPERATION = "cooperation", "Coopération"

    @property
    def rank(self) -> int:
        """1 for information … 6 for coopération."""
        return list(CooperationStage).index(self) + 1


class Posture(Vocabulary):
    SACHANT = "sachant", "Sachant"
    FACILITATEUR = "facilitateur", "Facilitateur"
    MIXTE = "mixte", "Mixte"


class Quadrant(Vocabulary):
    """Mendelow's power/interest grid, derived from influence and interest."""

    GERER_DE_PRES = "gerer_de_pres", "Gérer de près"
    TENIR_SATISFAIT = "tenir_satisfait", "Tenir satisfait"
    TENIR_INFORME = "tenir_informe", "Tenir informé"
    SURVEILLER = "surveiller", "Surveiller"

    @classmethod
    def of(cls, influence: int, interest: int) -> Quadrant:
        """Scores 1–5; 3 and above count as high."""
        high_influence, high_interest = influence >= 3, interest >= 3
        if high_influence:
            return cls.GERER_DE_PRES if high_interest else cls.TENIR_SATISFAIT
        return cls.TENIR_INFORME if high_interest else cls.SURVEILLER


class Scheme(Vocabulary):
    CONTRAT_DE_VILLE = "contrat_de_ville", "Contrat de ville"
    CONTRAT_DE_RECIPROCITE = "contrat_de_reciprocite", "Contrat de réciprocité"
    PTCE = "ptce", "PTCE"
    TZCLD = "tzcld", "TZCLD"
    ENERGIE_CITOYENNE = "energie_citoyenne", "Énergie citoyenne"
    TIERS_LIEU = "tiers_lieu", "Tiers-lieu"
    PROJET_DE_TERRITOIRE = "projet_de_territoire", "Projet de territoire"
    LAB_DESIGN_PUBLIC = "lab_design_public", "Lab / design public"
    RECHERCHE_ACTION = "recherche_action", "Recherche-action"
    AUTRE = "autre", "Autre"


class TerritoryKind(Vocabulary):
    COMMUNE = "commune", "Commune"
    EPCI = "epci", "EPCI"
    DEPARTEMENT = "departement", "Département"
    REGION = "region", "Région"
    QPV = "qpv", "Quartier prioritaire (QPV)"
    PAYS_PETR = "pays_petr", "Pays / PETR"
    PNR = "pnr", "Parc naturel régional"
    BASSIN = "bassin", "Bassin de vie"
    CUSTOM = "custom", "Territoire de projet"


class TerritoryRole(Vocabulary):
    PERIMETRE = "perimetre", "Périmètre"
    QPV_CIBLE = "qpv_cible", "QPV ciblé"
    PARTENAIRE = "partenaire", "Territoire partenaire"


class ActorKind(Vocabulary):
    ELU = "elu", "Élu·e"
    ETAT = "etat", "Services de l'État"
    COLLECTIVITE = "collectivite", "Collectivité territoriale"
    EPCI = "epci", "EPCI"
    HABITANT = "habitant", "Habitant·e"
    ASSOCIATION = "association", "Association"
    ENTREPRISE = "entreprise", "Entreprise"
    ESS = "ess", "Structure ESS"
    BAILLEUR_SOCIAL = "bailleur_social", "Bailleur social"
    CENTRE_RESSOURCES = "centre_ressources", "Centre de ressources"
    BUREAU_ETUDES = "bureau_etudes", "Bureau d'études / consultant"
    CHERCHEUR = "chercheur", "Chercheur·e / université"
    FORMATEUR = "formateur", "Formateur"
    CONSEIL_CITOYEN = "conseil_citoyen", "Conseil citoyen"
    CONSEIL_DEVELOPPEMENT = "conseil_developpement", "Conseil de développement"
    FINANCEUR = "financeur", "Financeur"
    AUTRE = "autre", "Autre"


class StakeholderNature(Vocabulary):
    PERSON = "person", "Personne"
    ORGANISATION = "organisation", "Organisation"


class Civility(Vocabulary):
    """How a person is addressed in letters and invitations.

    ``parse`` also reads the abbreviations managers' lists use (Mme, M., Mr,
    Mlle…) and the F / H of a "Genre" column; "Mademoiselle" is read as Madame,
    as French administrations have written it since 2012.
    """

    MADAME = "madame", "Madame"
    MONSIEUR = "monsieur", "Monsieur"

    @classmethod
    def parse(cls, text: str) -> Civility | None:
        return _CIVILITY_SPELLINGS.get(fold(text)) or super().parse(text)


# Folded spellings (see ``fold``: "M." is "m", "Mme." is "mme").
_CIVILITY_SPELLINGS = {
    **dict.fromkeys(("mme", "mad", "mlle", "melle", "mademoiselle", "mrs", "ms", "miss", "f",
                     "femme"), Civility.MADAME),
    **dict.fromkeys(("m", "mr", "mons", "monsieur", "h", "homme"), Civility.MONSIEUR),
}


class LegalBasis(Vocabulary):
    """RGPD art. 6-1 basis recorded for each person."""

    MISSION_INTERET_PUBLIC = "mission_interet_public", "Mission d'intérêt public (6-1-e)"
    INTERET_LEGITIME = "interet_legitime", "Intérêt légitime (6-1-f)"
    CONSENTEMENT = "consentement", "Consentement (6-1-a)"
    OBLIGATION_LEGALE = "obligation_legale", "Obligation légale (6-1-c)"
    CONTRAT = "contrat", "Contrat (6-1-b)"


class InvolvementRole(Vocabulary):
    PORTEUR = "porteur", "Porteur"
    CO_PORTEUR = "co_porteur", "Co-porteur"
    PARTENAIRE = "partenaire", "Partenaire"
    FINANCEUR = "financeur", "Financeur"
    OPERATEUR = "operateur", "Opérateur"
    BENEFICIAIRE = "beneficiaire", "Bénéficiaire"
    EXPERT = "expert", "Expert"
    MEMBRE_COPIL = "membre_copil", "Membre du COPIL"
    OPPOSANT = "opposant", "Opposant"
    # A plan's fiche action names the person who steers it and the elected member
    # answering for it (« personne pilote », « élu·e référent·e »).
    PILOTE = "pilote", "Personne pilote"
    ELU_REFERENT = "elu_referent", "Élu·e référent·e"


class InteractionKind(Vocabulary):
    REUNION = "reunion", "Réunion"
    ATELIER = "atelier", "Atelier"
    COPIL = "copil", "Comité de pilotage"
    COTECH = "cotech", "Comité technique"
    ENTRETIEN = "entretien", "Entretien"
    VISITE_TERRAIN = "visite_terrain", "Visite de terrain"
    REUNION_PUBLIQUE = "reunion_publique", "Réunion publique"
    COURRIEL = "courriel", "Courriel"
    TELEPHONE = "telephone", "Téléphone"


class Presence(Vocabulary):
    PRESENT = "present", "Présent"
    EXCUSE = "excuse", "Excusé"
    ABSENT = "absent", "Absent"


class FundingInstrument(Vocabulary):
    SUBVENTION = "subvention", "Subvention"
    CPO = "cpo", "Convention pluriannuelle d'objectifs"
    APPEL_A_PROJETS = "appel_a_projets", "Appel à projets"
    MARCHE = "marche", "Marché public"
    MECENAT = "mecenat", "Mécénat"
    FINANCEMENT_PARTICIPATIF = "financement_participatif", "Financement participatif"
    FONDS_PROPRES = "fonds_propres", "Fonds propres"
    VALORISATION = "valorisation", "Valorisation"


class FundingStatus(Vocabulary):
    ENVISAGE = "envisage", "Envisagé"
    DEMANDE = "demande", "Demandé"
    ACCORDE = "accorde", "Accordé"
    REFUSE = "refuse", "Refusé"
    VERSE = "verse", "Versé"
    SOLDE = "solde", "Soldé"


class ActionStatus(Vocabulary):
    """The status of a fiche action in a plan, as Territoires en Transitions words it.

    Richer than a project's status (a late or blocked action is still active): kept
    as the plan says it, and read onto the project's status and phase.
    """

    A_VENIR = "a_venir", "À venir"
    A_DISCUTER = "a_discuter", "À discuter"
    EN_COURS = "en_cours", "En cours"
    REALISE = "realise", "Réalisé"
    EN_RETARD = "en_retard", "En retard"
    EN_PAUSE = "en_pause", "En pause"
    BLOQUE = "bloque", "Bloqué"
    ABANDONNE = "abandonne", "Abandonné"


class Priority(Vocabulary):
    """A fiche action's priority in its plan."""

    ELEVE = "eleve", "Élevé"
    MOYEN = "moyen", "Moyen"
    BAS = "bas", "Bas"


class CitizenParticipation(Vocabulary):
    """How far citizens take part in an action: a rung of the cooperation ladder, or none.

    The levels are :class:`CooperationStage`'s own (same codes, same labels), plus
    « Pas de participation citoyenne », which a plan states explicitly.
    """

    AUCUNE = "aucune", "Pas de participation citoyenne"
    INFORMATION = "information", "Information"
    CONSULTATION = "consultation", "Consultation"
    CONCERTATION = "concertation", "Concertation"
    COLLABORATION = "collaboration", "Collaboration"
    CO_CONSTRUCTION = "co_construction", "Co-construction"
    COOPERATION = "cooperation", "Coopération"

    @property
    def stage(self) -> CooperationStage | None:
        """The rung of the cooperation ladder; None for no participation."""
        return None if self is CitizenParticipation.AUCUNE else CooperationStage(self.value)

    @classmethod
    def of_stage(cls, stage: CooperationStage | None) -> CitizenParticipation:
        return cls.AUCUNE if stage is None else cls(stage.value)
