"""Render the main screens on a demo database into PNG files (docs/screenshots by default).

    python tools/screenshots.py [--size 2000] [--out docs/screenshots]

Runs offscreen (``QT_QPA_PLATFORM=offscreen`` unless a display platform is set, e.g.
under ``xvfb-run``), in French, on a fresh demo database in a temporary folder; the
user's settings are not touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget

from ingenierie.models.vocabulary import Scheme, fold
from ingenierie.services.demo.generator import generate_demo
from ingenierie.services.stakeholders.merging import duplicate_groups
from ingenierie.storage import open_database
from ingenierie.ui.app import install_translators
from ingenierie.ui.main_window import MainWindow
from ingenierie.ui.settings import AppSettings
from ingenierie.ui.stakeholders.merge import MergeDialog, _candidate
from ingenierie.ui.style import apply_style
from ingenierie.ui.workers import wait_for_workers

WINDOW_SIZE = (1440, 900)


def settle(app: QApplication, rounds: int = 20) -> None:
    """Let background queries land and the widgets repaint."""
    for _ in range(rounds):
        wait_for_workers()
        app.processEvents()


def save(widget: QWidget, folder: Path, name: str) -> None:
    path = folder / f"{name}.png"
    widget.grab().save(str(path))
    print(path)


def shoot(window: MainWindow, app: QApplication, folder: Path) -> None:
    workspace = window.workspace
    shots: list[tuple[str, Callable[[], QWidget]]] = []

    def projects_list() -> QWidget:
        workspace.projects.table.selectRow(2)
        return window

    def projects_filtered() -> QWidget:
        bar = workspace.projects.filters
        bar.scheme.setCurrentIndex(bar.scheme.findData(Scheme.ENERGIE_CITOYENNE))
        settle(app)
        first_title = workspace.projects.model.index(0, 1).data() or ""
        bar.search.setText(first_title.split()[0].lower() if first_title else "")
        bar.search.flush()
        return window

    def directory() -> QWidget:
        workspace.projects.filters.clear()
        window.window_actions.show_directory.trigger()
        screen = workspace.directory
        settle(app)
        screen.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)  # the most involved first
        settle(app)
        screen.table.selectRow(0)
        screen.refresh_detail()
        return window

    def merge() -> QWidget:
        groups = duplicate_groups(window.context.database, limit=1)
        pair = (groups[0][0].id, groups[0][1].id) if groups else (
            workspace.directory.model.id_at(0), workspace.directory.model.id_at(1))
        dialog = MergeDialog((_candidate(window.context, pair[0]),
                              _candidate(window.context, pair[1])), window)
        dialog.show()
        return dialog

    def project_page() -> QWidget:
        project_id = workspace.projects.model.id_at(0)
        workspace.open_project(project_id)
        return window

    shots += [("projets", projects_list), ("projets-filtres", projects_filtered),
              ("annuaire", directory), ("fusion", merge), ("projet", project_page)]
    for name, prepare in shots:
        target = prepare()
        settle(app)
        save(target, folder, name)
        if target is not window:
            target.close()
    page = workspace.currentWidget()
    tabs = getattr(page, "tabs", None)
    for index in range(1, tabs.count() if tabs is not None else 0):
        tabs.setCurrentIndex(index)
        settle(app)
        save(window, folder, "projet-" + "-".join(fold(tabs.tabText(index)).split()))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=2000, help="stakeholders in the demo")
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv)
    apply_style(app)
    install_translators(app, "fr")
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(Path(folder) / "territoire-demo.sqlite")
        generate_demo(database, args.size)
        settings = AppSettings(QSettings(str(Path(folder) / "settings.ini"),
                                         QSettings.Format.IniFormat))
        window = MainWindow(database, settings)
        window.resize(*WINDOW_SIZE)
        window.show()
        settle(app)
        shoot(window, app, args.out)
        window.close()
        database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
