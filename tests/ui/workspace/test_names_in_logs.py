"""Names of people never reach the log above DEBUG (DOMAIN.md §4).

The log file is kept at INFO and sent along with bug reports: an import of people,
a person created, a duplicate refused and shown, a merge, a bug met while writing a
person — none of it may leave a name in it.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from sqlalchemy.exc import IntegrityError

from ingenierie.cli import main
from ingenierie.models import Person
from ingenierie.services.stakeholders.duplicates import DuplicateStakeholderError
from ingenierie.services.stakeholders.merging import merge_stakeholders
from ingenierie.services.stakeholders.stakeholder import (
    PersonInput,
    create_person,
    list_stakeholders,
)
from ingenierie.storage import Database
from ingenierie.ui.errors import show_error

FIRST, LAST = "Gwenaëlle", "Quéméner"
EMAIL = "gwenaelle.quemener@example.org"


def people_workbook(folder: Path) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Acteurs"
    sheet.append(("Nom", "Prénom", "Courriel", "Notes"))
    sheet.append((LAST, FIRST, EMAIL, f"Rencontrée avec {FIRST} {LAST} au forum."))
    sheet.append(("Le Bihan", "Nolwenn", "nolwenn.lebihan@example.org", None))
    path = folder / "contacts.xlsx"
    workbook.save(path)
    return path


def test_operations_on_people_leave_no_name_in_the_log(qtbot: Any, db, db_path: Path,
                                                       tmp_path: Path, monkeypatch: Any,
                                                       caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr("ingenierie.ui.errors.ErrorDialog.exec", lambda _dialog: 0)
    caplog.set_level(logging.INFO)

    assert main(["--db", str(db_path), "import", str(people_workbook(tmp_path))]) == 0
    [kept] = list_stakeholders(db, text=LAST)
    with pytest.raises(DuplicateStakeholderError) as refused:
        create_person(db, PersonInput(last_name=LAST, first_name=FIRST, email=EMAIL))
    show_error(None, refused.value)
    twin = create_person(db, PersonInput(last_name=LAST, first_name=FIRST, email=EMAIL,
                                         notes=f"Doublon de {FIRST} {LAST}"),
                         allow_duplicate=True).value
    merge_stakeholders(db, kept.id, twin.id)
    # A bug: the same key written twice, the person's name among the values.
    with pytest.raises(IntegrityError) as bug, db.write() as session:
        session.add(Person(id=kept.id, last_name=LAST, first_name=FIRST,
                           display_name=f"{FIRST} {LAST}", match_key=LAST.lower(),
                           actor_kind="autre"))
    show_error(None, bug.value)

    logged = caplog.text
    assert "DuplicateStakeholderError" in logged and "IntegrityError" in logged
    assert LAST not in logged and FIRST not in logged and EMAIL not in logged
    assert LAST in refused.value.user_message()  # the user is still told who


def test_a_command_line_error_is_logged_by_its_kind_and_its_message_kept_below_info(
        db: Database, db_path: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    missing = tmp_path / "contacts.xlsx"

    assert main(["--db", str(db_path), "import", str(missing)]) == 2

    assert "ingenierie" in caplog.text and ": import" in caplog.text
    assert "ImportFileError" in caplog.text
    assert "Fichier introuvable" not in caplog.text
