"""SQLite failures a user can cause or fix, told in French.

A locked file, a full disk, a read-only folder or an unplugged USB key are
expected: they become a :class:`DatabaseFileError`. Every other database error
(a constraint, a missing table) stays what it is, a bug or a service's concern.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from ingenierie.errors import DamagedDatabaseError, DatabaseFileError
from ingenierie.storage.engines.sqlite.driver import ERRORS

_CAUGHT: tuple[type[Exception], ...] = (DBAPIError, *ERRORS)

# SQLite result code (extended codes such as SQLITE_BUSY_SNAPSHOT included) → French text.
_MESSAGES = {
    "SQLITE_BUSY": "La base de données « {path} » est occupée par un autre programme "
                   "(peut-être une autre fenêtre d'Ingénierie). Fermez-le, puis réessayez.",
    "SQLITE_LOCKED": "La base de données « {path} » est verrouillée par un autre programme. "
                     "Fermez-le, puis réessayez.",
    "SQLITE_FULL": "Le disque est plein : la base de données « {path} » ne peut plus rien "
                   "enregistrer. Libérez de la place, puis réessayez ; la dernière "
                   "modification n'a pas été enregistrée.",
    "SQLITE_READONLY": "La base de données « {path} » est en lecture seule : Ingénierie ne "
                       "peut pas y enregistrer vos modifications.",
    "SQLITE_PERM": "Ingénierie n'a pas le droit d'écrire dans la base de données « {path} ».",
    "SQLITE_IOERR": "Erreur de lecture ou d'écriture du disque pour « {path} ». Vérifiez que "
                    "le support est toujours branché (clé USB, dossier réseau), puis réessayez.",
    "SQLITE_CANTOPEN": "Impossible d'ouvrir la base de données « {path} » : le fichier ou son "
                       "dossier est inaccessible.",
    "SQLITE_CORRUPT": "La base de données « {path} » est endommagée. Restaurez une sauvegarde.",
    "SQLITE_NOTADB": "Le fichier « {path} » n'est pas une base de données Ingénierie.",
}


def _error_name(error: BaseException) -> str | None:
    original = error.orig if isinstance(error, DBAPIError) else error
    return getattr(original, "sqlite_errorname", None)


def translate(error: BaseException, path: Path) -> DatabaseFileError | None:
    """The French error for ``error`` when it comes from the file's surroundings, else None."""
    name = _error_name(error)
    if name is None:
        return None
    for code, message in _MESSAGES.items():
        if name == code or name.startswith(code + "_"):
            kind = DamagedDatabaseError if code == "SQLITE_CORRUPT" else DatabaseFileError
            return kind(message.format(path=path))
    return None


@contextmanager
def translated_errors(path: Path) -> Iterator[None]:
    """Re-raise environmental SQLite failures of the block as :class:`DatabaseFileError`."""
    try:
        yield
    except _CAUGHT as error:
        user_error = translate(error, path)
        if user_error is None:
            raise
        raise user_error from error
