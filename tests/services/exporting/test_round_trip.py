"""The export re-imports through the import without loss and without duplicates."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from ingenierie.models import Person
from ingenierie.models.vocabulary import Scheme
from ingenierie.services.demo import generate_demo
from ingenierie.services.exporting.workbook import write_export
from ingenierie.services.importing.pipeline import run_import
from ingenierie.services.importing.report import Outcome
from ingenierie.services.opening import open_for_use
from ingenierie.services.projects.listing import ProjectFilter
from ingenierie.services.projects.selection import Scope
from ingenierie.storage import Database


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = open_for_use(tmp_path_factory.mktemp("demo") / "demo.sqlite", create=True)
    generate_demo(database, size=300)
    yield database
    database.close()


def sheets(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every sheet's values but the summary's (it says when the export was made)."""
    workbook = load_workbook(path, read_only=True)
    try:
        return {name: list(workbook[name].iter_rows(values_only=True))
                for name in workbook.sheetnames[1:]}
    finally:
        workbook.close()


@pytest.mark.parametrize("scope", [Scope(), Scope(ProjectFilter(scheme=Scheme.PTCE))],
                         ids=["everything", "one-scheme"])
def test_export_import_into_an_empty_database_export_again_gives_the_same_values(
        demo: Database, tmp_path: Path, scope: Scope) -> None:
    first = tmp_path / "premier.xlsx"
    exported = write_export(demo, scope, first)
    assert exported.rows["Projets"] and exported.rows["Implications"]
    if scope == Scope():  # the whole demo holds every kind of record
        assert all(exported.rows.values()), exported.rows
    with open_for_use(tmp_path / "vide.sqlite", create=True) as empty:
        report = run_import(empty, first)
        assert report.outcome is Outcome.IMPORTED, report.refusal
        assert report.rejected_rows == 0
        with empty.read() as session:  # people say where they came from (RGPD art. 14)
            sources = set(session.scalars(select(Person.imported_from)))
        assert sources == {first.name}
        second = tmp_path / "second.xlsx"
        again = write_export(empty, Scope(scope.wanted), second)
    assert again.rows == exported.rows
    before, after = sheets(first), sheets(second)
    assert list(before) == list(after)
    for name, rows in before.items():
        assert after[name] == rows, name


def test_importing_an_export_into_its_own_database_adds_and_changes_nothing(
        demo: Database, tmp_path: Path) -> None:
    path = tmp_path / "export.xlsx"
    write_export(demo, Scope(ProjectFilter(scheme=Scheme.TIERS_LIEU)), path)
    report = run_import(demo, path)
    assert report.outcome is Outcome.IMPORTED
    assert sum(c.new + c.updated for c in report.counts.values()) == 0
    assert sum(c.unchanged for c in report.counts.values()) == report.data_rows
    assert report.backup_file is None


def test_a_row_naming_a_record_that_is_nowhere_is_refused_on_its_cell(
        demo: Database, tmp_path: Path) -> None:
    from openpyxl import Workbook

    path = tmp_path / "export.xlsx"
    write_export(demo, Scope(ProjectFilter(scheme=Scheme.TZCLD)), path)
    workbook = load_workbook(path)
    sheet = workbook["Implications"]
    sheet["D2"] = "0" * 32  # the stakeholder's id
    workbook.save(path)
    assert isinstance(workbook, Workbook)
    with open_for_use(tmp_path / "vide.sqlite", create=True) as empty:
        report = run_import(empty, path)
    assert report.outcome is Outcome.REFUSED
    problem = next(p for p in report.problems if p.sheet == "Implications")
    assert problem.row == 2 and problem.column == "Identifiant de l'acteur"
    assert "Aucune fiche n'a l'identifiant" in problem.message
