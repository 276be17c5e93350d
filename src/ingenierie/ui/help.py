"""The Help menu: the user guide shipped with the app, and the keyboard shortcuts.

The guide is a short French text in ``resources/guide`` read offline. The list of
shortcuts is generated from the window's own actions, so it cannot drift from what
the keys do; the keys of the forms and tables, which no action carries, follow it.
"""

from __future__ import annotations

import html
from importlib.resources import files

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ingenierie.ui.keyboard import settle_keys

translate = QCoreApplication.translate


def guide_text() -> str:
    """The user guide, in Markdown."""
    return (files("ingenierie.resources") / "guide" / "guide_fr.md").read_text(encoding="utf-8")


def _reader(parent: QWidget, title: str) -> tuple[QDialog, QTextBrowser]:
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    dialog.resize(720, 640)
    browser = QTextBrowser(dialog)
    browser.setOpenExternalLinks(False)
    browser.setAccessibleName(title)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(browser)
    layout.addWidget(buttons)
    settle_keys(dialog)
    browser.setFocus()
    return dialog, browser


def show_guide(parent: QWidget) -> QDialog:
    """Aide ▸ Guide: the first steps, in a window of its own (not modal)."""
    dialog, browser = _reader(parent, translate("Help", "Guide"))
    browser.setMarkdown(guide_text())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def _menu_shortcuts(menu: QMenu) -> list[tuple[str, str]]:
    lines = []
    for action in menu.actions():
        if action.menu() is not None or action.isSeparator():
            continue
        # Ctrl+Shift+Backtab is how some keyboards send Ctrl+Shift+Tab: not a key to learn.
        keys = ", ".join(sequence.toString(QKeySequence.SequenceFormat.NativeText)
                         for sequence in action.shortcuts()
                         if "Backtab" not in sequence.toString())
        if keys:
            lines.append((action.text().replace("&", "").rstrip("…"), keys))
    return lines


def _form_keys() -> list[tuple[str, str]]:
    return [
        (translate("Help", "Next field, previous field"), translate("Help", "Tab, Shift+Tab")),
        (translate("Help", "Save the form (from a one-line field)"), translate("Help", "Enter")),
        (translate("Help", "Close the form without saving"), translate("Help", "Esc")),
        (translate("Help", "Form: next page, previous page"),
         translate("Help", "Ctrl+Tab, Ctrl+Shift+Tab")),
        (translate("Help", "Form: add the record picked to its list"), translate("Help", "Enter")),
        (translate("Help", "Project page: next tab, previous tab"),
         translate("Help", "Alt+Page Down, Alt+Page Up")),
        (translate("Help", "Date: a day later, a day earlier"), translate("Help", "Up, Down")),
        (translate("Help", "Date: a month later, a month earlier"),
         translate("Help", "Page Up, Page Down")),
        (translate("Help", "Date: open the calendar"), translate("Help", "F4, Alt+Down")),
        (translate("Help", "Table: move from row to row"), translate("Help", "Up, Down")),
        (translate("Help", "Table: change a cell of the project's actors"),
         translate("Help", "F2")),
        (translate("Help", "List: the menu of the selected row"),
         translate("Help", "Menu key, Shift+F10")),
    ]


def shortcuts_html(window: QMainWindow) -> str:
    """Every shortcut of the window's menus, menu by menu, then the keys of forms and tables."""
    parts = []
    menus = [(action.text(), action.menu()) for action in window.menuBar().actions()]
    sections = [(text.replace("&", ""), _menu_shortcuts(menu))
                for text, menu in menus if isinstance(menu, QMenu)]
    sections.append((translate("Help", "Forms and tables"), _form_keys()))
    for title, lines in sections:
        if not lines:
            continue
        rows = "".join(f"<tr><td>{html.escape(text)}</td><td>&nbsp;&nbsp;<b>"
                       f"{html.escape(keys)}</b></td></tr>" for text, keys in lines)
        parts.append(f"<h3>{html.escape(title)}</h3><table>{rows}</table>")
    return "".join(parts)


def show_shortcuts(window: QMainWindow) -> QDialog:
    """Aide ▸ Raccourcis clavier, read from the actions of ``window``."""
    dialog, browser = _reader(window, translate("Help", "Keyboard shortcuts"))
    browser.setHtml(shortcuts_html(window))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog

