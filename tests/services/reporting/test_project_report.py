"""The project report read back like a reader: its sections, its figures, its pages."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from pdf_reading import flat, pdf_text
from pypdf import PdfReader
from sqlalchemy import func, select

from ingenierie.models import Evaluation, Involvement, Project
from ingenierie.services.common import euros
from ingenierie.services.output_files import ExistingFileError, OutputFileError
from ingenierie.services.projects.dossier import project_dossier
from ingenierie.services.projects.project import ProjectInput, create_project
from ingenierie.services.reporting.document import ReportCancelled
from ingenierie.services.reporting.gathering import Period
from ingenierie.services.reporting.options import ReportOptions
from ingenierie.services.reporting.project_report import write_project_report
from ingenierie.storage import Database

SECTIONS = ("Synthèse", "Acteurs et grille pouvoir / intérêt", "Participation et posture",
            "Trajectoire de coopération", "Échanges de la période", "Financements",
            "Évaluation")


def busiest_evaluated_project(db: Database) -> uuid.UUID:
    with db.read() as session:
        return session.scalars(
            select(Evaluation.project_id).join(Involvement, Involvement.project_id ==
                                               Evaluation.project_id)
            .group_by(Evaluation.project_id).order_by(func.count().desc())).first()


def test_every_section_prints_with_the_dossiers_figures(demo: Database, tmp_path: Path) -> None:
    project_id = busiest_evaluated_project(demo)
    dossier = project_dossier(demo, project_id)
    path = tmp_path / "fiche.pdf"
    written = write_project_report(demo, project_id, path, ReportOptions(
        structure="Pays du Centre Ouest Bretagne", author="Anne Le Goff"))
    pages = pdf_text(path)
    assert written.pages == len(pages) > 2
    text = flat("\n".join(pages))
    for title in SECTIONS:
        assert title in text
    project = dossier.project
    assert project.title.split()[0] in text and "Pays du Centre Ouest Bretagne" in text
    assert f"{len(dossier.involvements)} acteurs impliqués" in text
    assert flat(euros(dossier.funding_totals.granted_cents)) in text
    for row in dossier.involvements:
        assert flat(row.stakeholder_name) in text
    for step in dossier.stage_history:
        assert f"{step.entered_on:%d/%m/%Y}" in text
    assert "Critères d'évaluation" in text and "Indicateurs au" in text
    for number, page in enumerate(pages, start=1):
        if number > 1:
            assert f"page {number} / {len(pages)}" in page
    metadata = PdfReader(path).metadata
    assert metadata.title == f"Fiche de suivi de projet — {project.code} — {project.title}"
    assert metadata.author == "Anne Le Goff"
    assert "Acteurs" in metadata.subject
    assert PdfReader(path).trailer["/Root"]["/Lang"] == "fr-FR"


def test_the_bookmarks_lead_to_the_sections(demo: Database, tmp_path: Path) -> None:
    path = tmp_path / "fiche.pdf"
    write_project_report(demo, busiest_evaluated_project(demo), path)
    reader = PdfReader(path)
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert titles == list(SECTIONS)
    destinations = [reader.get_destination_page_number(item) for item in reader.outline
                    if not isinstance(item, list)]
    assert destinations == sorted(destinations) and destinations[0] == 0 < destinations[-1]


def test_a_project_with_no_data_prints_each_section_with_aucune_donnee(
        db: Database, tmp_path: Path) -> None:
    project = create_project(db, ProjectInput(title="Tiers-lieu sans données")).value
    path = tmp_path / "vide.pdf"
    write_project_report(open_shipped(db), project.id, path)
    text = flat("\n".join(pdf_text(path)))
    for title in SECTIONS:
        assert title in text
    assert text.count("aucune donnée") >= 6
    assert "Aucun acteur impliqué : aucune donnée." in text
    assert "Aucune étape de coopération enregistrée : aucune donnée." in text


def open_shipped(db: Database) -> Database:
    from ingenierie.services.evaluation.shipped import sync_shipped_data

    sync_shipped_data(db)
    return db


def test_the_period_keeps_its_exchanges_and_reads_the_project_on_its_end(
        demo: Database, tmp_path: Path) -> None:
    project_id = busiest_evaluated_project(demo)
    dossier = project_dossier(demo, project_id)
    first, last = dossier.interactions[-1], dossier.interactions[0]
    assert first.occurred_on < last.occurred_on
    path = tmp_path / "periode.pdf"
    write_project_report(demo, project_id, path, ReportOptions(
        period=Period(first.occurred_on, first.occurred_on)))
    text = flat("\n".join(pdf_text(path)))
    assert f"du {first.occurred_on:%d/%m/%Y} au {first.occurred_on:%d/%m/%Y}" in text
    assert flat(first.title) in text
    assert f"{last.occurred_on:%d/%m/%Y} ·" not in text


def test_an_existing_file_is_replaced_only_when_asked_and_the_database_never(
        demo: Database, tmp_path: Path) -> None:
    project_id = busiest_evaluated_project(demo)
    path = tmp_path / "fiche.pdf"
    path.write_bytes(b"ancien")
    with pytest.raises(ExistingFileError):
        write_project_report(demo, project_id, path)
    assert path.read_bytes() == b"ancien"
    write_project_report(demo, project_id, path, replace=True)
    assert path.read_bytes().startswith(b"%PDF")
    with pytest.raises(OutputFileError, match="base de données ouverte"):
        write_project_report(demo, project_id, demo.location.file, replace=True)


def test_a_cancelled_report_leaves_no_file_and_the_old_one_intact(
        demo: Database, tmp_path: Path) -> None:
    path = tmp_path / "fiche.pdf"
    path.write_bytes(b"ancien")
    pages: list[int] = []

    def progress(step: str, done: int, _total: int | None) -> None:
        if step == "Mise en page":
            pages.append(done)

    with pytest.raises(ReportCancelled, match="aucun fichier n'a été écrit"):
        write_project_report(demo, busiest_evaluated_project(demo), path, replace=True,
                             progress=progress, cancelled=lambda: len(pages) >= 2)
    assert path.read_bytes() == b"ancien"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fiche.pdf"]


def test_a_missing_project_is_told_in_french(demo: Database, tmp_path: Path) -> None:
    from ingenierie.errors import NotFoundError

    with pytest.raises(NotFoundError):
        write_project_report(demo, uuid.uuid4(), tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
    with demo.read() as session:
        assert session.scalar(select(func.count()).select_from(Project)) == 40
