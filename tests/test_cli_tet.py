"""``ingenierie import`` of a TeT plan, ``ingenierie export --format tet``, and a file of a kind
the app does not hold: what is printed and the exit codes."""

from __future__ import annotations

import sys
from pathlib import Path

import openpyxl
import pytest

from ingenierie.cli import main

sys.path.insert(0, str(Path(__file__).parent / "services" / "importing"))
import tet_files


def run(db_path: Path, *args: object) -> int:
    if not db_path.exists():
        assert main(["--db", str(db_path), "init"]) == 0
    return main(["--db", str(db_path), *map(str, args)])


def test_a_plan_goes_in_and_comes_back_out(db_path: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    source = tet_files.import_template(tmp_path)
    assert run(db_path, "import", source, "--plan", "PCAET du Val") == 0
    out = capsys.readouterr().out
    assert "Plan d'action « PCAET du Val » (code PCAET-DU-VAL) créé : 8 fiche(s) action" in out
    assert "Fiches actions d'un plan : 8 nouveau(x)" in out

    destination = tmp_path / "retour.xlsx"
    assert run(db_path, "export", "--format", "tet", destination, "--project",
               "PCAET-DU-VAL") == 0
    assert "« PCAET du Val » : 8 fiche(s) action écrite(s)" in capsys.readouterr().out
    sheet = openpyxl.load_workbook(destination)["Fichier dimport"]
    assert [sheet.cell(row, 4).value for row in range(4, 12)] == [
        fiche["title"] for fiche in tet_files.FICHES]

    assert run(db_path, "export", destination, "--project", "PCAET-DU-VAL") == 2
    assert "--force" in capsys.readouterr().err
    assert run(db_path, "export", destination, "--project", "PCAET-DU-VAL", "--force") == 0


def test_an_unknown_code_is_explained(db_path: Path, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert run(db_path, "export", tmp_path / "x.xlsx", "--project", "NULLE-PART") == 2
    assert "Aucun plan d'action ni projet n'a le code « NULLE-PART »" in capsys.readouterr().err
    assert not (tmp_path / "x.xlsx").exists()


def test_a_file_of_another_kind_exits_1_naming_the_candidates(
        db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tet_files.public_contracts(tmp_path, rows=20)
    assert run(db_path, "import", path) == 1
    out = capsys.readouterr().out
    assert "Type de données non reconnu" in out and "--type" in out
    assert "projets (1 colonne(s) reconnue(s) sur 8)" in out

    assert run(db_path, "import", path, "--type", "project", "--dry-run") == 0
    assert "Projets : 20 nouveau(x)" in capsys.readouterr().out
