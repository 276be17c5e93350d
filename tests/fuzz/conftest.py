"""One bounded importer (a worker process and a database template) for the whole folder."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .bounded import BoundedImporter


@pytest.fixture(scope="session")
def importer() -> Iterator[BoundedImporter]:
    bounded = BoundedImporter()
    yield bounded
    bounded.close()
