"""Workbooks as managers keep them, for the import tests: statuses in the phase column,
exchanges and fundings beside people and projects, two columns for one field, hidden
rows, one person on two rows."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import fixtures
import openpyxl
from openpyxl import Workbook


def workbook_of(path: Path, **sheets: list[tuple[object, ...]]) -> Path:
    book = Workbook()
    assert book.active is not None
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path

def everyday(folder: Path) -> Path:
    return workbook_of(
        folder / "suivi.xlsx",
        Acteurs=[("Nom", "Prénom", "Organisme", "Courriel"),
                 ("Martin", "Claire", "Mairie de Privas", "claire.martin@exemple.fr"),
                 ("Durand", "Paul", "Mairie de Privas", "paul.durand@exemple.fr")],
        Projets=[("Code", "Titre", "Statut", "Phase", "Porteur"),
                 ("P1", "Tiers-lieu", "En cours", None, "Mairie de Privas"),
                 ("P2", "Jardin partagé", "Émergence", None, None),
                 ("P3", "Épicerie", None, "Terminé", None),
                 ("P4", "Ressourcerie", "Actif", "Diagnostic", None)],
        Interactions=[("Projet", "Date de l'échange", "Type", "Sujet", "Personnes présentes"),
                      ("P1", date(2024, 3, 12), "Atelier", "Lancement", "Claire Martin"),
                      ("Jardin partagé", date(2024, 4, 2), "Réunion", "Visite", None)],
        Financements=[("Projet", "Financeur", "Programme", "Montant demandé", "Statut"),
                      ("P1", "Région Occitanie", "Tiers-lieux", "12 000 €", "Demandé"),
                      ("P1", "Mairie de Privas", None, 5000, "Accordé")])

def contacts(folder: Path) -> Path:
    return workbook_of(folder / "contacts.xlsx", Contacts=[
        ("Nom", "Prénom", "Nom de famille", "Tél. fixe", "Tél. portable", "Courriel"),
        ("Claire Martin", "Claire", "Martin", "04 75 00 00 00", "06 12 34 56 78",
         "claire@exemple.fr")])

def hidden_rows(folder: Path, *, filtered: bool) -> Path:
    path = fixtures.clean_people(folder, rows=6)
    book = openpyxl.load_workbook(path)
    sheet = book.active
    assert sheet is not None
    for row in (3, 5):
        sheet.row_dimensions[row].hidden = True
    if filtered:
        sheet.auto_filter.ref = "A1:L7"
    book.save(path)
    return path

def repeated_people(folder: Path) -> Path:
    """One person on two rows (same name and e-mail, another job and organisation), and a
    third row of someone else."""
    return workbook_of(folder / "repetes.xlsx", Acteurs=[
        ("Nom", "Prénom", "Organisme", "Fonction", "Courriel", "Téléphone", "Notes"),
        ("Martin", "Claire", "Mairie de Privas", "Adjointe", "claire.martin@exemple.fr",
         None, "Rencontrée au forum."),
        ("Durand", "Paul", "Mairie de Privas", "DGS", "paul.durand@exemple.fr", None, None),
        ("MARTIN", "Claire", "CC Privas Centre Ardèche", "Vice-présidente",
         "Claire.Martin@exemple.fr", "06 12 34 56 78", "Suit le PCAET.")])
