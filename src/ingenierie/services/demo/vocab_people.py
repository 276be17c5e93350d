"""Material for people: surnames Faker lacks, jobs and mandates by kind of actor, sources.

Faker's fr_FR list has 400 surnames, nearly all of old mainland stock; these
add Breton, Corsican, overseas and immigration-era names common in France, so
100 000 people do not collapse into a few thousand homonyms.
"""

from __future__ import annotations

from ingenierie.models.vocabulary import ActorKind

EXTRA_SURNAMES = (
    "Le Gall", "Le Goff", "Kerbrat", "Tanguy", "Le Bihan", "Quéméner", "Le Floch", "Guivarc'h",
    "Morvan", "Jaouen", "Santoni", "Luciani", "Casanova", "Pieri", "Albertini", "Jean-Baptiste",
    "Célestine", "Nomertin", "Payet", "Hoarau", "Grondin", "Madi", "Attoumani", "Benali",
    "Haddad", "Mansouri", "Bensaïd", "Cherif", "Diallo", "Traoré", "Coulibaly", "Ndiaye",
    "Nguyen", "Tran", "Pham", "Da Silva", "Pereira", "Ferreira", "Rodrigues", "Gonzalez",
    "Martinez", "Kaya", "Yilmaz", "Cohen", "Lévy", "Kowalski", "Nowak", "Rossi", "Bianchi",
    "Esposito", "Ouedraogo", "Mendy", "Camara", "Keita", "Bouzid", "Amrani", "Belkacem",
)
COMPOUND_FEMALE = ("Marie-Claire", "Anne-Sophie", "Marie-Hélène", "Marie-Laure", "Anne-Laure",
                   "Marie-Christine")
COMPOUND_MALE = ("Jean-Luc", "Jean-Marc", "Pierre-Yves", "Jean-François", "Paul-Henri",
                 "Jean-Baptiste")

# Job titles by kind, written (masculine, feminine).
JOBS: dict[ActorKind, tuple[tuple[str, str], ...]] = {
    ActorKind.ETAT: (("Délégué du préfet", "Déléguée du préfet"),
                     ("Sous-préfet à la relance", "Sous-préfète à la relance"),
                     ("Chargé de mission DDETS", "Chargée de mission DDETS"),
                     ("Chef du service habitat de la DDT", "Cheffe du service habitat de la DDT"),
                     ("Référent ESS de la DREETS", "Référente ESS de la DREETS")),
    ActorKind.COLLECTIVITE: (("Directeur général des services", "Directrice générale des services"),
                             ("Chargé de mission politique de la ville",
                              "Chargée de mission politique de la ville"),
                             ("Chef de projet Petites villes de demain",
                              "Cheffe de projet Petites villes de demain"),
                             ("Agent de développement local", "Agente de développement local"),
                             ("Responsable jeunesse", "Responsable jeunesse")),
    ActorKind.EPCI: (("Chargé de développement économique", "Chargée de développement économique"),
                     ("Chef de projet contrat de ville", "Cheffe de projet contrat de ville"),
                     ("Animateur LEADER", "Animatrice LEADER"),
                     ("Conseiller en énergie partagé", "Conseillère en énergie partagée"),
                     ("Directeur de l'aménagement", "Directrice de l'aménagement")),
    ActorKind.ASSOCIATION: (("Président", "Présidente"), ("Trésorier", "Trésorière"),
                            ("Coordinateur", "Coordinatrice"), ("Animateur", "Animatrice"),
                            ("Bénévole", "Bénévole")),
    ActorKind.ENTREPRISE: (("Gérant", "Gérante"), ("Directeur d'agence", "Directrice d'agence"),
                           ("Responsable RSE", "Responsable RSE"), ("Artisan", "Artisane"),
                           ("Chef d'entreprise", "Cheffe d'entreprise")),
    ActorKind.ESS: (("Directeur de l'EBE", "Directrice de l'EBE"),
                    ("Sociétaire", "Sociétaire"), ("Chargé de projet ESS", "Chargée de projet ESS"),
                    ("Coordinateur du PTCE", "Coordinatrice du PTCE"),
                    ("Encadrant technique d'insertion", "Encadrante technique d'insertion")),
    ActorKind.BAILLEUR_SOCIAL: (("Responsable d'agence", "Responsable d'agence"),
                                ("Chargé de développement social urbain",
                                 "Chargée de développement social urbain"),
                                ("Gardien d'immeuble", "Gardienne d'immeuble")),
    ActorKind.CENTRE_RESSOURCES: (("Chargé de mission", "Chargée de mission"),
                                  ("Directeur", "Directrice"),
                                  ("Animateur de réseau", "Animatrice de réseau")),
    ActorKind.BUREAU_ETUDES: (("Consultant", "Consultante"), ("Urbaniste", "Urbaniste"),
                              ("Chef de projet", "Cheffe de projet"),
                              ("Designer de service", "Designeuse de service")),
    ActorKind.CHERCHEUR: (("Maître de conférences en géographie",
                           "Maîtresse de conférences en géographie"),
                          ("Chercheur en sociologie", "Chercheuse en sociologie"),
                          ("Doctorant CIFRE", "Doctorante CIFRE"),
                          ("Professeur d'économie", "Professeure d'économie")),
    ActorKind.FORMATEUR: (("Formateur", "Formatrice"),
                          ("Responsable pédagogique", "Responsable pédagogique"),
                          ("Conseiller formation", "Conseillère formation")),
    ActorKind.CONSEIL_CITOYEN: (("Membre du collège habitants", "Membre du collège habitants"),
                                ("Membre du collège acteurs locaux",
                                 "Membre du collège acteurs locaux"),
                                ("Référent du conseil citoyen", "Référente du conseil citoyen")),
    ActorKind.CONSEIL_DEVELOPPEMENT: (("Président du conseil de développement",
                                       "Présidente du conseil de développement"),
                                      ("Membre du bureau", "Membre du bureau"),
                                      ("Animateur", "Animatrice")),
    ActorKind.FINANCEUR: (("Chargé d'affaires", "Chargée d'affaires"),
                          ("Directeur territorial", "Directrice territoriale"),
                          ("Chargé de programme", "Chargée de programme")),
    ActorKind.HABITANT: (("Retraité", "Retraitée"), ("Infirmier", "Infirmière"),
                         ("Aide-soignant", "Aide-soignante"), ("Enseignant", "Enseignante"),
                         ("Agriculteur", "Agricultrice"), ("Étudiant", "Étudiante"),
                         ("Demandeur d'emploi", "Demandeuse d'emploi"),
                         ("Commerçant", "Commerçante"), ("Ouvrier", "Ouvrière"),
                         ("Assistant maternel", "Assistante maternelle"),
                         ("Chauffeur de bus", "Conductrice de bus"), ("Artisan", "Artisane")),
    ActorKind.AUTRE: (("Journaliste", "Journaliste"), ("Médiateur", "Médiatrice"),
                      ("Agriculteur", "Agricultrice")),
}

