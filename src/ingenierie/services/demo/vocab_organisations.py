"""Names of organisations by kind of actor, each with the legal forms that fit it.

Templates take ``{commune}``, ``{epci}``, ``{of_department}`` ("du Finistère"), ``{region}``,
``{department}``, ``{qpv}``, ``{river}``, ``{pays}``, ``{surname}``, ``{dept_code}`` and the
fragments below (``{collective}``, ``{place_noun}``, ``{craft}``, ``{energy}``).
"""

from __future__ import annotations

from ingenierie.models.vocabulary import ActorKind

ASSOCIATION = ("Association loi 1901",)
COMPANY = ("SARL", "SAS", "SASU", "EURL", "SA")
PUBLIC_BODY = ("Établissement public administratif",)
INFORMAL = ("Collectif informel",)

# By kind: (name template, legal forms that fit it).
NAMES: dict[ActorKind, tuple[tuple[str, tuple[str, ...]], ...]] = {
    ActorKind.ELU: (("Association des maires ruraux {of_department}", ASSOCIATION),
                    ("Conférence des maires – {epci}", ("Instance consultative",))),
    ActorKind.ETAT: (("Préfecture {of_department}", ("Service déconcentré de l'État",)),
                     ("Sous-préfecture {of_commune}", ("Service déconcentré de l'État",)),
                     ("DDETS {of_department}", ("Service déconcentré de l'État",)),
                     ("DDT {of_department}", ("Service déconcentré de l'État",)),
                     ("DREETS {region}", ("Service déconcentré de l'État",)),
                     ("France Travail agence {of_commune}", PUBLIC_BODY),
                     ("Délégation territoriale de l'ANCT ({department})", PUBLIC_BODY)),
    ActorKind.COLLECTIVITE: (("Mairie {of_commune}", ("Commune",)),
                             ("Conseil départemental {of_department}", ("Département",)),
                             ("Région {region}", ("Région",)),
                             ("Centre communal d'action sociale {of_commune}",
                              ("Établissement public communal",)),
                             ("Mairie {of_commune} – service vie associative", ("Commune",))),
    ActorKind.EPCI: (("{epci}", ("Établissement public de coopération intercommunale",)),
                     ("{epci} – service développement économique", ()),
                     ("{epci} – mission politique de la ville", ()),
                     ("{epci} – pôle transition écologique", ()),
                     ("Syndicat mixte du Pays {of_commune}", ("Syndicat mixte",))),
    ActorKind.HABITANT: (("Collectif d'habitants {qpv}", INFORMAL),
                         ("Amicale des locataires {qpv}", ASSOCIATION),
                         ("Collectif des riverains {of_river}", INFORMAL),
                         ("Les Voisins solidaires {of_commune}", INFORMAL + ASSOCIATION)),
    ActorKind.ASSOCIATION: (("Association {collective} {place_noun}", ASSOCIATION),
                            ("{collective} {place_noun}", ASSOCIATION),
                            ("Les Amis {of_commune}", ASSOCIATION),
                            ("Comité des fêtes {of_commune}", ASSOCIATION),
                            ("Association {collective} {of_commune}", ASSOCIATION),
                            ("Ligue de l'enseignement {of_department}", ASSOCIATION),
                            ("Centre social {place_noun}", ASSOCIATION),
                            ("Maison des jeunes et de la culture {of_commune}", ASSOCIATION),
                            ("Secours populaire {of_commune}", ASSOCIATION),
                            ("Repair café {of_commune}", ASSOCIATION + INFORMAL)),
    ActorKind.ENTREPRISE: (("{craft} {surname}", (*COMPANY, "Entreprise individuelle")),
                           ("{craft} {of_commune}", (*COMPANY, "Entreprise individuelle")),
                           ("{surname} et Fils", COMPANY), ("{surname} Bâtiment", COMPANY),
                           ("Transports {surname}", COMPANY),
                           ("Ferme {surname}", ("GAEC", "EARL", "Entreprise individuelle")),
                           ("{surname} Conseil & Travaux", COMPANY),
                           ("Garage {of_river}", COMPANY), ("Supermarché {of_commune}", COMPANY),
                           ("{surname} Paysages", COMPANY)),
    ActorKind.ESS: (("SCIC {energy} du {pays}", ("SCIC SAS", "SCIC SA")),
                    ("SCIC {energy} {of_commune}", ("SCIC SAS", "SCIC SA")),
                    ("SCOP {craft} {surname}", ("SCOP SARL", "SCOP SA")),
                    ("Régie de quartier {qpv}", ASSOCIATION),
                    ("EBE {commune} Emploi", ("SAS agréée ESUS", "Association loi 1901")),
                    ("Ressourcerie {place_noun}", (*ASSOCIATION, "SCIC SAS")),
                    ("Coopérative d'activités et d'emploi {region}", ("SCOP SA", "SCIC SA")),
                    ("Atelier et chantier d'insertion {place_noun}", ASSOCIATION),
                    ("Épicerie solidaire {of_commune}", ASSOCIATION)),
    ActorKind.BAILLEUR_SOCIAL: (("{department} Habitat", ("Office public de l'habitat",)),
                                ("Habitat {dept_code}", ("Office public de l'habitat",)),
                                ("Office public de l'habitat {of_commune}",
                                 ("Office public de l'habitat",)),
                                ("{commune} Habitat", ("SA d'HLM",)),
                                ("Logis {region}", ("SA d'HLM",)),
                                ("Coopérative HLM du {pays}", ("Société coopérative d'HLM",))),
    ActorKind.CENTRE_RESSOURCES: (("Centre de ressources politique de la ville {region}",
                                   (*ASSOCIATION, "Groupement d'intérêt public")),
                                  ("CRESS {region}", ASSOCIATION),
                                  ("Réseau rural {region}", INFORMAL),
                                  ("France Tiers-Lieux {region}", ASSOCIATION),
                                  ("Agence d'urbanisme {of_commune}", ASSOCIATION),
                                  ("Réseau des PTCE {region}", ASSOCIATION),
                                  ("CAUE {of_department}", ASSOCIATION)),
    ActorKind.BUREAU_ETUDES: (("Cabinet {surname} Conseil", COMPANY),
                              ("{surname} Études & Territoires", COMPANY),
                              ("Atelier {surname} Urbanisme", (*COMPANY, "SCOP SARL")),
                              ("Coopérative conseil du {pays}", ("SCOP SARL", "SCIC SAS")),
                              ("Studio de design public {surname}", COMPANY)),
    ActorKind.CHERCHEUR: (("Université {of_commune}",
                           ("Établissement public d'enseignement supérieur",)),
                          ("Laboratoire Territoires et sociétés {of_commune}",
                           ("Unité mixte de recherche",)),
                          ("INRAE centre {region}", ("Établissement public à caractère "
                                                     "scientifique et technologique",)),
                          ("IUT {of_commune}", ("Établissement public d'enseignement supérieur",)),
                          ("Chaire ESS de l'université {of_commune}", INFORMAL)),
    ActorKind.FORMATEUR: (("CNFPT délégation {region}", PUBLIC_BODY),
                          ("GRETA {of_department}", ("Groupement d'établissements publics",)),
                          ("AFPA {of_commune}", ("Établissement public industriel et commercial",)),
                          ("Organisme de formation {surname} Compétences", COMPANY),
                          ("Lycée agricole {of_commune}", ("Établissement public local",))),
    ActorKind.CONSEIL_CITOYEN: (("Conseil citoyen {qpv}", INFORMAL + ASSOCIATION),
                                ("Conseil citoyen {of_commune}", INFORMAL + ASSOCIATION)),
    ActorKind.CONSEIL_DEVELOPPEMENT: (("Conseil de développement – {epci}",
                                       ("Instance consultative",)),
                                      ("Conseil de développement du Pays {of_commune}",
                                       ("Instance consultative", "Association loi 1901"))),
    ActorKind.FINANCEUR: (("Banque des Territoires {region}", PUBLIC_BODY),
                          ("Fondation de France {region}",
                           ("Fondation reconnue d'utilité publique",)),
                          ("Caisse d'allocations familiales {of_department}",
                           ("Organisme de sécurité sociale",)),
                          ("France Active {region}", ASSOCIATION),
                          ("ADEME {region}", ("Établissement public industriel et commercial",)),
                          ("Agence de l'eau {river}", PUBLIC_BODY),
                          ("Crédit Coopératif agence {of_commune}", ("Banque coopérative",)),
                          ("Fonds de dotation {surname}", ("Fonds de dotation",)),
                          ("GAL LEADER du Pays {of_commune}", ("Syndicat mixte",))),
    ActorKind.AUTRE: (("Paroisse {of_commune}", ("Association diocésaine",)),
                      ("Club de football {of_commune}", ASSOCIATION),
                      ("Radio associative du {pays}", ASSOCIATION),
                      ("Collectif artistique {place_noun}", INFORMAL + ASSOCIATION),
                      ("Chambre d'agriculture {of_department}", PUBLIC_BODY),
                      ("Office de tourisme {of_commune}", ("Établissement public communal",
                                                          "Association loi 1901"))),
}

