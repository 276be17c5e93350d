"""The dry run offers to leave records already stored as they are, and simulates it again."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from wizard_support import known_claire, people, wait_idle, walk_to_dry_run

from ingenierie.services.importing.mapping.fields import RecordKind


def older_list(folder: Path) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = RecordKind.PERSON.label
    sheet.append(("Nom", "Prénom", "Courriel", "Téléphone"))
    sheet.append(("Martin", "Claire", "claire.martin@millau.fr", "05 65 00 00 01"))
    sheet.append(("Durand", "Paul", "paul.durand@tilleuls.fr", None))
    path = folder / "annuaire 2023.xlsx"
    book.save(path)
    return path


def counts(page) -> tuple[int, ...]:
    table = page.report_view.counts
    return tuple(int(table.item(0, c).text()) for c in range(1, 5))


def test_leaving_stored_records_alone_is_simulated_then_imported(qtbot, db, open_wizard,
                                                                 tmp_path: Path):
    known_claire(db)
    wizard = open_wizard()
    walk_to_dry_run(qtbot, wizard, older_list(tmp_path))
    page = wizard.dry_run_page
    assert page.existing.isVisible() and page.update_existing.isChecked()
    assert counts(page) == (1, 1, 0, 0)  # new, updated, unchanged, rejected

    assert page.keep_existing.text().startswith("Les &laisser telles quelles")
    page.keep_existing.setChecked(True)
    wait_idle(qtbot, wizard)

    assert counts(page) == (1, 0, 1, 0)
    assert page.existing.isVisible()
    wizard.next()
    wait_idle(qtbot, wizard)
    assert wizard.import_page.outcome.text() == (
        "Import terminé\u00a0: les données sont enregistrées.")
    stored = people(db)
    assert sorted(stored) == ["Claire Martin", "Paul Durand"]
    assert stored["Claire Martin"].phone is None  # as it was before the import


def test_a_file_of_new_records_only_asks_nothing_about_stored_ones(qtbot, open_wizard,
                                                                   tmp_path: Path):
    wizard = open_wizard()
    walk_to_dry_run(qtbot, wizard, older_list(tmp_path))

    assert not wizard.dry_run_page.existing.isVisible()
