"""Generated and mutated files against ``ingenierie import``: the rule of ``bounded.py``.

A bounded number of examples in ``make test`` (``INGENIERIE_FUZZ_EXAMPLES``, 50 per
kind by default: about 15 s in all); ``python -m tests.fuzz`` runs as many as asked.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from .bounded import BoundedImporter, broken_rule
from .strategies import CsvCase, XlsxCase, csv_cases, mapping_texts, write_case, xlsx_cases

# A failing case holding a 20 000-character cell is printed all the same.
pytestmark = pytest.mark.filterwarnings("ignore:Generating overly large repr")
EXAMPLES = int(os.environ.get("INGENIERIE_FUZZ_EXAMPLES", "50"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=
                "INGENIERIE_FUZZ_EXAMPLES" not in os.environ,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture])


def check(importer: BoundedImporter, case: CsvCase | XlsxCase, *options: str) -> None:
    with tempfile.TemporaryDirectory(prefix="fuzz-case-") as folder:
        outcome = importer.run(write_case(case, Path(folder)), *options)
    broken = broken_rule(outcome, dry_run="--dry-run" in options)
    assert broken is None, broken


@FUZZ
@given(case=csv_cases())
def test_generated_csv_files_keep_the_rule(importer: BoundedImporter, case: CsvCase) -> None:
    check(importer, case, "--skip-invalid")


@FUZZ
@given(case=xlsx_cases())
def test_mutated_workbooks_keep_the_rule(importer: BoundedImporter, case: XlsxCase) -> None:
    check(importer, case, "--dry-run")


@FUZZ
@given(text=mapping_texts())
def test_mapping_files_of_any_shape_keep_the_rule(importer: BoundedImporter,
                                                  text: str) -> None:
    with tempfile.TemporaryDirectory(prefix="fuzz-case-") as folder:
        mapping = Path(folder) / "correspondance.json"
        mapping.write_text(text, encoding="utf-8", errors="replace")
        case = XlsxCase(("Nom", "Prénom", "Courriel"), (("Martin", "Claire", None),), (), (),
                        None, None)
        outcome = importer.run(write_case(case, Path(folder)), "--mapping", str(mapping))
    broken = broken_rule(outcome)
    assert broken is None, broken
