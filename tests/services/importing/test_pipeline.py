"""The import pipeline on messy files: exact report and database state for each."""

from __future__ import annotations

from pathlib import Path

import fixtures
import openpyxl
import pytest
from sqlalchemy import func, select

from ingenierie.models import Affiliation, Organisation, Person, Stakeholder
from ingenierie.services.common import euros
from ingenierie.services.importing.mapping.fields import RecordKind
from ingenierie.services.importing.pipeline import ImportOptions, plan_import, run_import
from ingenierie.services.importing.reading.errors import ImportFileError
from ingenierie.services.importing.reading.table import SkipReason
from ingenierie.services.importing.report import Outcome
from ingenierie.services.stakeholders.matching import organisation_key
from ingenierie.storage import Database

PERSON, ORGANISATION = RecordKind.PERSON, RecordKind.ORGANISATION


def count(db: Database, entity: type[Stakeholder] | type[Affiliation]) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(entity)) or 0


def people(db: Database) -> dict[str, Person]:
    with db.read() as session:
        return {p.display_name: p for p in session.scalars(select(Person))}


def test_title_block_merged_cells_and_header_on_row_4(db: Database, tmp_path: Path) -> None:
    report = run_import(db, fixtures.title_block_merged(tmp_path))

    assert report.outcome is Outcome.IMPORTED
    [sheet] = report.sheets
    assert (sheet.sheet, sheet.kind, sheet.header_row, sheet.data_rows) == (
        "Liste acteurs", PERSON, 4, 60)
    assert [(s.number, s.reason) for s in sheet.skipped] == [
        (15, SkipReason.BLANK), (17, SkipReason.BLANK), (27, SkipReason.SECTION),
        (38, SkipReason.BLANK), (69, SkipReason.BLANK), (70, SkipReason.TOTAL),
        (71, SkipReason.BLANK), (72, SkipReason.FOOTNOTE)]
    assert (report.counts[PERSON].new, report.counts[ORGANISATION].new) == (60, 5)
    assert report.errors == []
    assert [(w.row, w.column) for w in report.warnings] == [(41, "Organisme"), (42, "Organisme")]
    text = report.text()
    assert "en-tête ligne 4, 60 ligne(s) de données" in text
    assert "ligne 70 ignorée (ligne de total) « Total »" in text
    assert "ligne 27 ignorée (intitulé de section) « Acteurs associatifs »" in text
    assert (count(db, Person), count(db, Organisation), count(db, Affiliation)) == (60, 5, 60)


def test_reimporting_the_same_file_creates_no_duplicates(db: Database, tmp_path: Path) -> None:
    path = fixtures.clean_people(tmp_path, rows=30)
    run_import(db, path)
    again = run_import(db, path)

    assert again.outcome is Outcome.IMPORTED
    counts = again.counts[PERSON]
    assert (counts.new, counts.updated, counts.unchanged, counts.rejected) == (0, 0, 30, 0)
    assert ORGANISATION not in again.counts
    assert (count(db, Person), count(db, Organisation), count(db, Affiliation)) == (30, 5, 30)


def test_a_changed_cell_updates_the_stored_person(db: Database, tmp_path: Path) -> None:
    path = fixtures.clean_people(tmp_path, rows=10)
    run_import(db, path)
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["Acteurs"]
    sheet["G3"] = "07 99 99 99 99"  # phone of the second person
    sheet["E4"] = None  # an emptied cell never erases what is stored
    workbook.save(path)

    report = run_import(db, path)

    counts = report.counts[PERSON]
    assert (counts.new, counts.updated, counts.unchanged) == (0, 1, 9)
    stored = people(db)
    second = fixtures.person_row(1)
    assert stored[f"{second[2]} {second[1]}"].phone == "07 99 99 99 99"
    third = fixtures.person_row(2)
    assert stored[f"{third[2]} {third[1]}"].job_title == "Chargée de mission"


def test_duplicates_inside_the_file_are_shown_not_merged(db: Database, tmp_path: Path) -> None:
    report = run_import(db, fixtures.people_with_duplicates(tmp_path))

    assert report.outcome is Outcome.REFUSED
    groups = [(g.rows, g.certain) for g in report.duplicates]
    assert groups == [((2, 3, 4, 5, 6), True), ((8, 10), True), ((11, 12), True),
                      ((2, 7), False), ((8, 9), False)]
    assert report.duplicates[0].label == "Jérôme Lefèvre"
    assert "même courriel" in report.duplicates[0].reason
    row_5 = [p for p in report.errors if p.row == 5]
    assert [p.message.split(" :")[0] for p in row_5] == ["Doublon de la ligne 2 (même nom et "
                                                         "même organisme)"]
    assert count(db, Stakeholder) == 0