COLLECTIVES = ("Les Jardins", "La Maison", "Le Collectif", "Les Ateliers", "La Fabrique",
               "Les Amis", "L'Épicerie", "La Ruche", "Les Compagnons", "Le Relais",
               "La Recyclerie", "Les Petits Débrouillards")
PLACE_NOUNS = ("du Lavoir", "de la Vallée", "du Bocage", "des Tilleuls", "du Moulin",
               "de la Gare", "des Halles", "du Port", "de l'Étang", "des Quatre Vents",
               "du Vieux Pont", "de la Source", "du Marais", "des Coteaux")
CRAFTS = ("Boulangerie", "Menuiserie", "Maraîchage", "Imprimerie", "Brasserie", "Électricité",
          "Plomberie", "Charpente", "Fromagerie", "Librairie")
ENERGIES = ("Énergies citoyennes", "Soleil citoyen", "Vents partagés", "Bois énergie",
            "Énergie partagée", "Watts citoyens")

# Alsace and Moselle keep the 1908 local law for associations.
LOCAL_LAW_DEPARTMENTS = frozenset({"57", "67", "68"})
# Forms without legal personality: no SIREN. An EPCI's services share the EPCI's.
NO_LEGAL_PERSONALITY = frozenset({"Collectif informel", "Instance consultative"})
