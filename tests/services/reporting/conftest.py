"""Fixtures for the reports: a small demo database (every kind of record, evaluations
included), and reading a PDF back as a reader would (its text, page by page)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from ingenierie.services.demo import generate_demo
from ingenierie.services.opening import open_for_use
from ingenierie.storage import Database


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """A demo of 400 stakeholders and 40 projects, shared by a module's tests (read only)."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    database = open_for_use(path)
    generate_demo(database, size=400)
    yield database
    database.close()


def pdf_text(path: Path) -> list[str]:
    """Each page's extracted text."""
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def flat(text: str) -> str:
    """Extracted text with its line breaks and spacing folded (words may wrap anywhere)."""
    return " ".join(text.replace("\u202f", " ").replace("\u00a0", " ").split())
