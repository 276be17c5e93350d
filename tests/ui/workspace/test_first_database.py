"""At start, the window creates only the default database (a first launch); any other
missing file is refused in French and the user is offered to pick an existing one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from ingenierie.config import DatabaseLocation, default_database_path
from ingenierie.ui.app import _open_first_database
from ingenierie.ui.errors import ErrorDialog


def test_a_missing_database_other_than_the_default_is_not_created(qtbot, tmp_path: Path,
                                                                  monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(ErrorDialog, "exec", lambda dialog: shown.append(dialog.message.text()))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: ("", ""))
    missing = tmp_path / "absente.sqlite"

    assert _open_first_database(DatabaseLocation.of_file(missing)) is None

    assert not missing.exists()
    assert shown == [f"La base de données « {missing} » n'existe pas. Pour en créer une : "
                     "« ingenierie init » ou, dans la fenêtre, Fichier ▸ Nouvelle base…"]


def test_the_default_database_is_created_on_the_first_launch(qtbot) -> None:
    # in the test's own profile
    database = _open_first_database(DatabaseLocation.of_file(default_database_path()))
    assert database is not None
    database.close()
    assert default_database_path().exists()
