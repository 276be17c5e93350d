"""French place-name material: regions, commune name parts, EPCI, QPV and project territories.

Département names come from Faker's fr_FR locale; the rest is ours, because
Faker builds towns from surnames ("Dupont-sur-Martin") where a French reader
expects "Saint-Aubin-sur-Loire" or "Plouvenec".
"""

from __future__ import annotations

from faker.providers.address.fr_FR import Provider as FrenchAddresses

# (INSEE region code, name, départements) — the 2016 regions and the five DROM.
REGIONS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("84", "Auvergne-Rhône-Alpes",
     ("01", "03", "07", "15", "26", "38", "42", "43", "63", "69", "73", "74")),
    ("27", "Bourgogne-Franche-Comté", ("21", "25", "39", "58", "70", "71", "89", "90")),
    ("53", "Bretagne", ("22", "29", "35", "56")),
    ("24", "Centre-Val de Loire", ("18", "28", "36", "37", "41", "45")),
    ("94", "Corse", ("2A", "2B")),
    ("44", "Grand Est", ("08", "10", "51", "52", "54", "55", "57", "67", "68", "88")),
    ("32", "Hauts-de-France", ("02", "59", "60", "62", "80")),
    ("11", "Île-de-France", ("75", "77", "78", "91", "92", "93", "94", "95")),
    ("28", "Normandie", ("14", "27", "50", "61", "76")),
    ("75", "Nouvelle-Aquitaine",
     ("16", "17", "19", "23", "24", "33", "40", "47", "64", "79", "86", "87")),
    ("76", "Occitanie",
     ("09", "11", "12", "30", "31", "32", "34", "46", "48", "65", "66", "81", "82")),
    ("52", "Pays de la Loire", ("44", "49", "53", "72", "85")),
    ("93", "Provence-Alpes-Côte d'Azur", ("04", "05", "06", "13", "83", "84")),
    ("01", "Guadeloupe", ("971",)),
    ("02", "Martinique", ("972",)),
    ("03", "Guyane", ("973",)),
    ("04", "La Réunion", ("974",)),
    ("06", "Mayotte", ("976",)),
)

DEPARTMENT_NAMES: dict[str, str] = dict(FrenchAddresses.departments)

# Always present, in this order, so that even a small demo has Brest and the Centre
# Ouest Bretagne, Pipriac, Seine-Saint-Denis, both Corsican and two overseas départements.
CORE_DEPARTMENTS = ("29", "22", "35", "93", "2A", "2B", "974", "69", "13", "971", "59")

OVERSEAS = frozenset({"971", "972", "973", "974", "976"})
BRETON = frozenset({"22", "29", "35", "56"})
CORSICAN = frozenset({"2A", "2B"})
# Phone prefixes: mainland areas by first digit of the number, overseas by département.
OVERSEAS_PHONE = {"971": "0590", "972": "0596", "973": "0594", "974": "0262", "976": "0269"}
OVERSEAS_MOBILE = {"971": "0690", "972": "0696", "973": "0694", "974": "0692", "976": "0639"}

