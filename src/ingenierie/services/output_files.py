"""Files the app writes for the user (rejects, template, mappings, exports), written safely.

Three promises, kept in one place so that every file the app writes keeps them:

- an existing file is replaced only when the user confirmed it (``replace``:
  the CLI's ``--force``, or the window's save dialog, which asks before
  choosing an existing file);
- the open database (with its ``-wal``, ``-shm`` and ``-journal`` companions)
  and the file being read are never replaced, confirmed or not: a slip of the
  keyboard (``--rejects base.sqlite``) must not cost the user their data.
  Paths are compared resolved and with ``os.path.samefile`` (links, ``..``);
- the content goes to a temporary file in the destination's folder, which is
  renamed over the final name (``os.replace``) only once complete and flushed
  to disk. A failure, a full disk, a cancel or a killed process leaves either
  the old file or nothing under the user's name, never half a file; the
  temporary file is removed on the way out.

A missing or read-only folder is refused before anything is computed, with a
French message, so that a long import is not run for a rejects file that
cannot be written.
"""

from __future__ import annotations

import errno
import os
import secrets
import zipfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from ingenierie.config import DatabaseLocation
from ingenierie.errors import UserError
from ingenierie.filesystem import is_read_only, same_file

if TYPE_CHECKING:  # openpyxl (0.3 s) is loaded when a workbook is saved, not at start-up
    from openpyxl import Workbook

#: What a database file is flanked by while it is open (SQLite's own companions).
DATABASE_COMPANIONS = ("-wal", "-shm", "-journal")


class OutputFileError(UserError):
    """A file the user asked for cannot or must not be written; nothing was changed."""


class ExistingFileError(OutputFileError):
    """The file exists and its replacement was not confirmed (the CLI says how to)."""


def database_files(location: DatabaseLocation) -> dict[Path, str]:
    """The files of an open database, as ``protected`` expects them (none when the
    database is not a file on this computer)."""
    path = location.file
    if path is None:
        return {}
    what = "la base de données ouverte"
    return {path: what} | {Path(f"{path}{suffix}"): what for suffix in DATABASE_COMPANIONS}


def check_destination(path: Path, *, replace: bool = False,
                      protected: Mapping[Path, str] | None = None) -> Path:
    """Refuse ``path`` when it must not be written (see the module); return it.

    ``protected`` maps the files that are never replaced to what they are, in
    French ("la base de données ouverte", "le fichier importé").
    """
    path = Path(path)
    for kept, what in (protected or {}).items():
        if same_file(path, Path(kept)):
            raise OutputFileError(
                f"« {path} » est {what} : Ingénierie ne l'écrase jamais. "
                "Choisissez un autre nom de fichier.")
    folder = path.parent
    if path.is_dir():
        raise OutputFileError(f"« {path} » est un dossier : indiquez un nom de fichier.")
    if not folder.is_dir():
        raise OutputFileError(f"Le dossier « {folder} » n'existe pas : créez-le ou choisissez "
                              f"un autre emplacement pour « {path.name} ».")
    if is_read_only(folder):
        raise OutputFileError(f"Le dossier « {folder} » est en lecture seule : choisissez un "
                              f"autre emplacement pour « {path.name} ».")
    if path.exists():
        if not replace:
            raise ExistingFileError(f"Le fichier « {path} » existe déjà : choisissez un autre "
                                    "nom, ou confirmez son remplacement.")
        if is_read_only(path):
            raise OutputFileError(f"Le fichier « {path} » est en lecture seule : il n'a pas "
                                  "été remplacé.")
    return path


def write_file(path: Path, write: Callable[[Path], object], *, replace: bool = False,
               protected: Mapping[Path, str] | None = None) -> Path:
    """Check ``path``, let ``write`` fill a temporary file beside it, then rename it.

    ``write`` receives the temporary path and writes the whole content there
    (it may open it by name, as openpyxl does). Returns ``path``.
    """
    path = check_destination(path, replace=replace, protected=protected)
    temporary = _create_temporary(path)
    try:
        write(temporary)
        _flush_to_disk(temporary)
        os.replace(temporary, path)
    except OSError as error:
        raise _write_error(path, error) from error
    finally:
        temporary.unlink(missing_ok=True)
    return path


def save_workbook(workbook: Workbook, path: Path) -> None:
    """Save an openpyxl workbook so that a failure (a full disk) is one clean exception.

    ``Workbook.save`` leaves its zip open when writing fails: the zip, and a write-only
    sheet's stream, then write into closed files when collected (« Exception ignored …
    I/O operation on closed file » after the French message). Here the zip is closed by
    its ``with`` and the sheets are closed on the way out.
    """
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet
    from openpyxl.writer.excel import ExcelWriter

    try:
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
            ExcelWriter(workbook, archive).write_data()
    except BaseException:
        for sheet in workbook.worksheets:
            if isinstance(sheet, WriteOnlyWorksheet) and not sheet.closed:
                sheet.close()
        raise


def _create_temporary(path: Path) -> Path:
    """An empty file beside ``path``, hidden, created with the usual permissions (umask)."""
    for _ in range(100):
        temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
        try:
            os.close(os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
        except FileExistsError:
            continue
        except OSError as error:
            raise _write_error(path, error) from error
        return temporary
    raise OutputFileError(f"Impossible de créer un fichier temporaire à côté de « {path} ».")


def _flush_to_disk(path: Path) -> None:
    """Make the content durable before the rename makes it visible (a power cut in
    between must not leave an empty file under the final name)."""
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _write_error(path: Path, error: OSError) -> OutputFileError:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return OutputFileError(f"Le disque est plein : le fichier « {path} » n'a pas pu être "
                               "écrit. Libérez de la place, puis réessayez.")
    reason = error.strerror or str(error)
    return OutputFileError(f"Impossible d'écrire le fichier « {path} » : {reason}.")
