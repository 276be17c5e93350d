"""Logging configured once at start: a rotating file in the user log dir, warnings on stderr."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from ingenierie.config import log_directory

LOG_FILENAME = "ingenierie.log"


def configure_logging(directory: Path | None = None) -> Path:
    """Send records to ``ingenierie.log`` (1 MB × 3 files); return the file's path."""
    directory = directory or log_directory()
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / LOG_FILENAME
    root = logging.getLogger()
    if any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        return path
    file_handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    file_handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(file_handler)
    root.setLevel(logging.INFO)
    return path