def test_skip_invalid_imports_the_rest_and_writes_the_rejects(db: Database,
                                                              tmp_path: Path) -> None:
    rejects = tmp_path / "rejets.xlsx"
    report = run_import(db, fixtures.people_with_duplicates(tmp_path),
                        ImportOptions(skip_invalid=True, rejects_path=rejects))

    assert report.outcome is Outcome.IMPORTED
    rejected = sorted({p.row for p in report.errors if p.row is not None})
    assert report.counts[PERSON].rejected == len(rejected)
    assert count(db, Person) == report.counts[PERSON].new
    names = people(db)
    assert "Jérôme Lefèvre" in names and "JEROME LEFEVRE" not in names
    assert names["Jérôme Lefèvre"].email == "jerome.lefevre@mairie-exemple.fr"

    sheet = openpyxl.load_workbook(rejects)["Acteurs"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Prénom", "Nom", "Organisme", "Courriel", "ligne d'origine", "erreur")
    assert [r[4] for r in rows[1:]] == rejected
    by_row = {r[4]: r for r in rows[1:]}
    assert by_row[3][:4] == ("JEROME", "LEFEVRE", "mairie de millau",
                             "Jerome.Lefevre@Mairie-Exemple.fr")
    assert by_row[3][5].startswith("Courriel : Doublon de la ligne 2 (même courriel)")
    assert f"Lignes rejetées écrites dans : {rejects}" in report.text()


def test_formulas_import_cached_values_and_probes_stay_text(db: Database,
                                                           tmp_path: Path) -> None:
    report = run_import(db, fixtures.formulas_and_probes(tmp_path),
                        ImportOptions(skip_invalid=True))

    assert report.outcome is Outcome.IMPORTED
    assert report.counts[PERSON].new == 19
    formula_warnings = [(w.row, w.column) for w in report.warnings if "formule" in w.message]
    assert (20, "Nom") in formula_warnings
    [error] = [e for e in report.errors if e.row == 21 and e.column == "Montant accompagné (€)"]
    assert "#DIV/0!" in error.message
    stored = people(db)
    assert "Formule FormuleNom" in stored
    with db.read() as session:
        notes = {p.last_name: p.notes for p in session.scalars(select(Person))}
        organisations = set(session.scalars(select(Organisation.display_name)))
    for row, probe in enumerate(fixtures.PROBES, start=2):
        # Text is stored as typed; only outer whitespace is trimmed by the domain rules.
        typed, extra = notes[f"Sonde{row - 2:02d}"].rsplit("\n", 1)
        assert typed == probe.strip()
        assert extra == f"Montant accompagné : {euros((1000 + row - 2) * 100)}"
    # An organisation name is a probe as typed (spaces collapsed); names folding to the
    # same key ("=1+1", "'=1+1") are one organisation.
    assert organisations <= {" ".join(probe.split()) for probe in fixtures.PROBES}
    assert len(organisations) == len({organisation_key(p) for p in fixtures.PROBES})


@pytest.mark.parametrize("build", [fixtures.empty_workbook, fixtures.header_only])
def test_no_data_is_refused(db: Database, tmp_path: Path, build: object) -> None:
    report = run_import(db, build(tmp_path))  # type: ignore[operator]

    assert report.outcome is Outcome.REFUSED
    assert report.refusal is not None and "aucune donnée" in report.refusal
    assert count(db, Stakeholder) == 0


def test_truncated_workbook_is_an_error_and_nothing_is_written(db: Database,
                                                               tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="endommagé ou incomplet"):
        run_import(db, fixtures.truncated(tmp_path))
    assert count(db, Stakeholder) == 0


def test_csv_named_xlsx_is_read_as_csv_with_a_notice(db: Database, tmp_path: Path) -> None:
    report = run_import(db, fixtures.csv_renamed(tmp_path))

    assert report.outcome is Outcome.IMPORTED
    assert any("c'est un fichier texte (CSV)" in n for n in report.notices)
    assert report.counts[PERSON].new == 5


def test_header_synonyms_are_mapped(db: Database, tmp_path: Path) -> None:
    report = run_import(db, fixtures.header_variant(tmp_path))

    assert report.outcome is Outcome.IMPORTED
    columns = dict(report.sheets[0].columns)
    assert (columns["NOM "], columns["Structure"], columns["E-mail"], columns["Tél."]) == (
        "Nom", "Organisme", "Courriel", "Téléphone")
    first = fixtures.person_row(0)
    person = people(db)[f"{first[2]} {first[1]}"]
    assert (person.email, person.phone) == (first[5], first[6])
    assert (person.postal_code, person.city) == (first[7], first[8])  # "CP", "Ville"


def test_dry_run_reports_and_writes_nothing(db: Database, tmp_path: Path) -> None:
    report = plan_import(db, fixtures.title_block_merged(tmp_path))

    assert report.outcome is Outcome.PLANNED
    assert report.refusal is None
    assert report.counts[PERSON].new == 60
    assert "Simulation : rien n'a été enregistré." in report.text()
    assert count(db, Stakeholder) == 0


def test_progress_is_reported_and_cancel_leaves_nothing(db: Database, tmp_path: Path) -> None:
    path = fixtures.clean_people(tmp_path, rows=50)
    steps: list[tuple[str, int]] = []

    report = run_import(db, path, progress=lambda step, done, total: steps.append((step, done)),
                        cancelled=lambda: any(step == "Personnes" for step, _ in steps))

    assert report.outcome is Outcome.CANCELLED
    assert ("Personnes", 50) in steps
    assert count(db, Stakeholder) == 0
