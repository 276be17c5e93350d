"""Make sure the system libraries Qt needs are present; install them when running as root.

PySide6 wheels bundle Qt itself but link against X11, EGL, fontconfig… from
the system. ``ldd`` on the Qt modules and on the platform plugin says exactly
which libraries are missing. On Debian or Ubuntu as root they are installed
with apt-get; otherwise the exact command is printed and the exit code is 1.

    python tools/qt_system_libs.py --for run    # the window (xcb platform)
    python tools/qt_system_libs.py --for test   # the tests (offscreen platform)

Elsewhere than Linux the wheels carry everything, so there is nothing to do.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

MODULES = ("QtWidgets", "QtSvg", "QtPrintSupport")
PLATFORM_PLUGINS = {"run": ("xcb", "offscreen"), "test": ("offscreen",)}

# Library → Debian/Ubuntu package providing it (Ubuntu 24.04 may add a "t64" suffix).
PACKAGES = {
    "libEGL.so.1": "libegl1", "libGL.so.1": "libgl1", "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0", "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0", "libgobject-2.0.so.0": "libglib2.0-0",
    "libfontconfig.so.1": "libfontconfig1", "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3", "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0", "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1", "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0", "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0", "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0", "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0", "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1", "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0", "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-xkb.so.1": "libxcb-xkb1", "libxcb-glx.so.0": "libxcb-glx0",
    "libSM.so.6": "libsm6", "libICE.so.6": "libice6", "libXrender.so.1": "libxrender1",
    "libXi.so.6": "libxi6", "libcups.so.2": "libcups2",
    "libgssapi_krb5.so.2": "libgssapi-krb5-2", "libz.so.1": "zlib1g",
}
_NOT_FOUND = re.compile(r"^\s*(\S+) => not found", re.MULTILINE)


def qt_files(target: str) -> list[Path]:
    """The Qt binaries the app loads for ``target``, or [] when PySide6 is not installed."""
    spec = importlib.util.find_spec("PySide6")  # located, not imported: that could fail
    if spec is None or not spec.submodule_search_locations:
        return []
    root = Path(next(iter(spec.submodule_search_locations)))
    files = [root / f"{module}.abi3.so" for module in MODULES]
    files += [root / "Qt" / "plugins" / "platforms" / f"libq{name}.so"
              for name in PLATFORM_PLUGINS[target]]
    return [file for file in files if file.exists()]


def missing_libraries(files: list[Path]) -> list[str]:
    """Libraries that ``ldd`` cannot find for ``files``, sorted."""
    missing: set[str] = set()
    for file in files:
        output = subprocess.run(["ldd", str(file)], capture_output=True, text=True,
                                check=False).stdout
        missing.update(_NOT_FOUND.findall(output))
    return sorted(missing)


def _installable(package: str) -> bool:
    policy = subprocess.run(["apt-cache", "policy", package], capture_output=True, text=True,
                            check=False).stdout
    return "Candidate:" in policy and "Candidate: (none)" not in policy


def debian_packages(libraries: list[str]) -> tuple[list[str], list[str]]:
    """(packages to install, libraries no known package provides)."""
    packages: set[str] = set()
    unknown = []
    for library in libraries:
        package = PACKAGES.get(library)
        if package is None:
            unknown.append(library)
            continue
        if shutil.which("apt-cache") and not _installable(package) \
                and _installable(f"{package}t64"):
            package += "t64"
        packages.add(package)
    return sorted(packages), unknown


def _install(packages: list[str]) -> None:
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-q"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-q", "--no-install-recommends", *packages],
                   check=True, env=env)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--for", dest="target", choices=sorted(PLATFORM_PLUGINS),
                        default="run")
    target = parser.parse_args(argv).target
    if not sys.platform.startswith("linux") or not shutil.which("ldd"):
        return 0
    files = qt_files(target)
    missing = missing_libraries(files)
    if not missing:
        return 0
    packages, unknown = debian_packages(missing)
    if packages and not unknown and os.geteuid() == 0 and shutil.which("apt-get"):
        print(f"Installing the system libraries Qt needs: {' '.join(packages)}")
        _install(packages)
        missing = missing_libraries(files)
        if not missing:
            return 0
        packages, unknown = debian_packages(missing)
    print(f"Qt cannot start: these system libraries are missing: {', '.join(missing)}.",
          file=sys.stderr)
    if packages:
        print(f"Install them with:\n  sudo apt-get install {' '.join(packages)}",
              file=sys.stderr)
    if unknown:
        print(f"Find the packages providing {', '.join(unknown)} with your distribution's "
              "package search (e.g. apt-file search).", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
