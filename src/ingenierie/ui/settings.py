"""What the window remembers between sessions (QSettings): geometry, last and recent databases."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from ingenierie.config import DatabaseLocation

ORGANISATION = "Ingenierie"
APPLICATION = "Ingenierie"
RECENT_LIMIT = 8


class AppSettings:
    """Typed access to the few values the app keeps; every key is declared here."""

    GEOMETRY = "window/geometry"
    STATE = "window/state"
    LAST_DATABASE = "databases/last"
    RECENT_DATABASES = "databases/recent"

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store or QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                                         ORGANISATION, APPLICATION)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._store.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @property
    def window_geometry(self) -> QByteArray | None:
        return self._bytes(self.GEOMETRY)

    @property
    def window_state(self) -> QByteArray | None:
        return self._bytes(self.STATE)

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self._store.setValue(self.GEOMETRY, geometry)
        self._store.setValue(self.STATE, state)

    @property
    def last_database(self) -> DatabaseLocation | None:
        value = self._store.value(self.LAST_DATABASE)
        return DatabaseLocation.parse(value) if isinstance(value, str) and value else None

    @property
    def recent_databases(self) -> list[DatabaseLocation]:
        """Most recent first; files that no longer exist are still listed (a USB key may be out).

        Stored as users read them (a file's path, a URL without its password)."""
        value = self._store.value(self.RECENT_DATABASES)
        if isinstance(value, str):
            value = [value]
        return [DatabaseLocation.parse(item) for item in value or []
                if isinstance(item, str) and item]

    def remember_database(self, location: DatabaseLocation) -> None:
        """``location`` becomes the last database and the top of the recent list."""
        location = location.resolved()
        recent = [known for known in self.recent_databases if known != location]
        self._store.setValue(self.LAST_DATABASE, str(location))
        self._store.setValue(self.RECENT_DATABASES,
                             [str(known) for known in [location, *recent][:RECENT_LIMIT]])

    def forget_database(self, location: DatabaseLocation) -> None:
        self._store.setValue(self.RECENT_DATABASES,
                             [str(known) for known in self.recent_databases if known != location])

    def sync(self) -> None:
        self._store.sync()
