"""Driving modal forms with key events: a script of steps runs beside them, each waiting
for what it needs (a form open, a suggestion shown) before pressing keys in it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

Condition = Callable[[], bool]
Action = Callable[[], None]
NO = Qt.KeyboardModifier.NoModifier


class Script:
    """Steps run one after the other, each once its condition holds. An action runs in a
    timer of its own: one that opens a form blocks there while the next steps go on."""

    def __init__(self, steps: list[tuple[Condition, Action]]) -> None:
        self.steps = steps
        self.taken = 0  # how many steps have run: where a stuck script stopped
        self.done = False
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._tick)
        self.stuck = QTimer()  # a step never met: close the forms so the test can fail
        self.stuck.setSingleShot(True)
        self.stuck.setInterval(40_000)
        self.stuck.timeout.connect(self._unwind)

    def start(self) -> None:
        self.timer.start()
        self.stuck.start()

    def _unwind(self) -> None:
        while (dialog := QApplication.activeModalWidget()) is not None:
            dialog.close()
        self.timer.stop()

    def _tick(self) -> None:
        if not self.steps:
            self.done = True
            self.timer.stop()
            return
        condition, action = self.steps[0]
        if condition():
            self.steps.pop(0)
            self.taken += 1
            QTimer.singleShot(0, action)


def target() -> QWidget:
    """Where a key goes: an open list of suggestions, else the widget with the focus (or
    the active window, when nothing in it has the focus yet)."""
    widget = (QApplication.activePopupWidget() or QApplication.focusWidget()
              or QApplication.activeWindow())
    assert widget is not None
    return widget


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = NO) -> Action:
    return lambda: QTest.keyClick(target(), key, modifiers)


def type_text(text: str) -> Action:
    """Typed as a keyboard does, accents included (QTest knows ASCII only)."""
    def act() -> None:
        for char in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(target(), QKeyEvent(kind, 0, NO, char))
    return act


def tab_to(widget: Callable[[], QWidget], limit: int = 80) -> Action:
    """Tab until ``widget`` has the focus (the way a user finds a control)."""
    def act() -> None:
        wanted = widget()
        for _ in range(limit):
            focus = QApplication.focusWidget()
            if focus is wanted or (focus is not None and wanted.focusProxy() is focus):
                return
            QTest.keyClick(focus, Qt.Key.Key_Tab)
        raise AssertionError(f"Tab never reached {wanted!r}")
    return act


def modal(kind: type[QWidget]) -> Condition:
    def shown() -> bool:
        dialog, focus = QApplication.activeModalWidget(), QApplication.focusWidget()
        return isinstance(dialog, kind) and focus is not None and dialog.isAncestorOf(focus)
    return shown


def back_to(kind: type[QWidget]) -> list[tuple[Condition, Action]]:
    """A form closed over ``kind``: the window manager activates ``kind`` again."""
    def reactivate() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        dialog.activateWindow()
    return [(lambda: isinstance(QApplication.activeModalWidget(), kind), reactivate)]


def popup() -> bool:
    return QApplication.activePopupWidget() is not None


def always() -> bool:
    return True
