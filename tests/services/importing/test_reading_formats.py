"""The real format of a file is found from its content, and unreadable files are refused clearly."""

from __future__ import annotations

import zipfile
from pathlib import Path

import fixtures
import pytest
from ods_files import number, text, write_ods
from openpyxl import Workbook

from ingenierie.errors import UserError
from ingenierie.services.importing.reading.errors import ImportFileError, NoDataError
from ingenierie.services.importing.reading.opening import detect_format, list_sheets, open_table
from ingenierie.services.importing.reading.table import FileFormat


def test_a_workbook_is_recognised_whatever_its_name(tmp_path: Path) -> None:
    path = fixtures.clean_people(tmp_path)
    renamed = path.rename(tmp_path / "liste.xlsm")
    assert detect_format(renamed) is FileFormat.XLSX


def test_a_csv_named_xlsx_is_read_as_csv_and_the_user_is_told(tmp_path: Path) -> None:
    path = fixtures.csv_renamed(tmp_path)
    assert detect_format(path) is FileFormat.CSV
    table = open_table(path)
    assert table.format is FileFormat.CSV
    assert "c'est un fichier texte (CSV)" in table.notices[0]
    assert [row.values[1] for row in table.rows()] == [fixtures.person_row(i)[1] for i in range(5)]


def test_a_truncated_workbook_is_refused_as_damaged(tmp_path: Path) -> None:
    path = fixtures.truncated(tmp_path)
    with pytest.raises(ImportFileError) as caught:
        open_table(path)
    assert "endommagé ou incomplet" in caught.value.message
    assert caught.value.location is not None and caught.value.location.file == "tronque.xlsx"
    assert "tronque.xlsx" in caught.value.user_message()


def test_a_password_protected_workbook_says_so(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="protégé par mot de passe"):
        detect_format(fixtures.password_protected(tmp_path))


def test_an_encrypted_package_is_named_password_protected(tmp_path: Path) -> None:
    path = tmp_path / "chiffre.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500)
                     + "EncryptedPackage".encode("utf-16-le") + bytes(100))
    with pytest.raises(ImportFileError, match="protégé par mot de passe"):
        open_table(path)


def test_a_zip_declaring_gigabytes_is_refused_before_parsing(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="refusé par sécurité"):
        open_table(fixtures.declared_size_bomb(tmp_path))


def test_an_empty_file_holds_no_data(tmp_path: Path) -> None:
    path = tmp_path / "rien.csv"
    path.write_bytes(b"")
    with pytest.raises(NoDataError, match="aucune donnée"):
        open_table(path)


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="introuvable") as caught:
        open_table(tmp_path / "absent.xlsx")
    assert "absent.xlsx" in caught.value.user_message()


@pytest.mark.parametrize(("content", "expected"), [
    (b"%PDF-1.7\n...", "document PDF"),
    (b"\x89PNG\r\n\x1a\n" + bytes(20), "image PNG"),
    (b"<html><body><table><tr><td>1</td></tr></table></body></html>", "page HTML"),
    (b'<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"/>',
     "document XML"),
    (b"\x00\x01\x02\x03binary", "Format de fichier non reconnu"),
])
def test_files_that_are_not_tables_are_refused_by_content(tmp_path: Path, content: bytes,
                                                          expected: str) -> None:
    path = tmp_path / "classeur.xlsx"
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match=expected):
        detect_format(path)


def test_a_word_document_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "rapport.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<document/>")
    with pytest.raises(ImportFileError, match="traitement de texte"):
        detect_format(path)


def test_hidden_sheets_are_not_listed(tmp_path: Path) -> None:
    workbook = Workbook()
    assert workbook.active is not None
    workbook.active.title = "Acteurs"
    workbook.create_sheet("Paramètres").sheet_state = "hidden"
    workbook.create_sheet("Projets")
    workbook.save(tmp_path / "multi.xlsx")
    assert list_sheets(tmp_path / "multi.xlsx") == ["Acteurs", "Projets"]
    assert list_sheets(fixtures.insee_communes_csv(tmp_path)) == []


def test_an_unknown_sheet_is_reported_with_the_sheets_available(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match=r"pas de feuille « Projets ».*« Acteurs »"):
        open_table(fixtures.clean_people(tmp_path), "Projets")


def test_reading_refuses_to_run_without_defusedxml(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import openpyxl

    monkeypatch.setattr(openpyxl, "DEFUSEDXML", False)
    with pytest.raises(UserError, match="defusedxml"):
        open_table(fixtures.clean_people(tmp_path))


def test_an_opendocument_spreadsheet_is_read(tmp_path: Path) -> None:
    path = write_ods(tmp_path / "acteurs.ods", {"Acteurs": [
        [text("Nom"), text("Code postal")],
        [text("Dupré"), number(1000)]]})
    table = open_table(path)
    assert table.format is FileFormat.ODS and table.sheet == "Acteurs"
    assert [row.values for row in table.rows()] == [("Dupré", 1000)]
