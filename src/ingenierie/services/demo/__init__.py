"""Realistic, deterministic French demo data, written fast (``ingenierie demo``).

The same seed gives the same territories, stakeholders, projects and histories.
Rows are plain dicts inserted with Core executemany, so 100 000 stakeholders
take seconds; the UI benchmark and the tests call :func:`generate_demo` headless.
"""

from ingenierie.services.demo.generator import (
    DEFAULT_SEED,
    DEFAULT_SIZE,
    MAX_SIZE,
    MIN_SIZE,
    DatabaseNotEmptyError,
    DemoCancelled,
    DemoSummary,
    Progress,
    check_size,
    generate_demo,
)

__all__ = [
    "DEFAULT_SEED",
    "DEFAULT_SIZE",
    "MAX_SIZE",
    "MIN_SIZE",
    "DatabaseNotEmptyError",
    "DemoCancelled",
    "DemoSummary",
    "Progress",
    "check_size",
    "generate_demo",
]
