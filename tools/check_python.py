"""Stop `make` early, in plain words, when the Python given is too old."""

import sys

if sys.version_info < (3, 11):
    sys.exit(
        f"Ingénierie needs Python 3.11 or newer; {sys.executable} is "
        f"{sys.version.split()[0]}. Run: make PYTHON=python3.12 (or install python3.11)."
    )
