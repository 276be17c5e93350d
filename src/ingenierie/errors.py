"""Expected errors: the ones a user can cause and must be told about in French.

Every layer raises them, so this module sits at the package root and imports
nothing of ours. Anything that is not a :class:`UserError` is a bug.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Location:
    """Where in a file a problem was found; every part is optional."""

    file: str | None = None
    sheet: str | None = None
    row: int | None = None
    column: str | None = None

    def describe(self) -> str:
        parts = []
        if self.file:
            parts.append(f"fichier « {self.file} »")
        if self.sheet:
            parts.append(f"feuille « {self.sheet} »")
        if self.row is not None:
            parts.append(f"ligne {self.row}")
        if self.column:
            parts.append(f"colonne « {self.column} »")
        return ", ".join(parts)


class UserError(Exception):
    """An expected error, carrying a French message meant for the user."""

    def __init__(self, message: str, *, location: Location | None = None) -> None:
        self.message = message
        self.location = location
        super().__init__(self.user_message())

    def user_message(self) -> str:
        if self.location is None or not self.location.describe():
            return self.message
        return f"{self.location.describe()} : {self.message}"

    def summary(self) -> str:
        """The kind of error and where, for logs above DEBUG: never the message, which
        may quote a person's name or what was typed about them."""
        parts = [type(self).__name__]
        field = getattr(self, "field", None)
        if field:
            parts.append(f"field {field}")
        if self.location is not None and self.location.describe():
            parts.append(self.location.describe())
        return ", ".join(parts)


class ValidationError(UserError):
    """A value entered or imported does not fit the domain's rules."""

    def __init__(self, message: str, *, field: str | None = None,
                 location: Location | None = None) -> None:
        self.field = field
        super().__init__(message, location=location)


class NotFoundError(UserError):
    """A record asked for does not exist (or no longer exists)."""


class DuplicateError(ValidationError):
    """The record would duplicate one that already exists."""


class DatabaseFileError(UserError):
    """The database file cannot be opened as it is; it was left untouched."""


class DamagedDatabaseError(DatabaseFileError):
    """The database's pages are damaged: the window offers to restore a backup."""


class PassphraseRequired(DatabaseFileError):
    """The database is encrypted and no passphrase was given: ask for one."""


class WrongPassphrase(PassphraseRequired):
    """The passphrase given does not open the database; nothing was changed."""
