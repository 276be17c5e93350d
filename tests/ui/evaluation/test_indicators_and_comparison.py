"""Indicators on the Évaluation tab (from the library, measured, charted) and two campaigns
compared."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from ingenierie.models.evaluation_vocabulary import Criterion, ProgressStatus
from ingenierie.services.evaluation import indicators, maturity, measurements, scores
from ingenierie.ui.evaluation.indicator_dialog import IndicatorDialog, LibraryDialog
from ingenierie.ui.evaluation.record_dialogs import MeasurementDialog


def test_an_indicator_from_the_library_is_measured_and_charted(qtbot, tab, context, db,
                                                               workspace, typist):
    tab.sections.setCurrentWidget(tab.indicators)
    panel = tab.indicators
    assert panel.chart.chart() is None
    library = LibraryDialog(context, tab, tab.page.scheme)
    qtbot.addWidget(library)
    first = library.list.item(0).text()
    assert first.startswith("★ ")  # suited to a contrat de réciprocité, listed first
    library.choose("recip.actions_communes")
    definition = library.chosen()
    form = IndicatorDialog(context, tab, workspace.project_id,
                           indicators.input_from_definition(definition, date(2022, 1, 1)))
    qtbot.addWidget(form)
    assert form.title_edit.text() == "Actions conduites en commun entre territoires"
    typist(form.baseline, "2")
    typist(form.target, "1,5")
    form.target_on.set_value(date(2026, 1, 1))
    assert not form.ok_button.isEnabled()  # the target is not above the baseline
    assert "supérieure à la valeur de départ" in form.error_text("target_value")
    form.target.clear()
    typist(form.target, "22")
    form.accept()
    [row] = indicators.project_indicators(db, workspace.project_id)
    assert (row.definition_id, row.baseline_value, row.target_value) == (
        definition.id, Decimal(2), Decimal(22))

    qtbot.waitUntil(lambda: panel.table.rowCount() == 1)
    panel.table.selectRow(0)
    measure = MeasurementDialog(context, tab, row)
    qtbot.addWidget(measure)
    measure.measured_on.set_value(date(2021, 6, 1))
    assert measure.error_text("measured_on") == (
        "Une mesure ne peut pas précéder la date de départ (01/01/2022).")
    measure.measured_on.set_value(date(2024, 1, 1))
    typist(measure.value, "4,5")
    typist(measure.comment, "Deux marchés de producteurs en plus")
    measure.accept()

    [stored] = measurements.indicator_measurements(db, row.id)
    assert (stored.measured_on, stored.value) == (date(2024, 1, 1), Decimal("4.5"))
    qtbot.waitUntil(lambda: panel.measurements.rowCount() == 1)
    assert panel.measurements.item(0, 1).text() == "4,5\u00a0actions"
    assert panel.table.item(0, 7).text() == ProgressStatus.EN_RETARD.label
    chart = panel.chart.chart()
    assert [point.value for point in chart.points] == [Decimal("4.5")]
    assert chart.target is not None and chart.target.value == Decimal(22)
    assert chart.status is ProgressStatus.EN_RETARD
    context.undo_stack.undo()
    qtbot.waitUntil(lambda: panel.measurements.rowCount() == 0)


def test_two_campaigns_are_compared_with_an_overlaid_radar(qtbot, tab, db, campaign):
    earlier, later = campaign(date(2022, 5, 1)), campaign(date(2024, 6, 12))
    [grid] = maturity.maturity_frameworks(db)
    for made, score in ((earlier, 1), (later, 3)):
        scores.set_criterion_score(db, made.id, scores.ScoreInput(Criterion.IMPACT, score))
        maturity.set_maturity_answer(db, made.id, grid.items[0].id, score)
    tab.refresh()
    tab.sections.setCurrentWidget(tab.comparison)
    panel = tab.comparison
    qtbot.waitUntil(lambda: panel.comparison is not None)
    assert panel.first.currentText() == "Continue du 01/05/2022"
    assert panel.second.currentText() == "Continue du 12/06/2024"
    rows = {panel.table.item(r, 0).text(): tuple(panel.table.item(r, c).text()
                                                  for c in (1, 2, 3))
            for r in range(panel.table.rowCount())}
    assert rows["Impact"] == ("1", "3", "+2")
    assert rows[grid.items[0].label] == ("1", "3", "+2")
    assert "Critères (0 à 4)" in rows
    outlines = panel.radar.chart().outlines
    assert [o.label for o in outlines] == ["Continue du 01/05/2022", "Continue du 12/06/2024"]
    assert [o.dashed for o in outlines] == [False, True]

    panel.choose(0, 0)
    assert panel.comparison is None
    assert panel.hint.text() == "Choisissez deux campagnes différentes du projet."
