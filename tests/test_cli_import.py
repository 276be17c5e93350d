"""``ingenierie import`` and ``ingenierie template``: the report printed and the exit codes."""

from __future__ import annotations

import sys
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from ingenierie.cli import main
from ingenierie.models import Person, Stakeholder
from ingenierie.services.importing.mapping.fields import RecordKind
from ingenierie.services.importing.mapping.headers import map_columns
from ingenierie.storage import open_database

sys.path.insert(0, str(Path(__file__).parent / "services" / "importing"))
import fixtures


def run(db_path: Path, *args: object) -> int:
    if not db_path.exists():  # only init creates a database
        assert main(["--db", str(db_path), "init"]) == 0
    return main(["--db", str(db_path), *map(str, args)])


def people(db_path: Path) -> int:
    with open_database(db_path) as db, db.read() as session:
        return session.scalar(select(func.count()).select_from(Person)) or 0


def test_import_prints_the_report_and_exits_0(db_path: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert run(db_path, "import", fixtures.title_block_merged(tmp_path)) == 0

    out, err = capsys.readouterr()
    # Not a terminal: one line of progress per step, on standard error.
    assert err.splitlines() == ["Lecture du fichier…", "Personnes : 60 ligne(s)…",
                                "Enregistrement : 60 ligne(s)…"]
    assert "- feuille « Liste acteurs » : personnes, en-tête ligne 4, 60 ligne(s) de données" \
        in out
    assert "Personnes : 60 nouveau(x), 0 mis à jour, 0 inchangé(s), 0 rejeté(s)" in out
    assert out.rstrip().endswith("Import terminé : les données ont été enregistrées.")
    assert people(db_path) == 60


def test_dry_run_writes_nothing(db_path: Path, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    assert run(db_path, "import", fixtures.clean_people(tmp_path), "--dry-run") == 0

    assert "Simulation : rien n'a été enregistré." in capsys.readouterr().out
    assert people(db_path) == 0


def test_keep_existing_leaves_stored_records_alone(db_path: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    path = fixtures.title_block_merged(tmp_path)
    assert run(db_path, "import", path) == 0
    capsys.readouterr()

    assert run(db_path, "import", path, "--keep-existing") == 0

    out = capsys.readouterr().out
    assert "Fiches déjà présentes laissées telles quelles" in out
    assert "Personnes : 0 nouveau(x), 0 mis à jour, 60 inchangé(s), 0 rejeté(s)" in out


def test_invalid_rows_refuse_with_1_or_are_skipped_to_a_rejects_file(
        db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = fixtures.people_with_duplicates(tmp_path)
    assert run(db_path, "import", path) == 1
    out = capsys.readouterr().out
    assert "Doublons (même courriel, même nom et même organisme) : « Jérôme Lefèvre », " \
           "feuille « Acteurs », lignes 2, 3, 4, 5, 6" in out
    assert "erreur — feuille « Acteurs », ligne 3, colonne « Courriel » (D) : Doublon de la " \
           "ligne 2 (même courriel)" in out
    assert out.rstrip().endswith("Import refusé : rien n'a été enregistré.")
    with open_database(db_path) as db, db.read() as session:
        assert session.scalar(select(func.count()).select_from(Stakeholder)) == 0

    rejects = tmp_path / "rejets.xlsx"
    assert run(db_path, "import", path, "--skip-invalid", "--rejects", rejects) == 0
    assert f"Lignes rejetées écrites dans : {rejects}" in capsys.readouterr().out
    assert openpyxl.load_workbook(rejects)["Acteurs"]["F1"].value == "erreur"
    assert people(db_path) == 4


@pytest.mark.parametrize("build", [fixtures.empty_workbook, fixtures.header_only])
def test_no_data_exits_1(db_path: Path, tmp_path: Path, build: object,
                         capsys: pytest.CaptureFixture[str]) -> None:
    assert run(db_path, "import", build(tmp_path)) == 1  # type: ignore[operator]

    assert "aucune donnée" in capsys.readouterr().out
    assert people(db_path) == 0


def test_unreadable_file_exits_2(db_path: Path, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert run(db_path, "import", fixtures.truncated(tmp_path)) == 2
    assert "tronque.xlsx" in capsys.readouterr().err
    assert run(db_path, "import", fixtures.password_protected(tmp_path)) == 2
    assert "mot de passe" in capsys.readouterr().err
    assert run(db_path, "import", tmp_path / "absent.xlsx") == 2
    assert people(db_path) == 0


def test_csv_named_xlsx_is_read_as_csv_and_says_so(db_path: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert run(db_path, "import", fixtures.csv_renamed(tmp_path)) == 0

    assert "c'est un fichier texte (CSV)" in capsys.readouterr().out
    assert people(db_path) == 5


def test_bad_arguments_exit_2(db_path: Path, tmp_path: Path,
                              capsys: pytest.CaptureFixture[str]) -> None:
    path = fixtures.clean_people(tmp_path)
    assert run(db_path, "import", path, "--header-row", "0") == 2
    broken = tmp_path / "correspondance.json"
    broken.write_text("{pas du json", encoding="utf-8")
    assert run(db_path, "import", path, "--mapping", broken) == 2
    with pytest.raises(SystemExit) as exited:
        run(db_path, "import", path, "--type", "inconnu")
    assert exited.value.code == 2
    assert people(db_path) == 0


def test_a_saved_mapping_is_applied(db_path: Path, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    path = fixtures.clean_people(tmp_path, rows=3)
    headers = tuple(c.value for c in openpyxl.load_workbook(path)["Acteurs"][1])
    mapping = map_columns(headers, RecordKind.PERSON)
    mapping = mapping.with_field(headers.index("Fonction"), None)  # the user drops a column
    saved = tmp_path / "correspondance.json"
    saved.write_text(mapping.to_json(), encoding="utf-8")

    assert run(db_path, "import", path, "--mapping", saved) == 0

    assert "colonnes ignorées : « Fonction »" in capsys.readouterr().out
    with open_database(db_path) as db, db.read() as session:
        assert set(session.scalars(select(Person.job_title))) == {None}


def test_template_command_writes_the_workbook(db_path: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    destination = tmp_path / "modele.xlsx"
    assert run(db_path, "template", destination) == 0

    assert f"Modèle d'import écrit : {destination}" in capsys.readouterr().out
    assert run(db_path, "import", destination) == 0
    assert people(db_path) == 1