COMMUNE_BASES = (
    "Beaumont", "Villeneuve", "Montreuil", "Fontaine", "Bellevue", "Châtillon", "Rochefort",
    "Neuville", "Clermont", "Montigny", "Vaux", "Marcilly", "Chaumont", "Beaulieu", "Fontenay",
    "Savigny", "Mézières", "Bourgneuf", "Champagnac", "Villers", "Aubigny", "Chambon",
    "Lagarde", "Mirebeau", "Montfort", "Bussières", "Charmes", "Écouen", "Lavaur", "Lussac",
    "Marsac", "Mauléon", "Montbrun", "Pouilly", "Quincy", "Romagny", "Sauvagnat", "Thorigny",
    "Valmont", "Varennes", "Vernet", "Vic", "Villiers", "Bonneval", "Brézolles", "Cerisy",
    "Chantemerle", "Cholet", "Corbie", "Crécy", "Damville", "Donzy", "Épinay", "Faverolles",
    "Flavigny", "Gournay", "Hautefort", "Jonzac", "Lignières", "Longeville", "Maizières",
    "Marolles", "Meulan", "Montréal", "Moulins", "Nogent", "Oradour", "Pierrefitte",
    "Plaisance", "Pontaillac", "Puylaurens", "Ribérac", "Rougemont", "Sablé", "Salvagnac",
    "Souvigny", "Tournon", "Trévoux", "Verneuil", "Vouvray", "Ambérieux", "Arnac", "Auvillar",
    "Bazoches", "Belleville", "Blanzac", "Boissy", "Brion", "Cazals", "Condé", "Coulanges",
)
SAINTS = (
    "Saint-Martin", "Saint-Georges", "Saint-Jean", "Saint-Pierre", "Saint-Laurent",
    "Saint-Germain", "Saint-Hilaire", "Saint-Aubin", "Saint-Julien", "Saint-Étienne",
    "Saint-Médard", "Saint-Ganton", "Saint-Sulpice", "Saint-Rémy", "Saint-Nazaire",
    "Sainte-Marie", "Sainte-Colombe", "Sainte-Foy", "Sainte-Hélène", "Sainte-Radegonde",
)
RIVERS = (
    "Loire", "Seine", "Marne", "Oise", "Aisne", "Saône", "Garonne", "Dordogne", "Vienne",
    "Charente", "Sarthe", "Mayenne", "Vilaine", "Meuse", "Moselle", "Lot", "Tarn", "Aude",
    "Allier", "Cher", "Indre", "Yonne", "Orne", "Aube", "Durance", "Isère", "Drôme", "Somme",
)
# Pays whose name takes "le": "Plateau du Vexin", "Monts du Forez".
PAYS = (
    "Vexin", "Forez", "Velay", "Bessin", "Royans", "Quercy", "Médoc", "Morvan", "Santerre",
    "Bocage", "Gâtinais", "Perche", "Livradois", "Ségala", "Vercors", "Lauragais", "Cotentin",
    "Boulonnais",
)
COMMUNE_QUALIFIERS = (
    "-le-Château", "-le-Grand", "-le-Petit", "-la-Forêt", "-les-Bains", "-sous-Bois",
    "-les-Vignes", "-aux-Bois", "-l'Abbaye", "-la-Rivière",
)
BRETON_PREFIXES = ("Plou", "Ker", "Tré", "Lan", "Loc", "Guer", "Pleu", "Plé", "Lo", "Mel")
BRETON_ROOTS = (
    "gastel", "névez", "ven", "dern", "goat", "bihan", "meur", "lis", "ouan", "guénou",
    "hinec", "rivin", "gonven", "morvan", "brat", "sulien", "darzu", "hars", "conq", "lédan",
)
BRETON_TOWNS = ("Pipriac", "Rostrenen", "Carhaix-Plouguer", "Callac", "Mûr-de-Bretagne",
                "Gourin", "Maël-Carhaix", "Guerlesquin", "Huelgoat", "Saint-Ganton")
CORSICAN_ROOTS = ("Olmi", "Casa", "Monte", "Santa-Lucia", "Pietra", "Serra", "Castel",
                  "Poggio", "Ota", "Zicavo", "Sorbo", "Vico", "Calca", "Moita", "Lento")
CORSICAN_SUFFIXES = ("", "-di-Nazza", "-d'Orezza", "-Maggiore", "-di-Venaco", "-di-Tallano",
                     "-Capella", "-d'Ornano", "-di-Moriani", "-Ocana")
OVERSEAS_TOWNS: dict[str, tuple[str, ...]] = {
    "971": ("Les Abymes", "Baie-Mahault", "Basse-Terre", "Bouillante", "Capesterre-Belle-Eau",
            "Deshaies", "Le Gosier", "Goyave", "Lamentin", "Le Moule", "Petit-Bourg",
            "Pointe-à-Pitre", "Pointe-Noire", "Sainte-Anne", "Sainte-Rose", "Trois-Rivières"),
    "972": ("Fort-de-France", "Le Lamentin", "Le Robert", "Le François", "Schœlcher",
            "Sainte-Luce", "Les Trois-Îlets", "Le Carbet", "Le Vauclin", "Rivière-Pilote",
            "Sainte-Marie", "La Trinité", "Le Marin", "Ducos"),
    "973": ("Cayenne", "Kourou", "Matoury", "Rémire-Montjoly", "Macouria", "Sinnamary",
            "Saint-Laurent-du-Maroni", "Mana", "Maripasoula", "Apatou", "Roura", "Iracoubo"),
    "974": ("Saint-Denis", "Saint-Paul", "Saint-Pierre", "Le Tampon", "Saint-André",
            "Saint-Louis", "Le Port", "Saint-Benoît", "Saint-Joseph", "Saint-Leu", "Cilaos",
            "Salazie", "Bras-Panon", "Sainte-Suzanne", "La Possession"),
    "976": ("Mamoudzou", "Dzaoudzi", "Koungou", "Sada", "Chirongui", "Bandraboua", "Dembeni",
            "Pamandzi", "Tsingoni", "Ouangani", "Chiconi", "Bouéni"),
}

