"""Sous-actions of a TeT plan d'action: imported as projects under their fiche, found again on
re-import, written back under their fiche, and refused when their fiche is missing."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import openpyxl
import tet_files
from sqlalchemy import select
from sqlalchemy.orm import aliased
from test_tet_plans import NAMED, PLAN, TET_READER_COLUMNS, accounted, projects, roles

from ingenierie.models import Funding, PlanAction, Project, Stakeholder
from ingenierie.models.vocabulary import ActionStatus, InvolvementRole, ProjectStatus
from ingenierie.services.importing.mapping.fields import RecordKind
from ingenierie.services.importing.pipeline import run_import
from ingenierie.services.importing.report import Outcome
from ingenierie.services.plans.plans import plan_place
from ingenierie.services.plans.tet_export import export_tet
from ingenierie.services.projects.project import archive_project
from ingenierie.storage import Database

ROWS = tet_files.WITH_SOUS_ACTIONS
ECOLES = "Rénover les écoles communales"
ISOLER, CHAUDIERE, VELOROUTE = (row["sub_title"] for row in tet_files.SOUS_ACTIONS)


def fiches_of(db: Database) -> dict[str, str | None]:
    """Each action's title, with its fiche's title (None for a fiche)."""
    fiche = aliased(PlanAction)
    fiche_project = aliased(Project)
    with db.read() as session:
        return dict(session.execute(
            select(Project.title, fiche_project.title)
            .join(PlanAction, PlanAction.project_id == Project.id)
            .outerjoin(fiche, fiche.id == PlanAction.parent_id)
            .outerjoin(fiche_project, fiche_project.id == fiche.project_id)).all())


def test_sous_actions_become_projects_under_their_fiche(db: Database, tmp_path: Path) -> None:
    report = run_import(db, tet_files.import_template(tmp_path, ROWS), NAMED)

    assert report.outcome is Outcome.IMPORTED, report.text()
    assert report.counts[PLAN].new == accounted(report) == len(ROWS) == 11
    assert any("8 fiche(s) action, 3 sous-action(s)" in notice for notice in report.notices)
    assert fiches_of(db) == {
        **{fiche["title"]: None for fiche in tet_files.FICHES},
        ISOLER: ECOLES, CHAUDIERE: ECOLES, VELOROUTE: "Schéma cyclable intercommunal"}
    found = projects(db)
    assert (found[ECOLES].code, found[ISOLER].code, found[CHAUDIERE].code) == (
        "PCAET-DU-VAL-001", "PCAET-DU-VAL-001.1", "PCAET-DU-VAL-001.2")
    assert found["Ouvrir un guichet de la rénovation"].code == "PCAET-DU-VAL-002"
    assert found[VELOROUTE].code == "PCAET-DU-VAL-003.1"
    # Its own status, pilot, funder and dates; its fiche keeps its own.
    assert (found[ISOLER].status, found[ECOLES].status) == (ProjectStatus.TERMINE,
                                                            ProjectStatus.ACTIF)
    assert roles(db, ISOLER) == {"Claire MARTIN": InvolvementRole.PILOTE,
                                 "ADEME": InvolvementRole.FINANCEUR}
    assert roles(db, CHAUDIERE)[tet_files.CC] is InvolvementRole.PORTEUR
    with db.read() as session:
        assert session.scalars(select(Funding.requested_cents).where(
            Funding.project_id == found[ISOLER].id)).one() == 3_000_000
        place = plan_place(session, found[ISOLER].id)
        of_fiche = plan_place(session, found[ECOLES].id)
    assert place is not None and of_fiche is not None
    assert place.fiche is not None and place.fiche.label == f"{ECOLES} (PCAET-DU-VAL-001)"
    assert (place.status, place.axes) == (ActionStatus.REALISE, (
        "1. Sobriété et efficacité énergétique", "1.1. Rénover le patrimoine public"))
    assert [link.title for link in of_fiche.sous_actions] == [ISOLER, CHAUDIERE]
    assert of_fiche.fiche is None and place.sous_actions == ()


def test_reimporting_finds_each_sous_action_again(db: Database, tmp_path: Path) -> None:
    path = tet_files.import_template(tmp_path, ROWS)
    run_import(db, path, NAMED)

    again = run_import(db, path, NAMED)
    assert again.counts[PLAN].unchanged == len(ROWS), again.text()
    assert set(again.counts) == {PLAN}

    corrected = list(ROWS)
    corrected[1] = {**corrected[1], "status": "En cours", "amount1": 35000}
    changed = run_import(db, tet_files.import_template(tmp_path, tuple(corrected), "v2.xlsx"),
                         NAMED)
    assert (changed.counts[PLAN].updated, changed.counts[PLAN].unchanged) == (1, 10)
    assert len(projects(db)) == len(ROWS)
    with db.read() as session:
        isoler = session.scalars(select(Project).where(Project.title == ISOLER)).one()
        assert session.scalars(select(Funding.requested_cents).where(
            Funding.project_id == isoler.id)).one() == 3_500_000
        assert isoler.status is ProjectStatus.ACTIF


def test_what_tet_holds_comes_back_unchanged_sous_actions_included(db: Database,
                                                                   tmp_path: Path) -> None:
    source = tet_files.import_template(tmp_path, ROWS)
    run_import(db, source, NAMED)

    written = export_tet(db, "PCAET-DU-VAL", tmp_path / "retour.xlsx")

    assert (written.fiches, written.sous_actions, written.notes) == (8, 3, [])
    before = openpyxl.load_workbook(source)["Fichier dimport"]
    after = openpyxl.load_workbook(written.path)["Fichier dimport"]
    held = [column for column, key in enumerate(tet_files.TEMPLATE_KEYS, start=1) if key]
    for row in range(len(ROWS)):
        assert [after.cell(4 + row, c).value for c in held] == \
            [before.cell(5 + row, c).value for c in held], f"row {row + 1}"
    assert after.cell(4 + len(ROWS), 4).value is None
    again = run_import(db, written.path, NAMED)
    assert again.counts[PLAN].unchanged == len(ROWS), again.text()


def test_tet_reads_each_sous_action_under_its_fiche(db: Database, tmp_path: Path) -> None:
    """As TeT's reader takes the rows: a sous-action names its fiche in column D, its own
    title in E, and follows its fiche (TeT refuses a sous-action without its fiche)."""
    run_import(db, tet_files.import_template(tmp_path, ROWS), NAMED)

    sheet = openpyxl.load_workbook(export_tet(db, "PCAET-DU-VAL", tmp_path / "r.xlsx").path)
    (data,) = [s for s in sheet.worksheets if s["A2"].value == "Axe (x)"]
    assert [str(c.value or "").strip() for c in data[2]][:28] == list(TET_READER_COLUMNS)
    rows = [(row[3], row[4]) for row in data.iter_rows(min_row=4, values_only=True)]
    assert rows == [(row["title"], row.get("sub_title")) for row in ROWS]


def test_a_fiche_is_written_with_its_sous_actions_and_a_sous_action_with_its_fiche(
        db: Database, tmp_path: Path) -> None:
    run_import(db, tet_files.import_template(tmp_path, ROWS), NAMED)

    fiche = export_tet(db, "PCAET-DU-VAL-001", tmp_path / "fiche.xlsx")
    alone = export_tet(db, "PCAET-DU-VAL-003.1", tmp_path / "sous-action.xlsx")

    def titles(path: Path) -> list[tuple[str, str | None]]:
        sheet = openpyxl.load_workbook(path)["Fichier dimport"]
        return [(row[3], row[4]) for row in sheet.iter_rows(min_row=4, values_only=True)]

    assert (fiche.fiches, fiche.sous_actions, fiche.notes) == (1, 2, [])
    assert titles(fiche.path) == [(ECOLES, None), (ECOLES, ISOLER), (ECOLES, CHAUDIERE)]
    assert (alone.name, alone.fiches, alone.sous_actions) == (VELOROUTE, 1, 1)
    assert titles(alone.path) == [("Schéma cyclable intercommunal", None),
                                  ("Schéma cyclable intercommunal", VELOROUTE)]
    assert "est une sous-action : sa fiche action est écrite avec elle" in alone.notes[0]


def test_the_sous_actions_of_an_archived_fiche_are_not_written(db: Database,
                                                               tmp_path: Path) -> None:
    run_import(db, tet_files.import_template(tmp_path, ROWS), NAMED)
    archive_project(db, projects(db)["Schéma cyclable intercommunal"].id)

    written = export_tet(db, "PCAET-DU-VAL", tmp_path / "retour.xlsx")

    assert (written.fiches, written.sous_actions) == (7, 2)
    assert written.notes == [f"Sous-action « {VELOROUTE} » non écrite : sa fiche action est "
                             "archivée (Territoires en Transitions refuse une sous-action sans "
                             "sa fiche)."]


def test_a_sous_action_without_its_fiche_is_refused_naming_it(db: Database,
                                                              tmp_path: Path) -> None:
    rows = (tet_files.SOUS_ACTIONS[2], *tet_files.FICHES[2:3], tet_files.SOUS_ACTIONS[0])
    path = tet_files.import_template(tmp_path, rows)

    refused = run_import(db, path, NAMED)

    assert refused.outcome is Outcome.REFUSED
    assert [(p.row, p.column, p.letter) for p in refused.errors] == [
        (5, "Titre de l'action", "D"), (7, "Titre de l'action", "D")]
    first, last = (p.message for p in refused.errors)
    assert first.startswith(f"Sous-action « {VELOROUTE} » : sa fiche action « Schéma cyclable "
                            "intercommunal » manque (elle n'est ni dans le plan ni sur une "
                            "ligne précédente).")
    assert f"« {ECOLES} » manque" in last and "avant celles de ses sous-actions" in last
    skipped = run_import(db, path, replace(NAMED, skip_invalid=True))
    assert (skipped.counts[PLAN].new, skipped.counts[PLAN].rejected) == (1, 2)
    assert set(projects(db)) == {"Schéma cyclable intercommunal"}


def test_a_sous_action_of_a_refused_fiche_is_refused_too(db: Database, tmp_path: Path) -> None:
    fiche = {**tet_files.FICHES[2], "amount2": 1000}  # an amount without its funder
    path = tet_files.import_template(tmp_path, (fiche, tet_files.SOUS_ACTIONS[2]))

    skipped = run_import(db, path, replace(NAMED, skip_invalid=True))

    assert skipped.counts[PLAN].rejected == 2 and projects(db) == {}
    assert "manque (sa ligne (5) n'est pas importée)" in skipped.errors[-1].message


def test_sous_actions_join_a_fiche_already_in_the_plan(db: Database, tmp_path: Path) -> None:
    run_import(db, tet_files.import_template(tmp_path), NAMED)

    added = run_import(db, tet_files.import_template(tmp_path, tet_files.SOUS_ACTIONS, "s.xlsx"),
                       NAMED)

    assert added.counts[PLAN].new == 3, added.text()
    assert fiches_of(db)[VELOROUTE] == "Schéma cyclable intercommunal"


def test_repeated_sous_actions_are_grouped_and_not_taken_for_their_fiche(
        db: Database, tmp_path: Path) -> None:
    sous_action = tet_files.SOUS_ACTIONS[0]
    path = tet_files.import_template(tmp_path, (tet_files.FICHES[0], sous_action, sous_action))

    report = run_import(db, path, replace(NAMED, skip_invalid=True))

    (group,) = report.duplicates
    assert (group.rows, group.label) == ((6, 7), f"{ISOLER} (sous-action de « {ECOLES} »)")
    assert (report.counts[PLAN].new, report.counts[PLAN].rejected) == (2, 1)
    with db.read() as session:
        statuses = dict(session.execute(select(Project.title, PlanAction.status).join(
            PlanAction, PlanAction.project_id == Project.id)).all())
        funders = set(session.scalars(select(Stakeholder.display_name).join(
            Funding, Funding.funder_id == Stakeholder.id).where(
            Funding.project_id == Project.id, Project.title == ECOLES)))
    assert statuses == {ECOLES: ActionStatus.EN_COURS, ISOLER: ActionStatus.REALISE}
    assert funders == {"Préfecture du Val", "ADEME"}  # the sous-action's 30 000 € is its own
    assert accounted(report, RecordKind.PLAN) == 3
