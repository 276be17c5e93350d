"""The shape of Territoires en Transitions' import template, as this app writes it back.

TeT (ADEME / beta.gouv, MIT licence) publishes ``modele-import-pa.xlsx``: a sheet whose
row 1 names sections, row 2 the columns, then rows describing each column's type and how
to fill it. TeT's reader (``import/parsers/excel-parser.ts``) finds the sheet by
« Axe (x) » in A2, refuses it unless its first 28 column names (trimmed) are its own in
its order — « Titre de l'action » then « Titre de la sous-action » — and takes every row
from row 4 as an action. So the file written here describes the columns in row 3 alone
(type and help in one cell, in the form the import recognises and skips:
``reading.layout``): a help row 4 would come back into TeT as an action named after its
instructions. Columns TeT does not import are kept, empty, so that the file is the
template a collectivité already knows.
"""

from __future__ import annotations

from dataclasses import dataclass

from ingenierie.models.vocabulary import ActionStatus, CitizenParticipation, Priority

DATA_SHEET = "Fichier dimport"
LISTS_SHEET = "Listes déroulantes"
FIRST_DATA_ROW = 4  # TeT reads every row from the fourth as an action


@dataclass(frozen=True, slots=True)
class Column:
    """One column of the template: its header, what TeT expects in it, and the key of the
    value this app writes there (None: a column TeT does not import, left empty)."""

    header: str
    kind: str  # row 3, first line
    help: str  # row 3, below it
    key: str | None


_TEXT = "Champ texte"
_NAMES = "Champ texte\n(séparateur virgule)"
_NOT_IMPORTED = "Champ texte non importé"
_LIST = "Champ liste déroulante\n(choix prédéfinis)"
_NUMBER = "Champ numérique"
_DATE = "Champ date"
_SEPARATE = "Utilisez la même écriture dans toutes les fiches ; séparez les noms par des virgules."
_PERSONS = "Créez sous la forme « Prénom NOM » ; séparez les noms par des virgules."
_AMOUNT = "Saisissez un nombre entier, sans espace ni symbole (124566 pour 124 566 € HT)."
_CHOOSE = "Choisissez une valeur de la liste déroulante."
_KEPT = "Ce champ n'est pas importé : il sert à centraliser l'information."

COLUMNS: tuple[Column, ...] = (
    Column("Axe (x)", _TEXT, "Si vos axes sont numérotés : le numéro, un point, une espace, "
           "le titre (1. Titre).", "axis1"),
    Column("Sous-axe (x.x)", _TEXT, "Si vos sous-axes sont numérotés : 1.1. Titre.", "axis2"),
    Column("Sous-sous axe (x.x.x)", _TEXT, "Si vos sous-sous-axes sont numérotés : "
           "1.1.1. Titre.", "axis3"),
    Column("Titre de l'action", _TEXT, "Texte court de 300 caractères au plus.", "title"),
    Column("Titre de la sous-action", _TEXT, "Laissez vide pour une action ; pour une "
           "sous-action, son titre (l'action qui la porte en colonne D).", None),
    Column("Descriptif", _TEXT, "Présentez l'action en quelques lignes.", "summary"),
    Column("Instances de gouvernance", _TEXT, "Saisissez les instances qui pilotent l'action.",
           "governance"),
    Column("Objectifs", _TEXT, "Saisissez les objectifs et les indicateurs suivis.",
           "objectives"),
    Column("Indicateurs liés", _NOT_IMPORTED, _KEPT, None),
    Column("Structure pilote", _NAMES, _SEPARATE, "lead_structures"),
    Column("Moyens humains et techniques", _TEXT, "Saisissez les moyens mobilisés.", "means"),
    Column("Partenaires ", _NAMES, _SEPARATE, "partners"),
    Column("Direction ou service pilote", _NAMES, _SEPARATE, "services"),
    Column("Personne pilote", _NAMES, _PERSONS, "pilots"),
    Column("Élu·e référent·e ", _NAMES, _PERSONS, "referents"),
    Column("Participation Citoyenne", _LIST, _CHOOSE, "participation"),
    Column("Financements", "Champ texte libre", "Saisissez les financements en texte libre.",
           "financing"),
    Column("Financeur 1", _NAMES, _SEPARATE, "funder1"),
    Column("Montant € HT", _NUMBER, _AMOUNT, "amount1"),
    Column("Financeur 2", _NAMES, _SEPARATE, "funder2"),
    Column("Montant € HT", _NUMBER, _AMOUNT, "amount2"),
    Column("Financeur 3", _NAMES, _SEPARATE, "funder3"),
    Column("Montant € HT", _NUMBER, _AMOUNT, "amount3"),
    Column("Budget prévisionnel total € HT", _NUMBER, _AMOUNT, "budget"),
    Column("Statut ", _LIST, _CHOOSE, "status"),
    Column("Niveau de priorité", _LIST, _CHOOSE, "priority"),
    Column("Date de début", _DATE, "Saisissez une date JJ/MM/AAAA.", "start_on"),
    Column("Date de fin", _DATE, "Saisissez une date JJ/MM/AAAA.", "end_on"),
    Column("Action en amélioration continue", "Champ binaire",
           "Indiquez VRAI pour une action sans durée définie, FAUX sinon.", "continuous"),
    Column("Mesures liées", _NOT_IMPORTED, _KEPT, None),
    Column("Actions liées", _NOT_IMPORTED, _KEPT, None),
    Column("Notes", _NOT_IMPORTED, _KEPT, None),
    Column("Documents et liens", _NOT_IMPORTED, _KEPT, None),
)

#: Row 1: each section's title and its first and last columns (1-based).
SECTIONS = (("Présentation de l’action", 1, 7), ("Objectifs et indicateurs", 8, 9),
            ("Acteurs", 10, 16), ("Modalités de mise en oeuvre ", 17, 29),
            ("Actions liées", 30, 33))

#: TeT's lists, as its « Listes déroulantes » sheet words them.
STATUSES = tuple(status.label for status in ActionStatus)
PRIORITIES = tuple(priority.label for priority in Priority)
PARTICIPATIONS = ("Pas de participation citoyenne", "Information", "Consultation",
                  "Concertation", "Co-construction")
LISTS = (("Statut ", "status", STATUSES), ("Niveau de priorité", "priority", PRIORITIES),
         ("Participation citoyenne", "participation", PARTICIPATIONS))


def participation_label(level: CitizenParticipation) -> str:
    """TeT's word for a level: TeT has no « Collaboration » nor « Coopération », written as
    the rung below that TeT knows (concertation, co-construction)."""
    nearest = {CitizenParticipation.COLLABORATION: CitizenParticipation.CONCERTATION,
               CitizenParticipation.COOPERATION: CitizenParticipation.CO_CONSTRUCTION}
    return nearest.get(level, level).label
