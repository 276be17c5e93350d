"""The issue's end-to-end check, as an officer would run it from a terminal: backup →
check → kill -9 in the middle of an import → check → privacy export → erase → the
e-mail appears nowhere in the database file, its -wal included."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "services" / "importing"))
import fixtures

pytestmark = pytest.mark.slow
EMAIL = "nolwenn.lebihan@example.org"


def ingenierie(db: Path, *args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ingenierie", "--db", str(db),
                           *map(str, args)], capture_output=True, text=True, timeout=300)


def test_backup_check_crash_export_erase(tmp_path: Path) -> None:
    db = tmp_path / "territoire.sqlite"
    assert ingenierie(db, "init").returncode == 0
    assert ingenierie(db, "demo", "--size", "300").returncode == 0
    people = tmp_path / "nolwenn.csv"
    people.write_text("Nom;Prénom;Courriel;Notes\nLe Bihan;Nolwenn;"
                      f"{EMAIL};Rencontrée au forum\n", encoding="utf-8")
    assert ingenierie(db, "import", people).returncode == 0

    backup = ingenierie(db, "backup")
    assert backup.returncode == 0, backup.stderr
    assert ingenierie(db, "check").returncode == 0

    sheet = fixtures.clean_people(tmp_path, rows=6000)
    importing = subprocess.Popen([sys.executable, "-m", "ingenierie", "--db", str(db),
                                  "import", str(sheet)], stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL)
    try:
        importing.wait(1.5)
    except subprocess.TimeoutExpired:
        importing.kill()
    importing.wait()
    checked = ingenierie(db, "check")
    assert checked.returncode == 0, checked.stderr

    exported = ingenierie(db, "privacy", "export", EMAIL, "--to", tmp_path / "acces")
    assert exported.returncode == 0, exported.stderr
    assert json.loads((tmp_path / "acces.json").read_text())["personne"]["email"] == EMAIL
    assert (tmp_path / "acces.pdf").stat().st_size > 1000

    asked = subprocess.run([sys.executable, "-m", "ingenierie", "--db", str(db), "privacy",
                            "erase", EMAIL], capture_output=True, text=True, timeout=300,
                           stdin=subprocess.DEVNULL)
    assert asked.returncode == 2  # no terminal to confirm: the question names her
    assert f"Effacer définitivement Nolwenn Le Bihan ({EMAIL})" in asked.stderr
    erased = ingenierie(db, "privacy", "erase", "Nolwenn Le Bihan", "--yes")
    assert erased.returncode == 0, erased.stderr
    assert "sauvegarde.sqlite" in erased.stdout  # the backup still holds her: it is named
    assert ingenierie(db, "check").returncode == 0
    for path in (db, Path(f"{db}-wal")):
        if path.exists():
            assert EMAIL.encode() not in path.read_bytes(), path
            assert b"Le Bihan" not in path.read_bytes(), path
