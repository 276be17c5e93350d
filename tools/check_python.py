"""Stop `make` early, in plain words, when the Python given cannot build the .venv.

It must be 3.11 or newer and able to create virtual environments: Debian and
Ubuntu ship that part separately (``python3.X-venv``). As root it is installed
with apt-get; otherwise the exact command is printed.
"""

import importlib.util
import os
import shutil
import subprocess
import sys

MINIMUM = (3, 11)


def main() -> int:
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    if sys.version_info < MINIMUM:
        print(f"Ingénierie needs Python 3.11 or newer; {sys.executable} is {version}. "
              "Run: make PYTHON=python3.12 (or install python3.11).", file=sys.stderr)
        return 1
    if importlib.util.find_spec("ensurepip") is not None:
        return 0
    package = f"python{version}-venv"
    if os.geteuid() == 0 and shutil.which("apt-get"):
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-q"], check=True, env=env)
        subprocess.run(["apt-get", "install", "-y", "-q", package], check=True, env=env)
        return 0
    print(f"{sys.executable} cannot create virtual environments. Install them with:\n"
          f"  sudo apt-get install {package}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
