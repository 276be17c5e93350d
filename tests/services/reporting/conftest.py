"""Fixtures for the reports: a small demo database (every kind of record, evaluations
included), and reading a PDF back as a reader would (its text, page by page)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ingenierie.services.demo import generate_demo
from ingenierie.services.opening import open_for_use
from ingenierie.storage import Database


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """A demo of 400 stakeholders and 40 projects, shared by a module's tests (read only)."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    database = open_for_use(path, create=True)
    generate_demo(database, size=400)
    yield database
    database.close()
