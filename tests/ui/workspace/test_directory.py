"""The stakeholder directory in the real window: search, detail pane, archive, merge."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt

from ingenierie.models.vocabulary import ActorKind, InvolvementRole, StakeholderNature
from ingenierie.services.projects import involvements
from ingenierie.services.projects import project as projects
from ingenierie.services.stakeholders import stakeholder as stakeholders
from ingenierie.services.stakeholders.records import PersonInput
from ingenierie.storage.changes import ChangeSet, Kind
from ingenierie.ui.main_window import MainWindow
from ingenierie.ui.stakeholders.detail import ProjectRole
from ingenierie.ui.workers import run_in_background


def visible_names(window: MainWindow) -> list[str]:
    model = window.workspace.directory.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def show_directory(qtbot: Any, window: MainWindow) -> None:
    window.window_actions.show_directory.trigger()
    qtbot.waitUntil(lambda: not window.workspace.directory.model.is_loading)


def search(qtbot: Any, window: MainWindow, text: str) -> None:
    screen = window.workspace.directory
    show_directory(qtbot, window)
    if screen.filters.search.text() == text:
        return
    with qtbot.waitSignal(screen.model.keys_replaced):
        screen.filters.search.setText(text)
        screen.filters.search.flush()


def test_search_and_kind_filter_with_counts(qtbot: Any, window: MainWindow) -> None:
    screen = window.workspace.directory
    assert screen.model.rowCount() == 0  # not queried before its tab shows
    show_directory(qtbot, window)
    total = screen.model.total
    assert total == 300 and window.counts.text() == "300 acteurs"
    search(qtbot, window, "mairie")
    names = visible_names(window)
    assert names and all("mairie" in n.casefold() or screen.model.record_at(i).email
                         for i, n in enumerate(names))
    assert window.counts.text() == f"{len(names)} acteur{'s' if len(names) > 1 else ''} " \
                                   f"sur {total}"
    with qtbot.waitSignal(screen.model.keys_replaced):
        screen.filters.nature.setCurrentIndex(
            screen.filters.nature.findData(StakeholderNature.ORGANISATION))
    assert {screen.model.index(r, 1).data() for r in range(screen.model.rowCount())} \
        <= {"Organisation"}


def test_the_detail_pane_shows_projects_and_exchanges(qtbot: Any, window: MainWindow) -> None:
    screen = window.workspace.directory
    show_directory(qtbot, window)
    with qtbot.waitSignal(screen.model.keys_replaced):
        screen.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)  # most projects first
    screen.table.selectRow(0)
    screen.refresh_detail()
    record = screen.current_record()
    detail = screen.detail
    assert detail.title.text() == record.display_name
    assert detail.projects.topLevelItemCount() == record.project_count > 0
    assert detail.projects_label.text() == f"Projets ({record.project_count})"
    first = detail.projects.topLevelItem(0)
    with qtbot.waitSignal(screen.open_project):
        detail.projects.itemActivated.emit(first, 0)
    assert window.workspace.currentWidget().project_id == first.data(0, ProjectRole)


def test_archive_a_stakeholder_and_restore_it(qtbot: Any, window: MainWindow,
                                              next_dialog: Callable[[str], None]) -> None:
    screen = window.workspace.directory
    search(qtbot, window, "")
    screen.table.selectRow(0)
    target = screen.current_id()
    next_dialog("Archiver")
    with qtbot.waitSignal(screen.model.keys_replaced):
        window.window_actions.archive_stakeholder.trigger()
    assert stakeholders.get_stakeholder(window.context.database, target).archived
    assert target not in [screen.model.id_at(r) for r in range(screen.model.rowCount())]
    with qtbot.waitSignal(screen.model.keys_replaced):
        screen.filters.archived.setChecked(True)
    screen.select(target)
    assert window.window_actions.restore_stakeholder.isVisible()
    with qtbot.waitSignal(screen.model.keys_replaced):
        window.window_actions.restore_stakeholder.trigger()
    assert not stakeholders.get_stakeholder(window.context.database, target).archived


def test_merge_two_duplicates_keeps_every_involvement(
        qtbot: Any, window: MainWindow, next_dialog: Callable[[str], None]) -> None:
    db = window.context.database
    first = stakeholders.create_person(db, PersonInput("Kerbrat", "Maëlle", ActorKind.ELU,
                                                       email="maelle.kerbrat@exemple.bzh")).value
    second = stakeholders.create_person(db, PersonInput("KERBRAT", "Maelle", ActorKind.AUTRE),
                                        allow_duplicate=True).value
    [one, two] = [projects.get_project(db, window.workspace.projects.model.id_at(r))
                  for r in (0, 1)]
    involvements.add_involvement(db, one.id, first.id, involvements.InvolvementInput(
        role=InvolvementRole.PORTEUR))
    involvements.add_involvement(db, two.id, second.id, involvements.InvolvementInput(
        role=InvolvementRole.EXPERT))
    search(qtbot, window, "maelle kerbrat")  # the demo has other Kerbrat
    screen = window.workspace.directory
    assert screen.model.rowCount() == 2
    screen.table.selectAll()
    assert window.window_actions.merge.isEnabled()
    next_dialog("Fusionner")
    with qtbot.waitSignal(screen.model.keys_replaced):
        window.window_actions.merge.trigger()
    kept = stakeholders.get_stakeholder(db, first.id)
    assert not kept.archived and stakeholders.get_stakeholder(db, second.id).archived
    assert {row.project_id for row in involvements.stakeholder_involvements(db, first.id)} \
        == {one.id, two.id}
    assert visible_names(window) == ["Maëlle Kerbrat"]
    assert "Fusion dans « Maëlle Kerbrat »" in window.statusBar().currentMessage()


def test_merge_needs_exactly_two_rows(qtbot: Any, window: MainWindow) -> None:
    screen = window.workspace.directory
    search(qtbot, window, "")
    screen.table.selectRow(0)
    assert not window.window_actions.merge.isEnabled()
    screen.table.selectionModel().select(
        screen.model.index(1, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    assert window.window_actions.merge.isEnabled()


def test_a_change_announced_without_ids_shows_the_new_name_and_keeps_the_selection(
        qtbot: Any, window: MainWindow) -> None:
    """What an import does: write many records in a worker, then announce the kind only."""
    db = window.context.database
    person = stakeholders.create_person(db, PersonInput("Quéré", "Gwenaëlle", ActorKind.ELU)).value
    screen = window.workspace.directory
    show_directory(qtbot, window)
    screen.select(person.id)
    row = screen.table.currentIndex().row()
    assert screen.model.index(row, 0).data() == "Gwenaëlle Quéré"  # cached from now on

    def rename() -> None:
        stakeholders.update_person(db, person.id, PersonInput("Quéré-Le Gall", "Gwenaëlle",
                                                              ActorKind.ELU))
    run_in_background(window, rename, lambda _none: window.context.changes.announce(
        ChangeSet.anything(Kind.STAKEHOLDER)))
    qtbot.waitUntil(lambda: screen.current_record() is not None
                    and screen.current_record().display_name == "Gwenaëlle Quéré-Le Gall")
    qtbot.waitUntil(lambda: not screen.model.is_loading)
    assert screen.current_id() == person.id
    assert screen.model.index(screen.table.currentIndex().row(), 0).data() \
        == "Gwenaëlle Quéré-Le Gall"
    assert screen.detail.title.text() == "Gwenaëlle Quéré-Le Gall"
