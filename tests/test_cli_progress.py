"""The progress line of long commands: rewritten in place on a terminal, a few lines in a log."""

from __future__ import annotations

import io

from ingenierie.cli.progress import ProgressLine


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_on_a_terminal_the_line_is_rewritten_and_wiped_to_its_longest_text() -> None:
    stream = Terminal()
    line = ProgressLine(stream)
    line.show("Personnes : 2000 ligne(s)…", "Personnes")
    line.show("Personnes : 2000 ligne(s)…", "Personnes")  # unchanged: nothing written
    line.show("Enregistrement…", "Enregistrement")
    line.close()

    assert stream.getvalue() == ("\rPersonnes : 2000 ligne(s)…"
                                 "\rEnregistrement…           \n")


def test_in_a_log_a_line_is_written_only_when_the_key_changes() -> None:
    stream = io.StringIO()
    line = ProgressLine(stream)
    for done in (2000, 4000, 6000):
        line.show(f"Personnes : {done} ligne(s)…", "Personnes")
    line.show("Enregistrement : 6000 ligne(s)…", "Enregistrement")
    line.close()

    assert stream.getvalue().splitlines() == ["Personnes : 2000 ligne(s)…",
                                              "Enregistrement : 6000 ligne(s)…"]
