"""The ``ingenierie`` command run as a user runs it: a separate process, French output.

Expected errors print ``Erreur : …`` and exit 2; a bug exits 3 with a short
apology naming the log file, which holds the traceback. No traceback ever
reaches the terminal.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from migration_support import execute, fill_rows

from ingenierie.config import default_database_path, log_directory
from ingenierie.logsetup import LOG_FILENAME
from ingenierie.storage import open_database
from ingenierie.storage.migrate import Migrations


def ingenierie(*args: str | Path, env: dict[str, str] | None = None,
               ) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([sys.executable, "-m", "ingenierie", *map(str, args)],
                            env={**os.environ, **(env or {})},
                            capture_output=True, text=True, check=False)
    assert "Traceback" not in result.stderr + result.stdout
    return result


def test_init_creates_the_database_given_on_the_command_line(db_path: Path) -> None:
    result = ingenierie("--db", db_path, "init")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        f"Base de données prête : {db_path} (schéma {Migrations().head})")
    assert db_path.exists()


def test_database_path_comes_from_option_then_environment_then_profile(
        tmp_path: Path) -> None:
    from_env = tmp_path / "depuis-env.sqlite"
    chosen = tmp_path / "choisie.sqlite"
    assert ingenierie("--db", chosen, "init", env={"INGENIERIE_DB": str(from_env)}
                      ).returncode == 0
    assert chosen.exists() and not from_env.exists()
    assert ingenierie("init", env={"INGENIERIE_DB": str(from_env)}).returncode == 0
    assert from_env.exists()
    assert ingenierie("init").returncode == 0
    assert default_database_path().exists()  # inside the test's own profile folders


def test_info_shows_path_schema_and_counts(db_path: Path) -> None:
    ingenierie("--db", db_path, "init")
    result = ingenierie("--db", db_path, "info")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[:2] == [f"Fichier : {db_path}", f"Schéma : {Migrations().head}"]
    assert "Projets : 0" in lines
    assert "Thématiques : 12" in lines  # the shipped themes
    assert "Évaluations : 0" in lines
    assert "Définitions d'indicateurs : 36" in lines  # the shipped library


def test_info_counts_each_kind_of_stakeholder_apart(db_path: Path) -> None:
    with open_database(db_path) as db:
        for round_ in (1, 2, 3):  # organisation, person, organisation
            fill_rows(db.engine, round_)
    lines = ingenierie("--db", db_path, "info").stdout.splitlines()
    for expected in ("Projets : 3", "Personnes : 1", "Organisations : 2", "Implications : 3",
                     "Étapes de coopération : 3", "Échanges : 3", "Financements : 3",
                     "Territoires : 3", "Thématiques : 15"):
        assert expected in lines


def test_backup_to_a_chosen_file_and_beside_the_database(db_path: Path,
                                                        tmp_path: Path) -> None:
    ingenierie("--db", db_path, "init")
    copy = tmp_path / "copie.sqlite"
    result = ingenierie("--db", db_path, "backup", copy)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Sauvegarde écrite : {copy}"
    assert ingenierie("--db", copy, "info").returncode == 0

    beside = ingenierie("--db", db_path, "backup")
    saved = Path(beside.stdout.strip().removeprefix("Sauvegarde écrite : "))
    assert beside.returncode == 0 and saved.parent == db_path.parent and saved.exists()


@pytest.mark.parametrize("command", ["init", "info", "backup"])
def test_a_file_that_is_not_a_database_is_refused_in_french(tmp_path: Path,
                                                            command: str) -> None:
    path = tmp_path / "tableur.xlsx"
    path.write_bytes(b"PK\x03\x04 pas une base")
    result = ingenierie("--db", path, command)
    assert result.returncode == 2
    assert result.stderr.startswith("Erreur : ")
    assert "n'est pas une base de données Ingénierie" in result.stderr
    assert path.read_bytes() == b"PK\x03\x04 pas une base"


def test_info_on_a_missing_database_does_not_create_it(db_path: Path) -> None:
    result = ingenierie("--db", db_path, "info")
    assert result.returncode == 2
    assert "n'existe pas" in result.stderr
    assert not db_path.exists()


def test_a_bug_is_logged_with_its_traceback_and_the_user_gets_an_apology(
        db_path: Path) -> None:
    ingenierie("--db", db_path, "init")
    # Tampered with: nothing the user can fix (a missing table is told in French, see
    # test_odd_database_files; a renamed column is not looked for).
    execute(db_path, "ALTER TABLE stakeholder RENAME COLUMN nature TO genre")
    result = ingenierie("--db", db_path, "info")
    log_file = log_directory() / LOG_FILENAME
    assert result.returncode == 3
    assert result.stderr.strip() == (
        f"Désolé, une erreur inattendue s'est produite. Les détails sont dans le journal : "
        f"{log_file}")
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback" in logged and "no such column: stakeholder.nature" in logged
