"""Data safety in the window: the daily backup at open, the Sauvegardes dialog (make,
verify, restore and reopen), the journal, the refresh when another program wrote, the
warning about unsafe places, and the erasure from the person's pane."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox
from sqlalchemy import func, select

from ingenierie.config import DatabaseLocation
from ingenierie.errors import DamagedDatabaseError
from ingenierie.models import Person
from ingenierie.services.journal import stakeholder_journal
from ingenierie.services.stakeholders.records import PersonInput
from ingenierie.services.stakeholders.stakeholder import create_person
from ingenierie.storage import Database, open_database
from ingenierie.storage.backups import Reason
from ingenierie.storage.engines.sqlite.driver import available
from ingenierie.ui.errors import show_error
from ingenierie.ui.main_window import MainWindow
from ingenierie.ui.safety.backups_dialog import BackupsDialog, size_text
from ingenierie.ui.safety.journal_dialog import JournalDialog
from ingenierie.ui.safety.preferences import SafetyPreferences
from ingenierie.ui.safety.privacy import erase_dialog
from ingenierie.ui.workers import wait_for_workers


def people(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(Person)) or 0


def test_opening_the_window_makes_todays_backup_once(qtbot: Any, window: MainWindow) -> None:
    wait_for_workers()
    qtbot.waitUntil(lambda: any(b.reason is Reason.DAILY
                                for b in window.context.database.backups()))
    window.safety.database_installed(window.context.database)
    wait_for_workers()
    daily = [b for b in window.context.database.backups() if b.reason is Reason.DAILY]
    assert len(daily) == 1


def test_the_backups_dialog_lists_makes_verifies_and_restores(
        qtbot: Any, window: MainWindow, settle: Any, monkeypatch: Any) -> None:
    db = window.context.database
    before = people(db)
    dialog = BackupsDialog(db, [], window)
    qtbot.addWidget(dialog)
    dialog.make.click()
    qtbot.waitUntil(lambda: any(b.reason is Reason.MANUAL for b in dialog.backups))
    row = next(i for i, b in enumerate(dialog.backups) if b.reason is Reason.MANUAL)
    assert dialog.table.item(row, 1).text() == "À la demande"
    assert dialog.table.item(row, 4).text() == str(before)
    assert dialog.table.item(row, 2).text().endswith("Mo")
    dialog.table.selectRow(row)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: said.append(args[2]))
    dialog.verify.click()
    assert "passe la vérification" in said[0]

    create_person(db, PersonInput(last_name="Ajoutée après la sauvegarde"))
    restored: list[Path] = []
    dialog.restore_requested.connect(restored.append)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args: QMessageBox.StandardButton.Yes)
    dialog.restore.click()
    assert restored == [dialog.backups[row].path]
    with qtbot.waitSignal(window.database_opened, timeout=20_000):
        window.safety.restore(restored[0])
    settle(window)
    assert window.context.database is not db
    assert people(window.context.database) == before
    assert size_text(1536) == "1,5 Ko"


def test_the_journal_of_a_person_shows_who_changed_what(
        qtbot: Any, window: MainWindow) -> None:
    db = window.context.database
    db.actor = "Claire Martin"
    person = create_person(db, PersonInput(last_name="Kerhervé", email="yk@exemple.fr")).value
    dialog = JournalDialog(person.display_name, stakeholder_journal(db, person.id), window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "Claire Martin"
    assert "Courriel : ∅ → yk@exemple.fr" in dialog.table.item(0, 4).text()
    assert dialog.windowTitle() == "Journal des modifications — Kerhervé"


def test_a_change_written_by_another_program_refreshes_the_lists_on_focus(
        qtbot: Any, window: MainWindow, settle: Any) -> None:
    directory = window.workspace.directory
    window.workspace.setCurrentWidget(directory)
    settle(window)
    shown = directory.model.rowCount()
    assert not window.safety.refresh_if_changed()
    with open_database(window.context.database.location, create=False) as other:
        create_person(other, PersonInput(last_name="Écrite par une autre fenêtre"))
    assert window.safety.refresh_if_changed()
    settle(window)
    qtbot.waitUntil(lambda: directory.model.rowCount() == shown + 1)


def test_an_unsafe_place_is_warned_about_once_when_dismissed(
        qtbot: Any, window: MainWindow, monkeypatch: Any) -> None:
    shown: list[str] = []

    def run(box: QMessageBox) -> int:
        shown.append(box.text())
        box.checkBox().setChecked(True)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", run)
    window.safety.warn_placement("La base est dans un dossier synchronisé par Dropbox.")
    assert shown and SafetyPreferences().warning_dismissed(window.context.database.location)


def test_a_person_is_erased_from_their_pane_and_the_undo_stack_emptied(
        qtbot: Any, window: MainWindow, settle: Any, monkeypatch: Any) -> None:
    db = window.context.database
    person = create_person(db, PersonInput(last_name="Le Goff", email="alg@exemple.fr")).value
    window.context.undo_stack.push(QUndoCommand("test"))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    erase_dialog(window.context, window, person.id, person.display_name, [])
    qtbot.waitUntil(lambda: window.context.undo_stack.count() == 0, timeout=20_000)
    with db.read() as session:
        assert session.get_one(Person, person.id).email is None
    assert QApplication.activeModalWidget() is None


@pytest.mark.skipif(not available(), reason="sqlcipher3 is not installed")
def test_an_encrypted_database_asks_its_passphrase_in_french_then_opens(
        qtbot: Any, window: MainWindow, tmp_path: Path, settle: Any, monkeypatch: Any) -> None:
    secret = DatabaseLocation.of_file(tmp_path / "chiffree.sqlite").with_passphrase(
        "phrase de passe longue")
    open_database(secret).close()
    asked: list[str] = []

    def typed(_parent: object, title: str, label: str, _echo: object) -> tuple[str, bool]:
        asked.append(f"{title}: {label}")
        return ("faux" if len(asked) == 1 else "phrase de passe longue"), True

    monkeypatch.setattr(QInputDialog, "getText", typed)
    shown: list[str] = []
    monkeypatch.setattr("ingenierie.ui.errors.ErrorDialog.exec",
                        lambda dialog: shown.append(dialog.message.text()) or 0)
    with qtbot.waitSignal(window.database_opened, timeout=20_000):
        window.switch_database(DatabaseLocation.of_file(secret.file), create=False)
    settle(window)
    assert asked[0].startswith("Base de données chiffrée: La base de données")
    assert "Phrase de passe incorrecte" in asked[1]
    assert window.context.database.location.file == secret.file
    assert window.settings.recent_databases[0] == DatabaseLocation.of_file(secret.file.resolve())
    assert "phrase" not in str(window.settings.recent_databases[0])


def test_a_damaged_database_met_during_work_offers_the_last_good_backup(
        qtbot: Any, window: MainWindow, settle: Any, monkeypatch: Any) -> None:
    db = window.context.database
    saved = db.backup()
    create_person(db, PersonInput(last_name="Après la sauvegarde"))
    offered: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        offered.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    with qtbot.waitSignal(window.database_opened, timeout=20_000):
        show_error(window, DamagedDatabaseError("La base de données est endommagée."))
    settle(window)
    assert str(saved) in offered[0]
    with window.context.database.read() as session:
        assert session.scalar(select(func.count()).select_from(Person).where(
            Person.last_name == "Après la sauvegarde")) == 0
