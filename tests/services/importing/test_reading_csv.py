"""CSV files as INSEE, BANATIC or Excel write them: encoding, separator, codes unwrapped."""

from __future__ import annotations

from pathlib import Path

import fixtures
import pytest

from ingenierie.services.importing.reading.errors import ImportFileError
from ingenierie.services.importing.reading.opening import open_table
from ingenierie.services.importing.reading.table import FileFormat, SkipReason


@pytest.mark.parametrize("encoding", ["cp1252", "utf-8", "utf-8-sig", "utf-16"])
def test_insee_list_in_any_encoding(tmp_path: Path, encoding: str) -> None:
    table = open_table(fixtures.insee_communes_csv(tmp_path, encoding))
    rows = list(table.rows())
    assert table.format is FileFormat.CSV and table.sheet is None
    assert table.headers == ("COM", "LIBELLE", "DEP", "PMUN")
    assert [row.values for row in rows] == [
        ("01004", "Ambérieu-en-Bugey", "01", "14 514"),
        ("2A004", "Ajaccio", "2A", "71 361"),
        ("07186", "Privas", "07", "8 188"),
    ]
    assert [row.number for row in rows] == [2, 3, 4]


@pytest.mark.parametrize("separator", [",", "\t", ";"])
def test_the_separator_is_detected(tmp_path: Path, separator: str) -> None:
    lines = [separator.join(("Nom", "Prénom", "Montant")),
             separator.join(("Dupré", "Noël", '"1 234,56"' if separator == "," else "1 234,56")),
             separator.join(("Ruiz", "Rémi", '"12,5"' if separator == "," else "12,5"))]
    path = tmp_path / "liste.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    table = open_table(path)
    assert table.headers == ("Nom", "Prénom", "Montant")
    assert [row.values for row in table.rows()] == [("Dupré", "Noël", "1 234,56"),
                                                    ("Ruiz", "Rémi", "12,5")]


def test_line_numbers_count_physical_lines_and_blank_lines_are_reported(tmp_path: Path) -> None:
    path = tmp_path / "notes.csv"
    path.write_bytes('Nom;Notes\r\nDupré;"deux\r\nlignes"\r\n\r\nRuiz;;\r\n'.encode())
    table = open_table(path)
    rows = list(table.rows())
    assert [(row.number, row.values) for row in rows] == [
        (2, ("Dupré", "deux\r\nlignes")), (5, ("Ruiz", None))]
    assert [(s.number, s.reason) for s in table.skipped] == [(4, SkipReason.BLANK)]


def test_a_title_line_above_the_header_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text("Export du 12/03/2024\n\nNom;Prénom;Courriel\nDupré;Noël;n@exemple.fr\n",
                    encoding="utf-8")
    table = open_table(path)
    assert table.header_row == 3
    assert [row.number for row in table.rows()] == [4]


def test_an_undecodable_byte_far_down_is_refused_before_any_row(tmp_path: Path) -> None:
    path = tmp_path / "casse.csv"
    good = "".join(f"Nom{i};Prénom{i}\n" for i in range(1000))
    # Windows-1252 text with, far down, a byte that no Windows-1252 text holds.
    path.write_bytes(f"Nom;Prénom\n{good}".encode("cp1252") + b"Ruiz;R\x81mi\n")
    with pytest.raises(ImportFileError, match="encodage des caractères"):
        open_table(path)