EPCI_URBAN = (
    "{commune} Métropole", "{commune} métropole", "Communauté d'agglomération {commune} Agglo",
    "Communauté urbaine {of_commune}", "Communauté d'agglomération du Pays {of_commune}",
)
EPCI_RURAL = (
    "Communauté de communes du Pays {of_commune}", "Communauté de communes {pays} et {river}",
    "Communauté de communes des Rives {of_river}", "Communauté de communes {commune} Communauté",
    "Communauté de communes des Monts du {pays}", "Communauté de communes Cœur de {pays}",
    "Communauté de communes de la Vallée {of_river}", "Communauté de communes {commune}-{pays}",
)

QPV_NAMES = (
    "Les Tilleuls", "Bellevue", "Le Mirail", "La Source", "Les Hauts {of_commune}",
    "Centre-ville", "Les Minimes", "La Croix-Rouge", "Le Val Fourré", "Les Aubiers",
    "La Grande Borne", "Les Cèdres", "Le Petit Bard", "La Paillade", "Les Peupliers",
    "Kervénanec", "Maurepas", "Les Salines", "Le Chaudron", "Quartier Nord", "Les Glycines",
    "La Roseraie", "Le Clos Saint-Lazare", "Les Bleuets", "La Madeleine", "Pontanézen",
    "Les Quatre Chemins", "Le Lac", "Bel Air", "Les Marronniers", "La Chaussée",
    "Saint-Jacques", "Les Fontaines", "Le Plateau", "La Gare - Les Docks", "Les Sablons",
)
QPV_PAIRS = ("Résidence", "Cité", "Quartier")

PROJECT_TERRITORIES = (
    "Vallée {of_river}", "Pays {of_commune}", "Bassin de vie {of_commune}",
    "Plateau du {pays}", "Estuaire {of_river}", "Cœur de {pays}", "Piémont du {pays}",
    "Bocage {of_commune}", "Presqu'île {of_commune}", "Monts et vallées du {pays}",
    "Territoire zéro chômeur {commune}", "Quartiers sud {of_commune}",
)

_PLURAL = ("Alpes", "Ardennes", "Bouches", "Côtes", "Deux", "Hautes", "Hauts", "Landes",
           "Pyrénées", "Vosges", "Yvelines")
_FEMININE = frozenset({
    "Aisne", "Ardèche", "Ariège", "Aube", "Aude", "Charente", "Charente-Maritime", "Corrèze",
    "Corse-du-Sud", "Creuse", "Côte-d'Or", "Dordogne", "Drôme", "Essonne", "Eure", "Gironde",
    "Guadeloupe", "Guyane", "Loire", "Loire-Atlantique", "Lozère", "Manche", "Marne",
    "Martinique", "Mayenne", "Meuse", "Moselle", "Nièvre", "Oise", "Orne", "Sarthe", "Savoie",
    "Seine-Maritime", "Seine-Saint-Denis", "Somme", "Vendée", "Vienne",
})
_MASCULINE_RIVERS = frozenset({"Lot", "Tarn", "Cher", "Allier"})
_MASCULINE_COMPOUNDS = frozenset({"Loir-et-Cher", "Lot-et-Garonne"})


def of_department(name: str) -> str:
    """"du Finistère", "de la Seine-Saint-Denis", "de l'Ain", "des Landes", "d'Ille-et-Vilaine"."""
    elided = name[0] in "AEIOUYÉÈH" and not name.startswith(("Haut", "Yv"))
    if name.startswith(_PLURAL):
        return f"des {name}"
    if name in ("Paris", "Mayotte") or name.startswith("La "):
        return f"de {name}"
    if "-et-" in name and name not in _MASCULINE_COMPOUNDS:
        return f"d'{name}" if elided else f"de {name}"
    if elided:
        return f"de l'{name}"
    if name in _FEMININE or name.startswith("Haute-"):
        return f"de la {name}"
    return f"du {name}"


def of_river(name: str) -> str:
    """"de la Loire", "du Lot", "de l'Oise"."""
    if name in _MASCULINE_RIVERS:
        return f"du {name}"
    return f"de l'{name}" if name[0] in "AEIOUYÉÈÎ" else f"de la {name}"


def of_place(name: str) -> str:
    """"de Brest", "d'Aubigny", "du Gosier", "des Abymes", "de La Source"."""
    if name.startswith("Le "):
        return f"du {name[3:]}"
    if name.startswith("Les "):
        return f"des {name[4:]}"
    if name[0] in "AEIOUYÉÈÎ":
        return f"d'{name}"
    return f"de {name}"


def at_place(name: str) -> str:
    """"à Brest", "au Gosier", "aux Abymes"."""
    if name.startswith("Le "):
        return f"au {name[3:]}"
    if name.startswith("Les "):
        return f"aux {name[4:]}"
    return f"à {name}"
