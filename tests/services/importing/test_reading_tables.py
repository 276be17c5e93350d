"""A sheet is read from its real header down: data rows numbered as in Excel, the rest reported."""

from __future__ import annotations

from pathlib import Path

import fixtures
import pytest
from openpyxl import Workbook

from ingenierie.services.importing.reading.errors import ImportFileError, NoDataError
from ingenierie.services.importing.reading.opening import open_table
from ingenierie.services.importing.reading.table import Severity, SkipReason


@pytest.fixture(params=[False, True], ids=["calamine", "streaming"])
def streaming(request: pytest.FixtureRequest) -> bool:
    """Every workbook test runs with both readers: calamine, and openpyxl streaming."""
    return bool(request.param)


def test_a_clean_sheet_gives_every_row_with_its_excel_number(tmp_path: Path,
                                                             streaming: bool) -> None:
    table = open_table(fixtures.clean_people(tmp_path, rows=20), streaming=streaming)
    rows = list(table.rows())
    assert table.sheet == "Acteurs"
    assert table.header_row == 1
    assert table.headers == fixtures.PEOPLE_HEADERS
    assert [row.number for row in rows] == list(range(2, 22))
    assert rows[0].values[:4] == tuple(fixtures.person_row(0)[:4])
    assert all(not row.notes for row in rows)
    assert table.skipped == [] and table.notices == []


def test_the_title_block_file_finds_its_header_on_row_4(tmp_path: Path, streaming: bool) -> None:
    table = open_table(fixtures.title_block_merged(tmp_path), streaming=streaming)
    rows = list(table.rows())
    assert table.header_row == 4
    assert table.headers == fixtures.PEOPLE_HEADERS
    assert len(rows) == 60
    assert [(s.number, s.reason) for s in table.skipped] == [
        (15, SkipReason.BLANK), (17, SkipReason.BLANK), (27, SkipReason.SECTION),
        (38, SkipReason.BLANK), (69, SkipReason.BLANK), (70, SkipReason.TOTAL),
        (71, SkipReason.BLANK), (72, SkipReason.FOOTNOTE)]
    assert table.skipped[2].text == "Acteurs associatifs"
    assert table.skipped[7].text.startswith("Source :")


def test_a_vertically_merged_cell_is_filled_down_with_a_warning(tmp_path: Path,
                                                                streaming: bool) -> None:
    table = open_table(fixtures.title_block_merged(tmp_path), streaming=streaming)
    by_number = {row.number: row for row in table.rows()}
    organisation = by_number[40].values[3]
    assert organisation
    for number in (41, 42):
        assert by_number[number].values[3] == organisation
        (note,) = by_number[number].notes
        assert note.column == 3 and note.severity is Severity.WARNING
        assert "ligne 40" in note.message
    assert not by_number[40].notes


def test_the_declared_dimension_is_not_trusted(tmp_path: Path, streaming: bool) -> None:
    table = open_table(fixtures.wrong_dimension(tmp_path), streaming=streaming)
    rows = list(table.rows())
    assert len(table.headers) == 12
    assert len(rows) == 50
    assert rows[-1].number == 51 and rows[-1].values[1] == fixtures.person_row(49)[1]


def test_text_that_looks_like_a_formula_is_kept_byte_for_byte(tmp_path: Path,
                                                              streaming: bool) -> None:
    table = open_table(fixtures.formulas_and_probes(tmp_path), streaming=streaming)
    rows = {row.number: row for row in table.rows()}
    for number, probe in enumerate(fixtures.PROBES, start=2):
        assert rows[number].values[2:4] == (probe, probe)
        assert not rows[number].notes


def test_a_formula_gives_its_cached_value_and_a_warning(tmp_path: Path, streaming: bool) -> None:
    table = open_table(fixtures.formulas_and_probes(tmp_path), streaming=streaming)
    rows = {row.number: row for row in table.rows()}
    assert rows[20].values[0] == "FormuleNom"
    assert rows[20].values[4] == 18153
    assert rows[20].values[5] == "Voir la fiche"
    assert [(n.column, n.severity) for n in rows[20].notes] == [
        (0, Severity.WARNING), (4, Severity.WARNING), (5, Severity.WARNING)]
    assert "formule" in rows[20].notes[0].message


def test_an_error_value_is_an_error_and_an_uncached_formula_reads_empty(tmp_path: Path,
                                                                        streaming: bool) -> None:
    table = open_table(fixtures.formulas_and_probes(tmp_path), streaming=streaming)
    rows = {row.number: row for row in table.rows()}
    row = rows[21]
    assert row.values[0] is None and row.values[1] == "SansCache" and row.values[4] is None
    notes = {n.column: n for n in row.notes}
    assert notes[0].severity is Severity.WARNING and "lue comme vide" in notes[0].message
    assert notes[4].severity is Severity.ERROR and "#DIV/0!" in notes[4].message


