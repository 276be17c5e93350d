"""The keyboard behaves the same on every screen and in every dialog.

Tab moves the focus on, everywhere: out of multi-line fields (Qt's text edits
would insert a tab character) and out of tables (Qt's views would walk every
cell, scrolling sideways; the arrow keys move within a table). Screens and
dialogs call :func:`settle_keys` on themselves once built.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QPlainTextEdit,
    QPushButton,
    QTabBar,
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
