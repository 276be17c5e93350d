"""The words of the demo's evaluations: narratives, justifications, recommendations, effects.

Written the way evaluation reports of territorial projects read; short enough for
a table cell, varied enough that two campaigns do not say the same thing.
"""

from __future__ import annotations

from ingenierie.models.evaluation_vocabulary import Criterion

NARRATIVES = (
    "Évaluation conduite avec le comité de pilotage élargi : deux ateliers, une dizaine "
    "d’entretiens. Les partenaires soulignent la qualité des échanges mais regrettent que "
    "les habitants restent en retrait des décisions.",
    "Temps d’évaluation à mi-parcours : le diagnostic partagé a tenu ses promesses, la mise "
    "en œuvre prend du retard faute de moyens d’animation.",
    "Bilan construit avec les structures membres ; les indicateurs de réalisation sont "
    "atteints, les effets sur le territoire restent difficiles à attester.",
    "Évaluation externe confiée à un bureau d’études. Elle confirme l’utilité du projet et "
    "invite à formaliser la gouvernance partagée.",
    "Auto-évaluation en séminaire d’une journée : chacun a noté les critères puis les écarts "
    "ont été discutés collectivement.",
    "Évaluation participative avec le conseil citoyen : les récits de vie recueillis "
    "éclairent des effets que les chiffres ne montrent pas.",
)

JUSTIFICATIONS: dict[Criterion, tuple[str, ...]] = {
    Criterion.PERTINENCE: (
        "Les objectifs répondent aux besoins exprimés lors du diagnostic partagé.",
        "Le projet colle aux priorités du territoire mais certains publics restent oubliés.",
    ),
    Criterion.COHERENCE_INTERNE: (
        "Les actions s’enchaînent logiquement ; le calendrier reste tendu.",
        "Des doublons entre groupes de travail ont été repérés et corrigés.",
    ),
    Criterion.COHERENCE_EXTERNE: (
        "Bonne articulation avec le contrat de territoire et le plan climat.",
        "Peu de liens avec les autres dispositifs portés par l’intercommunalité.",
    ),
    Criterion.EFFICACITE: (
        "La plupart des réalisations prévues sont faites ou engagées.",
        "Les résultats attendus sont atteints pour moitié à cette date.",
    ),
    Criterion.EFFICIENCE: (
        "Des moyens modestes au regard des résultats obtenus.",
        "Le temps d’animation dépasse nettement ce qui était prévu.",
    ),
    Criterion.IMPACT: (
        "Des premiers effets visibles sur l’emploi local et le lien social.",
        "Trop tôt pour parler d’impact : les effets attendus sont à moyen terme.",
    ),
    Criterion.DURABILITE: (
        "Le modèle économique repose encore sur des subventions annuelles.",
        "La structure porteuse a consolidé ses ressources propres.",
    ),
    Criterion.UTILITE: (
        "Les partenaires disent tous y trouver leur compte.",
        "L’utilité sociale est reconnue par les habitants rencontrés.",
    ),
}

EVIDENCE = (
    "Comptes rendus des comités de pilotage",
    "Questionnaire aux partenaires (32 réponses)",
    "Entretiens semi-directifs",
    "Tableau de bord des indicateurs",
    "Bilan financier de l’année",
    "Photographies et récits d’usagers",
)

RECOMMENDATIONS = (
    "Ouvrir le comité de pilotage à des habitants tirés au sort",
    "Formaliser une charte de coopération entre les partenaires",
    "Mettre en place un tableau de bord partagé des indicateurs",
    "Organiser un atelier de capitalisation avant la fin de l’année",
    "Associer le conseil citoyen à la définition des priorités",
    "Clarifier la place de chaque financeur dans la gouvernance",
    "Rendre compte des décisions du COPIL sous quinze jours",
    "Former l’équipe projet à l’animation participative",
    "Identifier avec chaque partenaire les effets utiles qu’il attend",
    "Diversifier les ressources : mécénat, financement participatif",
    "Prévoir un temps de réflexivité après chaque étape clé",
    "Écrire les règles communes de gestion de la ressource partagée",
    "Aller à la rencontre des publics éloignés sur leurs lieux de vie",
    "Documenter les méthodes pour les transmettre à d’autres territoires",
)

OBSERVED_EFFECTS = (
    "Trois personnes embauchées en CDI dans l’entreprise à but d’emploi",
    "Des factures d’électricité en baisse pour les foyers adhérents",
    "Un local partagé utilisé par quatre associations",
    "Un financement régional obtenu grâce au collectif",
    "L’expertise d’usage des habitants citée dans les décisions",
    "Un débouché régulier en restauration collective",
    "Des bénévoles formés à l’animation de réunions",
    "Moins d’isolement pour les participants les plus âgés",
    "Une publication commune avec le laboratoire partenaire",
    "Une meilleure image du quartier dans la presse locale",
)
