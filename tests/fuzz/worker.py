"""A process with the app already imported that runs ``ingenierie`` commands in forks of
itself, each under a memory limit and a wall-clock limit.

Starting Python and importing the app takes about a second; a fork takes a few
milliseconds, so hundreds of files can be tried in a minute. Requests come on
standard input, one JSON object a line (``{"args": [...], "memory": bytes,
"seconds": s}``); each answer is one JSON line: the exit code (or the signal, or
``"timeout"``), and what the command printed. Run as a script by ``bounded.py``.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import sys
import tempfile
import time
from pathlib import Path

from ingenierie.cli import main  # imported once, before any fork


def _child(args: list[str], memory: int, out: Path, err: Path) -> None:
    """In the fork: limit the address space, send the output to files, run, exit."""
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    for stream, path in ((1, out), (2, err)):
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(descriptor, stream)
        os.close(descriptor)
    sys.stdout = open(1, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
    sys.stderr = open(2, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
    code = 99
    try:
        code = main(args)
    except SystemExit as exited:  # argparse refusing the arguments
        code = exited.code if isinstance(exited.code, int) else 2
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def _run(args: list[str], memory: int, seconds: float) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="fuzz-run-") as folder:
        out, err = Path(folder) / "out", Path(folder) / "err"
        pid = os.fork()
        if pid == 0:
            _child(args, memory, out, err)
        deadline = time.monotonic() + seconds
        status = None
        while status is None:
            done, raw = os.waitpid(pid, os.WNOHANG)
            if done:
                status = raw
            elif time.monotonic() > deadline:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                status = "timeout"
            else:
                time.sleep(0.005)
        code: object = status if status == "timeout" else (
            os.waitstatus_to_exitcode(status) if isinstance(status, int) else status)
        return {"code": code,
                "stdout": out.read_text(encoding="utf-8", errors="replace"),
                "stderr": err.read_text(encoding="utf-8", errors="replace")}


def serve() -> None:
    for line in sys.stdin:
        request = json.loads(line)
        answer = _run(request["args"], request["memory"], request["seconds"])
        print(json.dumps(answer), flush=True)


if __name__ == "__main__":
    serve()
