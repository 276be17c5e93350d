"""The window with the keyboard: Ctrl+Tab between the main tabs from anywhere, Tab out of a
table, a focus ring that follows, row menus, the toolbar acting on the directory, the undo
button's short text, tabs told apart, the Help menu, lists that show the top after a search
and give a large window's room to the title, a territory filter searched by typing, the
focus in the search field from the start and on a tab's first showing, a first size within the
screen, a project page's own tabs turned with Alt+PgDown."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QColor, QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu, QTextBrowser, QToolButton

from ingenierie.models.vocabulary import fold
from ingenierie.services.projects import project as projects
from ingenierie.ui.main_window import TITLE_BAR_ROOM, MainWindow
from ingenierie.ui.projects.page import ProjectPage
from ingenierie.ui.style import RING_COLOUR, FocusRing


def active(qtbot: Any, window: MainWindow) -> MainWindow:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def open_first_project(qtbot: Any, window: MainWindow) -> ProjectPage:
    screen = window.workspace.projects
    screen.table.setFocus()
    screen.table.selectRow(0)
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    page = window.workspace.currentWidget()
    assert isinstance(page, ProjectPage)
    return page


def test_ctrl_tab_switches_the_main_tabs_even_from_inside_a_project_page(
        qtbot: Any, window: MainWindow) -> None:
    active(qtbot, window)
    workspace = window.workspace
    page = open_first_project(qtbot, window)
    page.actors.view.setFocus()  # inside the page's own tabs, which took Ctrl+Tab before
    qtbot.keyClick(page.actors.view, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert workspace.currentIndex() == 0 and page.tabs.currentIndex() == 0
    focused = QApplication.focusWidget() or window
    qtbot.keyClick(focused, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert workspace.currentWidget() is page
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Backtab,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert workspace.currentIndex() == workspace.indexOf(page) - 1  # the dashboard, since 11


def test_tab_leaves_a_table_and_a_ring_shows_where_the_focus_is(qtbot: Any,
                                                                window: MainWindow) -> None:
    active(qtbot, window)
    ring = FocusRing(QApplication.instance())  # ui.app installs it with the style
    table = window.workspace.projects.table
    table.setFocus()
    table.selectRow(0)
    column = table.currentIndex().column()
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table
    assert table.currentIndex().column() == column  # no walk to the next cell
    search = window.workspace.projects.filters.search
    table.setFocus()
    search.setFocus()
    qtbot.waitUntil(lambda: ring.frame is not None and ring.frame.widget() is search)
    ring.frame.repaint()
    image = window.grab().toImage()
    below = ring.frame.mapTo(window, QPoint(ring.frame.width() // 2, ring.frame.height() - 2))
    assert QColor(image.pixel(below)).name() == RING_COLOUR


def test_a_row_menu_and_the_toolbar_act_on_the_directory(qtbot: Any,
                                                         window: MainWindow) -> None:
    active(qtbot, window)
    workspace, actions = window.workspace, window.window_actions
    workspace.setCurrentWidget(workspace.directory)
    qtbot.waitUntil(lambda: workspace.directory.model.rowCount() > 2)
    assert not actions.edit_current.isEnabled()
    table = workspace.directory.table
    table.setFocus()
    table.selectRow(1)
    assert actions.edit_current.isEnabled() and actions.archive_current.isEnabled()
    toolbar_texts = [b.text() for b in window.findChildren(QToolButton)
                     if b.defaultAction() in (actions.edit_current, actions.archive_current)]
    assert {"Modifier", "Archiver"} <= set(toolbar_texts)

    shown: list[list[str]] = []

    def read_menu() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        shown.append([a.text() for a in menu.actions() if not a.isSeparator()])
        menu.close()

    QTimer.singleShot(50, read_menu)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    # What the Menu key (or Shift+F10) makes of its press, for the widget with the focus.
    where = table.visualRect(table.currentIndex()).center()
    QApplication.sendEvent(table, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, where,
                                                    table.viewport().mapToGlobal(where)))
    qtbot.waitUntil(lambda: bool(shown))
    assert shown[0][:2] == ["&Modifier…", "&Archiver"]
    assert "&Fusionner deux doublons…" in shown[0]


def test_the_undo_button_says_annuler_and_its_tooltip_the_whole_command(
        qtbot: Any, window: MainWindow) -> None:
    from ingenierie.ui.projects.commands import CreateProject
    from ingenierie.ui.undo import execute

    execute(window.context, CreateProject(window.context, projects.ProjectInput(
        title="Contrat de réciprocité Brest – Centre Ouest Bretagne, volet énergie")))
    [button] = [b for b in window.findChildren(QToolButton)
                if b.defaultAction() is window.window_actions.undo]
    assert button.text() == "Annuler"
    assert "Contrat de réciprocité Brest" in button.toolTip()
    assert button.width() < 200


def test_two_projects_of_the_same_title_are_told_apart(qtbot: Any, window: MainWindow) -> None:
    db = window.context.database
    first = projects.create_project(db, projects.ProjectInput(title="Tiers-lieu",
                                                              code="TL-NORD")).value
    second = projects.create_project(db, projects.ProjectInput(title="Tiers-lieu",
                                                               code="TL-SUD")).value
    workspace = window.workspace
    workspace.open_project(first.id)
    workspace.open_project(second.id)
    texts = {workspace.tabText(workspace.indexOf(page)) for page in workspace.pages()}
    assert texts == {"Tiers-lieu · TL-NORD", "Tiers-lieu · TL-SUD"}
    assert "TL-SUD" in workspace.tabToolTip(workspace.currentIndex())


def test_help_shows_the_guide_and_the_shortcuts_of_the_actions(qtbot: Any,
                                                               window: MainWindow) -> None:
    from ingenierie.ui.help import show_guide, show_shortcuts

    guide = show_guide(window)
    qtbot.addWidget(guide)
    text = guide.findChild(QTextBrowser).toPlainText()
    for step in ("Importer une liste", "Créer un projet", "Placer les acteurs",
                 "Noter une étape", "Consigner un échange"):
        assert step in text
    shortcuts = show_shortcuts(window)
    qtbot.addWidget(shortcuts)
    listed = shortcuts.findChild(QTextBrowser).toPlainText()
    assert "Nouveau projet" in listed and "Ctrl+N" in listed
    assert "Onglet suivant" in listed and "Ctrl+Tab" in listed
    assert "F4, Alt+Bas" in listed
    assert "Tab arr" not in listed  # Qt's name for Backtab, a spelling of Shift+Tab
    assert "page suivante, page précédente" in listed  # a form's pages, with Ctrl+Tab
    window.window_actions.new_project.setShortcut("Ctrl+Alt+P")  # generated, not written down
    assert "Ctrl+Alt+P" in show_shortcuts(window).findChild(QTextBrowser).toPlainText()


def test_a_search_shows_its_matches_from_the_top(qtbot: Any, window: MainWindow,
                                                 typist: Any) -> None:
    screen = window.workspace.directory
    window.workspace.setCurrentWidget(screen)
    qtbot.waitUntil(lambda: screen.model.rowCount() > 100)
    screen.table.scrollToBottom()
    assert screen.table.verticalScrollBar().value() > 0
    with qtbot.waitSignal(screen.model.keys_replaced):
        typist(screen.filters.search, "a")
    assert screen.table.verticalScrollBar().value() == 0


def test_a_large_window_gives_its_room_to_the_title_and_the_name(qtbot: Any,
                                                                 window: MainWindow) -> None:
    window.resize(1900, 1000)
    table = window.workspace.projects.table
    qtbot.waitUntil(lambda: table.columnWidth(1) > 500)
    last = table.model().columnCount() - 1
    assert table.columnWidth(last) < table.columnWidth(1)
    assert table.columnViewportPosition(last) + table.columnWidth(last) <= (
        table.viewport().width())


def test_the_territory_filter_is_searched_by_typing(qtbot: Any, window: MainWindow,
                                                    typist: Any) -> None:
    active(qtbot, window)
    combo = window.workspace.projects.filters.territory
    qtbot.waitUntil(lambda: combo.count() > 20)
    row = combo.count() // 2
    wanted, value = combo.itemText(row), combo.itemData(row)
    part = fold(wanted)[1:6]  # a piece of the name, not its start, in capitals
    combo.setFocus()
    combo.lineEdit().selectAll()
    typist(combo.lineEdit(), part.upper())
    popup = combo.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    offered = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert wanted in offered and all(part in fold(label) for label in offered)
    for _ in range(offered.index(wanted) + 1):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    with qtbot.waitSignal(window.workspace.projects.model.keys_replaced):
        qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert combo.value() == value and combo.currentText() == wanted


def test_typing_at_once_searches_and_ctrl_tab_takes_the_focus_along(
        qtbot: Any, demo_db: Any, settings: Any, typist: Any) -> None:
    window = MainWindow(demo_db, settings)  # the first size is the window's own
    qtbot.addWidget(window)
    room = window.screen().availableGeometry()
    assert window.width() <= room.width() and window.height() < room.height()
    window.show()
    active(qtbot, window)
    workspace = window.workspace
    search = workspace.projects.filters.search
    assert QApplication.focusWidget() is search  # nothing had the focus: typing went nowhere
    qtbot.waitUntil(lambda: workspace.projects.model.rowCount() > 0)
    page = open_first_project(qtbot, window)
    page.actors.view.setFocus()
    qtbot.keyClick(page.actors.view, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is workspace.projects.table  # where it was left
    qtbot.keyClick(workspace.projects.table, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    # shown for the first time: its search field, not whatever comes first (its table)
    assert QApplication.focusWidget() is workspace.directory.filters.search
    typist(workspace.directory.filters.search, "Le")
    assert workspace.directory.filters.search.text() == "Le"


def test_a_project_page_fits_a_1280_by_720_screen(qtbot: Any, window: MainWindow) -> None:
    page = open_first_project(qtbot, window)
    for index in range(page.tabs.count()):  # every tab read, the evaluation's panels too
        page.tabs.setCurrentIndex(index)
    # 720 less the window manager's title bar: the Évaluation tab asked for 715 pixels
    assert window.minimumSizeHint().height() <= 720 - TITLE_BAR_ROOM
    assert window.minimumSizeHint().width() <= 1280


def test_alt_page_down_turns_a_project_pages_own_tabs(qtbot: Any, window: MainWindow) -> None:
    active(qtbot, window)
    page = open_first_project(qtbot, window)
    focused = QApplication.focusWidget()
    assert focused is not None and page.isAncestorOf(focused)
    qtbot.keyClick(focused, Qt.Key.Key_PageDown, Qt.KeyboardModifier.AltModifier)
    assert page.tabs.currentWidget() is page.actors  # reached before only by Tab to the bar
    assert page.actors.isAncestorOf(QApplication.focusWidget())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp,
                   Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp,
                   Qt.KeyboardModifier.AltModifier)
    assert page.tabs.currentWidget() is page.evaluation  # round the end
    assert window.workspace.currentWidget() is page  # the main tabs did not move
