"""The wheel carries the migrations and resources, and works installed, not editable.

The wheel is built from a copy of the sources (so concurrent builds never share
``build/``), without build isolation: no network needed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from ingenierie.storage.migrate import Migrations

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = {"migrations": "ingenierie/migrations", "resources": "ingenierie/resources"}
_IGNORED = shutil.ignore_patterns("__pycache__", "*.egg-info", "*.pyc")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    source = tmp_path_factory.mktemp("source")
    for name in ("pyproject.toml", "setup.py", "README.md"):
        shutil.copy(ROOT / name, source / name)
    for folder in ("src", *SHIPPED):
        shutil.copytree(ROOT / folder, source / folder, ignore=_IGNORED)
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out)],
        cwd=source, check=True, capture_output=True, text=True)
    [built] = out.glob("ingenierie-*.whl")
    return built


def test_wheel_contains_every_migration_and_resource(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for folder, package in SHIPPED.items():
        for file in (ROOT / folder).rglob("*"):
            if file.is_file() and "__pycache__" not in file.parts:
                assert f"{package}/{file.relative_to(ROOT / folder).as_posix()}" in names
    assert "ingenierie/migrations/env.py" in names
    assert {f"ingenierie/migrations/versions/{p.name}"
            for p in (ROOT / "migrations" / "versions").glob("*.py")} <= names
    assert not any(name.startswith(("src/", "tests/", "migrations/")) for name in names)
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    assert "ingenierie = ingenierie.cli:main" in zipfile.ZipFile(wheel).read(
        entry_points).decode()


@pytest.mark.slow
def test_installed_wheel_creates_a_database_from_another_folder(
        wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install",
                    "--quiet", "--no-deps", "--no-index", str(wheel)], check=True)
    # The dependencies come from the test environment; its editable ingenierie does not,
    # because .pth files of a directory added this way are not read.
    site = subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                          check=True, capture_output=True, text=True).stdout.strip()
    Path(site, "test-dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")

    elsewhere = tmp_path / "ailleurs"
    elsewhere.mkdir()
    env = {**os.environ, "INGENIERIE_DB": str(tmp_path / "installée.sqlite")}
    env.pop("PYTHONPATH", None)
    init = subprocess.run([venv / "bin" / "ingenierie", "init"], cwd=elsewhere, env=env,
                          capture_output=True, text=True, check=False)
    assert init.returncode == 0, init.stderr
    assert f"(schéma {Migrations().head})" in init.stdout

    where = subprocess.run(
        [python, "-c", "import ingenierie.migrations as m, ingenierie.resources as r; "
                       "print(m.__file__); print(r.__file__)"],
        cwd=elsewhere, env=env, capture_output=True, text=True, check=True)
    assert all(line.startswith(site) for line in where.stdout.splitlines())

    info = subprocess.run([python, "-m", "ingenierie", "info"], cwd=elsewhere, env=env,
                          capture_output=True, text=True, check=False)
    assert info.returncode == 0, info.stderr
    assert "Schéma :" in info.stdout


@pytest.mark.parametrize("tool", [["check_python.py"], ["qt_system_libs.py", "--for", "test"]])
def test_the_set_up_checks_of_make_pass_here(tool: list[str]) -> None:
    """``make test`` runs them first; here Python and Qt's offscreen libraries are fine."""
    result = subprocess.run([sys.executable, str(ROOT / "tools" / tool[0]), *tool[1:]],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout == result.stderr == ""
