"""The projects list in the real window: search, filters, sort, counts, archive and restore."""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from ingenierie.models import Project
from ingenierie.models.vocabulary import Scheme
from ingenierie.services.importing.pipeline import ImportOptions, run_import
from ingenierie.services.projects import project as projects
from ingenierie.storage.changes import ChangeSet, Kind
from ingenierie.ui.main_window import MainWindow
from ingenierie.ui.projects.page import ProjectPage

sys.path.insert(0, str(Path(__file__).parents[2] / "services" / "importing"))
import tet_files


def visible_titles(window: MainWindow) -> list[str]:
    model = window.workspace.projects.model
    return [model.index(row, 1).data() for row in range(model.rowCount())]


def active_projects(window: MainWindow) -> int:
    with window.context.database.read() as session:
        return session.scalar(select(func.count()).select_from(Project)
                              .where(Project.archived_at.is_(None))) or 0


def test_the_list_opens_with_every_active_project_and_says_how_many(window: MainWindow) -> None:
    count = active_projects(window)
    titles = visible_titles(window)
    assert len(titles) == count > 10
    assert titles == sorted(titles, key=str.casefold) or titles[0] <= titles[-1]
    assert window.counts.text() == f"{count} projets"
    assert window.windowTitle() == "ingenierie.sqlite — Ingénierie"


def test_search_as_you_type_narrows_the_list_and_the_status_bar(
        qtbot: Any, window: MainWindow, typist: Callable[..., None]) -> None:
    screen = window.workspace.projects
    total = active_projects(window)
    wanted = visible_titles(window)[3]
    word = wanted.split()[0]
    expected = [t for t in visible_titles(window)
                if any(w.casefold().startswith(word.casefold()) for w in t.split())]
    with qtbot.waitSignal(screen.model.keys_replaced):
        typist(screen.filters.search, word)
    assert wanted in visible_titles(window)
    assert set(visible_titles(window)) >= set(expected)
    shown = len(visible_titles(window))
    assert window.counts.text() == f"{shown} projet{'s' if shown > 1 else ''} sur {total}"
    screen.table.selectRow(0)
    with qtbot.waitSignal(screen.model.keys_replaced):
        typist(screen.filters.search, " zzzzqx")
    assert visible_titles(window) == [] and screen.current_id() is None
    assert screen.table.empty_text == "Aucun projet ne correspond à la recherche et aux filtres."


def test_filters_combine_and_clear(qtbot: Any, window: MainWindow) -> None:
    screen = window.workspace.projects
    bar, model = screen.filters, screen.model
    other = next(row for row in range(model.rowCount())
                 if model.index(row, 2).data() != "Contrat de ville")
    screen.table.selectRow(other)
    with qtbot.waitSignal(model.keys_replaced):
        bar.scheme.setCurrentIndex(bar.scheme.findData(Scheme.CONTRAT_DE_VILLE))
    schemes = {model.index(row, 2).data() for row in range(model.rowCount())}
    assert schemes == {"Contrat de ville"}
    assert screen.current_id() is None  # a new filter selects nothing in the user's place
    assert bar.clear_button.isEnabled() and bar.scheme.font().bold()
    with qtbot.waitSignal(model.keys_replaced):
        bar.clear_button.click()
    assert len(visible_titles(window)) == active_projects(window)
    assert not bar.clear_button.isEnabled()


def test_clicking_a_header_sorts_in_the_database(qtbot: Any, window: MainWindow) -> None:
    table = window.workspace.projects.table
    with qtbot.waitSignal(table.model().keys_replaced):
        table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    codes = [table.model().index(row, 0).data() for row in range(table.model().rowCount())]
    assert codes == sorted(codes, reverse=True)


def test_archive_from_the_list_then_undo_then_restore(
        qtbot: Any, window: MainWindow, next_dialog: Callable[[str], None]) -> None:
    screen, actions = window.workspace.projects, window.window_actions
    before = active_projects(window)
    screen.table.selectRow(2)
    project_id, title = screen.current_id(), visible_titles(window)[2]
    neighbour = screen.model.id_at(3)
    next_dialog("Archiver")
    with qtbot.waitSignal(screen.model.keys_replaced):
        actions.archive_project.trigger()
    assert projects.get_project(window.context.database, project_id).archived
    assert title not in visible_titles(window)
    assert screen.current_id() == neighbour  # the selection moves on, ready for the next
    assert active_projects(window) == before - 1
    assert window.counts.text() == f"{before - 1} projets"

    with qtbot.waitSignal(screen.model.keys_replaced):
        actions.undo.trigger()
    assert not projects.get_project(window.context.database, project_id).archived
    assert title in visible_titles(window)

    next_dialog("Archiver")
    with qtbot.waitSignal(screen.model.keys_replaced):
        screen.select(project_id)
        actions.archive_project.trigger()
    with qtbot.waitSignal(screen.model.keys_replaced):
        screen.filters.archived.setChecked(True)
    screen.select(project_id)
    assert actions.restore_project.isEnabled() and not actions.archive_project.isEnabled()
    row = screen.table.currentIndex().row()
    assert screen.model.index(row, 1).data(Qt.ItemDataRole.FontRole).italic()
    with qtbot.waitSignal(screen.model.keys_replaced):
        actions.restore_project.trigger()
    assert not projects.get_project(window.context.database, project_id).archived


