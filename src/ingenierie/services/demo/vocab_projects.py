"""Material for projects, by scheme: titles that read true, summaries, themes, budgets, commons.

Title templates take ``{commune}``, ``{of_commune}``, ``{commune2}``, ``{epci}``,
``{partner}`` (a second EPCI), ``{qpv}``, ``{pays}``, ``{department}``,
``{of_department}``, ``{river}``, ``{of_river}``, ``{topic}`` and ``{place}``.
"""

from __future__ import annotations

from dataclasses import dataclass

from ingenierie.models.vocabulary import Scheme


@dataclass(frozen=True, slots=True)
class SchemeProfile:
    """How projects of one scheme usually look."""

    code: str
    titles: tuple[str, ...]
    summaries: tuple[str, ...]
    themes: tuple[str, ...]
    budget_euros: tuple[int, int]
    funds: tuple[float, float, float, float]  # chance of public, market, non-market, volunteer
    commons: float  # chance the commons facet is filled
    weight: int


PROFILES: dict[Scheme, SchemeProfile] = {
    Scheme.CONTRAT_DE_VILLE: SchemeProfile(
        "CV",
        ("Contrat de ville {epci}", "Engagements Quartiers 2030 – {epci}",
         "Programme de réussite éducative {qpv}", "Gestion urbaine de proximité {qpv}",
         "Cité éducative {of_commune}", "Conseil citoyen et fonds de participation {qpv}"),
        ("Mobiliser les partenaires du contrat de ville autour des quartiers prioritaires de "
         "{commune}, avec les conseils citoyens.",
         "Piloter la programmation annuelle et le suivi des actions dans le quartier {qpv}."),
        ("Cohésion sociale", "Cadre de vie et renouvellement urbain", "Emploi", "Éducation"),
        (200_000, 5_000_000), (1.0, 0.05, 0.3, 0.4), 0.05, 12),
    Scheme.CONTRAT_DE_RECIPROCITE: SchemeProfile(
        "CR",
        ("Contrat de réciprocité {epci} – {partner}",
         "Coopération ville-campagne {epci} – {partner}",
         "Alliance des territoires {epci} et {partner}"),
        ("Organiser la réciprocité entre {epci} et {partner} : économie et insertion, énergie "
         "et environnement, santé, culture et services.",
         "Faire vivre une coopération interterritoriale sur la mobilité, le tourisme et "
         "l'alimentation entre ville et campagne."),
        ("Économie et insertion", "Énergie et environnement", "Santé", "Culture", "Services",
         "Mobilité", "Tourisme"),
        (50_000, 800_000), (1.0, 0.1, 0.2, 0.2), 0.1, 5),
    Scheme.PTCE: SchemeProfile(
        "PTCE",
        ("PTCE {pays} Coopérations", "PTCE {place}", "Pôle territorial de coopération "
         "économique du {pays}", "PTCE Économie circulaire {of_commune}"),
        ("Fédérer les structures de l'ESS, les entreprises et les collectivités {of_commune} "
         "autour d'une stratégie de coopération économique.",
         "Mutualiser locaux, emplois et achats entre structures de l'ESS du {pays}."),
        ("Développement économique", "Économie et insertion", "Emploi"),
        (100_000, 2_000_000), (0.8, 0.8, 0.3, 0.4), 0.3, 8),
    Scheme.TZCLD: SchemeProfile(
        "TZCLD",
        ("TZCLD {commune}-{commune2}", "Territoire zéro chômeur {of_commune}",
         "TZCLD {qpv}", "Expérimentation zéro chômeur {of_commune}"),
        ("Le comité local pour l'emploi de {commune} prépare l'ouverture d'une entreprise à "
         "but d'emploi pour les personnes privées durablement d'emploi.",
         "Recenser les travaux utiles du territoire et embaucher en CDI les personnes "
         "volontaires au sein de l'EBE."),
        ("Emploi", "Économie et insertion", "Cohésion sociale"),
        (300_000, 3_000_000), (1.0, 0.6, 0.2, 0.5), 0.1, 6),
    Scheme.ENERGIE_CITOYENNE: SchemeProfile(
        "ENR",
        ("Parc solaire citoyen {of_commune}", "Centrale villageoise du {pays}",
         "Éoliennes citoyennes {of_commune}", "Chaufferie bois collective {of_commune}",
         "Toitures solaires partagées {of_commune}", "Méthanisation collective du {pays}"),
        ("Produire une énergie renouvelable maîtrisée par les habitants et les collectivités "
         "{of_commune}, selon la charte Énergie Partagée.",
         "Associer citoyens, communes et entreprises locales au capital d'une installation "
         "de production d'énergie."),
        ("Énergie et environnement", "Développement économique"),
        (200_000, 15_000_000), (0.7, 0.9, 0.1, 0.8), 0.7, 12),
    Scheme.TIERS_LIEU: SchemeProfile(
        "TL",
        ("Tiers-lieu La Fabrique {of_commune}", "Café-atelier {of_commune}",
         "Recyclerie et fablab {place}", "La Grange partagée {of_commune}",
         "Tiers-lieu nourricier du {pays}", "Maison des communs {of_commune}"),
        ("Ouvrir un lieu partagé où se croisent coworking, atelier de réparation, café "
         "associatif et permanences de services publics à {commune}.",
         "Faire du lieu un espace de rencontres et d'initiatives porté par ses usagers."),
        ("Culture", "Services", "Développement économique", "Cohésion sociale"),
        (30_000, 1_500_000), (0.8, 0.7, 0.4, 0.9), 0.6, 15),
    Scheme.PROJET_DE_TERRITOIRE: SchemeProfile(
        "PT",
        ("Projet de territoire {epci} 2030", "Petites villes de demain – {commune}",
         "Projet alimentaire territorial du {pays}", "Plan de mobilité simplifié – {epci}",
         "Revitalisation du centre-bourg {of_commune}"),
        ("Construire avec les habitants et les élus une vision partagée du territoire à "
         "l'horizon 2030.",
         "Décliner les orientations du projet de territoire en un plan d'actions pluriannuel."),
        ("Cadre de vie et renouvellement urbain", "Mobilité", "Services", "Tourisme",
         "Développement économique"),
        (50_000, 2_000_000), (1.0, 0.1, 0.1, 0.2), 0.1, 14),
    Scheme.LAB_DESIGN_PUBLIC: SchemeProfile(
        "LAB",
        ("Lab d'innovation publique {of_department}", "Résidence de design – accueil en "
         "mairie {of_commune}", "Design des services publics de proximité {place}",
         "Immersion usagers – maison France services {of_commune}"),
        ("Repenser avec les usagers et les agents l'accueil et les démarches du service "
         "public {of_commune}.",
         "Prototyper et tester sur le terrain de nouveaux services de proximité."),
        ("Services", "Cohésion sociale", "Éducation"),
        (20_000, 300_000), (1.0, 0.05, 0.1, 0.1), 0.1, 6),
    Scheme.RECHERCHE_ACTION: SchemeProfile(
        "RA",
        ("Recherche-action sur {topic} – {epci}", "Recherche-action sur {topic}",
         "Observatoire participatif de {topic} {of_department}"),
        ("Croiser savoirs universitaires et savoirs d'expérience sur {topic}, avec les "
         "acteurs du territoire.",
         "Documenter et évaluer chemin faisant les coopérations engagées sur le territoire."),
        ("Éducation", "Cohésion sociale", "Santé", "Économie et insertion"),
        (15_000, 250_000), (0.9, 0.05, 0.3, 0.3), 0.2, 7),
    Scheme.AUTRE: SchemeProfile(
        "DIV",
        ("Festival des solidarités {of_commune}", "Mutuelle communale {of_commune}",
         "Maison France services {of_commune}", "Jardins partagés {qpv}",
         "Navette solidaire du {pays}", "Fête {of_river} et des bords de rivière"),
        ("Une initiative locale portée par des habitants et des associations {of_commune}.",
         "Répondre à un besoin identifié par les habitants lors des réunions publiques."),
        ("Culture", "Santé", "Mobilité", "Cohésion sociale", "Tourisme"),
        (5_000, 500_000), (0.8, 0.3, 0.4, 0.7), 0.3, 15),
}

