"""Progress of a long command on standard error, for a person at a terminal or for a log.

On a terminal the line is rewritten in place each time its text changes. On a
pipe or in a log, where rewriting is impossible, a line is written only when
the caller's ``key`` changes (a tenth of the work, a new step): a few lines,
never thousands.
"""

from __future__ import annotations

from typing import TextIO

_NOTHING = object()


class ProgressLine:
    """One line of progress on ``stream``; :meth:`close` ends it."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.terminal = stream.isatty()
        self._text = ""
        self._key: object = _NOTHING

    def show(self, text: str, key: object) -> None:
        if self.terminal:
            if text == self._text:
                return
            # Spaces wipe what a longer previous text left on the line.
            self.stream.write("\r" + text.ljust(len(self._text)))
        elif key != self._key:
            self.stream.write(text + "\n")
        else:
            return
        self._text, self._key = text, key
        self.stream.flush()

    def close(self) -> None:
        if self.terminal and self._text:
            self.stream.write("\n")
            self.stream.flush()
