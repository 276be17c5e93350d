"""Dragging a stakeholder on the power/interest grid of the project page, then undoing it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from ingenierie.services.projects import involvements


def drag(grid, item, target_scene_point) -> None:
    """Press on the dot, move through the way to the target cell, release there."""
    viewport = grid.viewport()
    start = grid.mapFromScene(item.scenePos())
    end = grid.mapFromScene(target_scene_point)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 6):
        QTest.mouseMove(viewport, start + (end - start) * step / 5)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def cell_of(grid, key) -> tuple[int, int]:
    dot = grid.grid.dot_item(key).dot
    return dot.influence, dot.interest


@pytest.fixture(autouse=True)
def grid_shown(qtbot, page):
    page.tabs.setCurrentWidget(page.grid)
    qtbot.waitExposed(page)


def test_each_stakeholder_is_a_dot_in_its_cell(page, workspace):
    grid = page.grid.grid
    assert len(grid.dot_keys()) == 6
    region = workspace.involvement_ids["Région Bretagne"]
    assert grid.dot_item(region).label.text() == "Région Bretagne"
    assert cell_of(page.grid, region) == (4, 2)
    assert "Tenir satisfait" in grid.dot_item(region).toolTip()


def test_names_sharing_a_cell_are_spread_without_overlap(page, context, db, workspace):
    for name in ("Conseil de développement", "Yann Kerhervé", "Nolwenn Le Bihan"):
        involvements.set_grid_position(db, workspace.involvement_ids[name], 2, 4)
    page.grid.refresh()
    items = [page.grid.grid.dot_item(workspace.involvement_ids[name]) for name in
             ("Conseil de développement", "Yann Kerhervé", "Nolwenn Le Bihan")]
    boxes = [item.sceneBoundingRect().united(item.label.sceneBoundingRect()) for item in items]
    assert not any(a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])
    cell = page.grid.grid._layout.cell(2, 4)
    assert all(cell.contains(box) for box in boxes)


def test_dragging_a_dot_rescores_the_stakeholder_and_ctrl_z_puts_it_back(
        qtbot, page, context, db, workspace):
    region = workspace.involvement_ids["Région Bretagne"]
    grid = page.grid.grid

    with qtbot.waitSignal(grid.dotMoved) as moved:
        drag(grid, grid.dot_item(region), grid.cell_centre(influence=2, interest=5))

    assert moved.args == [region, 2, 5]
    row = involvements.get_involvement(db, region)
    assert (row.influence, row.interest) == (2, 5)
    qtbot.waitUntil(lambda: cell_of(page.grid, region) == (2, 5))
    assert context.undo_stack.undoText() == (
        "Déplacer «\u00a0Région Bretagne\u00a0» sur la grille pouvoir / intérêt")
    page.actors.refresh()
    shown = page.actors.model.rows()
    assert next(r for r in shown if r.id == region).quadrant.label == "Tenir informé"

    undo = context.undo_stack.createUndoAction(page)  # as the main window's Edit menu
    undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
    page.addAction(undo)
    page.activateWindow()
    qtbot.waitActive(page)
    QTest.keyClick(page, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    row = involvements.get_involvement(db, region)
    assert (row.influence, row.interest) == (4, 2)
    qtbot.waitUntil(lambda: cell_of(page.grid, region) == (4, 2))


def test_a_dot_dropped_in_its_own_cell_changes_nothing(qtbot, page, context, workspace):
    nolwenn = workspace.involvement_ids["Nolwenn Le Bihan"]
    grid = page.grid.grid
    item = grid.dot_item(nolwenn)
    home = item.pos()

    with qtbot.assertNotEmitted(grid.dotMoved, wait=50):
        drag(grid, item, item.scenePos() + QPoint(20, 8))

    assert item.pos() == home
    assert context.undo_stack.count() == 0
