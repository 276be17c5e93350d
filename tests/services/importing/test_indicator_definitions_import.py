"""Indicator definitions imported into the library, with the same report as any import."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from ingenierie.models.evaluation_vocabulary import DataOrigin, Direction, IndicatorLevel
from ingenierie.models.vocabulary import Scheme
from ingenierie.services.evaluation.library import indicator_library
from ingenierie.services.evaluation.shipped import sync_shipped_data
from ingenierie.services.importing.mapping.fields import RecordKind
from ingenierie.services.importing.pipeline import ImportOptions, plan_import, run_import
from ingenierie.services.importing.report import Outcome
from ingenierie.storage import Database

KIND = RecordKind.INDICATOR_DEFINITION
HEADER = "Identifiant;Intitulé;Unité;Niveau;Sens attendu;Description;Dispositifs;Thématiques"


@pytest.fixture
def library(db: Database) -> Database:
    sync_shipped_data(db)
    return db


def write(path: Path, *lines: str) -> Path:
    path.write_text("\n".join((HEADER, *lines)) + "\n", encoding="utf-8")
    return path


def imported(db: Database) -> dict[str, object]:
    return {row.code: row for row in indicator_library(db) if row.origin is DataOrigin.IMPORTEE}


def test_a_list_of_definitions_joins_the_library(library: Database, tmp_path: Path) -> None:
    path = write(tmp_path / "indicateurs du département.csv",
                 "DEP-01;Repas servis en circuit court;repas;Résultat;hausse;"
                 "Repas de la restauration collective;PTCE, TZCLD;Économie et insertion",
                 "DEP-02;Surface de friches requalifiées;ha;impact;Hausse;;;")
    report = run_import(library, path)

    assert report.outcome is Outcome.IMPORTED, report.text()
    assert report.sheets[0].kind is KIND  # found from the headers alone
    counts = report.counts[KIND]
    assert (counts.new, counts.updated, counts.rejected) == (2, 0, 0)
    rows = imported(library)
    meals = rows["DEP-01"]
    assert (meals.title, meals.unit, meals.level, meals.direction) == (  # type: ignore[attr-defined]
        "Repas servis en circuit court", "repas", IndicatorLevel.RESULTAT, Direction.HAUSSE)
    assert meals.schemes == (Scheme.PTCE, Scheme.TZCLD)  # type: ignore[attr-defined]
    assert meals.themes == ("Économie et insertion",)  # type: ignore[attr-defined]
    assert len(indicator_library(library)) == 38  # the 36 shipped ones are still there


def test_rows_breaking_the_rules_are_reported_and_nothing_is_written(
        library: Database, tmp_path: Path) -> None:
    path = write(tmp_path / "indicateurs.csv",
                 "DEP-01;Repas;repas;résultat;hausse;;;",
                 "DEP-01;Encore des repas;repas;résultat;hausse;;;",
                 "enr.kwh_produits;Nos kWh;kWh;résultat;hausse;;;",
                 "DEP 03;Espace dans l'identifiant;u;résultat;hausse;;;",
                 "DEP-04;Sans unité;;résultat;hausse;;;",
                 "DEP-05;Niveau inconnu;u;moyen;hausse;;;",
                 "DEP-06;Dispositif inconnu;u;résultat;hausse;;Contrat vert;")
    report = plan_import(library, path)

    assert report.counts[KIND].rejected == 6
    located = {(p.row, p.column) for p in report.errors}
    assert located == {(3, "Identifiant"), (4, "Identifiant"), (5, "Identifiant"),
                       (6, "Unité"), (7, "Niveau"), (8, "Dispositifs")}
    text = report.text()
    assert "Doublon de la ligne 2 (même identifiant)" in text
    assert "fourni avec l'application" in text
    assert "Contrat vert" in text
    refused = run_import(library, path)
    assert refused.outcome is Outcome.REFUSED
    assert imported(library) == {}


def test_an_imported_definition_is_updated_or_kept(library: Database, tmp_path: Path) -> None:
    run_import(library, write(tmp_path / "v1.csv", "DEP-01;Repas;repas;résultat;hausse;;;"))
    second = write(tmp_path / "v2.csv", "DEP-01;Repas en circuit court;;;;Avec le détail;;")

    kept = run_import(library, second, ImportOptions(update_existing=False))
    assert (kept.counts[KIND].updated, kept.counts[KIND].unchanged) == (0, 1)
    assert imported(library)["DEP-01"].title == "Repas"  # type: ignore[attr-defined]

    updated = run_import(library, second)
    assert updated.counts[KIND].updated == 1, updated.text()
    row = imported(library)["DEP-01"]
    assert (row.title, row.unit, row.description) == (  # type: ignore[attr-defined]
        "Repas en circuit court", "repas", "Avec le détail")  # empty cells keep the stored


def test_a_workbook_sheet_named_for_indicators(library: Database, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Indicateurs"
    sheet.append(("Code", "Libellé", "Unité de mesure"))
    sheet.append(("EPCI-1", "Kilomètres de pistes cyclables", "km"))
    path = tmp_path / "référentiel.xlsx"
    book.save(path)

    report = plan_import(library, path)
    assert report.sheets[0].kind is KIND, report.text()
    assert report.counts[KIND].new == 1
    assert imported(library) == {}  # a dry run writes nothing
