"""Plans d'action in Territoires en Transitions' shapes, built for the tests.

``import_template`` lays a plan out as TeT's import template (``modele-import-pa.xlsx``):
a « Mode demploi » sheet, then « Fichier dimport » with the sections row, the column
names, the field-type row, the help row, and the fiches from row 5. ``plan_export``
lays it out as TeT's plan export (« Plan daction », 35 columns, TTC amounts, themes).
The plan is a made-up PCAET of a made-up community of communes; every fiche uses
values TeT itself keeps as they are (its statuses, priorities, « Prénom NOM »,
one funder a line with its amount), so that a round trip can compare cell for cell.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

#: The import template's columns (TeT's reader checks the first 28, trimmed), spaces included.
TEMPLATE_HEADERS = (
    "Axe (x)", "Sous-axe (x.x)", "Sous-sous axe (x.x.x)", "Titre de l'action",
    "Titre de la sous-action", "Descriptif", "Instances de gouvernance", "Objectifs",
    "Indicateurs liés", "Structure pilote", "Moyens humains et techniques", "Partenaires ",
    "Direction ou service pilote", "Personne pilote", "Élu·e référent·e ",
    "Participation Citoyenne", "Financements", "Financeur 1", "Montant € HT", "Financeur 2",
    "Montant € HT", "Financeur 3", "Montant € HT", "Budget prévisionnel total € HT", "Statut ",
    "Niveau de priorité", "Date de début", "Date de fin", "Action en amélioration continue",
    "Mesures liées", "Actions liées", "Notes", "Documents et liens")
#: What each template column holds in a fiche below (None: a column TeT does not import).
TEMPLATE_KEYS = (
    "axis1", "axis2", "axis3", "title", "sub_title", "summary", "governance", "objectives", None,
    "structures", "means", "partners", "services", "pilots", "referents", "participation",
    "financing", "funder1", "amount1", "funder2", "amount2", "funder3", "amount3", "budget",
    "status", "priority", "start", "end", "continuous", None, None, None, None)
EXPORT_HEADERS = (
    "Axe (x)", "Sous-axe (x.x)", " Sous-sous axe (x.x.x)", "Titre de la fiche action",
    "Descriptif", "Thématique principale", "Sous-thématiques", "Objectifs", "Indicateurs liés",
    "Résultats attendus", "Cibles", "Structure pilote", "Moyens humains et techniques",
    "Partenaires ", "Service-département-pôle pilote", "Personne pilote", "Élu·e référent·e ",
    "Financements", "Financeur 1", "Montant € TTC", "Financeur 2", "Montant € TTC",
    "Financeur 3", "Montant € TTC", "Budget prévisionnel total € TTC", "Statut ",
    "Niveau de priorité", "Date de début", "Date de fin", "Action en amélioration continue",
    "Calendrier", "Actions liées", "Fiches des plans liées", "Notes complémentaires",
    "Documents et liens")
EXPORT_KEYS = (
    "axis1", "axis2", "axis3", "title", "summary", "theme", "sub_themes", "objectives", None,
    None, None, "structures", "means", "partners", "services", "pilots", "referents",
    "financing", "funder1", "amount1", "funder2", "amount2", "funder3", "amount3", "budget",
    "status", "priority", "start", "end", "continuous", None, None, None, None, None)

CC = "Communauté de communes du Val d'Exemple"
FICHES: tuple[dict[str, Any], ...] = (
    {"axis1": "1. Sobriété et efficacité énergétique",
     "axis2": "1.1. Rénover le patrimoine public", "title": "Rénover les écoles communales",
     "summary": "Isoler et changer le chauffage de six écoles.",
     "governance": "COPIL climat deux fois par an.", "objectives": "-40 % de consommation.",
     "structures": CC, "means": "Un économe de flux.",
     "partners": "ALEC du Val, Syndicat d'énergie du Val", "services": "Service patrimoine",
     "pilots": "Claire MARTIN", "referents": "Jean DUPONT", "participation": "Information",
     "financing": "DETR et fonds chaleur", "funder1": "Préfecture du Val", "amount1": 150000,
     "funder2": "ADEME", "amount2": 80000, "budget": 600000, "status": "En cours",
     "priority": "Élevé", "start": datetime(2024, 3, 1), "end": datetime(2026, 12, 31),
     "continuous": "FAUX", "theme": "Énergie", "sub_themes": "Bâtiments"},
    {"axis1": "1. Sobriété et efficacité énergétique",
     "axis2": "1.2. Accompagner les ménages", "axis3": "1.2.1. Conseiller",
     "title": "Ouvrir un guichet de la rénovation", "structures": "ALEC du Val",
     "pilots": "Sophie LEROY", "referents": "Jean DUPONT", "participation": "Consultation",
     "funder1": "Région Occitanie", "amount1": 45000, "budget": 90000, "status": "À venir",
     "priority": "Moyen", "start": datetime(2025, 1, 6), "continuous": "VRAI"},
    {"axis1": "2. Mobilités", "title": "Schéma cyclable intercommunal",
     "structures": f"{CC}, Département du Val", "partners": "Association Vélo Val",
     "pilots": "Claire MARTIN", "participation": "Concertation", "status": "En retard",
     "priority": "Élevé"},
    {"axis1": "2. Mobilités", "title": "Covoiturage domicile-travail",
     "partners": "Covoit'Val", "participation": "Pas de participation citoyenne",
     "status": "En pause", "priority": "Bas"},
    {"axis1": "3. Adaptation", "axis2": "3.1. Eau", "title": "Désimperméabiliser les cours",
     "structures": CC, "participation": "Co-construction",
     "funder1": "Agence de l'eau Adour-Garonne", "amount1": 120000, "budget": 200000,
     "status": "Réalisé", "end": datetime(2024, 9, 1)},
    {"title": "Animer le plan climat", "pilots": "Sophie LEROY", "status": "Bloqué"},
    {"axis1": "3. Adaptation", "title": "Étudier la méthanisation", "status": "Abandonné"},
    {"axis1": "3. Adaptation", "title": "Végétaliser les centres-bourgs",
     "status": "À discuter", "referents": "Lucie BERNARD"},
)

_TYPES = ("Champ texte", "Champ texte\n(séparateur virgule)", "Champ numérique",
          "Champ liste déroulante \n(choix prédéfinis)", "Champ date", "Champ binaire")
_HELP = ("Si vos axes sont numérotés, indiquez d'abord le numéro.",
         "Texte court de 300 caractères maximum.", "Présentez en quelques lignes le descriptif.",
         "➔ Utilisez exactement la même écriture pour chaque intitulé.",
         "Saisissez un nombre entier, sans espaces, ni symboles.",
         "Choisissez l'option qui correspond le mieux.",
         "Ce champ ne sera pas intégré lors de l'importation.")


def _write(sheet: Worksheet, sections: tuple[int, int, int, int], first_row: int,
           fiches: tuple[dict[str, Any], ...], keys: tuple[str | None, ...]) -> None:
    """Row 1: the sections (starting at the columns given); then the fiches."""
    titles = ("Présentation de l’action", "Objectifs et indicateurs", "Acteurs",
              "Modalités de mise en oeuvre ")
    for column, title in zip((1, *sections), (*titles, "Actions liées"), strict=True):
        sheet.cell(1, column, title)
    for row, fiche in enumerate(fiches, start=first_row):
        for column, key in enumerate(keys, start=1):
            sheet.cell(row, column, fiche.get(key) if key else None)


def import_template(folder: Path, fiches: tuple[dict[str, Any], ...] = FICHES,
                    name: str = "plan-climat-val.xlsx") -> Path:
    """The plan laid out as TeT's import template."""
    workbook = Workbook()
    guide = workbook.active
    assert guide is not None
    guide.title = "Mode demploi"
    guide["B1"] = "Importer un plan d'action sur la plateforme Territoires en Transitions"
    guide["B3"] = "➜ À savoir : les colonnes sur fond jaune sont à renseigner en priorité."
    sheet = workbook.create_sheet("Fichier dimport")
    _write(sheet, (8, 10, 17, 30), 5, fiches, TEMPLATE_KEYS)
    sheet.merge_cells("H1:I1")
    sheet.merge_cells("J1:P1")
    for column, header in enumerate(TEMPLATE_HEADERS, start=1):
        sheet.cell(2, column, header)
        sheet.cell(3, column, _TYPES[column % len(_TYPES)])
        sheet.cell(4, column, _HELP[column % len(_HELP)])
    lists = workbook.create_sheet("Listes déroulantes")
    lists.sheet_state = "hidden"
    lists["C1"], lists["C2"], lists["C3"] = "Statut ", "À venir", "En cours"
    workbook.save(folder / name)
    return folder / name


