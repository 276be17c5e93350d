"""The keyboard behaves the same on every screen and in every dialog.

Tab moves the focus on, everywhere: out of multi-line fields (Qt's text edits
would insert a tab character) and out of tables (Qt's views would walk every
cell, scrolling sideways; the arrow keys move within a table). Screens and
dialogs call :func:`settle_keys` on themselves once built. In a dialog with tabs,
Ctrl+Tab and Ctrl+PgDown turn its pages wherever the focus is (:func:`page_keys`), as
they turn the main window's tabs.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QPlainTextEdit,
    QPushButton,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)


def settle_keys(root: QWidget) -> None:
    """Make Tab leave every multi-line field and table under ``root``."""
    for plain in root.findChildren(QPlainTextEdit):
        plain.setTabChangesFocus(True)
    for rich in root.findChildren(QTextEdit):
        rich.setTabChangesFocus(True)
    for view in root.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)


def no_auto_default(root: QWidget, keep: QPushButton | None = None) -> None:
    """Only ``keep`` answers Enter: Qt makes any push button of a dialog that has had the
    focus its default, so Enter in a field pressed "Add" or "Save the mapping"."""
    for button in root.findChildren(QPushButton):
        if button is not keep:
            button.setAutoDefault(False)
            button.setDefault(False)


def first_input(root: QWidget) -> QWidget | None:
    """The first widget of ``root`` a user types or chooses in, in the focus chain order:
    buttons and tab bars only when there is nothing else."""
    found: QWidget | None = None
    widget = root.nextInFocusChain()
    seen: set[int] = set()
    while widget is not None and id(widget) not in seen and widget is not root:
        seen.add(id(widget))
        if (root.isAncestorOf(widget) and widget.isVisibleTo(root) and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.focusProxy() is None):
            if not isinstance(widget, QAbstractButton | QTabBar):
                return widget
            found = found or widget
        widget = widget.nextInFocusChain()
    return found


NEXT_PAGE_KEYS = ("Ctrl+Tab", "Ctrl+PgDown")
PREVIOUS_PAGE_KEYS = ("Ctrl+Shift+Tab", "Ctrl+Shift+Backtab", "Ctrl+PgUp")


def page_keys(window: QWidget) -> None:
    """Ctrl+Tab / Ctrl+PgDown (and back) turn the pages of the tabs holding the focus in
    ``window``, or of its first tabs: Qt turns them on Ctrl+Tab only from inside the
    pages (not from OK) and on Ctrl+PgDown only from the tab bar."""
    for keys, step in ((NEXT_PAGE_KEYS, 1), (PREVIOUS_PAGE_KEYS, -1)):
        for key in keys:
            QShortcut(QKeySequence(key), window, partial(turn_page, window, step),
                      context=Qt.ShortcutContext.WindowShortcut)


def turn_page(window: QWidget, step: int, tabs: QTabWidget | None = None) -> None:
    """Show the next (``step`` 1) or previous (-1) enabled page of ``tabs`` (by default
    those holding the focus in ``window``), round the end; the focus goes to its first
    field when it was on the page left or on no page."""
    tabs = tabs or _tabs_for(window)
    if tabs is None:
        return
    count, index = tabs.count(), tabs.currentIndex()
    left = tabs.currentWidget()
    for offset in range(1, count):
        candidate = (index + step * offset) % count
        if tabs.isTabEnabled(candidate) and tabs.isTabVisible(candidate):
            break
    else:
        return
    focus = window.focusWidget()
    tabs.setCurrentIndex(candidate)
    page = tabs.currentWidget()
    if page is not None and (focus is None or left is None or left.isAncestorOf(focus)
                             or not tabs.isAncestorOf(focus)):
        target = first_input(page)
        if target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason)


def _tabs_for(window: QWidget) -> QTabWidget | None:
    widget: QWidget | None = window.focusWidget()
    while widget is not None and widget is not window:
        if isinstance(widget, QTabWidget):
            return widget
        widget = widget.parentWidget()
    shown = [tabs for tabs in window.findChildren(QTabWidget) if tabs.isVisibleTo(window)]
    return shown[0] if shown else None


ENTER_ADDS = "enter_adds"  # the property naming a list's Add button


def enter_adds(area: QWidget, button: QPushButton) -> None:
    """In a form, Enter inside ``area`` (a list with its picker) clicks ``button`` while it
    is enabled — a record picked but not yet added — rather than OK, which closed the form
    without the record picked."""
    area.setProperty(ENTER_ADDS, button)


def pending_add(focus: QWidget | None, root: QWidget) -> QPushButton | None:
    """The enabled Add button of the list around ``focus``, if any, up to ``root``."""
    widget = focus
    while widget is not None and widget is not root:
        button = widget.property(ENTER_ADDS)
        if isinstance(button, QPushButton) and button.isEnabled():
            return button
        widget = widget.parentWidget()
    return None
