"""The closed vocabularies of evaluation (DOMAIN.md §3) and their French labels.

Kept apart from ``vocabulary`` so that the core domain's lists stay readable;
the mechanics (codes stored, labels read loosely) are the same ``Vocabulary``.
"""

from __future__ import annotations

from ingenierie.models.vocabulary import Vocabulary


class EvaluationKind(Vocabulary):
    """Who evaluates: the partners themselves, with the people concerned, or outsiders."""

    AUTO_EVALUATION = "auto_evaluation", "Auto-évaluation"
    PARTICIPATIVE = "participative", "Participative"
    EXTERNE = "externe", "Externe"


class EvaluationTiming(Vocabulary):
    """When in the project's life the campaign takes place."""

    EX_ANTE = "ex_ante", "Ex ante"
    CONTINUE = "continue", "Continue"
    MI_PARCOURS = "mi_parcours", "Mi-parcours"
    FINALE = "finale", "Finale"
    EX_POST = "ex_post", "Ex post"


class EvaluationRole(Vocabulary):
    """A stakeholder's part in one evaluation campaign."""

    COMMANDITAIRE = "commanditaire", "Commanditaire"
    EVALUATEUR = "evaluateur", "Évaluateur·rice"
    INSTANCE = "instance", "Membre de l'instance d'évaluation"
    PARTICIPANT = "participant", "Participant·e"
    PERSONNE_INTERROGEE = "personne_interrogee", "Personne interrogée"


class Criterion(Vocabulary):
    """The OECD DAC criteria (revised 2019) and the *utilité* French practice adds."""

    PERTINENCE = "pertinence", "Pertinence"
    COHERENCE_INTERNE = "coherence_interne", "Cohérence interne"
    COHERENCE_EXTERNE = "coherence_externe", "Cohérence externe"
    EFFICACITE = "efficacite", "Efficacité"
    EFFICIENCE = "efficience", "Efficience"
    IMPACT = "impact", "Impact"
    DURABILITE = "durabilite", "Durabilité"
    UTILITE = "utilite", "Utilité"


class RecommendationStatus(Vocabulary):
    A_FAIRE = "a_faire", "À faire"
    EN_COURS = "en_cours", "En cours"
    FAIT = "fait", "Fait"
    ABANDONNE = "abandonne", "Abandonné"

    @property
    def is_open(self) -> bool:
        """Still to act on: carried over to the next campaign."""
        return self in (RecommendationStatus.A_FAIRE, RecommendationStatus.EN_COURS)


class IndicatorLevel(Vocabulary):
    """The results chain: what was done, what it changed, what it changed in the long run."""

    REALISATION = "realisation", "Réalisation"
    RESULTAT = "resultat", "Résultat"
    IMPACT = "impact", "Impact"


class Direction(Vocabulary):
    """Which way an indicator should move for the project to be on track."""

    HAUSSE = "hausse", "Hausse"
    BAISSE = "baisse", "Baisse"
    STABILITE = "stabilite", "Stabilité"


class ProgressStatus(Vocabulary):
    """Where an indicator stands; the last three say why no judgement is possible."""

    EN_AVANCE = "en_avance", "En avance"
    EN_LIGNE = "en_ligne", "En ligne"
    EN_RETARD = "en_retard", "En retard"
    NON_MESURE = "non_mesure", "Pas encore mesuré"
    SANS_CIBLE = "sans_cible", "Sans cible"
    SANS_ECHEANCE = "sans_echeance", "Sans échéance"


class ObservedMeasure(Vocabulary):
    """What an observed indicator computes from the records instead of typed measurements.

    The ones that need a rung of the cooperation ladder take it as their parameter.
    """

    ACTEURS_IMPLIQUES = "acteurs_impliques", "Acteurs impliqués"
    ACTEURS_AU_NIVEAU = "acteurs_au_niveau", "Acteurs à un niveau de participation"
    PART_AU_MOINS = "part_au_moins", "Part des acteurs à un niveau de participation ou au-delà"
    PART_FACILITATEUR = "part_facilitateur", "Part des implications en posture facilitateur"
    ECHANGES_TRIMESTRE = "echanges_trimestre", "Échanges sur les trois derniers mois"
    PART_PRESENTS = "part_presents", (
        "Part des acteurs impliqués présents à un échange sur les trois derniers mois")
    ATELIERS_TENUS = "ateliers_tenus", "Ateliers tenus depuis le début du projet"
    JOURS_A_L_ETAPE = "jours_a_l_etape", "Jours passés à une étape de coopération"

    @property
    def needs_stage(self) -> bool:
        """Whether the measure is about one rung of the ladder, given as its parameter."""
        return self in (ObservedMeasure.ACTEURS_AU_NIVEAU, ObservedMeasure.PART_AU_MOINS,
                        ObservedMeasure.JOURS_A_L_ETAPE)


class DataOrigin(Vocabulary):
    """Where a library definition or a maturity grid comes from.

    Shipped rows are kept in step with the files in ``resources/evaluation`` and
    never changed by an import; imported rows are the users' own.
    """

    FOURNIE = "fournie", "Fournie avec l'application"
    IMPORTEE = "importee", "Importée"