def plan_export(folder: Path, fiches: tuple[dict[str, Any], ...] = FICHES,
                name: str = "export-plan.xlsx") -> Path:
    """The plan laid out as TeT's plan export (sections, 35 columns, data from row 3)."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Plan daction"
    _write(sheet, (8, 11, 18, 32), 3, fiches, EXPORT_KEYS)
    for column, header in enumerate(EXPORT_HEADERS, start=1):
        sheet.cell(2, column, header)
    workbook.save(folder / name)
    return folder / name


def _list(path: Path, title: str, headers: list[str], rows: Iterable[list[Any]]) -> Path:
    """A one-sheet list: its headers in row 1, then its rows."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = title
    for row in (headers, *rows):
        sheet.append(row)
    workbook.save(path)
    return path


def indicator_definitions(folder: Path, rows: int = 700) -> Path:
    """TeT's list of indicator definitions (its columns): the indicator library's kind."""
    return _list(folder / "indicateurs.xlsx", "Indicateurs", [
        "identifiantReferentiel", "titre", "unite", "description", "thematiques",
        "valeurCalcul", "sansValeur", "borneMin"], (
        [f"cae_{number}", f"Consommation d'énergie n° {number}", "GWh",
         "Somme des consommations", "energie", "", "FAUX", 0] for number in range(rows)))


def public_contracts(folder: Path, rows: int = 700) -> Path:
    """A list of public contracts: a kind of records this app does not hold, one column of
    which (« titre ») a project, a person or an indicator could have."""
    return _list(folder / "marches.xlsx", "Marchés", [
        "numeroMarche", "titre", "titulaire", "montantHT", "dateNotification", "dureeMois",
        "procedure", "codeCPV"], (
        [f"2024-{number:03}", f"Travaux, lot {number}", "SARL Bâtir", 12000 + number,
         "12/03/2024", 12, "MAPA", "45000000"] for number in range(rows)))
