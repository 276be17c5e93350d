"""The French catalogues: every string of the sources translated, every .qm built from its .ts."""

from __future__ import annotations

import importlib.util
import re
import shutil
import sys
import xml.etree.ElementTree as ET
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


# --- French typography ---------------------------------------------------------------------
# « : ; ! ? » take a no-break space before them (U+00A0, or U+202F before ; ! ?), « » take
# one inside, the apostrophe is ’, and a number shown with a noun that agrees with it goes
# through Qt's %n plural forms — "1 acteurs", "3 erreur(s)" were what the catalogues said.
NO_BREAK = "\u00a0\u202f"
_TAG = re.compile(r"<[^>]*>")
_SPACE_BEFORE_PUNCTUATION = re.compile(r"[ \t][:;!?](?!\w)")
_PLURAL_PLACEHOLDER = re.compile(r"\((?:s|x|es|e|ies)\)")
_COUNT_THEN_PLURAL = re.compile(r"(?:\{\d\}|%\d)[ \u00a0\u202f]+(\w+[sx])\b")
_INVARIABLE = frozenset({"depuis", "dans", "sous", "vers", "chez", "plus", "moins", "après",
                         "avec", "sans", "pas", "fois"})


def typography_faults(ts_text: str) -> list[str]:
    """Every translation of a .ts file that French typography would correct, with why."""
    faults = []
    root = ET.fromstring(ts_text)
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                continue
            numerus = message.get("numerus") == "yes"
            forms = ([f.text or "" for f in translation.iter("numerusform")] if numerus
                     else [translation.text or ""])
            for form in forms:
                text = _TAG.sub("|", form)  # a tag ends a word
                why = []
                if _SPACE_BEFORE_PUNCTUATION.search(text):
                    why.append("a plain space before : ; ! or ?")
                if re.search(r"«(?![" + NO_BREAK + "])", text) or re.search(
                        r"(?<![" + NO_BREAK + "])»", text):
                    why.append("« » without a no-break space inside")
                if "'" in text:
                    why.append("a straight apostrophe")
                if _PLURAL_PLACEHOLDER.search(text):
                    why.append("a plural written (s): use %n")
                if not numerus and any(word.casefold() not in _INVARIABLE
                                       for word in _COUNT_THEN_PLURAL.findall(text)):
                    why.append("a count before a plural noun: use %n")
                if re.search(r"\d \d{3}\b", text):
                    why.append("a thousands separator that may break the line")
                faults.extend(f"{name}: {form!r}: {reason}" for reason in why)
    return faults


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda c: c.area)
def test_every_translation_follows_french_typography(catalogue: Any) -> None:
    assert typography_faults(catalogue.ts.read_text(encoding="utf-8")) == []


def test_the_typography_check_finds_what_the_old_catalogues_said() -> None:
    old = ('<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="fr">'
           "<context><name>Demo</name>"
           "<message><source>a</source><translation>Archiver « {0} » ?</translation></message>"
           "<message><source>b</source><translation>{0} acteurs · {1} à gérer de près"
           "</translation></message>"
           "<message><source>c</source><translation>Problèmes : %1 erreur(s)</translation>"
           "</message>"
           "<message><source>d</source><translation>Il n'y a rien.</translation></message>"
           "<message><source>e</source><translation>Dépenses : 12 500,00 €</translation>"
           "</message>"
           "<message><source>f</source><translation>Le {0} depuis le {1}</translation>"
           "</message></context></TS>")
    faults = typography_faults(old)
    assert len([f for f in faults if "Archiver" in f]) == 2
    assert any("acteurs" in f and "%n" in f for f in faults)
    assert any("erreur(s)" in f and "(s)" in f for f in faults)
    assert any("apostrophe" in f for f in faults)
    assert any("thousands" in f for f in faults)
    assert not any("depuis" in f for f in faults)


def test_the_user_guide_follows_french_typography() -> None:
    guide = (Path(__file__).resolve().parent.parent / "resources" / "guide" / "guide_fr.md"
             ).read_text(encoding="utf-8")
    wrapped = ('<TS><context><name>Guide</name><message><source>g</source><translation>'
               + guide.replace("&", "&amp;").replace("<", "&lt;") + "</translation></message>"
               "</context></TS>")
    assert typography_faults(wrapped) == []
