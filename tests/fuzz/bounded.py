"""The rule every file given to ``ingenierie import`` must keep, checked in a bounded process.

The rule: the command exits 0 (imported), 1 (refused) or 2 (a French ``Erreur :``
sentence), never 3 (a bug), never killed by a signal (SIGABRT when calamine cannot
allocate), within :data:`MEMORY` of address space and :data:`SECONDS` of wall
clock, and leaves the database exactly as it was unless it imported (exit 0
without ``--dry-run``).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

#: RLIMIT_AS of each import: Python, SQLAlchemy, openpyxl and calamine take ~400 MB of it.
MEMORY = 1536 * 1024**2
#: Wall clock of each import (a normal small file takes well under a second).
SECONDS = 60.0
WORKER = Path(__file__).with_name("worker.py")


@dataclass(frozen=True, slots=True)
class Outcome:
    code: int | str  # exit code, negative signal number, or "timeout"
    stdout: str
    stderr: str
    database_changed: bool


def _fingerprint(path: Path) -> str:
    """The database's content (schema and rows), read without writing anything."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        digest = hashlib.sha256()
        for line in connection.iterdump():
            digest.update(line.encode())
        return digest.hexdigest()
    finally:
        connection.close()


class BoundedImporter:
    """A worker process (see ``worker.py``) and a fresh database copied for each import."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="fuzz-"))
        environment = {**os.environ, "XDG_STATE_HOME": str(self.folder / "state"),
                       "XDG_DATA_HOME": str(self.folder / "data"), "INGENIERIE_DB": ""}
        self.template = self.folder / "modele.sqlite"
        subprocess.run([sys.executable, "-m", "ingenierie", "--db", str(self.template), "init"],
                       check=True, capture_output=True, env=environment)
        self.fingerprint = _fingerprint(self.template)
        self.worker = subprocess.Popen([sys.executable, str(WORKER)], stdin=subprocess.PIPE,
                                       stdout=subprocess.PIPE, text=True, env=environment)

    def run(self, file: Path, *options: str) -> Outcome:
        database = self.folder / "base.sqlite"
        for leftover in self.folder.glob("base.sqlite*"):
            leftover.unlink()
        shutil.copyfile(self.template, database)
        args = ["--db", str(database), "import", str(file), *options]
        assert self.worker.stdin is not None and self.worker.stdout is not None
        self.worker.stdin.write(json.dumps({"args": args, "memory": MEMORY,
                                            "seconds": SECONDS}) + "\n")
        self.worker.stdin.flush()
        answer = json.loads(self.worker.stdout.readline())
        return Outcome(answer["code"], answer["stdout"], answer["stderr"],
                       _fingerprint(database) != self.fingerprint)

    def close(self) -> None:
        if self.worker.stdin is not None:
            self.worker.stdin.close()
        self.worker.wait(timeout=30)
        if self.worker.stdout is not None:
            self.worker.stdout.close()
        shutil.rmtree(self.folder, ignore_errors=True)


def broken_rule(outcome: Outcome, *, dry_run: bool = False) -> str | None:
    """What of the rule the outcome breaks, or None."""
    if outcome.code == "timeout":
        return f"more than {SECONDS:.0f} s"
    if outcome.code not in (0, 1, 2):
        return f"exit {outcome.code}: {outcome.stderr[-2000:]}"
    if "Traceback" in outcome.stderr or "Exception ignored" in outcome.stderr:
        return f"a traceback reached the user: {outcome.stderr[-2000:]}"
    if outcome.code == 2 and "Erreur : " not in outcome.stderr:
        return f"exit 2 without a French message: {outcome.stderr[-500:]}"
    if outcome.code in (0, 1) and not outcome.stdout.startswith("Fichier : "):
        return f"exit {outcome.code} without a report: {outcome.stdout[-500:]}"
    if outcome.database_changed and (outcome.code != 0 or dry_run):
        return f"the database changed although the import did not happen (exit {outcome.code})"
    return None
