"""The database engines, each behind ``base.Backend``, found by a location's URL scheme."""

from __future__ import annotations

from contextlib import AbstractContextManager

from sqlalchemy import Connection, Engine

from ingenierie.config import DatabaseLocation
from ingenierie.errors import DatabaseFileError
from ingenierie.storage.engines.base import Backend
from ingenierie.storage.engines.sqlite import SqliteBackend

_BACKENDS: dict[str, type[Backend]] = {"sqlite": SqliteBackend}


def backend_for(location: DatabaseLocation, *, busy_timeout: float | None = None) -> Backend:
    """The engine of ``location``; ``busy_timeout`` (seconds) overrides the location's."""
    name = location.url.get_backend_name()
    backend = _BACKENDS.get(name)
    if backend is None:
        raise DatabaseFileError(
            f"« {location} » : ce type de base de données ({name}) n'est pas pris en charge.")
    return backend(location, busy_timeout=busy_timeout)


def schema_change(engine: Engine) -> AbstractContextManager[Connection]:
    """The engine's transaction for migrations (see ``Backend.schema_change``)."""
    return _BACKENDS[engine.dialect.name].schema_change(engine)
