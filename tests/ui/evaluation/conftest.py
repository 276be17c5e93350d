"""The seeded project's page on its Évaluation tab, and a few campaigns made by the services."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from ingenierie.services.evaluation import campaigns
from ingenierie.services.evaluation.shipped import sync_shipped_data
from ingenierie.ui.projects.page import ProjectPage
from ingenierie.ui.workers import wait_for_workers


@pytest.fixture(autouse=True)
def drained_workers(qapp: object) -> Iterator[None]:
    yield
    assert wait_for_workers()


@pytest.fixture
def shipped(db):
    sync_shipped_data(db)
    return db


@pytest.fixture
def page(qtbot, context, workspace, shipped) -> ProjectPage:
    page = ProjectPage(context, workspace.project_id)
    qtbot.addWidget(page)
    page.resize(1300, 820)
    page.show()
    page.tabs.setCurrentWidget(page.evaluation)
    return page


@pytest.fixture
def tab(page):
    return page.evaluation


@pytest.fixture
def campaign(db, workspace):
    """Make a campaign of the seeded project through the services."""
    def make(on: date, **fields) -> campaigns.EvaluationRow:
        return campaigns.create_evaluation(db, workspace.project_id, campaigns.EvaluationInput(
            on, **fields)).value
    return make
