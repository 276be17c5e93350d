"""Material for what happens in a project: stage evidence, meetings, notes, decisions, funding.

Evidence templates take ``{date}`` (dd/mm/yyyy) and say where the step was
seen, as an officer writes it: "Compte rendu du COPIL du 12/03/2024 : …".
"""

from __future__ import annotations

from ingenierie.models.vocabulary import CooperationStage, FundingInstrument, InteractionKind

EVIDENCE: dict[CooperationStage, tuple[str, ...]] = {
    CooperationStage.INFORMATION: (
        "Réunion de présentation du {date} : le projet est présenté aux partenaires pressentis.",
        "Lettre d'information envoyée le {date} aux acteurs du territoire.",
        "Article dans le bulletin municipal du {date} annonçant la démarche.",
    ),
    CooperationStage.CONSULTATION: (
        "Questionnaire diffusé le {date} : 140 réponses d'habitants et de structures.",
        "Entretiens menés jusqu'au {date} avec douze acteurs clés ; avis recueillis.",
        "Réunion publique du {date} : les habitants donnent leur avis sur le diagnostic.",
    ),
    CooperationStage.CONCERTATION: (
        "Compte rendu de l'atelier du {date} : accord sur les priorités du plan d'actions.",
        "Séminaire partenarial du {date} : les partenaires s'accordent sur les objectifs communs.",
        "Compte rendu du COPIL du {date} : accord sur la charte de partenariat.",
    ),
    CooperationStage.COLLABORATION: (
        "Convention de partenariat signée le {date} : répartition des actions entre structures.",
        "Compte rendu du COTECH du {date} : chaque partenaire pilote une fiche action.",
        "Chantier commun lancé le {date} avec trois structures opératrices.",
    ),
    CooperationStage.CO_CONSTRUCTION: (
        "Compte rendu du COPIL du {date} : le plan d'actions est co-écrit avec les habitants "
        "et évalué ensemble.",
        "Atelier d'évaluation partagée du {date} : partenaires et usagers ajustent le projet.",
        "Gouvernance élargie votée le {date} : un collège d'habitants siège au comité de "
        "pilotage.",
    ),
    CooperationStage.COOPERATION: (
        "Assemblée du {date} : création d'une SCIC réunissant partenaires et habitants, "
        "co-auteurs du projet.",
        "Charte des communs adoptée le {date} : gouvernance partagée et règles communes.",
        "Compte rendu du COPIL du {date} : les partenaires portent ensemble la suite du projet.",
    ),
}
STALL_EVIDENCE: tuple[str, ...] = (
    "Point d'étape du {date} : la démarche marque le pas, deux partenaires se mettent en "
    "retrait.",
    "Compte rendu du COPIL du {date} : pas d'avancée, le calendrier est repoussé.",
    "Note de l'animateur du {date} : participation en baisse aux ateliers.",
)
BACK_EVIDENCE: tuple[str, ...] = (
    "Compte rendu du COPIL du {date} : départ du porteur, la coopération redescend d'une "
    "marche.",
    "Point d'étape du {date} : désaccord sur le budget, les partenaires reviennent en arrière.",
    "Note du {date} : après le changement d'équipe municipale, la démarche recule d'un cran.",
)

TOPICS = (
    "la charte de gouvernance", "le plan de financement", "le diagnostic partagé",
    "la programmation de l'année", "le recrutement du chargé de mission", "le choix du site",
    "la communication aux habitants", "l'évaluation à mi-parcours", "le modèle économique",
    "les règles d'usage du lieu", "la convention de partenariat", "le calendrier des travaux",
)
TITLES: dict[InteractionKind, tuple[str, ...]] = {
    InteractionKind.REUNION: ("Réunion partenaires sur {topic}", "Réunion de lancement",
                              "Réunion de travail : {topic}"),
    InteractionKind.ATELIER: ("Atelier « {topic} »", "Atelier de concertation sur {topic}",
                              "Atelier de co-construction"),
    InteractionKind.COPIL: ("COPIL n° {number}",),
    InteractionKind.COTECH: ("Comité technique : {topic}",),
    InteractionKind.ENTRETIEN: ("Entretien avec {person}",),
    InteractionKind.VISITE_TERRAIN: ("Visite de terrain {at_commune}",),
    InteractionKind.REUNION_PUBLIQUE: ("Réunion publique {at_commune}",),
    InteractionKind.COURRIEL: ("Échange de courriels sur {topic}",),
    InteractionKind.TELEPHONE: ("Appel : {topic}",),
}
MEETING_PLACES = ("Salle du conseil, mairie {of_commune}", "Salle polyvalente {of_commune}",
                  "Locaux du porteur", "Centre social {of_commune}", "Visioconférence",
                  "Médiathèque {of_commune}", "Tiers-lieu {of_commune}")
