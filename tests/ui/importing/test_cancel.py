"""Cancelling the dry run or the import leaves the database as it was.

The cancel is requested from the worker thread at a chosen progress report
(a direct connection to ``ImportWizard.progressed``), exactly as the progress
dialog's Cancel button does it: by raising the task's flag, which the import
checks between batches. No timing is involved.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from wizard_support import known_claire, messy_contacts, people, wait_idle

READING = "Lecture du fichier"
SAVING = "Enregistrement"


def reach_dry_run(qtbot, wizard, path: Path) -> None:
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    wait_idle(qtbot, wizard)
    wizard.next()
    wizard.mapping_page.choose(0, "last_name")


def cancel_at(wizard, wanted: str) -> list[str]:
    """Cancel the running step when it reports ``wanted`` (any step but reading if "*")."""
    seen: list[str] = []

    def progressed(step: str, _done: int, _total: int) -> None:
        seen.append(step)
        if step == wanted or (wanted == "*" and step != READING):
            wizard.cancel_running()
    wizard.progressed.connect(progressed, Qt.ConnectionType.DirectConnection)
    return seen


def database_state(db) -> dict[str, str | None]:
    return {name: person.phone for name, person in people(db).items()}


def test_cancelling_the_dry_run_mid_way_shows_it_and_can_be_run_again(
        qtbot, db, open_wizard, tmp_path: Path):
    known_claire(db)
    wizard = open_wizard()
    reach_dry_run(qtbot, wizard, messy_contacts(tmp_path))
    seen = cancel_at(wizard, "*")

    wizard.next()
    wait_idle(qtbot, wizard)

    page = wizard.dry_run_page
    assert seen[0] == READING and len(seen) == 2  # stopped at the first batch
    assert page.status.text() == "Simulation annulée\u00a0: rien n’a été écrit."
    assert page.retry_button.isVisible() and not page.report_view.isVisible()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert database_state(db) == {"Claire Martin": None}

    wizard.progressed.disconnect()
    qtbot.mouseClick(page.retry_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, wizard)
    assert page.report_view.isVisible() and wizard.state.plan is not None
    assert wizard.state.plan.counts_for(wizard.state.kind).new == 2


def test_cancelling_the_import_just_before_the_commit_writes_nothing(
        qtbot, db, open_wizard, tmp_path: Path):
    known_claire(db)
    wizard = open_wizard()
    reach_dry_run(qtbot, wizard, messy_contacts(tmp_path))
    wizard.next()
    wait_idle(qtbot, wizard)
    wizard.dry_run_page.skip.setChecked(True)
    seen = cancel_at(wizard, SAVING)

    wizard.next()
    wait_idle(qtbot, wizard)

    page = wizard.import_page
    assert seen[-1] == SAVING  # every row was written in the transaction, then rolled back
    assert page.outcome.text() == "Import annulé\u00a0: la base n’a pas été modifiée."
    assert database_state(db) == {"Claire Martin": None}
    assert page.retry_button.isVisible()

    wizard.progressed.disconnect()
    qtbot.mouseClick(page.retry_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, wizard)
    assert page.outcome.text() == "Import terminé\u00a0: les données sont enregistrées."
    assert database_state(db) == {"Claire Martin": "05 65 00 00 01", "Paul Durand":
                                  "05 65 00 00 02", "Luc Bernard": None}


def test_the_wizard_cancel_button_stops_the_import_and_keeps_the_wizard_open(
        qtbot, db, open_wizard, tmp_path: Path):
    known_claire(db)
    wizard = open_wizard()
    reach_dry_run(qtbot, wizard, messy_contacts(tmp_path))
    wizard.next()
    wait_idle(qtbot, wizard)
    wizard.dry_run_page.skip.setChecked(True)
    started, released = threading.Event(), threading.Event()

    def hold(step: str, _done: int, _total: int) -> None:
        if step == READING:  # keep the import at its start until the user has cancelled
            started.set()
            released.wait(20)
    wizard.progressed.connect(hold, Qt.ConnectionType.DirectConnection)

    wizard.next()
    qtbot.waitUntil(started.is_set)
    assert wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    wizard.reject()  # what the Cancel button, Escape and the close box do
    assert wizard.import_page.outcome.text() == "Annulation de l’import…"
    released.set()
    wait_idle(qtbot, wizard)

    assert wizard.isVisible()
    assert wizard.import_page.outcome.text() == "Import annulé\u00a0: la base n’a pas été modifiée."
    assert database_state(db) == {"Claire Martin": None}
    wizard.reject()
    assert not wizard.isVisible()
