"""An import report on screen: counts per record kind, then tabs for the problems (a
sortable table), the duplicate groups found in the file, and the rows and columns left out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QListWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ingenierie.services.importing.report import ImportReport
from ingenierie.ui.importing.problems_model import MESSAGE, ROW, ProblemsModel, sortable

MERGED = 5  # the counts' column of rows merged into another
#: Up to this many problems, rows grow to show each message whole (sizing costs per row).
WRAPPED_PROBLEMS = 300
# The columns before the message are at most this many characters wide: a long value (a
# cell naming five partners, a plan's help text) would leave the message a sliver; the
# tooltip holds it whole.
NARROW_COLUMN_CHARACTERS = 32


def _read_only(table: QTableView) -> None:
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.setWordWrap(False)


class ReportView(QWidget):
    """What a dry run found, or what an import did."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts = QTableWidget(0, 6, self)
        self.counts.setHorizontalHeaderLabels(
            [self.tr("Records"), self.tr("New"), self.tr("Updated"), self.tr("Unchanged"),
             self.tr("Rejected"), self.tr("Merged")])
        _read_only(self.counts)
        self.counts.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.counts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.problems_model = ProblemsModel(self)
        self.problems = QTableView(self)
        self.problems.setModel(sortable(self.problems_model))
        self.problems.setSortingEnabled(True)
        _read_only(self.problems)
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.problems.setWordWrap(True)
        self.duplicates = QTableWidget(0, 4, self)
        self.duplicates.setHorizontalHeaderLabels(
            [self.tr("Rows"), self.tr("Record"), self.tr("Why"), self.tr("Handling")])
        _read_only(self.duplicates)
        self.duplicates.horizontalHeader().setStretchLastSection(True)
        self.left_out = QListWidget(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.problems, "")
        self.tabs.addTab(self.duplicates, "")
        self.tabs.addTab(self.left_out, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.counts)
        layout.addWidget(self.tabs, 1)

    def show_report(self, report: ImportReport) -> None:
        self._show_counts(report)
        self.problems_model.set_problems(report.problems)
        self.problems.sortByColumn(ROW, Qt.SortOrder.AscendingOrder)
        widest = self.problems.fontMetrics().averageCharWidth() * NARROW_COLUMN_CHARACTERS
        for column in range(MESSAGE):
            self.problems.resizeColumnToContents(column)
            if self.problems.columnWidth(column) > widest:
                self.problems.setColumnWidth(column, widest)
        self.problems.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents if len(report.problems) <= WRAPPED_PROBLEMS
            else QHeaderView.ResizeMode.Interactive)
        self._show_duplicates(report)
        self._show_left_out(report)
        errors, warnings = len(report.errors), len(report.warnings)
        self.tabs.setTabText(0, self.tr("Problems: %1 error(s), %2 warning(s)")
                             .replace("%1", str(errors)).replace("%2", str(warnings)))
        self.tabs.setTabText(1, self.tr("Duplicates in the file (%1)")
                             .replace("%1", str(len(report.duplicates))))
        self.tabs.setTabText(2, self.tr("Left out (%1)")
                             .replace("%1", str(self.left_out.count())))
        if not report.problems and report.duplicates:
            self.tabs.setCurrentIndex(1)

    def _show_counts(self, report: ImportReport) -> None:
        self.counts.setRowCount(len(report.counts))
        for row, (kind, counts) in enumerate(report.counts.items()):
            values = (kind.label, counts.new, counts.updated, counts.unchanged, counts.rejected,
                      counts.merged)
            for column, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.counts.setItem(row, column, item)
        # Rows merged into another (when the user asked) are counted apart.
        self.counts.setColumnHidden(MERGED, not any(c.merged for c in report.counts.values()))
        height = self.counts.horizontalHeader().height() + 2 * self.counts.frameWidth()
        height += sum(self.counts.rowHeight(r) for r in range(self.counts.rowCount()))
        self.counts.setFixedHeight(height)

    def _show_duplicates(self, report: ImportReport) -> None:
        self.duplicates.setRowCount(len(report.duplicates))
        for row, group in enumerate(report.duplicates):
            rows = ", ".join(str(r) for r in group.rows)
            certainty = (self.tr("Duplicates: only the first row is imported") if group.certain
                         else self.tr("Possible duplicates: all imported, to check"))
            for column, text in enumerate((rows, group.label, group.reason, certainty)):
                self.duplicates.setItem(row, column, QTableWidgetItem(text))
        self.duplicates.resizeColumnsToContents()

    def _show_left_out(self, report: ImportReport) -> None:
        self.left_out.clear()
        for sheet in report.sheets:
            ignored = [header for header, label in sheet.columns if label is None]
            if ignored:
                self.left_out.addItem(self.tr("Columns ignored: %1").replace(
                    "%1", ", ".join(f"« {h} »" for h in ignored)))
            for skipped in sheet.skipped:
                text = f" « {skipped.text} »" if skipped.text else ""
                rows = (self.tr("Rows %1 to %2:").replace("%2", str(skipped.last))
                        if skipped.count > 1 else self.tr("Row %1:"))
                self.left_out.addItem(rows.replace("%1", str(skipped.number)) + " "
                                      + skipped.reason.label + text)
        for notice in report.notices:
            self.left_out.addItem(notice)
