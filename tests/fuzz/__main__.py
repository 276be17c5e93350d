"""Fuzz the import for as long as one likes: ``python -m tests.fuzz --examples 5000``.

Runs the generated-file tests of ``test_generated.py`` with as many examples as
asked, new random ones each time (``make test`` runs a fixed few). A failure is
printed by hypothesis as the smallest case it found: rebuild it with a builder in
``test_regressions.py`` so that it stays fixed.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import pytest


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.fuzz", description=__doc__)
    parser.add_argument("--examples", type=int, default=1000,
                        help="exemples générés par sorte de fichier (1000 par défaut)")
    parser.add_argument("-k", metavar="EXPR", help="seulement les tests choisis (pytest -k)")
    args = parser.parse_args()
    os.environ["INGENIERIE_FUZZ_EXAMPLES"] = str(args.examples)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    here = Path(__file__).parent
    options = [str(here / "test_generated.py"), "-p", "no:cacheprovider",
               "--hypothesis-show-statistics", "-x"]
    if args.k:
        options += ["-k", args.k]
    return int(pytest.main(options))


if __name__ == "__main__":
    sys.exit(main())
