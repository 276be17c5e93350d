"""A list kept in LibreOffice Calc gets the same care as an Excel one: merged cells filled
down with a warning, formulas warned about, error cells refused."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from ods_files import covered, error, formula, text, write_ods
from sqlalchemy import select
from sqlalchemy.orm import aliased

from ingenierie.models import Affiliation, Organisation, Person
from ingenierie.services.importing.pipeline import ImportOptions, run_import
from ingenierie.services.importing.reading.errors import ImportFileError
from ingenierie.services.importing.reading.opening import open_table
from ingenierie.storage import Database


def calc_list(folder: Path) -> Path:
    return write_ods(folder / "partenaires.ods", {
        "Notes de réunion": [[text("Rien à importer ici")]],
        "Partenaires": [
            [text("Annuaire des partenaires", columns=3), covered(), covered()],
            [text("Nom"), text("Prénom"), text("Organisme")],
            [text("Vidal"), text("Anaïs"), text("Mairie de Mende", rows=3)],
            [text("Faure"), text("Loïc"), covered()],
            [text("Boyer"), text("Inès"), covered()],
            [formula("CONCAT(\"Ro\";\"uquié\")", "Rouquié"), text("Léa"), text("=1+1")],
            [text("Perrin"), text("Rémi"), error("1/0", "#DIV/0!")],
        ]})


def test_merged_cells_formulas_and_errors_of_a_calc_sheet(db: Database,
                                                           tmp_path: Path) -> None:
    report = run_import(db, calc_list(tmp_path), ImportOptions(sheet="Partenaires",
                                                                skip_invalid=True))

    found = {(p.row, p.column): p.message for p in report.problems}
    merged = "Cellule fusionnée : la valeur de la ligne 3 (« Mairie de Mende ») est reprise."
    assert found[(4, "Organisme")] == found[(5, "Organisme")] == merged
    assert "formule" in found[(6, "Nom")] and "« Rouquié »" in found[(6, "Nom")]
    assert found[(7, "Organisme")] == (
        "La cellule contient une erreur de calcul (#DIV/0!) : corrigez la formule.")
    assert [p.row for p in report.errors] == [7]
    organisation = aliased(Organisation)
    with db.read() as session:
        members = session.execute(
            select(Person.last_name, organisation.display_name)
            .join(Affiliation, Affiliation.person_id == Person.id)
            .join(organisation, organisation.id == Affiliation.organisation_id)).all()
        assert sorted(members) == [("Boyer", "Mairie de Mende"), ("Faure", "Mairie de Mende"),
                                   ("Rouquié", "=1+1"), ("Vidal", "Mairie de Mende")]


def test_a_calc_file_cut_short_is_refused_as_damaged(tmp_path: Path) -> None:
    whole = calc_list(tmp_path)
    with zipfile.ZipFile(whole) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    cut = tmp_path / "coupé.ods"
    with zipfile.ZipFile(cut, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data[:len(data) * 2 // 3] if name == "content.xml" else data)

    with pytest.raises(ImportFileError, match="endommagé ou incomplet"):
        open_table(cut, "Partenaires")
