"""``ingenierie report`` and ``ingenierie export`` in a real process: files written, progress
on standard error, French errors, and the export read back by ``ingenierie import``."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from pypdf import PdfReader
from test_cli import ingenierie

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite"
    assert ingenierie("--db", path, "init").returncode == 0
    assert ingenierie("--db", path, "demo", "--size", "200").returncode == 0
    return path


def first_code(database: Path) -> str:
    with sqlite3.connect(database) as connection:
        return connection.execute("SELECT code FROM project ORDER BY code LIMIT 1").fetchone()[0]


def test_a_project_sheet_and_a_filtered_portfolio(demo: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "fiche.pdf"
    done = ingenierie("--db", demo, "report", sheet, "--project", first_code(demo),
                      "--structure", "PETR Cœur de Bretagne", "--from", "01/01/2024")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"Rapport écrit : {sheet} (")
    assert "Mise en page" in done.stderr
    assert "PETR Cœur de Bretagne" in PdfReader(sheet).pages[0].extract_text()
    portfolio = tmp_path / "ptce.pdf"
    done = ingenierie("--db", demo, "report", portfolio, "--scheme", "PTCE", "--to",
                      "2026-06-30")
    assert done.returncode == 0, done.stderr
    assert "Lecture des projets" in done.stderr
    assert "Dispositif : PTCE" in PdfReader(portfolio).pages[0].extract_text()
    again = ingenierie("--db", demo, "report", portfolio, "--scheme", "PTCE")
    assert again.returncode == 2 and "existe déjà" in again.stderr


def test_wrong_options_are_told_in_french(demo: Path, tmp_path: Path) -> None:
    not_an_image = tmp_path / "logo.png"
    not_an_image.write_text("texte")
    for args, message in (
            (("--logo", not_an_image), "n'est pas une image PNG ou JPEG"),
            (("--project", "ZZ-INCONNU"), "Aucun projet n'a le code ou le titre"),
            (("--scheme", "Contrat de vile"), "Dispositif : valeur inconnue"),
            (("--territory", "99999"), "Aucun territoire n'a le code ou le nom"),
            (("--from", "2026-02-01", "--to", "2025-01-01"), "La période est à l'envers")):
        done = ingenierie("--db", demo, "report", tmp_path / "r.pdf", *args)
        assert done.returncode == 2, args
        assert message in done.stderr, done.stderr
    assert not (tmp_path / "r.pdf").exists()


def test_the_export_reimports_into_an_empty_database(demo: Path, tmp_path: Path) -> None:
    workbook = tmp_path / "export.xlsx"
    done = ingenierie("--db", demo, "export", workbook)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"Classeur écrit : {workbook} (")
    assert "Implications" in done.stderr
    empty = tmp_path / "vide.sqlite"
    assert ingenierie("--db", empty, "init").returncode == 0
    imported = ingenierie("--db", empty, "import", workbook)
    assert imported.returncode == 0, imported.stdout + imported.stderr
    with sqlite3.connect(demo) as source, sqlite3.connect(empty) as copy:
        for table in ("project", "involvement", "stage_change", "interaction", "funding",
                      "evaluation", "measurement"):
            query = f"SELECT count(*) FROM {table} WHERE " + (
                "archived_at IS NULL" if table != "stage_change" else "1")
            assert copy.execute(query).fetchone() == source.execute(query).fetchone(), table
