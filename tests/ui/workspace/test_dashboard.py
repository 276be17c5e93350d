"""The Tableau de bord: figures of the portfolio, each clickable to the projects behind it."""

from __future__ import annotations

from typing import Any

from ingenierie.models.vocabulary import Scheme
from ingenierie.services.evaluation.portfolio import projects_behind
from ingenierie.services.projects.listing import ProjectFilter
from ingenierie.ui.main_window import MainWindow


def shown(qtbot: Any, window: MainWindow) -> Any:
    """The dashboard, opened from the View menu, once its figures are in."""
    dashboard = window.workspace.dashboard
    with qtbot.waitSignal(dashboard.computed, timeout=20_000):
        window.window_actions.show_dashboard.trigger()
    assert window.workspace.currentWidget() is dashboard
    return dashboard


def listed(qtbot: Any, window: MainWindow) -> list[str]:
    model = window.workspace.projects.model
    qtbot.waitUntil(lambda: not model.is_loading)
    return [model.key_at(row) for row in range(model.rowCount())]


def test_the_figures_count_the_projects_in_french(qtbot: Any, window: MainWindow) -> None:
    dashboard = shown(qtbot, window)
    board = dashboard.board
    stages = dashboard.by_stage.chart()
    assert stages.categories[0] == "Information" and stages.categories[-1] == "Sans étape"
    assert sum(stages.series[0].values) == board.total.count == window.workspace.projects \
        .model.total
    assert dashboard.participation.chart().series[1].name == f"au {board.on:%d/%m/%Y}"
    assert dashboard.summary.text().count("projet") >= 1
    assert window.window_actions.show_dashboard.shortcut().toString() == "Ctrl+3"


def test_a_click_on_a_bar_lands_on_exactly_its_projects(qtbot: Any,
                                                        window: MainWindow) -> None:
    dashboard = shown(qtbot, window)
    chart = dashboard.by_scheme.chart()
    category = max(range(len(chart.categories)), key=lambda i: chart.series[0].values[i])
    expected = projects_behind(window.context.database, ProjectFilter(),
                               chart.series[0].payloads[category])
    assert len(expected) == chart.series[0].values[category] > 0

    dashboard.by_scheme.click_bar(0, category)

    projects = window.workspace.projects
    qtbot.waitUntil(lambda: window.workspace.currentWidget() is projects)
    qtbot.waitUntil(lambda: sorted(listed(qtbot, window)) == sorted(expected))
    assert projects.filters.only_bar.isVisible()
    assert chart.categories[category] in projects.filters.only_text.text()
    assert projects.filters.only_text.text().startswith("Ces projets\u00a0:")
    projects.filters.only_clear.click()
    qtbot.waitUntil(lambda: len(listed(qtbot, window)) == projects.model.total)
    assert not projects.filters.only_bar.isVisible()


def test_the_filters_of_the_list_narrow_the_figures(qtbot: Any, window: MainWindow) -> None:
    dashboard = shown(qtbot, window)
    everything = dashboard.board.total.count
    index = dashboard.filters.scheme.findData(Scheme.TZCLD)
    with qtbot.waitSignal(dashboard.computed, timeout=20_000):
        dashboard.filters.scheme.setCurrentIndex(index)
    tzcld = dashboard.board.by_scheme
    assert dashboard.board.total.count == next(f.count for f in tzcld if f.key == "tzcld")
    assert dashboard.board.total.count < everything


def test_late_indicators_list_their_projects(qtbot: Any, window: MainWindow) -> None:
    dashboard = shown(qtbot, window)
    board = dashboard.board
    assert board.late.count > 0 and dashboard.late_table.rowCount() == len(
        board.late_indicators)
    assert dashboard.late_button.text().startswith(f"{board.late.count} indicateur")
    dashboard.late_button.click()
    holders = {row.project_key for row in board.late_indicators}
    qtbot.waitUntil(lambda: window.workspace.currentWidget() is window.workspace.projects)
    qtbot.waitUntil(lambda: holders <= set(listed(qtbot, window)))
