"""A file that cannot be read is explained on the first page, and nothing else happens."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtWidgets import QWizard
from wizard_support import messy_contacts, people, wait_idle


def protected(folder: Path) -> Path:
    """An encrypted Office file is an OLE2 container; its magic number says so."""
    path = folder / "protégé.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)
    return path


def truncated(folder: Path) -> Path:
    """The first 60 % of a real workbook, as an interrupted copy leaves it."""
    source = messy_contacts(folder).read_bytes()
    path = folder / "tronqué.xlsx"
    path.write_bytes(source[: len(source) * 6 // 10])
    return path


def image(folder: Path) -> Path:
    path = folder / "photo.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 200)
    return path


def empty_workbook(folder: Path) -> Path:
    path = folder / "vide.xlsx"
    Workbook().save(path)
    return path


def missing(folder: Path) -> Path:
    return folder / "absent.xlsx"


@pytest.mark.parametrize(("make", "expected"), [
    (protected, "fichier « protégé.xlsx » : Ce classeur est protégé par mot de passe"),
    (truncated, "fichier « tronqué.xlsx » : Le fichier est endommagé ou incomplet"),
    (image, "fichier « photo.xlsx » : Ce fichier est une image PNG, pas un tableur"),
    (empty_workbook, "La feuille « Sheet » ne contient aucune donnée."),
    (missing, "fichier « absent.xlsx » : Fichier introuvable."),
], ids=["password", "truncated", "image", "empty", "missing"])
def test_an_unreadable_file_is_explained_on_the_first_page(qtbot, db, open_wizard,
                                                           tmp_path: Path, make, expected):
    wizard = open_wizard()
    page = wizard.file_page
    path = make(tmp_path)
    page.path_edit.setText(str(path))

    wizard.next()
    wait_idle(qtbot, wizard)

    assert wizard.currentPage() is page
    assert page.error.isVisible()
    assert expected in page.error.text()
    assert "Traceback" not in page.error.text()
    assert wizard.state.snapshot is None
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # to try again
    assert people(db) == {}

    page.path_edit.setText(str(messy_contacts(tmp_path)))
    assert not page.error.isVisible()
    wizard.next()
    wait_idle(qtbot, wizard)
    assert wizard.currentPage() is wizard.sheet_page
