"""The French catalogues: every string of the sources translated, every .qm built from its .ts."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

TOOL = Path(__file__).resolve().parent.parent / "tools" / "translations.py"


def _load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations_tool", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module


tool = _load_tool()
CATALOGUES = tool.catalogues()


def test_every_area_with_sources_has_a_catalogue() -> None:
    assert {c.area for c in CATALOGUES} >= {"workspace", "projects"}
    for catalogue in CATALOGUES:
        assert catalogue.ts.exists(), f"no {catalogue.ts.name}: run tools/translations.py update"


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda c: c.area)
def test_catalogue_has_a_finished_translation_for_each_source_string(
        catalogue: Any, tmp_path: Path) -> None:
    copy = tmp_path / catalogue.ts.name
    shutil.copy(catalogue.ts, copy)
    tool.update(catalogue, copy)
    assert tool.problems(copy) == [], (
        "untranslated strings: run tools/translations.py update, translate, then release")


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda c: c.area)
def test_compiled_catalogue_is_built_from_the_current_source(
        catalogue: Any, tmp_path: Path) -> None:
    built = tmp_path / catalogue.qm.name
    tool.release(catalogue, built)
    committed = catalogue.qm
    assert committed.exists() and committed.read_bytes() == built.read_bytes(), (
        f"{committed.name} is stale: run tools/translations.py release")


def test_a_missing_translation_is_reported(tmp_path: Path) -> None:
    catalogue = tmp_path / "demo_fr.ts"
    catalogue.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="fr">'
        "<context><name>Demo</name>"
        "<message><source>Done</source><translation>Fait</translation></message>"
        '<message><source>New</source><translation type="unfinished"></translation></message>'
        '<message numerus="yes"><source>%n file(s)</source><translation>'
        "<numerusform>%n fichier</numerusform><numerusform></numerusform></translation></message>"
        "</context></TS>", encoding="utf-8")
    assert tool.problems(catalogue) == ["Demo: New", "Demo: %n file(s)"]
