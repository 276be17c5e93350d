"""What the window remembers between sessions (QSettings): geometry, last and recent databases,
the structure named on the reports' cover, and where reports and exports were last saved."""

from __future__ import annotations

from pathlib import Path

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
    STRUCTURE_NAME = "reports/structure"
    STRUCTURE_LOGO = "reports/logo"
    OUTPUT_FOLDER = "outputs/{kind}"  # the folder a report or an export was last saved in

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

    def _text(self, key: str) -> str | None:
        value = self._store.value(key)
        return value if isinstance(value, str) and value else None

    @property
    def structure_name(self) -> str | None:
        """The name of the structure issuing the reports (their cover)."""
        return self._text(self.STRUCTURE_NAME)

    @property
    def structure_logo(self) -> Path | None:
        value = self._text(self.STRUCTURE_LOGO)
        return Path(value) if value else None

    def save_structure(self, name: str | None, logo: Path | None) -> None:
        self._store.setValue(self.STRUCTURE_NAME, name or "")
        self._store.setValue(self.STRUCTURE_LOGO, str(logo) if logo else "")

    def output_folder(self, kind: str) -> Path | None:
        value = self._text(self.OUTPUT_FOLDER.format(kind=kind))
        return Path(value) if value else None

    def remember_output(self, kind: str, path: Path) -> None:
        self._store.setValue(self.OUTPUT_FOLDER.format(kind=kind), str(path.parent))

    def sync(self) -> None:
        self._store.sync()
