"""How long the command line takes before it answers: ``--help`` and ``info``.

Each command is run as a real process (``python -m ingenierie``), ``--runs`` times,
alternating with a bare ``python -c pass`` so that the machine's load weighs on both
alike; prints the medians of the wall-clock time and of the CPU time (user + system,
less sensitive to other programs on a shared machine). Bytecode is cached as an installed
app's is (``PYTHONDONTWRITEBYTECODE`` is dropped for the runs). Target (issue 15):
``--help`` and ``info`` under 0.4 s.

    .venv/bin/python benchmarks/cli_start.py --database FILE [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ENVIRONMENT = {name: value for name, value in os.environ.items()
               if name != "PYTHONDONTWRITEBYTECODE"}


def _timed(command: list[str]) -> tuple[float, float]:
    """Wall and CPU milliseconds of one run of ``command``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=ENVIRONMENT)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall * 1000, cpu * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", type=Path, required=True, help="an existing database")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    app = [sys.executable, "-m", "ingenierie", "--db", str(args.database)]
    commands = {"python -c pass": [sys.executable, "-c", "pass"],
                "ingenierie --help": [*app, "--help"], "ingenierie info": [*app, "info"]}
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, command in commands.items():
            times[name].append(_timed(command))
    print(f"load average: {' '.join(f'{value:.1f}' for value in os.getloadavg())}")
    for name, runs in times.items():
        wall = statistics.median(run[0] for run in runs)
        cpu = statistics.median(run[1] for run in runs)
        print(f"{name:20} wall {wall:7.0f} ms   cpu {cpu:7.0f} ms   (median of {len(runs)})")


if __name__ == "__main__":
    main()
