"""The export read back with openpyxl: typed and formatted cells, French headers, frozen
header rows and filters, a summary that says everything — and no text that runs."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ingenierie.models import Project
from ingenierie.services.exporting.workbook import ExportCancelled, write_export
from ingenierie.services.projects.funding import FundingInput, create_funding
from ingenierie.services.projects.project import ProjectInput, create_project
from ingenierie.services.projects.selection import Scope
from ingenierie.services.stakeholders.stakeholder import OrganisationInput, create_organisation
from ingenierie.storage import Database

RISKY = ["=1+1", "+33 6 12 34 56 78", "-2", "@SUM(A1:A9)", "\tcmd", "\rx", "=HYPERLINK(\"x\")",
         "#N/A", "#REF!"]


def project_with(db: Database, **texts: str) -> Project:
    detail = create_project(db, ProjectInput(title="Tiers-lieu", code="TL-1",
                                             start_on=date(2024, 3, 1))).value
    with db.write() as session:  # raw texts, as another program could have stored them
        project = session.get_one(Project, detail.id)
        for name, value in texts.items():
            setattr(project, name, value)
    return project


def test_text_a_spreadsheet_would_run_is_written_as_plain_text(
        db: Database, tmp_path: Path) -> None:
    ids = [create_project(db, ProjectInput(title=f"Projet {n}")).value.id
           for n in range(len(RISKY))]
    with db.write() as session:  # raw texts, as another program could have stored them
        for project_id, text in zip(ids, RISKY, strict=True):
            session.get_one(Project, project_id).summary = text
    path = tmp_path / "export.xlsx"
    write_export(db, Scope(), path)
    sheet = load_workbook(path)["Projets"]
    column = next(c.column for c in sheet[1] if c.value == "Résumé")
    cells = {sheet.cell(row, column).value: sheet.cell(row, column)
             for row in range(2, sheet.max_row + 1)}
    assert set(cells) == {text.replace("\r", "\n") for text in RISKY}  # XML keeps no CR
    for text, cell in cells.items():
        assert cell.data_type == "s" and isinstance(cell.value, str), text
        assert cell.quotePrefix, text


def test_control_characters_and_overlong_texts_are_changed_with_a_warning(
        db: Database, tmp_path: Path) -> None:
    project_with(db, summary="avant\x00\x07après", commons_rules="x" * 40_000)
    path = tmp_path / "export.xlsx"
    summary = write_export(db, Scope(), path)
    workbook = load_workbook(path)
    row = [c.value for c in workbook["Projets"][2]]
    headers = [c.value for c in workbook["Projets"][1]]
    assert row[headers.index("Résumé")] == "avantaprès"
    assert len(row[headers.index("Communs : règles")]) == 32_767
    assert len(summary.warnings) == 2
    front = [" ".join(str(v) for v in r if v) for r in workbook["Export"].iter_rows(
        values_only=True)]
    assert any("caractères de contrôle retirés" in line and "« Résumé »" in line
               for line in front)
    assert any("texte coupé à 32 767 caractères" in line for line in front)


def test_cells_are_typed_and_sheets_are_laid_out_for_reading(
        db: Database, tmp_path: Path) -> None:
    project = project_with(db)
    funder = create_organisation(db, OrganisationInput(name="Région Bretagne")).value
    create_funding(db, project.id, FundingInput(
        funder_id=funder.id, requested_cents=1_234_550, granted_cents=1_000_000,
        paid_cents=250_000, start_on=date(2024, 5, 2)))
    path = tmp_path / "export.xlsx"
    write_export(db, Scope(), path, author="Anne Le Goff")
    workbook = load_workbook(path)
    assert workbook.sheetnames[:6] == ["Export", "Territoires", "Organisations", "Personnes",
                                       "Affiliations", "Projets"]
    sheet = workbook["Financements"]
    headers = [c.value for c in sheet[1]]
    assert headers[:2] == ["Identifiant", "Identifiant du projet"]
    cells = dict(zip(headers, sheet[2], strict=True))
    assert cells["Identifiant du projet"].value == project.id.hex
    assert cells["Montant demandé"].value == pytest.approx(12_345.50)
    assert "€" in cells["Montant demandé"].number_format
    assert cells["Part versée"].value == pytest.approx(0.25)
    assert cells["Part versée"].number_format == "0%"
    assert cells["Date de début"].value == datetime(2024, 5, 2)
    assert cells["Date de début"].number_format == "DD/MM/YYYY"
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, len(headers)).column_letter}2"
    assert sheet.column_dimensions["B"].width > 20
    front = {row[0]: row[1] for row in workbook["Export"].iter_rows(values_only=True) if row[0]}
    assert front["Export Ingénierie"].startswith("version")
    assert front["Par"] == "Anne Le Goff"
    assert front["Exporté le"].startswith(f"{date.today():%d/%m/%Y}")
    assert front["Filtre : Projets"].startswith("tous les projets")
    assert front["Financements"] == 1 and front["Projets"] == 1


def test_a_cancelled_export_leaves_no_file(db: Database, tmp_path: Path) -> None:
    project_with(db)
    path = tmp_path / "export.xlsx"
    with pytest.raises(ExportCancelled, match="aucun fichier"):
        write_export(db, Scope(), path, cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == [] or not path.exists()
    assert not [p for p in tmp_path.iterdir() if p.suffix in (".xlsx", ".tmp")]
