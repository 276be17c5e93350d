"""Creating from the window: Ctrl+N and New person open the forms; the new record is
selected in its list, and Ctrl+Z takes it back."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from ingenierie.services.projects import project as projects
from ingenierie.services.stakeholders import stakeholder as stakeholders
from ingenierie.ui.main_window import MainWindow


def fill_next_form(typist: Callable[..., None], fill: Callable[[QDialog], None]) -> None:
    """Once the modal form is open, let ``fill`` type into it, then press OK."""
    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(10, act)
            return
        fill(dialog)
        dialog.ok_button.click()  # type: ignore[attr-defined]
    QTimer.singleShot(0, act)


def test_ctrl_n_creates_a_project_shown_selected_and_ctrl_z_takes_it_back(
        qtbot: Any, window: MainWindow, typist: Callable[..., None]) -> None:
    screen = window.workspace.projects
    before = screen.model.rowCount()
    fill_next_form(typist, lambda form: typist(form.title_edit, "Épicerie solidaire du Relecq"))
    with qtbot.waitSignal(screen.model.keys_replaced):
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.current_id() is not None)
    created = projects.get_project(window.context.database, screen.current_id())
    assert created.title == "Épicerie solidaire du Relecq"
    assert screen.model.rowCount() == before + 1
    assert window.counts.text() == f"{before + 1} projets"

    assert window.window_actions.undo.text() == \
        "Annuler Créer le projet « Épicerie solidaire du Relecq »"
    window.activateWindow()  # the window manager's job once the form closes
    qtbot.waitUntil(window.isActiveWindow)
    screen.table.setFocus()  # in the search field, Ctrl+Z would undo the typing
    with qtbot.waitSignal(screen.model.keys_replaced):
        qtbot.keyClick(screen.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert projects.get_project(window.context.database, created.id).archived
    assert screen.model.rowCount() == before


def test_new_person_appears_in_the_directory_with_its_detail(
        qtbot: Any, window: MainWindow, typist: Callable[..., None]) -> None:
    screen = window.workspace.directory

    def fill(form: QDialog) -> None:
        typist(form.first_name, "Gwenola")  # type: ignore[attr-defined]
        typist(form.last_name, "Le Corre")  # type: ignore[attr-defined]
    fill_next_form(typist, fill)
    window.window_actions.new_person.trigger()
    qtbot.waitUntil(lambda: screen.current_id() is not None
                    and screen.current_record().display_name == "Gwenola Le Corre")
    screen.refresh_detail()
    assert screen.detail.title.text() == "Gwenola Le Corre"
    assert stakeholders.get_stakeholder(window.context.database, screen.current_id()).is_person
