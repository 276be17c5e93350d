"""Logging configured once at start: a rotating file in the user log dir.

Python warnings are routed into the log too. When the log folder cannot be
written (a locked-down profile), the app still runs and logs nowhere but
stderr, through logging's last-resort handler for warnings and errors.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from ingenierie.config import log_directory

LOG_FILENAME = "ingenierie.log"

log = logging.getLogger(__name__)


def configure_logging(directory: Path | None = None) -> Path | None:
    """Send records to ``ingenierie.log`` (1 MB × 3 files); return its path, None if unwritable."""
    path = (directory or log_directory()) / LOG_FILENAME
    root = logging.getLogger()
    if any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        file_handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError as error:
        log.warning("cannot write the log file %s: %s", path, error)
        return None
    file_handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(file_handler)
    root.setLevel(logging.INFO)
    logging.captureWarnings(True)
    return path