def test_an_empty_workbook_holds_no_data(tmp_path: Path, streaming: bool) -> None:
    with pytest.raises(NoDataError, match="ne contient aucune donnée") as caught:
        open_table(fixtures.empty_workbook(tmp_path), streaming=streaming)
    assert "vide.xlsx" in caught.value.user_message()


def test_a_header_only_sheet_has_headers_and_no_rows(tmp_path: Path, streaming: bool) -> None:
    table = open_table(fixtures.header_only(tmp_path), streaming=streaming)
    assert table.headers == fixtures.PEOPLE_HEADERS
    assert list(table.rows()) == []


def test_a_table_away_from_a1_keeps_excel_rows_and_columns(tmp_path: Path, streaming: bool) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet["C3"], sheet["D3"], sheet["E3"] = "Nom", "Prénom", "Courriel"
    sheet["C4"], sheet["D4"] = "Dupré", "Noël"
    sheet["C6"], sheet["E6"] = "Ruiz", "remi.ruiz@exemple.fr"
    workbook.save(tmp_path / "decale.xlsx")
    table = open_table(tmp_path / "decale.xlsx", streaming=streaming)
    rows = list(table.rows())
    assert table.header_row == 3 and table.headers == ("Nom", "Prénom", "Courriel")
    assert table.column_letter(0) == "C" and table.column_letter(2) == "E"
    assert [(r.number, r.values) for r in rows] == [
        (4, ("Dupré", "Noël", None)), (6, ("Ruiz", None, "remi.ruiz@exemple.fr"))]
    assert [(s.number, s.reason) for s in table.skipped] == [(5, SkipReason.BLANK)]


def test_a_header_row_can_be_forced(tmp_path: Path, streaming: bool) -> None:
    table = open_table(fixtures.title_block_merged(tmp_path), header_row=4, streaming=streaming)
    assert table.headers == fixtures.PEOPLE_HEADERS
    with pytest.raises(ImportFileError, match="ligne d'en-tête 3 est vide"):
        open_table(fixtures.title_block_merged(tmp_path), header_row=3, streaming=streaming)


def test_unknown_headers_fall_back_to_the_first_text_row_with_a_notice(tmp_path: Path,
                                                                       streaming: bool) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(("Colonne un", "Colonne deux"))
    sheet.append(("a", "b"))
    workbook.save(tmp_path / "inconnu.xlsx")
    table = open_table(tmp_path / "inconnu.xlsx", streaming=streaming)
    assert table.header_row == 1 and table.headers == ("Colonne un", "Colonne deux")
    assert "Aucun en-tête de colonne connu" in table.notices[0]


def test_data_beyond_the_last_header_gets_a_named_column(tmp_path: Path, streaming: bool) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(("Nom", "Prénom", None, "Courriel"))
    sheet.append(("Dupré", "Noël", "à trier", "noel@exemple.fr", "en trop"))
    workbook.save(tmp_path / "large.xlsx")
    table = open_table(tmp_path / "large.xlsx", streaming=streaming)
    assert table.headers == ("Nom", "Prénom", "Colonne C", "Courriel", "Colonne E")
    (row,) = table.rows()
    assert row.values == ("Dupré", "Noël", "à trier", "noel@exemple.fr", "en trop")


def test_rows_can_be_read_twice_and_the_report_is_rebuilt(tmp_path: Path, streaming: bool) -> None:
    table = open_table(fixtures.title_block_merged(tmp_path), streaming=streaming)
    first = list(table.rows())
    skipped = list(table.skipped)
    assert list(table.rows()) == first
    assert table.skipped == skipped


def test_the_first_visible_sheet_is_read_by_default_and_others_by_name(tmp_path: Path,
                                                                       streaming: bool) -> None:
    workbook = Workbook()
    hidden = workbook.active
    assert hidden is not None
    hidden.title = "Notes"
    hidden.sheet_state = "hidden"
    projects = workbook.create_sheet("Projets")
    projects.append(("Code", "Intitulé"))
    projects.append(("P1", "Tiers-lieu"))
    people = workbook.create_sheet("Acteurs")
    people.append(("Nom", "Prénom"))
    people.append(("Dupré", "Noël"))
    workbook.save(tmp_path / "multi.xlsx")
    assert open_table(tmp_path / "multi.xlsx", streaming=streaming).sheet == "Projets"
    (row,) = open_table(tmp_path / "multi.xlsx", "Acteurs", streaming=streaming).rows()
    assert row.values == ("Dupré", "Noël")
