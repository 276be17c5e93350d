"""Keep the French catalogues in step with the source strings, and build the .qm files.

    python tools/translations.py update    # pyside6-lupdate: add new strings, drop gone ones
    python tools/translations.py release   # pyside6-lrelease: .ts -> .qm (committed too)
    python tools/translations.py check     # list what is missing or unfinished
    (add --area workspace to work on one catalogue only)

One catalogue per area so that engineers working on different screens never edit
the same file; ``ui/app.py`` loads every ``*_fr.qm``. ``update`` never writes a
translation: new strings arrive empty and "unfinished", for a person to translate
(with Qt Linguist or any editor), and ``tests/test_translations.py`` fails until then.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "src" / "ingenierie" / "ui"
CATALOGUES_DIR = ROOT / "resources" / "translations"
LANGUAGE = "fr"

# area -> the ui paths it covers; "workspace" takes whatever the others do not claim.
AREAS: dict[str, tuple[str, ...]] = {
    "projects": ("projects", "charts"),
    "stakeholders": ("stakeholders",),
    "importing": ("importing",),
    "safety": ("safety",),
    "evaluation": ("evaluation",),
}
DEFAULT_AREA = "workspace"


@dataclass(frozen=True)
class Catalogue:
    area: str
    sources: tuple[Path, ...]

    @property
    def ts(self) -> Path:
        return CATALOGUES_DIR / f"{self.area}_{LANGUAGE}.ts"

    @property
    def qm(self) -> Path:
        return self.ts.with_suffix(".qm")


def _area_of(path: Path) -> str:
    first = path.relative_to(UI).parts[0]
    return next((area for area, roots in AREAS.items() if first in roots), DEFAULT_AREA)


def catalogues() -> list[Catalogue]:
    """Every area that has Python sources, with those sources."""
    by_area: dict[str, list[Path]] = {}
    for path in sorted(UI.rglob("*.py")):
        by_area.setdefault(_area_of(path), []).append(path)
    return [Catalogue(area, tuple(paths)) for area, paths in sorted(by_area.items())]


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    if not Path(found).exists():
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def update(catalogue: Catalogue, ts: Path | None = None) -> None:
    """Merge the source strings into ``ts`` (the catalogue itself by default)."""
    target = ts or catalogue.ts
    subprocess.run(
        [_tool("pyside6-lupdate"), *map(str, catalogue.sources), "-ts", str(target),
         "-no-obsolete", "-locations", "none", "-source-language", "en",
         "-target-language", LANGUAGE, "-disable-heuristic", "sametext",
         "-disable-heuristic", "similartext", "-silent"],
        check=True, cwd=ROOT)


def release(catalogue: Catalogue, qm: Path | None = None) -> None:
    subprocess.run([_tool("pyside6-lrelease"), str(catalogue.ts), "-qm", str(qm or catalogue.qm),
                    "-silent"], check=True, cwd=ROOT)


def problems(ts: Path) -> list[str]:
    """Messages of ``ts`` without a finished translation, as "context: source"."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [] if translation is None else (
                [f.text for f in translation.iter("numerusform")] or [translation.text])
            unfinished = translation is None or translation.get("type") == "unfinished"
            if unfinished or not all(forms):
                found.append(f"{name}: {message.findtext('source')}")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("update", "release", "check"))
    parser.add_argument("--area", help="only this catalogue (workspace, project, importing…)")
    arguments = parser.parse_args()
    command = arguments.command
    failed = False
    for catalogue in catalogues():
        if arguments.area and catalogue.area != arguments.area:
            continue
        if command == "update":
            update(catalogue)
        elif command == "release":
            release(catalogue)
        missing = problems(catalogue.ts) if catalogue.ts.exists() else ["(no catalogue)"]
        for problem in missing:
            print(f"{catalogue.ts.name}: {problem}")
        failed = failed or bool(missing)
    return 1 if failed and command == "check" else 0


if __name__ == "__main__":
    sys.exit(main())
