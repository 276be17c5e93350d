"""The app's icons: small SVGs drawn for it (``resources/icons``), looked up by name."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path

from PySide6.QtGui import QIcon


def icon_path(name: str) -> Path:
    return Path(str(files("ingenierie.resources") / "icons" / f"{name}.svg"))


@cache
def icon(name: str) -> QIcon:
    """The icon ``name`` (e.g. "archive"); a missing file is a bug caught by the tests."""
    return QIcon(str(icon_path(name)))
