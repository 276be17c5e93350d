"""Starting the desktop app: Qt application, French translations, error routing, the window.

French is the default language (``INGENIERIE_LANGUAGE=en`` shows the English source
strings, for developers). Qt's own warnings go to the log; uncaught exceptions reach
the crash dialog of ``ui.errors``, never the user as a traceback.
"""

from __future__ import annotations

import logging
import os
import sys
from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import (
    QLibraryInfo,
    QLocale,
    QMessageLogContext,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication

from ingenierie.config import DatabaseLocation, default_database_path
from ingenierie.errors import DamagedDatabaseError, PassphraseRequired, UserError
from ingenierie.logsetup import configure_logging
from ingenierie.services.opening import open_for_use
from ingenierie.storage import Database
from ingenierie.ui import database_files
from ingenierie.ui.errors import APP_TITLE, install_excepthook, show_error
from ingenierie.ui.icons import icon
from ingenierie.ui.main_window import MainWindow
from ingenierie.ui.safety.damaged import offer_restore
from ingenierie.ui.safety.passphrase import ask_passphrase
from ingenierie.ui.settings import APPLICATION, ORGANISATION, AppSettings
from ingenierie.ui.style import apply_style

log = logging.getLogger(__name__)
qt_log = logging.getLogger("qt")

LANGUAGE_ENV = "INGENIERIE_LANGUAGE"
EXIT_NO_DATABASE = 2

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def translation_files(language: str) -> list[Path]:
    """Qt's own catalogue for ``language`` first, then each of ours (one per area)."""
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    ours = Path(str(files("ingenierie.resources") / "translations"))
    return [qt_folder / f"qtbase_{language}.qm", *sorted(ours.glob(f"*_{language}.qm"))]


def install_translators(app: QApplication, language: str = "fr") -> list[QTranslator]:
    """Load the catalogues of ``language`` into ``app``; returns them (keep them alive)."""
    if language == "en":
        return []
    QLocale.setDefault(QLocale(language))
    translators = []
    for path in translation_files(language):
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            translators.append(translator)
        else:
            log.warning("translation catalogue not loaded: %s", path)
    return translators


def _qt_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


def startup_location(requested: DatabaseLocation, settings: AppSettings) -> DatabaseLocation:
    """The database asked for, unless it is the default one and another was used last
    (and is still there, when it is a file)."""
    last = settings.last_database
    if requested != DatabaseLocation.of_file(default_database_path()) or last is None:
        return requested
    return last if last.file is None or last.file.exists() else requested


def _open_first_database(location: DatabaseLocation) -> Database | None:
    """Open ``location``; if refused, say why and offer to pick another file.

    Only the default database (the user's data folder) is created here, on the first
    launch; any other file must exist (File ▸ New database creates one).
    """
    default = DatabaseLocation.of_file(default_database_path()).resolved()
    while True:
        try:
            return open_for_use(location, create=location.resolved() == default)
        except DamagedDatabaseError as error:
            if offer_restore(None, location, error):
                continue
        except PassphraseRequired as error:
            with_passphrase = ask_passphrase(None, location, error)
            if with_passphrase is not None:
                location = with_passphrase
                continue
        except UserError as error:
            show_error(None, error)
        folder = location.file.parent if location.file is not None else Path.home()
        chosen = database_files.ask_existing_database(None, folder)
        if chosen is None:
            return None
        location = DatabaseLocation.of_file(chosen)


def run(location: DatabaseLocation) -> int:
    """Open the window on ``location`` and run until it is closed; returns the exit code."""
    log_path = configure_logging()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APP_TITLE)
    app.setWindowIcon(icon("app"))
    apply_style(app)
    qInstallMessageHandler(_qt_message)
    translators = install_translators(app, os.environ.get(LANGUAGE_ENV, "fr"))
    install_excepthook(log_path)
    settings = AppSettings()
    database = _open_first_database(startup_location(location, settings))
    if database is None:
        return EXIT_NO_DATABASE
    window = MainWindow(database, settings, log_path)
    window.show()
    code = app.exec()
    window.context.database.close()
    log.info("window closed (exit code %s, %d catalogues)", code, len(translators))
    return int(code)
