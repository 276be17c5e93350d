"""Progress and cancellation for long imports run off the GUI thread.

The caller passes two plain callables: ``progress(step, done, total)`` (a French
step name, rows done so far, rows expected or ``None``) and ``cancelled()``.
The pipeline calls :meth:`Monitor.tick` between batches; a cancel raises
:class:`ImportCancelled`, which rolls the transaction back.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from ingenierie.errors import UserError

ProgressCallback = Callable[[str, int, int | None], None]
CancelCheck = Callable[[], bool]

#: Progress is reported at most this often (seconds), plus at every step change.
REPORT_INTERVAL = 0.1


class ImportCancelled(UserError):
    """The user cancelled: nothing was written."""

    def __init__(self) -> None:
        super().__init__("Import annulé : rien n'a été enregistré.")


class Monitor:
    """Throttled progress reports and cancel checks for one import."""

    def __init__(self, progress: ProgressCallback | None = None,
                 cancelled: CancelCheck | None = None) -> None:
        self._progress = progress
        self._cancelled = cancelled
        self._step: str | None = None
        self._last = 0.0

    def check(self) -> None:
        """Raise :class:`ImportCancelled` if the user asked to stop."""
        if self._cancelled is not None and self._cancelled():
            raise ImportCancelled()

    def tick(self, step: str, done: int, total: int | None = None, *,
             force: bool = False) -> None:
        """Report progress (throttled unless the step changed or ``force``), then check."""
        if self._progress is not None:
            now = time.monotonic()
            if force or step != self._step or now - self._last >= REPORT_INTERVAL:
                self._step, self._last = step, now
                self._progress(step, done, total)
        self.check()
