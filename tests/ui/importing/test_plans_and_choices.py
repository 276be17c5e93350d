"""The wizard on a TeT plan d'action (the plan then shown in the window), and the questions
it asks: what a sheet of an unknown kind holds, which of two columns fills a field, what
to do with hidden rows and with rows repeating one person."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox, QWizard
from sqlalchemy import select
from wizard_support import wait_idle

from ingenierie.models import Person, Plan
from ingenierie.services.importing.mapping.fields import RecordKind
from ingenierie.services.importing.report import Outcome
from ingenierie.services.projects.listing import ProjectFilter, project_keys, project_rows
from ingenierie.ui.importing.problems_model import MESSAGE
from ingenierie.ui.importing.report_view import NARROW_COLUMN_CHARACTERS
from ingenierie.ui.projects.page.page import ProjectPage

sys.path.insert(0, str(Path(__file__).parents[2] / "services" / "importing"))
import everyday_files
import tet_files


def click(qtbot, button) -> None:
    """Click a radio button on its indicator (its middle may lie past its text)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton,
                     pos=QPoint(8, button.height() // 2))


def commit_enabled(wizard: QWizard) -> bool:
    return wizard.button(QWizard.WizardButton.CommitButton).isEnabled()


def open_file(qtbot, wizard, path: Path) -> None:
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    wait_idle(qtbot, wizard)


def test_a_tet_plan_through_the_wizard_is_shown_in_the_window(qtbot, db, context, open_wizard,
                                                              tmp_path: Path):
    wizard = open_wizard()
    open_file(qtbot, wizard, tet_files.import_template(tmp_path))

    page = wizard.sheet_page
    assert page.sheet_combo.currentText() == "Fichier dimport"  # past its « Mode demploi »
    assert (page.header_spin.value(), page.kind()) == (2, RecordKind.PLAN)
    assert page.plan_edit.isVisible() and page.plan_edit.text() == "plan-climat-val"
    assert not page.unsure.isVisible()
    page.plan_edit.setText("PCAET du Val")
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page and wizard.mapping_page.isComplete()
    amounts = [i for i, h in enumerate(tet_files.TEMPLATE_HEADERS) if h == "Montant € HT"]
    assert [wizard.state.mapping.fields[i] for i in amounts] == ["amount1", "amount2",
                                                                 "amount3"]
    wizard.next()
    wait_idle(qtbot, wizard)
    plan = wizard.state.plan
    assert plan is not None and plan.counts[RecordKind.PLAN].new == 8
    assert commit_enabled(wizard)
    # A cell naming two partners does not squeeze the message out of sight.
    problems = wizard.dry_run_page.report_view.problems
    widest = problems.fontMetrics().averageCharWidth() * NARROW_COLUMN_CHARACTERS
    assert max(problems.columnWidth(c) for c in range(MESSAGE)) == widest

    wizard.next()
    wait_idle(qtbot, wizard)
    assert wizard.import_page.result.outcome is Outcome.IMPORTED

    with db.read() as session:
        plan_id = session.scalars(select(Plan.id)).one()
    keys = project_keys(db, ProjectFilter(plan_id=plan_id))
    titles = sorted(row.title for row in project_rows(db, keys).values())
    assert titles == sorted(fiche["title"] for fiche in tet_files.FICHES)
    guichet = next(row for row in project_rows(db, keys).values()
                   if row.title == "Ouvrir un guichet de la rénovation")
    project_page = ProjectPage(context, guichet.id)
    qtbot.addWidget(project_page)
    identity = project_page.identity
    qtbot.waitUntil(lambda: identity.values["plan"].text() != "—", timeout=10_000)
    assert identity.values["plan"].text() == "PCAET du Val (PCAET-DU-VAL)"
    assert identity.values["axes"].text() == ("1. Sobriété et efficacité énergétique › "
                                              "1.2. Accompagner les ménages › 1.2.1. Conseiller")
    assert "statut : À venir" in identity.values["plan_says"].text()
    assert identity.values["lead"].text() == "ALEC du Val"


def test_a_sheet_of_an_unknown_kind_is_asked_about(qtbot, open_wizard, tmp_path: Path):
    wizard = open_wizard()
    open_file(qtbot, wizard, tet_files.public_contracts(tmp_path, rows=30))

    page = wizard.sheet_page
    assert page.kind() is None and not page.isComplete()
    assert page.unsure.isVisible()
    assert "projets (1 colonne(s) reconnue(s) sur 8)" in page.unsure.text()

    page.kind_combo.setCurrentIndex(page.kind_combo.findData(RecordKind.PROJECT))
    assert page.isComplete() and wizard.state.kind is RecordKind.PROJECT


def test_two_columns_for_one_field_wait_for_the_users_choice(qtbot, open_wizard,
                                                             tmp_path: Path):
    wizard = open_wizard()
    open_file(qtbot, wizard, everyday_files.contacts(tmp_path))
    wizard.next()

    page = wizard.mapping_page
    assert page.doubts.isVisible() and not page.isComplete()
    combos = page.doubts.findChildren(QComboBox)
    assert [combo.itemText(2) for combo in combos] == ["C — Nom de famille", "E — Tél. portable"]
    for combo in combos:
        combo.setCurrentIndex(2)
        combo.activated.emit(2)
    qtbot.waitUntil(lambda: page.isComplete())
    mapping = wizard.state.mapping
    assert (mapping.fields[0], mapping.fields[2], mapping.fields[3], mapping.fields[4]) == (
        None, "last_name", None, "phone")


def test_hidden_rows_and_repeated_people_are_the_users_choice(qtbot, db, open_wizard,
                                                              tmp_path: Path):
    path = everyday_files.repeated_people(tmp_path)
    wizard = open_wizard()
    open_file(qtbot, wizard, path)
    wizard.next()
    wizard.next()
    wait_idle(qtbot, wizard)

    choices = wizard.dry_run_page.file_choices
    assert wizard.dry_run_page.report_view.counts.isColumnHidden(5)  # nothing merged yet
    assert choices.repeats.isVisible() and not choices.hidden.isVisible()
    assert choices.refuse_repeats.isChecked() and not choices.conflicts.isVisible()
    assert wizard.state.plan.counts[RecordKind.PERSON].rejected == 1

    click(qtbot, choices.merge_repeats)
    wait_idle(qtbot, wizard)
    assert wizard.state.plan.counts[RecordKind.PERSON].merged == 1
    counts = wizard.dry_run_page.report_view.counts
    assert not counts.isColumnHidden(5)
    assert (counts.horizontalHeaderItem(5).text(), counts.item(0, 5).text()) == (
        "Fusionnées", "1")
    assert choices.conflicts.isVisible() and choices.conflicts.rowCount() == 1
    kept = choices.conflicts.cellWidget(0, 3)
    assert [kept.itemText(i) for i in range(kept.count())] == [
        "Adjointe (ligne 2)", "Vice-présidente (ligne 4)"]
    kept.setCurrentIndex(1)
    kept.activated.emit(1)
    wait_idle(qtbot, wizard)
    assert wizard.state.merge_choices == {("Acteurs", 2, "job_title"): 4}
    assert choices.conflicts.cellWidget(0, 3).currentText() == "Vice-présidente (ligne 4)"

    wizard.next()
    wait_idle(qtbot, wizard)
    with db.read() as session:
        assert session.scalars(select(Person.job_title).where(
            Person.first_name == "Claire")).one() == "Vice-présidente"


def test_hidden_rows_can_be_left_out(qtbot, open_wizard, tmp_path: Path):
    wizard = open_wizard()
    open_file(qtbot, wizard, everyday_files.hidden_rows(tmp_path, filtered=True))
    wizard.next()
    wizard.next()
    wait_idle(qtbot, wizard)

    choices = wizard.dry_run_page.file_choices
    assert choices.hidden.isVisible() and choices.import_hidden.isChecked()
    assert wizard.state.plan.counts[RecordKind.PERSON].new == 6

    click(qtbot, choices.skip_hidden)
    wait_idle(qtbot, wizard)
    assert wizard.state.plan.counts[RecordKind.PERSON].new == 4
    assert choices.hidden.isVisible() and choices.skip_hidden.isChecked()
