"""Errors raised while opening a file to import, always naming the file."""

from __future__ import annotations

from pathlib import Path

from ingenierie.errors import Location, UserError


class ImportFileError(UserError):
    """The file cannot be read as a table: unsupported, misnamed, protected or damaged.

    The CLI maps it to exit code 2; nothing has been read from the file.
    """

    def __init__(self, message: str, *, file: str | Path, sheet: str | None = None) -> None:
        super().__init__(message, location=Location(file=Path(file).name, sheet=sheet))


class NoDataError(UserError):
    """The file is readable but holds no data at all (empty workbook or sheet).

    Kept apart from :class:`ImportFileError` because it is a refusal (CLI exit
    code 1), not an unreadable file.
    """

    def __init__(self, message: str, *, file: str | Path, sheet: str | None = None) -> None:
        super().__init__(message, location=Location(file=Path(file).name, sheet=sheet))
