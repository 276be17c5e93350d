"""Dependencies point down (ui → services → storage → models) and only ui imports Qt.

The contracts live in pyproject.toml (``[tool.importlinter]``); ``lint-imports``
checks them on the real package, then on a copy with a planted violation, to
show that they would catch one.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")
CONTRACTS = ("Layers point down: ui -> services -> storage -> models",
             "Only the ui package imports Qt")


def lint_imports(cwd: Path, pythonpath: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    if pythonpath is not None:
        env["PYTHONPATH"] = str(pythonpath)
    return subprocess.run([LINT_IMPORTS, "--no-cache", "--no-logo"], cwd=cwd, env=env,
                          capture_output=True, text=True, check=False)


def test_both_contracts_are_kept() -> None:
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    for contract in CONTRACTS:
        assert f"{contract} KEPT" in result.stdout


@pytest.mark.parametrize(("module", "planted", "broken"), [
    ("models/base.py", "from PySide6 import QtCore", CONTRACTS[1]),
    ("storage/engines/sqlite/backup.py", "import PySide6.QtWidgets", CONTRACTS[1]),
    ("models/base.py", "import ingenierie.storage", CONTRACTS[0]),
    ("storage/engines/sqlite/connection.py", "from ingenierie.services import database_info",
     CONTRACTS[0]),
    ("errors.py", "import ingenierie.models", CONTRACTS[0]),
])
def test_a_planted_violation_is_caught(tmp_path: Path, module: str, planted: str,
                                       broken: str) -> None:
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    package = tmp_path / "src" / "ingenierie"
    shutil.copytree(ROOT / "src" / "ingenierie", package,
                    ignore=shutil.ignore_patterns("__pycache__"))
    target = package / module
    target.write_text(f"{target.read_text(encoding='utf-8')}\n{planted}\n", encoding="utf-8")

    result = lint_imports(tmp_path, pythonpath=tmp_path / "src")
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"{broken} BROKEN" in result.stdout
