"""The main window: menus, toolbar and status bar around the workspace of one database.

Opening another database builds a new :class:`AppContext` and a new workspace; the
previous database is closed once the background queries started so far have called
back, without blocking the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from uuid import UUID

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QUndoGroup, QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QMessageBox

from ingenierie import __version__
from ingenierie.config import DatabaseLocation
from ingenierie.errors import DamagedDatabaseError, PassphraseRequired, UserError
from ingenierie.models.vocabulary import StakeholderNature
from ingenierie.services.database_info import summarize
from ingenierie.services.opening import open_for_use
from ingenierie.storage import Database
from ingenierie.storage.changes import Kind
from ingenierie.ui import database_files
from ingenierie.ui.actions import WindowActions
from ingenierie.ui.context import AppContext, ChangeHub
from ingenierie.ui.errors import show_error
from ingenierie.ui.help import show_guide, show_shortcuts
from ingenierie.ui.icons import icon
from ingenierie.ui.importing.menu import ImportActions
from ingenierie.ui.lists.archiving import archive_or_restore
from ingenierie.ui.projects.dialog import edit_project
from ingenierie.ui.reporting.dialog import OutputKind
from ingenierie.ui.reporting.running import ask_and_write
from ingenierie.ui.safety.damaged import offer_restore
from ingenierie.ui.safety.passphrase import ask_passphrase
from ingenierie.ui.safety.window import SafetyActions
from ingenierie.ui.settings import AppSettings
from ingenierie.ui.stakeholders.dialog import edit_stakeholder
from ingenierie.ui.stakeholders.merge import merge_duplicates
from ingenierie.ui.territories import show_territories
from ingenierie.ui.workers import run_with_progress, wait_for_workers, when_workers_idle
from ingenierie.ui.workspace import Workspace

MESSAGE_MS = 6000
TITLE_BAR_ROOM = 40  # what a window manager may take above the window, before it is shown


class MainWindow(QMainWindow):
    """One window, one database at a time."""

    database_opened = Signal()

    def __init__(self, database: Database, settings: AppSettings | None = None,
                 log_path: Path | None = None) -> None:
        super().__init__()
        self.settings = settings or AppSettings()
        self.log_path = log_path
        self.setWindowIcon(icon("app"))
        self.undo_group = QUndoGroup(self)
        self.window_actions = WindowActions(self.undo_group, self)
        self.counts = QLabel(self)
        self.location = QLabel(self)
        self.statusBar().addWidget(self.counts, 1)
        self.statusBar().addPermanentWidget(self.location)
        self.recent_menu = QMenu(self.tr("&Recent databases"), self)
        self.import_actions = ImportActions(self, lambda: self.context)
        self.safety = SafetyActions(self)
        self._build_menus()
        self._build_toolbar()
        self._connect_actions()
        self.context: AppContext
        self.workspace: Workspace
        self._install(database)
        if (geometry := self.settings.window_geometry) is not None:
            self.restoreGeometry(geometry)
        else:
            self._default_size()
        if (state := self.settings.window_state) is not None:
            self.restoreState(state)

    def _default_size(self) -> None:
        """1280×800 at first, within the screen: on a 1280×720 screen the status bar and
        the bottom of the lists were below its edge."""
        room = self.screen().availableGeometry()
        self.resize(min(1280, room.width()), min(800, room.height() - TITLE_BAR_ROOM))

    # --- building --------------------------------------------------------------------
    def _build_menus(self) -> None:
        a, bar = self.window_actions, self.menuBar()
        menus = (
            (self.tr("&File"), [a.new_database, a.open_database, self.recent_menu, None,
                                *self.import_actions.entries, a.export, None,
                                *self.safety.file_entries, None, a.quit]),
            (self.tr("&Edit"), [a.undo, a.redo]),
            (self.tr("&Projects"), [a.new_project, a.open_project, a.edit_project, None,
                                    a.archive_project, a.restore_project, None,
                                    a.territories, None, self.safety.project_journal, a.report]),
            (self.tr("S&takeholders"), [a.new_person, a.new_organisation, a.edit_stakeholder,
                                        None, a.archive_stakeholder, a.restore_stakeholder,
                                        None, a.merge, None,
                                        *self.safety.stakeholder_entries]),
            (self.tr("&View"), [a.search, None, a.show_projects, a.show_directory,
                                a.show_dashboard, a.next_tab, a.previous_tab, a.close_tab]),
            (self.tr("&Help"), [a.guide, a.shortcuts, None, a.about]),
        )
        for title, entries in menus:
            menu = bar.addMenu(title)
            for entry in entries:
                if entry is None:
                    menu.addSeparator()
                elif isinstance(entry, QMenu):
                    menu.addMenu(entry)
                else:
                    menu.addAction(entry)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)

    def _build_toolbar(self) -> None:
        a = self.window_actions
        toolbar = self.addToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for entry in (a.new_project, a.edit_current, a.archive_current, a.restore_current, None,
                      a.new_person, a.new_organisation, None, a.undo, a.redo):
            if entry is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(entry)

    def _connect_actions(self) -> None:
        a = self.window_actions
        handlers: dict[QAction, Callable[[], object]] = {
            a.new_database: self._new_database, a.open_database: self._open_database,
            a.quit: self.close, a.new_project: self._new_project,
            a.export: lambda: self._write_output(OutputKind.EXPORT),
            a.report: lambda: self._write_output(OutputKind.REPORT),
            a.open_project: self._open_project, a.edit_project: self._edit_project,
            a.archive_project: self._archive_project, a.restore_project: self._archive_project,
            a.new_person: lambda: self._new_stakeholder(StakeholderNature.PERSON),
            a.new_organisation: lambda: self._new_stakeholder(StakeholderNature.ORGANISATION),
            a.edit_stakeholder: self._edit_stakeholder,
            a.archive_stakeholder: self._archive_stakeholder,
            a.restore_stakeholder: self._archive_stakeholder, a.merge: self._merge,
            a.search: lambda: self.workspace.focus_search(),
            a.show_projects: lambda: self.workspace.setCurrentWidget(self.workspace.projects),
            a.show_directory: lambda: self.workspace.setCurrentWidget(self.workspace.directory),
            a.show_dashboard: lambda: self.workspace.setCurrentWidget(self.workspace.dashboard),
            a.close_tab: lambda: self.workspace.close_current_page(), a.about: self._about,
            a.next_tab: lambda: self.workspace.step_tab(1),
            a.previous_tab: lambda: self.workspace.step_tab(-1),
            a.edit_current: self._edit_current, a.archive_current: self._archive_current,
            a.restore_current: self._archive_current, a.territories: self._territories,
            a.guide: lambda: show_guide(self), a.shortcuts: lambda: show_shortcuts(self),
        }
        for action, handler in handlers.items():
            action.triggered.connect(handler)
        for action in (a.edit_project, a.archive_project, a.edit_stakeholder,
                       a.archive_stakeholder):
            # Each list's own; F2 edits a cell and Del removes a line in the project page.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _write_output(self, kind: OutputKind) -> None:
        """The report or export dialog: on the project selected or open, else on the
        projects list's filters."""
        current = self.workspace.current_project()
        ask_and_write(self, self.context, kind,
                      project=(current[0], current[1]) if current else None,
                      wanted=self.workspace.projects.filters.current(), settings=self.settings)

    # --- the database ---------------------------------------------------------------------
    def _install(self, database: Database) -> None:
        previous = getattr(self, "workspace", None)
        stack = QUndoStack()
        context = AppContext(database, stack, ChangeHub())
        workspace = Workspace(context, self.window_actions, self)
        stack.setParent(workspace)
        context.changes.setParent(workspace)
        for action in (self.window_actions.edit_project, self.window_actions.archive_project):
            workspace.projects.addAction(action)
        for action in (self.window_actions.edit_stakeholder,
                       self.window_actions.archive_stakeholder):
            workspace.directory.addAction(action)
        workspace.set_row_menus(self.window_actions)
        self.undo_group.addStack(stack)
        self.undo_group.setActiveStack(stack)
        self.context, self.workspace = context, workspace
        self.setCentralWidget(workspace)
        workspace.focus_current()
        workspace.status_changed.connect(self._refresh_state)
        if previous is not None:  # its queries may still be running: close it after them
            when_workers_idle(previous.context.database.close)
        self.settings.remember_database(database.location)
        self.setWindowTitle(self.tr("%1 — Ingénierie").replace("%1", database.display_name))
        self.location.setText(str(database.location))
        self.safety.database_installed(database)
        self._refresh_state()
        self.database_opened.emit()

    def install_database(self, database: Database) -> None:
        """Show ``database`` (opened elsewhere: a restore reopens it)."""
        self._install(database)

    def switch_database(self, location: DatabaseLocation, *, create: bool) -> None:
        """Open ``location`` in the background; the current database stays open if it fails."""
        if location.resolved() == self.context.database.location.resolved():
            return

        def failed(error: BaseException) -> None:
            if isinstance(error, DamagedDatabaseError) and offer_restore(self, location, error):
                self.switch_database(location, create=False)
                return
            if isinstance(error, PassphraseRequired):
                if (with_passphrase := ask_passphrase(self, location, error)) is not None:
                    self.switch_database(with_passphrase, create=False)
                return
            show_error(self, error, self.log_path)
            if not create and location.file is not None and not location.file.exists():
                self.settings.forget_database(location)

        run_with_progress(self, self.tr("Opening “%1”…").replace("%1", location.display_name),
                          lambda _task: open_for_use(location, create=create),
                          self._install, failed)

    def _dialog_folder(self) -> Path:
        """Where the file dialogs start: the open database's folder, else the home folder."""
        return self.context.database.folder or Path.home()

    def _new_database(self) -> None:
        with self._user_errors():
            path = database_files.ask_new_database(self, self._dialog_folder())
            if path is not None:
                self.switch_database(DatabaseLocation.of_file(path), create=True)

    def _open_database(self) -> None:
        path = database_files.ask_existing_database(self, self._dialog_folder())
        if path is not None:
            self.switch_database(DatabaseLocation.of_file(path), create=False)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        current = self.context.database.location.resolved()
        for location in self.settings.recent_databases:
            if location == current:
                continue
            where = location.file.parent if location.file is not None else location
            action = self.recent_menu.addAction(f"{location.display_name}  —  {where}")
            action.triggered.connect(
                lambda _checked=False, known=location: self.switch_database(known, create=False))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("No other database yet")).setEnabled(False)

    # --- projects and stakeholders ----------------------------------------------------------
    @contextmanager
    def _user_errors(self) -> Iterator[None]:
        try:
            yield
        except UserError as error:
            show_error(self, error, self.log_path)

    def _new_project(self) -> None:
        with self._user_errors():
            project_id = edit_project(self.context, self)
            if project_id is not None:
                self.workspace.setCurrentWidget(self.workspace.projects)
                self.workspace.projects.select(project_id)

    def _open_project(self) -> None:
        if (target := self.workspace.current_project()) is not None:
            self.workspace.open_project(target[0])

    def _edit_project(self) -> None:
        if (target := self.workspace.current_project()) is not None:
            with self._user_errors():
                edit_project(self.context, self, target[0])

    def _archive_project(self) -> None:
        if (target := self.workspace.current_project()) is not None:
            self._archive(target, Kind.PROJECT)

    def _new_stakeholder(self, nature: StakeholderNature) -> None:
        with self._user_errors():
            stakeholder_id = edit_stakeholder(self.context, self, nature=nature)
            if stakeholder_id is not None:
                self.workspace.setCurrentWidget(self.workspace.directory)
                self.workspace.directory.select(stakeholder_id)

    def _edit_stakeholder(self) -> None:
        if (target := self.workspace.current_stakeholder()) is not None:
            with self._user_errors():
                edit_stakeholder(self.context, self, target[0])

    def _archive_stakeholder(self) -> None:
        if (target := self.workspace.current_stakeholder()) is not None:
            self._archive(target, Kind.STAKEHOLDER)

    def _edit_current(self) -> None:
        """The toolbar's "Edit": the stakeholder on the directory, else the project."""
        if self.workspace.currentWidget() is self.workspace.directory:
            self._edit_stakeholder()
        else:
            self._edit_project()

    def _archive_current(self) -> None:
        if self.workspace.currentWidget() is self.workspace.directory:
            self._archive_stakeholder()
        else:
            self._archive_project()

    def _territories(self) -> None:
        with self._user_errors():
            show_territories(self.context, self)

    def _archive(self, target: tuple[UUID, str, bool], what: Kind) -> None:
        record_id, name, archived = target
        with self._user_errors():
            if archive_or_restore(self.context, self, record_id, name, archived, what):
                message = (self.tr("“%1” restored.") if archived else
                           self.tr("“%1” archived. Undo with Ctrl+Z."))
                self.statusBar().showMessage(message.replace("%1", name), MESSAGE_MS)

    def _merge(self) -> None:
        selected = self.workspace.directory.selected_ids()
        if len(selected) != 2:
            return
        with self._user_errors():
            result = merge_duplicates(self.context, self, *selected)
            if result is not None:
                self.workspace.directory.select(result.kept.id)
                self.statusBar().showMessage(result.describe(), 2 * MESSAGE_MS)

    def _about(self) -> None:
        summary = summarize(self.context.database)
        lines = "".join(self.tr("<br>{0}: {1}").format(label, QLocale().toString(count))
                        for label, count in summary.counts)
        QMessageBox.about(self, self.tr("About Ingénierie"), self.tr(
            "<b>Ingénierie %1</b><br>Territorial projects, their stakeholders and their "
            "cooperation.<br><br>Database: %2").replace("%1", __version__).replace(
            "%2", summary.location) + lines)

    # --- state --------------------------------------------------------------------------
    def _refresh_state(self) -> None:
        a, workspace = self.window_actions, self.workspace
        on_list = workspace.currentWidget() is workspace.projects
        project = workspace.current_project()
        a.open_project.setEnabled(on_list and project is not None)
        a.edit_project.setEnabled(project is not None)
        a.archive_project.setEnabled(project is not None and not project[2])
        a.restore_project.setEnabled(project is not None and project[2])
        stakeholder = workspace.current_stakeholder()
        a.edit_stakeholder.setEnabled(stakeholder is not None)
        a.archive_stakeholder.setEnabled(stakeholder is not None and not stakeholder[2])
        a.restore_stakeholder.setEnabled(stakeholder is not None and stakeholder[2])
        a.restore_stakeholder.setVisible(stakeholder is not None and stakeholder[2])
        a.archive_stakeholder.setVisible(not a.restore_stakeholder.isVisible())
        a.restore_project.setVisible(project is not None and project[2])
        a.archive_project.setVisible(not a.restore_project.isVisible())
        current = stakeholder if workspace.currentWidget() is workspace.directory else project
        a.edit_current.setEnabled(current is not None)
        a.archive_current.setEnabled(current is not None and not current[2])
        a.restore_current.setEnabled(current is not None and current[2])
        a.restore_current.setVisible(current is not None and current[2])
        a.archive_current.setVisible(not a.restore_current.isVisible())
        on_directory = workspace.currentWidget() is workspace.directory
        a.merge.setEnabled(on_directory and len(workspace.directory.selected_ids()) == 2)
        a.close_tab.setEnabled(workspace.currentIndex() > 1)
        a.next_tab.setEnabled(workspace.count() > 1)
        a.previous_tab.setEnabled(workspace.count() > 1)
        self.counts.setText(workspace.status_text())
        self.safety.refresh_state()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.save_window(self.saveGeometry(), self.saveState())
        self.settings.sync()
        wait_for_workers()
        super().closeEvent(event)

