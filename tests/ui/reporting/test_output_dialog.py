"""The report and export dialogs, driven by keyboard and mouse: scope, period, file,
work off the GUI thread, the offer to open what was written."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from ingenierie.models.vocabulary import Scheme
from ingenierie.services.evaluation.shipped import sync_shipped_data
from ingenierie.services.output_files import OutputFileError
from ingenierie.services.projects.listing import ProjectFilter
from ingenierie.services.projects.project import ProjectInput, create_project
from ingenierie.services.reporting.document import ReportCancelled
from ingenierie.ui.context import AppContext
from ingenierie.ui.errors import ErrorDialog
from ingenierie.ui.reporting.dialog import OutputDialog, OutputKind
from ingenierie.ui.reporting.running import ask_and_write, failure_reporter
from ingenierie.ui.settings import AppSettings
from ingenierie.ui.workers import wait_for_workers


@pytest.fixture(autouse=True)
def drained_workers(qapp: object) -> Iterator[None]:
    yield
    assert wait_for_workers()


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def parent(qtbot: Any) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def written_box(qtbot: Any) -> QMessageBox:
    """The non-modal « file written » message, once the work called back."""
    found: list[QMessageBox] = []

    def shown() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.isVisible()]
        return bool(found)
    qtbot.waitUntil(shown, timeout=30_000)
    return found[0]


def test_a_project_sheet_is_written_off_the_gui_thread_then_offered_to_open(
        qtbot: Any, context: AppContext, parent: QWidget, settings: AppSettings,
        tmp_path: Path) -> None:
    sync_shipped_data(context.database)
    project = create_project(context.database, ProjectInput(title="Tiers-lieu du Vexin")).value
    settings.save_structure("PETR du Vexin", None)
    dialog = ask_and_write(parent, context, OutputKind.REPORT,
                           project=(project.id, project.title), settings=settings)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.one.isChecked() and not dialog.scheme.isEnabled()
    assert dialog.structure.text() == "PETR du Vexin"
    target = tmp_path / "fiche.pdf"
    dialog.path.setText(str(target))
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    box = written_box(qtbot)
    assert "fiche.pdf" in box.text()
    assert {"Ouvrir le fichier", "Ouvrir le dossier"} <= {b.text() for b in box.buttons()}
    box.button(QMessageBox.StandardButton.Close).click()
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Tiers-lieu du Vexin" in text and "PETR du Vexin" in text
    assert settings.output_folder("report") == tmp_path


def test_an_export_takes_the_filters_and_the_dialog_is_keyboard_driven(
        qtbot: Any, context: AppContext, parent: QWidget, settings: AppSettings,
        tmp_path: Path) -> None:
    create_project(context.database, ProjectInput(title="PTCE du Ségala", scheme=Scheme.PTCE))
    create_project(context.database, ProjectInput(title="Contrat de ville de Brest",
                                                  scheme=Scheme.CONTRAT_DE_VILLE))
    dialog = ask_and_write(parent, context, OutputKind.EXPORT,
                           wanted=ProjectFilter(scheme=Scheme.PTCE), settings=settings)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.many.isChecked() and dialog.scheme.value() == Scheme.PTCE
    assert dialog.current_scope().wanted.scheme is Scheme.PTCE
    assert dialog.windowTitle() == "Exporter vers Excel"
    chain, widget = [], dialog.many
    for _ in range(12):  # Tab walks the dialog top to bottom
        chain.append(widget)
        widget = widget.nextInFocusChain()
    order = [dialog.many, dialog.scheme, dialog.phase, dialog.stage, dialog.territory]
    assert [w for w in chain if w in order] == order
    target = tmp_path / "ptce"
    dialog.path.setText(str(target))
    qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
    written_box(qtbot).done(0)
    workbook = load_workbook(tmp_path / "ptce.xlsx", read_only=True)
    titles = [row[2] for row in workbook["Projets"].iter_rows(min_row=2, values_only=True)]
    workbook.close()
    assert titles == ["PTCE du Ségala"]


def test_escape_closes_without_writing_and_an_existing_file_asks_first(
        qtbot: Any, context: AppContext, parent: QWidget, settings: AppSettings,
        tmp_path: Path) -> None:
    dialog = OutputDialog(context, OutputKind.EXPORT, settings=settings, parent=parent)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == 0 and dialog.request is None
    existing = tmp_path / "export.xlsx"
    existing.write_bytes(b"ancien")
    dialog = OutputDialog(context, OutputKind.EXPORT, settings=settings, parent=parent)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.setText(str(existing))

    def refuse() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and "existe déjà" in box.text()
        box.button(QMessageBox.StandardButton.No).click()
    QTimer.singleShot(50, refuse)
    dialog.accept()
    assert dialog.request is None and dialog.isVisible()
    assert existing.read_bytes() == b"ancien"


def test_the_project_pages_pdf_sheet_button_opens_the_dialog_on_that_project(
        qtbot: Any, context: AppContext, parent: QWidget) -> None:
    from ingenierie.ui.projects.page import ProjectPage

    project = create_project(context.database, ProjectInput(title="Énergie citoyenne")).value
    page = ProjectPage(context, project.id, parent)
    assert page.report_button.text() == "Fiche PDF…"
    page.report_button.click()
    dialogs: list[OutputDialog] = []
    qtbot.waitUntil(lambda: bool(dialogs.extend(
        w for w in QApplication.topLevelWidgets() + parent.findChildren(OutputDialog)
        if isinstance(w, OutputDialog) and w.isVisible()) or dialogs))
    dialog = dialogs[0]
    assert dialog.one.isChecked() and "Énergie citoyenne" in dialog.one.text()
    assert dialog.current_scope().project_id == project.id
    dialog.reject()


def test_a_cancel_is_told_in_the_status_bar_and_a_failure_in_a_dialog(qtbot: Any) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    report = failure_reporter(window)
    report(ReportCancelled())
    assert window.statusBar().currentMessage() == ReportCancelled().message
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, ErrorDialog) and w.isVisible()]
    seen: list[str] = []

    def close_the_error() -> None:
        for dialog in QApplication.topLevelWidgets():
            if isinstance(dialog, ErrorDialog) and dialog.isVisible():
                seen.append(dialog.windowTitle())
                dialog.reject()
    QTimer.singleShot(100, close_the_error)
    report(OutputFileError("Le dossier « rapports » est en lecture seule."))  # modal
    assert seen
