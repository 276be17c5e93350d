"""The table of a project's stakeholders: role, weight, participation, posture, editable in place.

The model holds the project's involvement rows (a project has tens, at most a
few hundred). An edit does not write itself: ``setData`` hands the field and its new value
to the ``commit`` callback, which runs an undoable command; the table then
reloads from the change it announced.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ingenierie.models.vocabulary import (
    CooperationStage,
    InvolvementRole,
    Posture,
    Quadrant,
    Vocabulary,
)
from ingenierie.services.charts.grid import quadrant_area
from ingenierie.services.projects.involvements import InvolvementRow
from ingenierie.ui.charts.stage_colours import stage_icon

# Column → (InvolvementInput field, vocabulary) for the editable ones.
NAME, KIND, ROLE, INFLUENCE, INTEREST, QUADRANT, PARTICIPATION, POSTURE, ATTITUDE = range(9)
FIELDS: dict[int, tuple[str, type[Vocabulary] | None]] = {
    ROLE: ("role", InvolvementRole),
    INFLUENCE: ("influence", None),
    INTEREST: ("interest", None),
    PARTICIPATION: ("participation", CooperationStage),
    POSTURE: ("posture", Posture),
    ATTITUDE: ("attitude", None),
}
Commit = Callable[[InvolvementRow, str, Any, int], bool]
Index = QModelIndex | QPersistentModelIndex


class ActorsModel(QAbstractTableModel):
    """One row per stakeholder involved in the project."""

    def __init__(self, commit: Commit, attitude_labels: dict[int | None, str],
                 headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._commit = commit
        self._attitudes = attitude_labels
        self._headers = list(headers)
        self._rows: list[InvolvementRow] = []

    def set_rows(self, rows: Sequence[InvolvementRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> InvolvementRow:
        return self._rows[row]

    def rows(self) -> list[InvolvementRow]:
        return list(self._rows)

    # -- Qt model ---------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in FIELDS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.EditRole and column in FIELDS:
            value = getattr(row, FIELDS[column][0])
            return value.value if isinstance(value, Vocabulary) else value
        if role == Qt.ItemDataRole.DecorationRole and column == PARTICIPATION:
            return stage_icon(row.participation)
        if role == Qt.ItemDataRole.BackgroundRole and column == QUADRANT:
            return QColor(quadrant_area(row.quadrant).tint)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (INFLUENCE, INTEREST):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME:
            return row.expected_effects or None
        return None

    def _display(self, row: InvolvementRow, column: int) -> Any:
        values: dict[int, Any] = {
            NAME: row.stakeholder_name, KIND: row.actor_kind.label, ROLE: row.role.label,
            INFLUENCE: row.influence, INTEREST: row.interest,
            QUADRANT: Quadrant.of(row.influence, row.interest).label,
            PARTICIPATION: row.participation.label, POSTURE: row.posture.label,
            ATTITUDE: "—" if row.attitude is None else self._attitudes.get(row.attitude, ""),
        }
        return values.get(column)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() not in FIELDS:
            return False
        if not 0 <= index.row() < len(self._rows):
            return False
        row = self._rows[index.row()]
        name, vocabulary = FIELDS[index.column()]
        new = vocabulary(value) if vocabulary is not None else value
        if new == getattr(row, name):
            return False
        return self._commit(row, name, new, index.column())