# Mandates of elected people: (masculine, feminine) with {place} and {delegation}.
MANDATES = (
    ("Maire de {commune}", "Maire de {commune}"),
    ("Adjoint au maire de {commune} chargé {delegation}",
     "Adjointe au maire de {commune} chargée {delegation}"),
    ("Conseiller municipal de {commune}", "Conseillère municipale de {commune}"),
    ("Vice-président de {epci} chargé {delegation}",
     "Vice-présidente de {epci} chargée {delegation}"),
    ("Conseiller départemental ({department})", "Conseillère départementale ({department})"),
    ("Conseiller régional ({region})", "Conseillère régionale ({region})"),
)
DELEGATIONS = (
    "de la transition écologique", "de la politique de la ville", "du développement économique",
    "de la démocratie participative", "de l'économie sociale et solidaire", "des mobilités",
    "de la culture", "de l'action sociale", "de la jeunesse", "de l'habitat", "de la santé",
)

SOURCES = (
    "Annuaire de la collectivité", "Réunion publique", "Carte de visite", "Liste du COPIL",
    "Recommandation d'un partenaire", "Site internet de la structure", "Forum des associations",
    "Feuille d'émargement d'un atelier", "Annuaire du réseau ESS", "Courriel entrant",
)
FREE_MAIL_DOMAINS = ("orange.fr", "free.fr", "gmail.com", "laposte.net", "wanadoo.fr",
                     "sfr.fr", "hotmail.fr", "yahoo.fr", "outlook.fr")
PERSON_NOTES = (
    "Préfère être contacté·e par téléphone en fin de journée.",
    "A participé aux premiers ateliers de diagnostic.",
    "Relais précieux auprès des habitants du quartier.",
    "Disponible uniquement le mercredi.",
    "Souhaite recevoir les comptes rendus des COPIL.",
    "Connaît bien l'historique du projet.",
)
