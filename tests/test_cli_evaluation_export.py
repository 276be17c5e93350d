"""``ingenierie evaluation export``: a typed workbook, read back with openpyxl."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook

from ingenierie.services.evaluation import (
    campaigns,
    indicators,
    maturity,
    measurements,
    recommendations,
    scores,
)
from ingenierie.services.opening import open_for_use
from ingenierie.services.projects.project import ProjectInput, create_project
from ingenierie.services.stakeholders.records import OrganisationInput
from ingenierie.services.stakeholders.stakeholder import create_organisation


def ingenierie(*args: str | Path) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([sys.executable, "-m", "ingenierie", *map(str, args)],
                            env=dict(os.environ), capture_output=True, text=True, check=False)
    assert "Traceback" not in result.stderr + result.stdout
    return result


def evaluated(db_path: Path) -> None:
    """Two projects; the first evaluated, with an indicator measured twice."""
    with open_for_use(db_path, create=True) as db:
        project = create_project(db, ProjectInput(
            title="Tiers-lieu de Carhaix", code="TL-CARHAIX", scheme="tiers_lieu",
            start_on=date(2023, 1, 1))).value
        create_project(db, ProjectInput(title="Autre", code="AUTRE"))
        owner = create_organisation(db, OrganisationInput("=Association du lavoir")).value
        made = campaigns.create_evaluation(db, project.id, campaigns.EvaluationInput(
            date(2024, 6, 12), timing="mi_parcours",
            participants=((owner.id, "commanditaire"),))).value
        scores.set_criterion_score(db, made.id, scores.ScoreInput("utilite", 3, "+utile"))
        [grid] = maturity.maturity_frameworks(db)
        maturity.set_maturity_answer(db, made.id, grid.items[0].id, 2, "@commentaire")
        recommendations.add_recommendation(db, made.id, recommendations.RecommendationInput(
            "Ouvrir le lieu le samedi", owner_id=owner.id, due_on=date(2024, 12, 31)))
        users = indicators.create_indicator(db, project.id, indicators.IndicatorInput(
            "Usagers réguliers", "personnes", date(2023, 1, 1), baseline_value=10,
            target_value=110, target_on=date(2025, 1, 1))).value
        for on, value in ((date(2023, 7, 1), Decimal("12.5")), (date(2024, 1, 1), 60)):
            measurements.add_measurement(db, users.id, measurements.MeasurementInput(on, value))


def test_the_export_writes_one_typed_sheet_each(db_path: Path, tmp_path: Path) -> None:
    evaluated(db_path)
    target = tmp_path / "évaluations.xlsx"
    result = ingenierie("--db", db_path, "evaluation", "export", target)
    assert result.returncode == 0, result.stderr
    assert "Mesures : 2 ligne(s)" in result.stdout
    workbook = load_workbook(target)
    assert workbook.sheetnames == ["Évaluations", "Notes", "Recommandations", "Maturité",
                                   "Indicateurs", "Mesures"]
    for sheet in workbook.worksheets:
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref.startswith("A1:")
        assert all(cell.font.bold for cell in sheet[1])
    campaign = [c.value for c in workbook["Évaluations"][2]]
    assert campaign[:4] == ["TL-CARHAIX", "Tiers-lieu de Carhaix", datetime(2024, 6, 12),
                            "Mi-parcours"]
    assert campaign[7] == "=Association du lavoir (Commanditaire)"
    assert workbook["Évaluations"].cell(2, 8).data_type == "s"  # a name, never a formula
    assert [c.value for c in workbook["Notes"][2]][4:7] == ["Utilité", 3, "+utile"]
    assert len(list(workbook["Notes"].iter_rows(min_row=2))) == 1  # only what was scored
    recommendation = [c.value for c in workbook["Recommandations"][2]]
    assert recommendation[4:8] == ["Ouvrir le lieu le samedi", "=Association du lavoir",
                                   datetime(2024, 12, 31), "À faire"]
    assert workbook["Recommandations"].cell(2, 7).number_format == "DD/MM/YYYY"
    answer = [c.value for c in workbook["Maturité"][2]]
    assert answer[6:9] == [2, "En construction", "@commentaire"]
    indicator = workbook["Indicateurs"]
    headers = [c.value for c in indicator[1]]
    row = dict(zip(headers, (c.value for c in indicator[2]), strict=True))
    assert (row["Valeur de départ"], row["Cible"], row["Dernière valeur"]) == (10, 110, 60)
    assert row["Chemin parcouru"] == 0.5 and row["Avancement"] == "En ligne"
    assert indicator.cell(2, headers.index("Chemin parcouru") + 1).number_format == "0.0%"
    assert [c.value for c in workbook["Mesures"][2]][4:6] == [datetime(2023, 7, 1), 12.5]


def test_one_project_an_existing_file_and_an_unknown_code(db_path: Path, tmp_path: Path
                                                          ) -> None:
    evaluated(db_path)
    target = tmp_path / "autre.xlsx"
    assert ingenierie("--db", db_path, "evaluation", "export", target, "--project",
                      "AUTRE").returncode == 0
    assert load_workbook(target)["Évaluations"].max_row == 1  # the headers only
    again = ingenierie("--db", db_path, "evaluation", "export", target)
    assert again.returncode == 2
    assert again.stderr.startswith(f"Erreur : Le fichier « {target} » existe déjà")
    assert ingenierie("--db", db_path, "evaluation", "export", target, "--force",
                      "--project", "TL-CARHAIX").returncode == 0
    assert load_workbook(target)["Évaluations"].max_row == 2
    unknown = ingenierie("--db", db_path, "evaluation", "export", target, "--force",
                         "--project", "NOPE")
    assert unknown.returncode == 2
    assert unknown.stderr.strip() == "Erreur : Aucun projet n'a le code « NOPE »."
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".export")) == []


def test_the_open_database_is_never_overwritten(tmp_path: Path) -> None:
    base = tmp_path / "base.xlsx"  # a database whose name looks like a workbook
    open_for_use(base, create=True).close()
    before = base.read_bytes()
    result = ingenierie("--db", base, "evaluation", "export", base, "--force")
    assert result.returncode == 2
    assert "est la base de données ouverte" in result.stderr
    assert base.read_bytes() == before
