"""Fixtures for the import wizard tests: a mapping store of their own, drained workers."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ingenierie.services.importing.mapping.headers import MappingStore
from ingenierie.ui.context import AppContext
from ingenierie.ui.importing.wizard import ImportWizard
from ingenierie.ui.workers import wait_for_workers


@pytest.fixture(autouse=True)
def drained_workers(qapp: object) -> Iterator[None]:
    """Every background read, dry run or import is over before the test's database closes."""
    yield
    assert wait_for_workers()


@pytest.fixture
def store(tmp_path: Path) -> MappingStore:
    return MappingStore(tmp_path / "correspondances")


@pytest.fixture
def open_wizard(qtbot: QtBot, context: AppContext, store: MappingStore
                ) -> Callable[[], ImportWizard]:
    def make() -> ImportWizard:
        wizard = ImportWizard(context, None, store)
        qtbot.addWidget(wizard)
        wizard.show()
        return wizard
    return make