NOTES = (
    "Bonne dynamique, les partenaires souhaitent accélérer le calendrier.",
    "Les habitants présents ont insisté sur les horaires et l'accessibilité.",
    "Discussion vive sur la répartition des rôles ; à reprendre en COTECH.",
    "Les élus attendent des résultats visibles avant les prochaines échéances.",
    "Point sur les financements : un dossier est en cours d'instruction.",
    "Présentation des premiers résultats de l'enquête auprès des usagers.",
    "Le porteur signale des difficultés de trésorerie.",
)
DECISIONS = (
    "Validation du plan d'actions.", "Validation du budget prévisionnel.",
    "Lancement d'un groupe de travail sur la gouvernance.",
    "Adoption de la charte de partenariat.", "Report de la décision au prochain COPIL.",
    "Choix du site retenu pour l'installation.", "Recrutement d'un chargé de mission validé.",
)
NEXT_STEPS = (
    "Envoyer le compte rendu aux partenaires sous huit jours.",
    "Préparer le dossier de demande de subvention.",
    "Organiser un atelier avec les habitants avant l'été.",
    "Relancer les partenaires absents.", "Rédiger la convention de partenariat.",
    "Programmer le prochain COPIL.",
)

# Grants depend on who gives them: the State, a local authority, or another funder.
STATE_GRANTS = ("Politique de la ville – crédits BOP 147", "DSIL {year}", "DETR {year}",
                "Fonds vert {year}", "FNADT {year}", "Contrat de plan État-Région")
LOCAL_GRANTS = ("Subvention de fonctionnement {year}", "Fonds d'initiatives locales {year}",
                "Contrat de territoire {year}-{year_end}", "Aide à l'investissement {year}")
PROGRAMMES: dict[FundingInstrument, tuple[str, ...]] = {
    FundingInstrument.SUBVENTION: ("FEDER 2021-2027", "LEADER 2023-2027", "FSE+ {year}",
                                   "Programme Dynamiques territoriales {year}"),
    FundingInstrument.CPO: ("Convention pluriannuelle d'objectifs {year}-{year_end}",),
    FundingInstrument.APPEL_A_PROJETS: ("Appel à projets Fabriques de territoire",
                                        "Appel à manifestation d'intérêt PTCE {year}",
                                        "Appel à projets Dynamiques territoriales {year}",
                                        "Fonds d'expérimentation territoriale contre le chômage "
                                        "de longue durée", "FSE+ inclusion {year}"),
    FundingInstrument.MARCHE: ("Marché d'assistance à maîtrise d'ouvrage {year}",
                               "Marché d'animation et d'évaluation {year}"),
    FundingInstrument.MECENAT: ("Mécénat d'entreprises locales", "Mécénat de compétences"),
    FundingInstrument.FINANCEMENT_PARTICIPATIF: ("Campagne de financement participatif {year}",
                                                 "Souscription citoyenne au capital"),
    FundingInstrument.FONDS_PROPRES: ("Apport en fonds propres",),
    FundingInstrument.VALORISATION: ("Valorisation du bénévolat", "Mise à disposition de locaux"),
}

EXPECTED_EFFECTS = (
    "Retour à l'emploi durable de personnes privées d'emploi",
    "Baisse de la facture énergétique des ménages",
    "Accès à des locaux et équipements partagés",
    "Visibilité auprès des financeurs et des élus",
    "Reconnaissance de l'expertise d'usage des habitants",
    "Nouveaux débouchés pour les producteurs locaux",
    "Montée en compétences des équipes",
    "Lien social et sortie de l'isolement",
    "Données et retours d'expérience pour la recherche",
    "Image du territoire et attractivité",
)
