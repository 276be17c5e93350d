"""Errors as the user meets them: a French message, or an apology with the log — no traceback."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from ingenierie.errors import DatabaseFileError, Location, ValidationError
from ingenierie.ui.errors import bug_dialog, install_excepthook, show_error, user_error_dialog


def shown_text(dialog: Any) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def test_an_expected_error_shows_its_french_message(qtbot: Any) -> None:
    error = ValidationError("Le titre est obligatoire.", location=Location(file="a.xlsx", row=3))
    dialog = user_error_dialog(None, error)
    qtbot.addWidget(dialog)
    assert "fichier « a.xlsx », ligne 3 : Le titre est obligatoire." in shown_text(dialog)
    dialog.copy_button.click()
    assert "Le titre est obligatoire." in QGuiApplication.clipboard().text()
    assert dialog.copy_button.text() == "Copier les détails"


def test_a_bug_shows_an_apology_and_the_log_path_never_the_traceback(
        qtbot: Any, tmp_path: Path) -> None:
    try:
        {}["missing"]
    except KeyError as error:
        details = f"Traceback (most recent call last):\n  ...\n{error!r}"
    dialog = bug_dialog(None, details, tmp_path / "ingenierie.log")
    qtbot.addWidget(dialog)
    text = shown_text(dialog)
    assert dialog.message.text().startswith("Désolé, une erreur inattendue s’est produite.")
    assert str(tmp_path / "ingenierie.log") in text
    assert "Traceback" not in text and "KeyError" not in text
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == details


def test_the_excepthook_reports_instead_of_printing(qtbot: Any, monkeypatch: Any,
                                                    caplog: Any) -> None:
    opened: list[str] = []
    monkeypatch.setattr("ingenierie.ui.errors.ErrorDialog.exec",
                        lambda dialog: opened.append(dialog.message.text()) or 0)
    previous = install_excepthook(Path("/tmp/ingenierie.log"))
    try:
        try:
            raise RuntimeError("boom")
        except RuntimeError as error:
            sys.excepthook(RuntimeError, error, error.__traceback__)
        error = DatabaseFileError("La base est en lecture seule.")
        sys.excepthook(DatabaseFileError, error, None)
    finally:
        sys.excepthook = previous
    assert opened[0].startswith("Désolé") and opened[1] == "La base est en lecture seule."
    assert "RuntimeError: boom" in caplog.text


def test_show_error_logs_bugs_with_their_traceback(qtbot: Any, monkeypatch: Any,
                                                   caplog: Any) -> None:
    monkeypatch.setattr("ingenierie.ui.errors.ErrorDialog.exec", lambda _dialog: 0)
    try:
        raise ZeroDivisionError("division by zero")
    except ZeroDivisionError as error:
        show_error(None, error)
    assert "Traceback" in caplog.text and "ZeroDivisionError" in caplog.text
