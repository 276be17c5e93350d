"""The cooperation trajectory: moving to a stage with its evidence, seen on the timeline."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtTest import QTest

from ingenierie.models.vocabulary import CooperationStage
from ingenierie.services.projects import project as projects
from ingenierie.services.projects import stages
from ingenierie.ui.projects.page.stage_dialog import StageDialog


@pytest.fixture(autouse=True)
def trajectory_shown(page):
    page.tabs.setCurrentWidget(page.trajectory)


@pytest.fixture
def form(qtbot, context, db, workspace):
    dialog = StageDialog(context, None, projects.get_project(db, workspace.project_id))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_history_is_drawn_as_dated_points_and_listed_newest_first(page):
    timeline = page.trajectory.timeline
    assert [p.stage for p in timeline.points()] == [
        CooperationStage.INFORMATION, CooperationStage.CONCERTATION,
        CooperationStage.COLLABORATION]
    assert page.trajectory.table.item(0, 1).text() == "Collaboration"
    assert page.trajectory.current.text().startswith("<b>Étape actuelle\u00a0: Collaboration</b>")


def test_the_form_proposes_the_next_stage_and_requires_evidence(form, typist):
    assert form.stage.value() is CooperationStage.CO_CONSTRUCTION
    assert not form.ok_button.isEnabled()
    assert form.error_text("evidence") == "La preuve (ce qui atteste l'étape) est obligatoire."

    form.entered_on.set_value(date.today() + timedelta(days=3))
    assert form.error_text("entered_on") == (
        "Cette date est dans le futur\u00a0: n’enregistrez qu’une étape déjà atteinte.")

    form.entered_on.set_value(date(2023, 6, 15))
    typist(form.evidence, "Charte de coopération co-écrite et signée par les deux EPCI.")
    assert form.ok_button.isEnabled()


def test_moving_to_a_stage_shows_on_the_timeline_and_can_be_undone(
        qtbot, page, form, context, db, workspace, typist):
    form.entered_on.set_value(date(2023, 6, 15))
    typist(form.evidence, "Charte de coopération co-écrite et signée par les deux EPCI.")
    typist(form.recorded_by, "Claire Martin")

    form.accept()

    history = stages.stage_history(db, workspace.project_id)
    assert (history[-1].stage, history[-1].entered_on) == (
        CooperationStage.CO_CONSTRUCTION, date(2023, 6, 15))
    timeline = page.trajectory.timeline
    qtbot.waitUntil(lambda: len(timeline.points()) == 4)
    newest = timeline.points()[-1]
    assert newest.evidence.startswith("Charte de coopération")
    assert "Co-construction depuis le 15/06/2023" in page.facts.text()

    QTest.mouseClick(timeline, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     timeline.point_position(newest.key).toPoint())
    assert timeline.selected() == newest.key
    assert "Charte de coopération co-écrite" in page.trajectory.evidence.text()
    assert page.trajectory.table.selectedItems()[0].text() == "15/06/2023"

    context.undo_stack.undo()
    qtbot.waitUntil(lambda: len(timeline.points()) == 3)
    assert projects.get_project(db, workspace.project_id).stage is CooperationStage.COLLABORATION


def test_hovering_a_point_describes_its_evidence(page):
    timeline = page.trajectory.timeline
    first = timeline.points()[0]
    document = QTextDocument()
    document.setHtml(timeline.describe(first))
    text = document.toPlainText()
    assert "Information" in text and "1 février 2016" in text
    assert "Réunion d'information commune." in text
    assert "Enregistrée par Claire Martin" in text
    QTest.mouseMove(timeline, timeline.point_position(first.key).toPoint() + QPoint(1, 0))
    assert timeline._hovered == first.key


def test_the_arrow_keys_walk_through_the_history(page):
    timeline = page.trajectory.timeline
    keys = [p.key for p in timeline.points()]
    timeline.setFocus()
    QTest.keyClick(timeline, Qt.Key.Key_Right)
    assert timeline.selected() == keys[0]
    QTest.keyClick(timeline, Qt.Key.Key_Right)
    QTest.keyClick(timeline, Qt.Key.Key_Right)
    QTest.keyClick(timeline, Qt.Key.Key_Right)
    assert timeline.selected() == keys[-1]
