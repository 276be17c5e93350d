"""The project report (« fiche de suivi »): a cover with the summary, then every section.

``write_project_report`` reads the project, lays the report out and writes it through
``output_files`` (checked destination, temporary file renamed when complete): a
cancelled or failed report leaves no file, and never replaces a good one.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.platypus import Flowable, NextPageTemplate

from ingenierie.services.output_files import write_file
from ingenierie.services.reporting.cover import Cover, draw_cover
from ingenierie.services.reporting.document import (
    CancelCheck,
    Metadata,
    ProgressCallback,
    ReportDocument,
)
from ingenierie.services.reporting.gathering import ProjectData, gather_project
from ingenierie.services.reporting.options import ReportOptions, checked_before_reading
from ingenierie.services.reporting.project_sections import project_sections
from ingenierie.services.reporting.text import long_day
from ingenierie.storage import Database

KIND = "Fiche de suivi de projet"


@dataclass(frozen=True, slots=True)
class WrittenReport:
    path: Path
    pages: int


def project_name(data: ProjectData) -> str:
    project = data.dossier.project
    return f"{project.code} — {project.title}" if project.code else project.title


def issued_line(options: ReportOptions) -> str:
    return f"Établi le {long_day(date.today())} par {options.author}"


def _cover(data: ProjectData, options: ReportOptions) -> Cover:
    project = data.dossier.project
    territories = ", ".join(t.name for t in project.territories)
    lines = [" · ".join(filter(None, (project.code, project.scheme.label, project.phase.label,
                                      project.status.label)))]
    if territories:
        lines.append(territories)
    lines.append(f"Période : {data.period.describe()}")
    return Cover(KIND, project.title, lines, issued_line(options), options.structure,
                 options.logo)


def _metadata(data: ProjectData, options: ReportOptions) -> Metadata:
    header = " · ".join(filter(None, (options.structure, KIND, project_name(data))))
    return Metadata(title=f"{KIND} — {project_name(data)}",
                    subject="Acteurs, coopération, échanges, financements et évaluation du "
                            f"projet, {data.period.describe()}",
                    author=options.author, header=header,
                    date_line=f"au {data.period.on:%d/%m/%Y}")


def write_project_report(db: Database, project_id: uuid.UUID, destination: Path,
                         options: ReportOptions | None = None, *, replace: bool = False,
                         protected: Mapping[Path, str] | None = None,
                         progress: ProgressCallback | None = None,
                         cancelled: CancelCheck | None = None) -> WrittenReport:
    """Write the report of ``project_id`` to ``destination`` (see ``output_files``)."""
    options, keep = checked_before_reading(db, destination, options, replace=replace,
                                           protected=protected)
    if progress is not None:
        progress("Lecture du projet", 0, None)
    data = gather_project(db, project_id, options.period)
    story: list[Flowable] = [NextPageTemplate("body"), *project_sections(data, "projet")]
    pages = 0

    def write(temporary: Path) -> None:
        nonlocal pages
        document = ReportDocument(str(temporary), _metadata(data, options),
                                  draw_cover(_cover(data, options)), progress, cancelled)
        document.build_report(story)
        pages = document.layout.pages

    write_file(destination, write, replace=replace, protected=keep)
    return WrittenReport(destination, pages)
