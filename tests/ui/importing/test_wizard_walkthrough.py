"""A messy contact list driven through every page of the wizard, then the database checked."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from wizard_support import (
    count_organisations,
    known_claire,
    messy_contacts,
    people,
    wait_idle,
    walk_to_dry_run,
)

from ingenierie.services.importing.mapping.fields import RecordKind
from ingenierie.storage.changes import ChangeSet, Kind
from ingenierie.ui.importing.loading import RowRole
from ingenierie.ui.importing.preview_model import LEFT_OUT_FOREGROUND
from ingenierie.ui.importing.problems_model import COLUMN, ROW, VALUE


def cell(model, row, column, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, column), role)


def counts_shown(view):
    table = view.counts
    return {table.item(r, 0).text(): tuple(int(table.item(r, c).text()) for c in range(1, 5))
            for r in range(table.rowCount())}


def next_enabled(wizard):
    button = wizard.button(QWizard.WizardButton.NextButton)
    if wizard.currentPage().isCommitPage():
        button = wizard.button(QWizard.WizardButton.CommitButton)
    return button.isEnabled()


def test_a_messy_file_goes_through_every_page_and_lands_in_the_database(
        qtbot, db, context, open_wizard, tmp_path: Path):
    known_claire(db)
    path = messy_contacts(tmp_path)
    wizard = open_wizard()

    # 1. File
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    wait_idle(qtbot, wizard)

    # 2. Sheet and header row: the title block is above the header found on row 4
    assert wizard.currentPage() is wizard.sheet_page
    page = wizard.sheet_page
    assert page.sheet_combo.currentText() == "Contacts"
    assert page.header_spin.value() == 4
    assert page.kind() is RecordKind.PERSON
    assert page.kind_combo.currentText() == "Personnes"
    model = page.model
    by_number = {model.row_at(r).number: r for r in range(model.rowCount())}
    assert sorted(by_number) == list(range(1, 13))
    assert cell(model, by_number[1], 1) == "Annuaire des partenaires — Contrat de ville de Millau"
    statuses = {n: cell(model, r, 0) for n, r in by_number.items()}
    assert statuses[1] == statuses[2] == statuses[3] == "Au-dessus de l'en-tête : ignorée"
    assert statuses[4] == "Ligne d'en-tête"
    assert statuses[8] == "Ignorée : ligne vide"
    assert statuses[12] == "Ignorée : ligne de total"
    assert {n for n, s in statuses.items() if s == "Ligne de données"} == {5, 6, 7, 9, 10, 11}
    assert cell(model, by_number[4], 1, Qt.ItemDataRole.FontRole).bold()
    assert cell(model, by_number[12], 1, Qt.ItemDataRole.ForegroundRole).color() == \
        LEFT_OUT_FOREGROUND
    assert cell(model, by_number[5], 1, Qt.ItemDataRole.ForegroundRole) is None
    assert model.headerData(1, Qt.Orientation.Horizontal) == "A"
    assert page.preview.columnSpan(by_number[1], 1) == 7  # the title reads across the row
    wizard.next()

    # 3. Mapping: "Nom de la personne" is not a known header, so "Nom" is missing
    mapping_page = wizard.mapping_page
    assert wizard.currentPage() is mapping_page
    assert [c.currentText() for c in mapping_page.combos] == [
        "— ignorer —", "Prénom", "Organisme", "Courriel", "Téléphone",
        "Date du premier contact", "— ignorer —"]
    assert mapping_page.table.item(5, 2).text() == "12/03/2024 · 2024-04-02 · 03/05/2024"
    assert not next_enabled(wizard)
    assert "« Nom »" in mapping_page.missing.text()
    assert mapping_page.missing.isVisible()
    mapping_page.choose(0, "last_name")
    assert mapping_page.combos[0].currentText() == "Nom (obligatoire)"
    assert not mapping_page.missing.isVisible()
    assert mapping_page.summary.text() == "1 colonne ignorée."
    assert next_enabled(wizard)
    wizard.next()

    # 4. Dry run: counts, every problem located, the duplicate group; nothing written
    dry_run = wizard.dry_run_page
    wait_idle(qtbot, wizard)
    view = dry_run.report_view
    assert counts_shown(view) == {"Personnes": (2, 1, 0, 3), "Organisations": (2, 0, 0, 0)}
    problems = view.problems.model()
    shown = [(cell(problems, r, ROW), cell(problems, r, COLUMN), cell(problems, r, VALUE))
             for r in range(problems.rowCount())]
    assert shown == [("7", "E-mail (D)", "ines.leroy@terres-doc"),
                     ("9", "Date 1er contact (F)", "31/02/2024"),
                     ("11", "E-mail (D)", "Claire.Martin@millau.fr")]
    assert "attendu : nom@domaine.fr" in cell(problems, 0, 5)
    assert view.tabs.tabText(0) == "Problèmes : 3 erreur(s), 0 avertissement(s)"
    duplicates = view.duplicates
    assert (duplicates.rowCount(), duplicates.item(0, 0).text(), duplicates.item(0, 1).text()) \
        == (1, "5, 11", "Claire Martin")
    assert view.tabs.tabText(2) == "Laissé de côté (3)"
    left_out = [view.left_out.item(i).text() for i in range(view.left_out.count())]
    assert left_out == ["Colonnes ignorées : « Code interne »", "Ligne 8 : ligne vide",
                        "Ligne 12 : ligne de total « Total : 6 contacts »"]
    assert dry_run.refuse.isChecked() and not next_enabled(wizard)
    assert dry_run.blocked.text().startswith("3 lignes sont en erreur")
    assert list(people(db)) == ["Claire Martin"] and people(db)["Claire Martin"].phone is None

    view.problems.sortByColumn(ROW, Qt.SortOrder.DescendingOrder)
    assert [cell(problems, r, ROW) for r in range(3)] == ["11", "9", "7"]

    rejects = tmp_path / "rejets.xlsx"
    dry_run.skip.setChecked(True)
    dry_run.rejects_edit.setText(str(rejects))
    assert next_enabled(wizard) and not dry_run.blocked.isVisible()

    # 5. Import
    hub_signals = []
    context.changes.changed.connect(hub_signals.append)
    wizard.next()
    wait_idle(qtbot, wizard)
    result = wizard.import_page
    assert result.outcome.text() == "Import terminé : les données sont enregistrées."
    assert str(rejects) in result.detail.text()
    assert "telle qu'elle était avant l'import" in result.detail.text()  # Claire was updated
    assert counts_shown(result.report_view) == {"Personnes": (2, 1, 0, 3),
                                                "Organisations": (2, 0, 0, 0)}
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert hub_signals == [ChangeSet.anything(Kind.STAKEHOLDER, Kind.AFFILIATION)]
    stored = people(db)
    assert sorted(stored) == ["Claire Martin", "Luc Bernard", "Paul Durand"]
    assert stored["Claire Martin"].phone == "05 65 00 00 01"
    assert count_organisations(db) == 2
    rows = list(openpyxl.load_workbook(rejects).active.iter_rows(values_only=True))
    assert [row[-2] for row in rows[1:]] == [7, 9, 11]  # "ligne d'origine", then "erreur"


def test_preview_roles_follow_a_corrected_header_row(qtbot, open_wizard, tmp_path: Path):
    wizard = open_wizard()
    wizard.file_page.path_edit.setText(str(messy_contacts(tmp_path)))
    wizard.next()
    wait_idle(qtbot, wizard)
    page = wizard.sheet_page

    page.header_spin.setValue(2)
    qtbot.waitUntil(lambda: wizard.state.snapshot.header_row == 2 and not wizard.busy)

    roles = [page.model.row_at(r).role for r in range(3)]
    assert roles == [RowRole.ABOVE, RowRole.HEADER, RowRole.SKIPPED]
    assert wizard.state.snapshot.headers[0].startswith("Mis à jour le 12/03/2024")
    assert page.isComplete()

    page.header_spin.setValue(40)
    qtbot.waitUntil(lambda: page.error.isVisible())
    assert page.error.text() == "La ligne d'en-tête 40 est vide ou n'existe pas."
    assert not page.isComplete() and page.model.rowCount() == 0

    page.header_spin.setValue(4)
    qtbot.waitUntil(lambda: page.isComplete())
    assert not page.error.isVisible()
    assert wizard.state.snapshot.headers[0] == "Nom de la personne"


def test_a_sheet_without_data_rows_is_refused_by_the_dry_run(qtbot, db, open_wizard,
                                                             tmp_path: Path):
    workbook = openpyxl.Workbook()
    workbook.active.append(("Nom", "Prénom", "Courriel"))
    path = tmp_path / "entête seule.xlsx"
    workbook.save(path)
    wizard = open_wizard()
    walk_to_dry_run(qtbot, wizard, path)

    page = wizard.dry_run_page
    assert page.status.text() == "0 ligne lue. Rien n'a été écrit."
    assert page.blocked.text() == ("Le fichier ne contient aucune donnée : aucune ligne sous "
                                   "l'en-tête.")
    assert not page.choice.isVisible()
    assert not next_enabled(wizard)
    assert people(db) == {}
