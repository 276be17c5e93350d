"""``ingenierie import`` when the file asks a question: two columns for one field, rows
repeating one person, hidden rows — what is printed, the exit codes and the options."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from ingenierie.cli import main

sys.path.insert(0, str(Path(__file__).parent / "services" / "importing"))
import everyday_files as everyday


def run(db_path: Path, *args: object) -> int:
    if not db_path.exists():
        assert main(["--db", str(db_path), "init"]) == 0
    return main(["--db", str(db_path), *map(str, args)])


def test_ambiguous_columns_exit_1_and_a_saved_mapping_settles_them(
        db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = everyday.contacts(tmp_path)
    assert run(db_path, "import", path) == 1
    out = capsys.readouterr().out
    assert "« Tél. fixe » (D) ou « Tél. portable » (E) pour le champ « Téléphone »" in out

    mapping = tmp_path / "contacts.json"
    assert run(db_path, "import", path, "--save-mapping", mapping) == 0
    assert f"puis importez avec --mapping {mapping}" in capsys.readouterr().out
    document = json.loads(mapping.read_text(encoding="utf-8"))
    fields = {column["en-tete"]: column["champ"] for column in document["colonnes"]}
    assert (fields["Nom"], fields["Nom de famille"]) == ("last_name", None)
    for column in document["colonnes"]:
        column["champ"] = {"Nom": None, "Nom de famille": "last_name", "Tél. fixe": None,
                           "Tél. portable": "phone"}.get(column["en-tete"], column["champ"])
    mapping.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    assert run(db_path, "import", path, "--mapping", mapping) == 0


def test_merge_repeated_lists_the_groups_and_their_conflicts(
        db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = everyday.repeated_people(tmp_path)
    assert run(db_path, "import", path, "--dry-run") == 1
    assert "Doublons (même courriel) : « Claire Martin », feuille « Acteurs », lignes 2, 4" in \
        capsys.readouterr().out

    assert run(db_path, "import", path, "--merge-repeated") == 0
    out = capsys.readouterr().out
    assert "Personnes : 2 nouveau(x), 0 mis à jour, 0 inchangé(s), 0 rejeté(s), 1 fusionnée(s)" \
        in out
    assert "Lignes fusionnées (même courriel) : « Claire Martin », feuille « Acteurs », " \
           "lignes 2, 4 ; complété : Téléphone" in out
    assert "conflit — Fonction : « Adjointe » (ligne 2) / « Vice-présidente » (ligne 4)" in out


def test_hidden_rows_are_said_and_skipped_on_request(
        db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = everyday.hidden_rows(tmp_path, filtered=True)
    assert run(db_path, "import", path, "--dry-run") == 0
    assert "masquée(s) par un filtre lue(s) comme les autres : lignes 3, 5 (--skip-hidden" in \
        capsys.readouterr().out
    assert run(db_path, "import", path, "--dry-run", "--skip-hidden") == 0
    out = capsys.readouterr().out
    assert "ligne 3 ignorée (ligne masquée par un filtre)" in out
    assert "Personnes : 4 nouveau(x)" in out
