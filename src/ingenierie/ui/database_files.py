"""Choosing a database file: the dialogs of File ▸ New database and File ▸ Open a database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from ingenierie.errors import DatabaseFileError

SUFFIX = ".sqlite"
translate = QCoreApplication.translate



def _filter() -> str:
    return ";;".join((translate("DatabaseFiles", "Ingénierie databases (*.sqlite *.db)"),
                      translate("DatabaseFiles", "All files (*)")))


def ask_new_database(parent: QWidget | None, folder: Path) -> Path | None:
    """A path for a new database; an existing file is refused (it would not be new)."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent, translate("DatabaseFiles", "New database"),
        str(folder / f"territoire{SUFFIX}"), _filter(),
        options=QFileDialog.Option.DontConfirmOverwrite)
    if not chosen:
        return None
    path = Path(chosen)
    if not path.suffix:
        path = path.with_suffix(SUFFIX)
    if path.exists():
        raise DatabaseFileError(translate(
            "DatabaseFiles",
            "The file “{0}” already exists. To work in it, choose File ▸ Open a database.",
        ).format(path))
    return path


def ask_existing_database(parent: QWidget | None, folder: Path) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(
        parent, translate("DatabaseFiles", "Open a database"), str(folder), _filter())
    return Path(chosen) if chosen else None
