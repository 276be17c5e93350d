"""A fiche action's page lists its sous-actions, a sous-action's page names its fiche, each a
link opening the other's page; an import adding sous-actions shows them on an open page."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from sqlalchemy import select

from ingenierie.models import Project
from ingenierie.services.importing.pipeline import ImportOptions, run_import
from ingenierie.ui.main_window import MainWindow
from ingenierie.ui.projects.page.page import ProjectPage
from ingenierie.ui.settings import AppSettings

sys.path.insert(0, str(Path(__file__).parents[3] / "services" / "importing"))
import tet_files

NAMED = ImportOptions(plan_name="PCAET du Val")
ECOLES = "Rénover les écoles communales"
ISOLER, CHAUDIERE, VELOROUTE = (row["sub_title"] for row in tet_files.SOUS_ACTIONS)


def window_on(qtbot, db, tmp_path: Path) -> MainWindow:
    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()
    return window


def project_id(db, title: str):
    with db.read() as session:
        return session.scalars(select(Project.id).where(Project.title == title)).one()


def test_a_fiche_and_its_sous_actions_link_to_each_other(qtbot, db, tmp_path: Path):
    run_import(db, tet_files.import_template(tmp_path, tet_files.WITH_SOUS_ACTIONS), NAMED)
    window = window_on(qtbot, db, tmp_path)

    fiche = window.workspace.open_project(project_id(db, ECOLES))
    assert fiche is not None
    values, form = fiche.identity.values, fiche.identity.form
    assert form.isRowVisible(values["sous_actions"]) and not form.isRowVisible(values["fiche"])
    assert values["sous_actions"].text().count("<a href=") == 2
    assert f"{ISOLER} (PCAET-DU-VAL-001.1)" in values["sous_actions"].text().replace(
        "&#x27;", "'")
    assert values["plan"].text() == "PCAET du Val (PCAET-DU-VAL)"

    link = values["sous_actions"]  # the first sous-action's link, reached by the keyboard
    link.setFocus()
    qtbot.keyClick(link, Qt.Key.Key_Tab)
    qtbot.keyClick(link, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: isinstance(window.workspace.currentWidget(), ProjectPage)
                    and window.workspace.currentWidget() is not fiche)
    sous_action = window.workspace.currentWidget()
    assert sous_action.title.text() == ISOLER
    shown = sous_action.identity.values
    assert sous_action.identity.form.isRowVisible(shown["fiche"])
    assert not sous_action.identity.form.isRowVisible(shown["sous_actions"])
    assert f">{ECOLES} (PCAET-DU-VAL-001)</a>" in shown["fiche"].text()
    assert shown["axes"].text() == ("1. Sobriété et efficacité énergétique › "
                                    "1.1. Rénover le patrimoine public")
    assert "statut\u00a0: Réalisé" in shown["plan_says"].text()


def test_sous_actions_imported_later_appear_on_the_open_fiche(qtbot, db, context,
                                                              tmp_path: Path):
    run_import(db, tet_files.import_template(tmp_path), NAMED)
    page = ProjectPage(context, project_id(db, "Schéma cyclable intercommunal"))
    qtbot.addWidget(page)
    values = page.identity.values
    assert not page.identity.form.isRowVisible(values["sous_actions"])

    added = run_import(db, tet_files.import_template(tmp_path, tet_files.SOUS_ACTIONS[2:],
                                                     "s.xlsx"), NAMED)
    context.changes.announce(added.changes)

    qtbot.waitUntil(lambda: VELOROUTE in values["sous_actions"].text())
    assert page.identity.form.isRowVisible(values["sous_actions"])
