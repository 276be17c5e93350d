"""Every command of the main window as a QAction: text, icon, shortcut, nothing else.

The window connects them; menus, the toolbar and the directory's buttons show the
same actions, so their enabled state is decided in one place. An action exists only
for a capability that exists. The toolbar's "Edit", "Archive" and "Restore" act on
whatever the current tab shows (a project or a stakeholder); the menus name what
they act on.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup

from ingenierie.ui.icons import icon


class WindowActions(QObject):
    """The actions of the main window, grouped by menu."""

    def __init__(self, undo_group: QUndoGroup, parent: QObject) -> None:
        super().__init__(parent)
        make = self._make
        # Fichier
        self.new_database = make(self.tr("&New database…"), "database-new",
                                 "Ctrl+Shift+N")
        self.open_database = make(self.tr("&Open a database…"), "database-open",
                                  "Ctrl+O")
        self.export = make(self.tr("&Export to Excel…"), None, "Ctrl+E")
        self.quit = make(self.tr("&Quit"), None, "Ctrl+Q")
        # Édition
        self.undo = undo_group.createUndoAction(self, self.tr("Undo"))
        self.undo.setIcon(icon("undo"))
        self.undo.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo = undo_group.createRedoAction(self, self.tr("Redo"))
        self.redo.setIcon(icon("redo"))
        self.redo.setShortcut(QKeySequence("Ctrl+Shift+Z"))
        # The toolbar shows these short words; the full command is the menu's and tooltip's.
        self.undo.setIconText(self.tr("Undo"))
        self.redo.setIconText(self.tr("Redo"))
        self.edit_current = make(self.tr("&Edit…"), "edit", None)
        self.archive_current = make(self.tr("&Archive"), "archive", None)
        self.restore_current = make(self.tr("&Restore"), "restore", None)
        # Projets
        self.new_project = make(self.tr("&New project…"), "project-new", "Ctrl+N")
        self.open_project = make(self.tr("&Open the project"), "project-open", None)
        self.edit_project = make(self.tr("&Edit the project…"), "edit", "F2")
        self.archive_project = make(self.tr("&Archive the project"), "archive",
                                    "Del")
        self.restore_project = make(self.tr("&Restore the project"), "restore", None)
        self.territories = make(self.tr("&Territories…"), None, None)
        self.report = make(self.tr("PDF &report…"), None, "Ctrl+P")
        # Acteurs
        self.new_person = make(self.tr("New &person…"), "person-new", None)
        self.new_organisation = make(self.tr("New &organisation…"), "organisation-new", None)
        self.edit_stakeholder = make(self.tr("&Edit…"), "edit", "F2")
        self.archive_stakeholder = make(self.tr("&Archive"), "archive", "Del")
        self.restore_stakeholder = make(self.tr("&Restore"), "restore", None)
        self.merge = make(self.tr("&Merge two duplicates…"), "merge", None)
        # Affichage
        self.search = make(self.tr("&Search"), "search", "Ctrl+F")
        self.show_projects = make(self.tr("&Projects"), "projects",
                                  "Ctrl+1")
        self.show_directory = make(self.tr("&Stakeholders"), "stakeholders",
                                   "Ctrl+2")
        self.show_dashboard = make(self.tr("&Dashboard"), "dashboard", "Ctrl+3")
        self.close_tab = make(self.tr("&Close the project tab"), None,
                              "Ctrl+W")
        self.next_tab = make(self.tr("&Next tab"), None, "Ctrl+Tab")
        self.next_tab.setShortcuts([QKeySequence("Ctrl+Tab"), QKeySequence("Ctrl+PgDown")])
        self.previous_tab = make(self.tr("Pre&vious tab"), None, "Ctrl+Shift+Tab")
        self.previous_tab.setShortcuts([QKeySequence("Ctrl+Shift+Tab"),
                                        QKeySequence("Ctrl+Shift+Backtab"),
                                        QKeySequence("Ctrl+PgUp")])
        # Aide
        self.guide = make(self.tr("&Guide"), None, "F1")
        self.shortcuts = make(self.tr("&Keyboard shortcuts"), None, None)
        self.about = make(self.tr("&About Ingénierie"), None, None)
        for action, short in ((self.edit_project, self.tr("Edit")),
                              (self.archive_project, self.tr("Archive")),
                              (self.restore_project, self.tr("Restore")),
                              (self.edit_current, self.tr("Edit")),
                              (self.archive_current, self.tr("Archive")),
                              (self.restore_current, self.tr("Restore"))):
            action.setIconText(short)
        self.merge.setToolTip(self.tr("Select two records of the same person or organisation "
                                      "in the directory (Ctrl+click), then merge them."))

    def _make(self, text: str, icon_name: str | None, shortcut: str | None) -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action
