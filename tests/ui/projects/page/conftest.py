"""The project page of the seeded workspace, shown on a tab."""

from __future__ import annotations

import pytest

from ingenierie.ui.projects.page import ProjectPage


@pytest.fixture
def page(qtbot, context, workspace) -> ProjectPage:
    page = ProjectPage(context, workspace.project_id)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    return page
