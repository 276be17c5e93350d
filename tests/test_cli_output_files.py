"""The files ``ingenierie import --rejects`` and ``ingenierie template`` write: never the
database, never the file being imported, never an existing file without ``--force``."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import openpyxl
import pytest

from ingenierie.cli import main

sys.path.insert(0, str(Path(__file__).parent / "services" / "importing"))
import fixtures
from test_cli_import import people, run


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def imported_once(db_path: Path, tmp_path: Path) -> Path:
    """A database holding 20 people, closed cleanly (no -wal beside it)."""
    assert run(db_path, "import", fixtures.clean_people(tmp_path, name="premier.xlsx")) == 0
    return db_path


@pytest.mark.parametrize("dry_run", [True, False])
def test_rejects_aimed_at_the_database_are_refused_and_it_is_left_as_it_was(
        imported_once: Path, tmp_path: Path, dry_run: bool,
        capsys: pytest.CaptureFixture[str]) -> None:
    before = digest(imported_once)
    source = fixtures.people_with_duplicates(tmp_path)
    for target in (imported_once, Path(f"{imported_once}-wal")):
        args = ["import", source, "--skip-invalid", "--rejects", target, "--force"]
        assert run(imported_once, *args, *(["--dry-run"] if dry_run else [])) == 2
        assert "est la base de données ouverte : Ingénierie ne l'écrase jamais" \
            in capsys.readouterr().err
    assert digest(imported_once) == before
    assert people(imported_once) == 20


def test_rejects_aimed_at_the_file_being_imported_are_refused(
        db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = fixtures.people_with_duplicates(tmp_path)
    before = digest(source)
    assert run(db_path, "import", source, "--skip-invalid", "--rejects", source, "--force") == 2
    assert "est le fichier importé" in capsys.readouterr().err
    assert digest(source) == before
    assert people(db_path) == 0


def test_existing_rejects_are_replaced_only_with_force(
        db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = fixtures.people_with_duplicates(tmp_path)
    rejects = tmp_path / "rejets.xlsx"
    rejects.write_bytes(b"mon travail")
    assert run(db_path, "import", source, "--skip-invalid", "--rejects", rejects) == 2
    err = capsys.readouterr().err
    assert f"Le fichier « {rejects} » existe déjà" in err and "--force" in err
    assert rejects.read_bytes() == b"mon travail"
    assert people(db_path) == 0  # refused before anything was imported

    assert run(db_path, "import", source, "--skip-invalid", "--rejects", rejects,
               "--force") == 0
    assert openpyxl.load_workbook(rejects)["Acteurs"]["F1"].value == "erreur"


def test_rejects_into_a_missing_folder_are_refused_before_the_import(
        db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = fixtures.people_with_duplicates(tmp_path)
    assert run(db_path, "import", source, "--skip-invalid",
               "--rejects", tmp_path / "absent" / "rejets.xlsx") == 2
    err = capsys.readouterr().err
    assert err.strip().splitlines()[-1] == (
        f"Erreur : Le dossier « {tmp_path / 'absent'} » n'existe pas : créez-le ou choisissez "
        "un autre emplacement pour « rejets.xlsx ».")
    assert people(db_path) == 0


def test_the_template_never_replaces_the_database_nor_a_file_without_force(
        imported_once: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = digest(imported_once)
    assert run(imported_once, "template", imported_once, "--force") == 2
    assert "base de données ouverte" in capsys.readouterr().err
    assert digest(imported_once) == before

    existing = tmp_path / "modele.xlsx"
    existing.write_bytes(b"mon modele")
    assert main(["template", str(existing)]) == 2
    assert "existe déjà" in capsys.readouterr().err
    assert existing.read_bytes() == b"mon modele"
    assert main(["template", str(existing), "--force"]) == 0
    assert "Listes" in openpyxl.load_workbook(existing).sheetnames


def test_a_mapping_file_of_the_wrong_shape_is_told_in_french_with_its_name(
        db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    nested = tmp_path / "imbrique.json"
    nested.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert run(db_path, "import", fixtures.clean_people(tmp_path), "--mapping", nested) == 2
    assert capsys.readouterr().err.startswith(
        "Erreur : fichier « imbrique.json » : Ce fichier n'est pas une correspondance de "
        "colonnes enregistrée par Ingénierie : son contenu est imbriqué trop profondément.")