RESEARCH_TOPICS = (
    "la mobilité des jeunes ruraux", "les solidarités alimentaires", "l'accès aux droits",
    "la participation des habitants", "la coopération entre élus et associations",
    "la santé mentale dans les quartiers", "le vieillissement en milieu rural",
    "la sobriété énergétique",
)
PROJECT_PLACES = ("Cœur de ville", "Les Halles", "La Filature", "Le Moulin", "La Gare",
                  "L'Usine", "Le Quai", "La Ferme du Bourg")

COMMONS = (
    ("Une installation de production d'énergie et l'énergie qu'elle produit",
     "Les sociétaires : habitants, communes, entreprises locales",
     "Une voix par sociétaire ; bénéfices réinvestis localement ; charte Énergie Partagée"),
    ("Un lieu, ses outils et son programme d'activités",
     "Les usagers, bénévoles et structures résidentes",
     "Charte d'usage co-écrite ; collège des usagers au conseil d'administration"),
    ("Des parcelles et des semences partagées",
     "Les jardiniers du quartier et le centre social",
     "Règlement intérieur voté en assemblée ; tours d'arrosage ; récoltes partagées"),
    ("Des données et cartes du territoire en licence ouverte",
     "Les contributeurs : habitants, agents, chercheurs",
     "Licence ODbL ; comité de relecture ; ateliers de contribution mensuels"),
    ("Un parc de matériel mutualisé entre structures",
     "Les structures adhérentes du pôle",
     "Calendrier partagé ; participation aux frais d'entretien ; assemblée annuelle"),
)
