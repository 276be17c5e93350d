"""The portfolio dashboard: figures from the filtered projects, each with its projects."""

from __future__ import annotations

from datetime import date

import pytest

from ingenierie.models.vocabulary import CooperationStage, Scheme
from ingenierie.services.evaluation.indicators import IndicatorInput, create_indicator
from ingenierie.services.evaluation.measurements import MeasurementInput, add_measurement
from ingenierie.services.evaluation.portfolio import portfolio, projects_behind
from ingenierie.services.projects.listing import ProjectFilter
from ingenierie.services.projects.project import ProjectInput, archive_project, create_project
from ingenierie.services.projects.stages import move_to_stage
from ingenierie.services.reference.territories import TerritoryInput, create_territory

ON, SINCE = date(2025, 6, 30), date(2024, 6, 30)


def figures(found, db, wanted=None):
    """Each figure's count and the projects a click on it lands on."""
    return {figure.key: (figure.count, set(projects_behind(db, wanted or ProjectFilter(),
                                                           figure.selection)))
            for figure in found}


@pytest.fixture
def three(db, involve):
    """Two TZCLD projects and an énergie citoyenne one, on two territories."""
    privas = create_territory(db, TerritoryInput(kind="commune", name="Privas", code="07186")).value
    lyas = create_territory(db, TerritoryInput(kind="commune", name="Lyas", code="07102")).value
    start = date(2024, 1, 1)
    ebe = create_project(db, ProjectInput(
        title="EBE de Privas", scheme="tzcld", phase="mise en œuvre", start_on=start,
        territories=((privas.id, "perimetre"),))).value
    cle = create_project(db, ProjectInput(
        title="CLE de Lyas", scheme="tzcld", phase="élaboration", start_on=start,
        territories=((lyas.id, "perimetre"), (privas.id, "partenaire")))).value
    solar = create_project(db, ProjectInput(
        title="Parc solaire citoyen", scheme="énergie citoyenne", phase="élaboration",
        start_on=start)).value
    gone = create_project(db, ProjectInput(title="Archivé", scheme="tzcld", start_on=start)).value
    archive_project(db, gone.id)
    move_to_stage(db, ebe.id, "information", date(2024, 2, 1), "Réunion publique")
    move_to_stage(db, ebe.id, "co_construction", date(2024, 10, 1), "Comité partagé")
    move_to_stage(db, cle.id, "concertation", date(2024, 11, 15), "Atelier")
    move_to_stage(db, solar.id, "concertation", date(2025, 9, 1), "Plus tard")
    involve("information", "sachant", start_on=start, project_id=ebe.id)
    involve("co_construction", "facilitateur", start_on=date(2025, 1, 1), project_id=ebe.id)
    involve("information", "sachant", start_on=start, end_on=date(2024, 12, 31),
            project_id=cle.id)
    involve("consultation", "facilitateur", start_on=start, project_id=solar.id)
    jobs = create_indicator(db, ebe.id, IndicatorInput(
        "Emplois", "emplois", start, baseline_value=0, target_value=50,
        target_on=date(2026, 1, 1))).value
    add_measurement(db, jobs.id, MeasurementInput(date(2025, 6, 1), 5))  # far behind
    kwh = create_indicator(db, solar.id, IndicatorInput(
        "kWh", "kWh", start, baseline_value=0, target_value=1000, target_on=date(2026, 1, 1))).value
    add_measurement(db, kwh.id, MeasurementInput(date(2025, 6, 1), 800))  # ahead
    return ebe.id.hex, cle.id.hex, solar.id.hex, privas.id.hex, jobs.id


def test_every_figure_carries_its_projects(db, three):
    ebe, cle, solar, privas, _ = three
    board = portfolio(db, on=ON, since=SINCE)
    assert projects_behind(db, ProjectFilter(), board.total.selection) == (cle, ebe, solar)
    assert board.total.count == 3  # by title, the archived one left out
    stages = figures(board.by_stage, db)
    assert stages["co_construction"] == (1, {ebe})
    assert stages["concertation"] == (1, {cle})
    assert stages[""] == (1, {solar})  # its first stage comes after the date
    assert board.by_stage[-1].label == "Sans étape"
    assert figures(board.by_scheme, db)["tzcld"] == (2, {ebe, cle})
    assert figures(board.by_scheme, db)["ptce"] == (0, set())
    assert figures(board.by_phase, db)["elaboration"] == (2, {cle, solar})
    assert board.by_territory[0].label == "Privas (07186)"
    assert figures(board.by_territory, db)[privas] == (2, {ebe, cle})


def test_participation_and_posture_on_two_dates(db, three):
    ebe, cle, solar, *_ = three
    board = portfolio(db, on=ON, since=SINCE)
    before, after = board.participation
    assert (before.on, after.on) == (SINCE, ON)
    assert figures(before.figures, db)["information"] == (2, {ebe, cle})
    # the CLE's ended in December
    assert figures(after.figures, db)["information"] == (1, {ebe})
    assert figures(after.figures, db)["co_construction"] == (1, {ebe})
    assert (before.total, after.total) == (3, 3)
    assert figures(board.posture[1].figures, db)["facilitateur"] == (2, {ebe, solar})


def test_stage_transitions_by_quarter_within_the_period(db, three):
    ebe, cle, *_ = three
    board = portfolio(db, on=ON, since=SINCE)
    assert [(t.quarter, t.stage, t.count, projects_behind(db, ProjectFilter(), t.selection))
            for t in board.transitions] == [
        (date(2024, 10, 1), CooperationStage.CONCERTATION, 1, (cle,)),
        (date(2024, 10, 1), CooperationStage.CO_CONSTRUCTION, 1, (ebe,))]


def test_late_indicators_on_the_date(db, three):
    ebe, _, _, _, jobs = three
    board = portfolio(db, on=ON, since=SINCE)
    assert (board.late.count, projects_behind(db, ProjectFilter(), board.late.selection)) == (
        1, (ebe,))
    [late] = board.late_indicators
    assert (late.indicator_id, late.project_title, late.title) == (jobs, "EBE de Privas",
                                                                  "Emplois")


def test_the_projects_list_filters_apply(db, three):
    ebe, cle, solar, *_ = three
    tzcld = ProjectFilter(scheme=Scheme.TZCLD)
    board = portfolio(db, tzcld, on=ON, since=SINCE)
    assert set(projects_behind(db, tzcld, board.total.selection)) == {ebe, cle}
    assert projects_behind(db, tzcld, board.late.selection) == (ebe,)
    assert figures(board.by_scheme, db, tzcld)["energie_citoyenne"] == (0, set())
    solaire = ProjectFilter(text="solaire")
    assert projects_behind(db, solaire, portfolio(db, solaire, on=ON).total.selection) == (
        solar,)
    with_archived = portfolio(db, ProjectFilter(include_archived=True), on=ON)
    assert with_archived.total.count == 4

