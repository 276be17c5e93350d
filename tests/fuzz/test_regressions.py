"""Every input that ever broke the import's rule (issue 9), built here, run bounded.

Each runs in a fork limited to 1.5 GB of address space and 60 s: before the fixes,
``XFD1048576`` aborted the process (SIGABRT), ``AAAAAA3`` took 7.7 GB, a value in
``XFD1`` ran for minutes, and the others exited 3 with « erreur inattendue ».
"""

from __future__ import annotations

from pathlib import Path

import pytest

from . import builders
from .bounded import BoundedImporter, broken_rule


def imported(importer: BoundedImporter, path: Path, *options: str):
    outcome = importer.run(path, *options)
    assert broken_rule(outcome, dry_run="--dry-run" in options) is None, \
        broken_rule(outcome, dry_run="--dry-run" in options)
    return outcome


@pytest.mark.parametrize("ref", ["XFD1048576", "XFD1", "A1048576"])
def test_a_legitimate_far_cell_is_read_without_exhausting_memory(
        importer: BoundedImporter, tmp_path: Path, ref: str) -> None:
    path = builders.people_workbook(tmp_path, **{ref: "loin"})
    outcome = imported(importer, path, "--skip-invalid")
    assert "Martin" not in outcome.stderr
    assert "Personnes : 2 nouveau(x)" in outcome.stdout


@pytest.mark.parametrize("ref", ["D2147483648", "AAAAAA3", "XFE3", "A1048577"])
def test_an_absurd_reference_is_refused_naming_the_file_sheet_and_cell(
        importer: BoundedImporter, tmp_path: Path, ref: str) -> None:
    outcome = imported(importer, builders.absurd_cell(tmp_path, ref))
    assert outcome.code == 2
    assert (f"Erreur : fichier « absurde-{ref}.xlsx », feuille « Acteurs » : La référence de "
            f"cellule « {ref} » dépasse les limites d'Excel") in outcome.stderr


def test_a_row_of_cells_without_references_far_down_is_read_sparsely(
        importer: BoundedImporter, tmp_path: Path) -> None:
    outcome = imported(importer, builders.cells_without_references(tmp_path), "--skip-invalid")
    assert outcome.code in (0, 1)


@pytest.mark.parametrize("columns", [1000, 8000])
def test_a_very_wide_csv_is_read(importer: BoundedImporter, tmp_path: Path,
                                 columns: int) -> None:
    # Two known columns among a thousand are no sure kind: the type is given.
    outcome = imported(importer, builders.wide_csv(tmp_path, columns), "--dry-run",
                       "--type", "person")
    assert outcome.code == 0
    assert "20 ligne(s) de données" in outcome.stdout


def test_a_compression_bomb_is_refused_before_parsing(importer: BoundedImporter,
                                                      tmp_path: Path) -> None:
    outcome = imported(importer, builders.compression_bomb(tmp_path))
    assert outcome.code == 2 and "archive piégée" in outcome.stderr


@pytest.mark.parametrize("part", ["xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                                  builders.SHEET, "xl/styles.xml", "[Content_Types].xml"])
def test_a_malformed_part_is_told_in_french(importer: BoundedImporter, tmp_path: Path,
                                            part: str) -> None:
    outcome = imported(importer, builders.malformed_part(tmp_path, part))
    assert outcome.code in (0, 2)  # calamine reads some parts leniently


def test_a_damaged_zip_member_is_told_in_french(importer: BoundedImporter,
                                                tmp_path: Path) -> None:
    outcome = imported(importer, builders.corrupt_member(tmp_path))
    assert outcome.code == 2 and "endommagé" in outcome.stderr


def test_a_malformed_sheet_read_by_openpyxl_is_told_in_french(importer: BoundedImporter,
                                                              tmp_path: Path) -> None:
    outcome = imported(importer, builders.sparse_and_truncated(tmp_path))
    assert outcome.code == 2 and "endommagé" in outcome.stderr


def test_an_entity_declaration_is_refused_as_forbidden_xml(importer: BoundedImporter,
                                                           tmp_path: Path) -> None:
    outcome = imported(importer, builders.entity_declaration(tmp_path))
    assert outcome.code == 2 and "contenu XML non autorisé" in outcome.stderr


@pytest.mark.parametrize("amount", [1e300, 10**30, "9" * 60, "inf", "nan"])
def test_an_absurd_amount_is_refused_on_its_cell(importer: BoundedImporter, tmp_path: Path,
                                                 amount: object) -> None:
    """``decimal.InvalidOperation`` escaped from the amount parser (exit 3)."""
    path = builders.projects_with_amount(tmp_path, 7)
    if isinstance(amount, str) and not amount.isdigit():  # a float cell holding inf or nan
        builders.rewrite(path, builders.SHEET,
                         lambda xml: xml.replace(b"<v>7</v>", f"<v>{amount}</v>".encode()))
    else:
        path = builders.projects_with_amount(tmp_path, amount)
    outcome = imported(importer, path)
    assert outcome.code == 1 and "n'est pas un montant plausible" in outcome.stdout


def test_a_csv_field_over_the_limit_is_told_in_french(importer: BoundedImporter,
                                                      tmp_path: Path) -> None:
    outcome = imported(importer, builders.oversized_field(tmp_path))
    assert outcome.code == 2 and "dépasse 131 072 caractères" in outcome.stderr


@pytest.mark.parametrize("text", ['{"format": "ingenierie-correspondance-colonnes", '
                                  '"type": "person", "colonnes": [{"en-tete": "Nom", '
                                  '"champ": {"a": 1}}]}',
                                  "[" * 50_000 + "]" * 50_000, '"texte"', "null"])
def test_a_mapping_of_any_shape_is_told_in_french(importer: BoundedImporter, tmp_path: Path,
                                                  text: str) -> None:
    mapping = tmp_path / "correspondance.json"
    mapping.write_text(text, encoding="utf-8")
    outcome = imported(importer, builders.people_workbook(tmp_path), "--mapping", str(mapping))
    assert outcome.code == 2 and "correspondance de colonnes" in outcome.stderr.lower()


def test_a_sheet_the_scan_cannot_find_is_not_handed_to_calamine(importer: BoundedImporter,
                                                                 tmp_path: Path) -> None:
    """Found by the fuzzer: 200 columns down to row 1 048 576 aborted the process (SIGABRT)
    when workbook.xml named the sheet's part in a way only calamine resolved."""
    outcome = imported(importer, builders.unresolved_sheet_part(tmp_path), "--dry-run")
    assert outcome.code == 2
