"""The journal of changes of a project or a stakeholder, newest first."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ingenierie.services.journal import JournalLine
from ingenierie.ui.safety.tables import fill, read_only_table


class JournalDialog(QDialog):
    def __init__(self, subject: str, lines: Sequence[JournalLine],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Journal of changes — %1").replace("%1", subject))
        self.resize(980, 520)
        summary = QLabel(self.tr("%n change(s), newest first.", "", len(lines)), self)
        self.table = read_only_table([self.tr("Date"), self.tr("By"), self.tr("Action"),
                                      self.tr("Record"), self.tr("Changes")], self, 4)
        fill(self.table, [(f"{line.at.astimezone():%d/%m/%Y %H:%M}", line.actor, line.action,
                           line.kind, line.details) for line in lines])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.table.setFocus()
