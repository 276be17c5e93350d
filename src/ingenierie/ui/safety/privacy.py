"""The RGPD rights from the window: export a person's data, erase a person, review the
people without activity for a while and anonymise them.

The work runs off the GUI thread; an erasure, irreversible, is confirmed first and
then empties the undo stack (its commands hold the erased values) and tells every
view that anything may have changed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from uuid import UUID

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ingenierie.services.privacy.erasure import ErasureReport, erase_people
from ingenierie.services.privacy.export import ExportedFiles, export_person
from ingenierie.services.privacy.retention import DEFAULT_YEARS, inactive_people
from ingenierie.storage.changes import ChangeSet, Kind
from ingenierie.ui.context import AppContext
from ingenierie.ui.workers import run_with_progress

translate = QCoreApplication.translate


def export_dialog(context: AppContext, parent: QWidget, person_id: UUID, name: str) -> None:
    """Ask where, then write the PDF and the JSON beside it."""
    folder = context.database.folder or Path.home()
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        translate("Privacy", "Export everything held about %1").replace("%1", name),
        str(folder / f"RGPD {name}.pdf"),
        translate("Privacy", "PDF documents (*.pdf)"),
    )
    if not chosen:
        return
    path = Path(chosen).with_suffix(".pdf")
    replace = path.exists()  # the save dialog asked before choosing an existing file

    def done(files: ExportedFiles) -> None:
        QMessageBox.information(
            parent,
            translate("Privacy", "Export written"),
            translate("Privacy", "Written:\n%1\n%2")
            .replace("%1", str(files.pdf))
            .replace("%2", str(files.json)),
        )

    run_with_progress(
        parent,
        translate("Privacy", "Exporting…"),
        lambda _task: export_person(context.database, person_id, path, replace=replace),
        done,
    )


class _Messages(QObject):
    """Messages with plurals (read by lupdate from ``self.tr``)."""

    def erased(self, report: ErasureReport) -> list[str]:
        return [self.tr("%n person(s) erased.", "", report.erased),
                self.tr("%n text(s) naming them were corrected: read them again.", "",
                        report.scrubbed_texts)]


def _erased(
    context: AppContext,
    parent: QWidget,
    report: ErasureReport,
    then: Callable[[], None] | None = None,
) -> None:
    context.undo_stack.clear()
    context.changes.announce(ChangeSet.anything(*Kind))
    lines = _Messages().erased(report)
    if report.older_backups:
        lines.append(
            translate("Privacy", "These backups, made before, still hold the erased data:")
        )
        lines += [f"• {info.path}" for info in report.older_backups]
    QMessageBox.information(parent, translate("Privacy", "Erasure done"), "\n".join(lines))
    if then is not None:
        then()


def erase_dialog(
    context: AppContext, parent: QWidget, person_id: UUID, name: str, folders: list[Path]
) -> None:
    """Confirm, then erase the person for good."""
    question = translate(
        "Privacy",
        "Erase %1 for good?\n\nTheir identity and contact details are removed everywhere, "
        "their name is removed from the notes that mention it, and their involvements are "
        "kept anonymously. This cannot be undone.",
    ).replace("%1", name)
    erase_after_confirming(context, parent, translate("Privacy", "Erase a person"), question,
                           [person_id], folders)


def erase_after_confirming(context: AppContext, parent: QWidget, title: str, question: str,
                           people: list[UUID], folders: list[Path],
                           then: Callable[[], None] | None = None) -> None:
    """Ask ``question`` (Cancel by default), then erase ``people`` off the GUI thread."""
    answer = QMessageBox.warning(
        parent, title, question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel)
    if answer != QMessageBox.StandardButton.Yes:
        return
    run_with_progress(parent, translate("Privacy", "Erasing…"),
                      lambda _task: erase_people(context.database, people, folders),
                      lambda report: _erased(context, parent, report, then))


class RetentionDialog(QDialog):
    """People without activity for N years: tick some, anonymise them in one action."""

    def __init__(
        self, context: AppContext, folders: list[Path], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context, self.folders = context, folders
        self.setWindowTitle(self.tr("Retention of personal data"))
        self.resize(720, 460)
        self.years = QSpinBox(self)
        self.years.setRange(1, 30)
        self.years.setValue(DEFAULT_YEARS)
        self.years.setSuffix(self.tr(" year(s)"))
        self.years.valueChanged.connect(self.refresh)
        label = QLabel(self.tr("People without activity for &more than:"), self)
        label.setBuddy(self.years)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.years)
        row.addStretch(1)
        self.people = QListWidget(self)
        self.summary = QLabel(self)
        self.anonymise = QPushButton(self.tr("&Anonymise the ticked people…"), self)
        self.anonymise.clicked.connect(self._anonymise)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.anonymise, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.people, 1)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.people.clear()
        found = inactive_people(self.context.database, years=self.years.value())
        for person in found:
            item = QListWidgetItem(
                self.tr("%1 — last activity on %2")
                .replace("%1", person.display_name)
                .replace("%2", f"{person.last_activity:%d/%m/%Y}")
            )
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.people.addItem(item)
        self.summary.setText(self.tr("%n person(s) to review.", "", len(found)))
        self.anonymise.setEnabled(bool(found))

    def ticked(self) -> list[UUID]:
        return [
            self.people.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.people.count())
            if self.people.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _anonymise(self) -> None:
        chosen = self.ticked()
        if not chosen:
            return
        erase_after_confirming(
            self.context, self, self.tr("Anonymise"),
            self.tr("Anonymise %n person(s) for good? This cannot be undone.", "", len(chosen)),
            chosen, self.folders, self.refresh)