def test_cancelling_the_confirmation_archives_nothing(
        qtbot: Any, window: MainWindow, next_dialog: Callable[[str], None]) -> None:
    screen = window.workspace.projects
    screen.table.selectRow(0)
    project_id = screen.current_id()
    next_dialog("Cancel")
    window.window_actions.archive_project.trigger()
    assert not projects.get_project(window.context.database, project_id).archived


def test_enter_opens_the_project_page_in_a_tab(qtbot: Any, window: MainWindow) -> None:
    screen = window.workspace.projects
    screen.table.setFocus()
    screen.table.selectRow(1)
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    page = window.workspace.currentWidget()
    assert isinstance(page, ProjectPage) and page.project_id == screen.model.id_at(1)
    assert window.window_actions.close_tab.isEnabled()
    window.window_actions.close_tab.trigger()
    assert window.workspace.count() == 3  # the lists and the dashboard stay


def test_ctrl_f_brings_the_cursor_to_the_search_field(qtbot: Any, window: MainWindow) -> None:
    window.window_actions.show_directory.trigger()
    window.window_actions.search.trigger()
    assert window.workspace.directory.filters.search.hasFocus()


def test_an_open_project_follows_a_change_announced_without_ids(
        qtbot: Any, window: MainWindow) -> None:
    """An import renames projects without saying which: open tabs and the list follow."""
    workspace, db = window.workspace, window.context.database
    project_id = workspace.projects.model.id_at(0)
    page = workspace.open_project(project_id)
    assert page is not None
    detail = projects.get_project(db, project_id)
    projects.update_project(db, project_id, dataclasses.replace(
        detail.to_input(), title="Tiers-lieu de Carhaix"))
    window.context.changes.announce(ChangeSet.anything(Kind.PROJECT))
    tab = workspace.indexOf(page)
    qtbot.waitUntil(lambda: workspace.tabText(tab) == "Tiers-lieu de Carhaix")
    qtbot.waitUntil(lambda: page.title.text() == "Tiers-lieu de Carhaix")
    workspace.setCurrentWidget(workspace.projects)
    qtbot.waitUntil(lambda: "Tiers-lieu de Carhaix" in visible_titles(window))



def test_the_menus_follow_the_open_pages_project_as_soon_as_the_page_reads_it_again(
        qtbot: Any, window: MainWindow) -> None:
    """Archived elsewhere (another window, an import): the page re-reads its project, and the
    Projects menu offers Restore from that moment, whatever the list is doing."""
    workspace, actions = window.workspace, window.window_actions
    page = workspace.open_project(workspace.projects.model.id_at(0))
    assert page is not None and actions.archive_project.isEnabled()

    changes = projects.archive_project(window.context.database, page.project_id)
    window.context.changes.announce(changes)

    qtbot.waitUntil(lambda: page.title.text().endswith("(archivé)"))
    assert actions.restore_project.isEnabled() and not actions.archive_project.isEnabled()


def test_the_list_filters_by_plan_once_a_plan_is_imported(qtbot: Any, window: MainWindow,
                                                         tmp_path: Path) -> None:
    screen = window.workspace.projects
    bar, model = screen.filters, screen.model
    assert not bar.plan.isVisible()  # no plan yet: no such filter

    report = run_import(window.context.database, tet_files.import_template(tmp_path),
                        ImportOptions(plan_name="PCAET du Val"))
    with qtbot.waitSignal(bar.choices_loaded, timeout=10_000):
        window.context.changes.announce(report.changes)

    assert bar.plan.isVisible()
    assert bar.plan.itemText(1) == "PCAET du Val (PCAET-DU-VAL)"
    with qtbot.waitSignal(model.keys_replaced):
        bar.plan.setCurrentIndex(1)
    assert sorted(visible_titles(window)) == sorted(f["title"] for f in tet_files.FICHES)
    codes = {model.index(row, 0).data() for row in range(model.rowCount())}
    assert codes == {f"PCAET-DU-VAL-{n:03d}" for n in range(1, 9)}
