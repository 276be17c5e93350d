"""The wizard's item models pass Qt's model tester; the File menu commands work."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtWidgets import QMainWindow, QWidget
from wizard_support import messy_contacts

from ingenierie.services.importing.reading.table import Severity
from ingenierie.services.importing.report import Problem
from ingenierie.services.importing.template import LISTS_SHEET
from ingenierie.ui.importing.loading import load_sheet
from ingenierie.ui.importing.menu import ImportActions, save_import_template
from ingenierie.ui.importing.preview_model import PreviewModel
from ingenierie.ui.importing.problems_model import ProblemsModel, sortable
from ingenierie.ui.importing.wizard import ImportWizard
from ingenierie.ui.workers import wait_for_workers


def test_preview_model_passes_the_model_tester(qtmodeltester, tmp_path: Path):
    model = PreviewModel()
    model.set_snapshot(load_sheet(messy_contacts(tmp_path)))
    qtmodeltester.check(model)
    assert (model.rowCount(), model.columnCount()) == (12, 8)


def test_problems_model_passes_the_model_tester(qtbot, qtmodeltester):
    owner = QWidget()  # as in the report view: the model and its proxy belong to a widget
    qtbot.addWidget(owner)
    model = ProblemsModel(owner)
    model.set_problems([
        Problem(Severity.ERROR, "Adresse électronique invalide.", "Contacts", 7, "E-mail", "D",
                "x@"),
        Problem(Severity.WARNING, "Cellule fusionnée.", "Contacts", 12, "Structure", "C"),
        Problem(Severity.ERROR, "Aucune ligne sous l'en-tête."),
    ])
    qtmodeltester.check(model)
    qtmodeltester.check(sortable(model))


def test_the_template_is_saved_where_asked_and_the_status_bar_says_so(qtbot, tmp_path: Path):
    window = QMainWindow()
    qtbot.addWidget(window)

    written = save_import_template(window, tmp_path / "modèle")

    assert written == tmp_path / "modèle.xlsx"
    sheets = openpyxl.load_workbook(written).sheetnames
    assert sheets[:2] == ["Personnes", "Organisations"] and LISTS_SHEET in sheets
    assert window.statusBar().currentMessage() == f"Modèle d’import enregistré\u00a0: {written}"


def test_the_import_action_opens_the_wizard_over_the_window(qtbot, context):
    window = QMainWindow()
    qtbot.addWidget(window)
    actions = ImportActions(window, lambda: context)
    assert [a.text() for a in actions.entries] == ["&Importer un classeur…",
                                                   "Enregistrer le &modèle d’import…"]
    assert actions.import_workbook.shortcut().toString() == "Ctrl+I"

    actions.import_workbook.trigger()

    [wizard] = window.findChildren(ImportWizard)
    assert wizard.isVisible() and wizard.windowTitle() == "Importer un classeur"
    assert wizard.context is context
    wizard.reject()
    wait_for_workers()
