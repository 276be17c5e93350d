"""``ingenierie demo``: the French summary, the progress line, refusals and exit codes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ingenierie.cli import main


def demo(db_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    if not db_path.exists():  # only init creates a database
        assert main(["--db", str(db_path), "init"]) == 0
    return subprocess.run(
        [sys.executable, "-m", "ingenierie", "--db", str(db_path), "demo", *args],
        capture_output=True, text=True, timeout=120, check=False,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"})


@pytest.mark.slow
def test_the_command_fills_a_new_database_and_prints_a_french_summary(db_path: Path) -> None:
    done = demo(db_path, "--size", "300", "--seed", "5")

    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith(f"Données de démonstration écrites dans {db_path} "
                               "(graine 5, 300 acteurs) en ")
    assert "  Acteurs : 300" in lines
    assert "  Projets : 30" in lines
    assert lines[-1].startswith("Total : ") and lines[-1].endswith("lignes par seconde).")
    # Not a terminal: the progress goes to stderr one tenth at a time.
    progress = done.stderr.splitlines()
    assert progress[-1] == "Écriture des données de démonstration : 100 %"
    assert 2 <= len(progress) <= 11


@pytest.mark.slow
def test_a_database_holding_data_is_refused_with_a_french_message(db_path: Path) -> None:
    assert demo(db_path, "--size", "100").returncode == 0

    refused = demo(db_path, "--size", "100")

    assert refused.returncode == 2
    assert "contient déjà des données (10 projets, 100 acteurs" in refused.stderr
    assert "--append" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert refused.stdout == ""


def test_append_adds_to_the_data_already_there(db_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db_path), "init"]) == 0
    assert main(["--db", str(db_path), "demo", "--size", "100"]) == 0
    assert main(["--db", str(db_path), "demo", "--size", "100", "--append"]) == 0
    capsys.readouterr()

    assert main(["--db", str(db_path), "info"]) == 0
    out = capsys.readouterr().out
    assert "Projets : 20" in out


def test_a_size_out_of_range_creates_no_database(db_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db_path), "demo", "--size", "10"]) == 2

    assert "Erreur : Le nombre d'acteurs doit être compris entre 50 et 1 000 000" \
        in capsys.readouterr().err
    assert not db_path.exists()
