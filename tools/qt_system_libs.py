"""Make sure Qt's system libraries are present; install them when running as root.

PySide6 wheels bundle Qt but not the X11/EGL/font libraries of the system.
On Debian or Ubuntu as root, the missing packages are installed with apt-get;
otherwise this prints exactly which ones to install.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

DEBIAN_PACKAGES = [
    "libegl1", "libgl1", "libglib2.0-0", "libfontconfig1", "libfreetype6", "libdbus-1-3",
    "libxkbcommon0", "libxkbcommon-x11-0", "libx11-xcb1", "libxcb-cursor0", "libxcb-icccm4",
    "libxcb-image0", "libxcb-keysyms1", "libxcb-randr0", "libxcb-render-util0",
    "libxcb-shape0", "libxcb-xinerama0", "libxcb-xkb1", "libxrender1", "libxi6",
]
PROBE = "from PySide6 import QtWidgets, QtGui"


def qt_loads() -> tuple[bool, str]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=False)
    return result.returncode == 0, result.stderr.strip()


def missing_debian_packages() -> list[str]:
    missing = []
    for package in DEBIAN_PACKAGES:
        status = subprocess.run(
            ["dpkg-query", "-W", "-f=${Status}", package],
            capture_output=True, text=True, check=False)
        if "install ok installed" not in status.stdout:
            missing.append(package)
    return missing


def main() -> int:
    ok, error = qt_loads()
    if ok:
        return 0
    if not shutil.which("dpkg-query"):
        print(f"Qt cannot load its system libraries:\n{error}", file=sys.stderr)
        return 1
    missing = missing_debian_packages()
    if os.geteuid() == 0 and shutil.which("apt-get") and missing:
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-q"], check=True, env=env)
        subprocess.run(["apt-get", "install", "-y", "-q", *missing], check=True, env=env)
        ok, error = qt_loads()
        return 0 if ok else 1
    print("Qt cannot load its system libraries. Install them with:\n"
          f"  sudo apt-get install {' '.join(missing or DEBIAN_PACKAGES)}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
