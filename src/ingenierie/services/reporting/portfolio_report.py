"""The portfolio report: every project a filter keeps, seen together, then one by one.

The overview is the dashboard's (``evaluation.portfolio`` and ``charts.portfolio``):
the same counts by stage, scheme and participation level, the stage changes of the
period, the indicators *en retard*; the projects are those the projects list shows
for the same filter (``projects.listing``), in its order. A table of contents with
page numbers and a bookmark per project lead to each project's sections.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Paragraph, Spacer

from ingenierie.services.charts.portfolio import portfolio_charts
from ingenierie.services.evaluation.portfolio import Portfolio, portfolio
from ingenierie.services.output_files import write_file
from ingenierie.services.projects.selection import Scope
from ingenierie.services.reporting import style
from ingenierie.services.reporting.charts.bars import horizontal_bars, stacked_columns
from ingenierie.services.reporting.cover import Cover, draw_cover
from ingenierie.services.reporting.document import (
    CancelCheck,
    Heading,
    Metadata,
    ProgressCallback,
    ReportCancelled,
    ReportDocument,
)
from ingenierie.services.reporting.flowables import (
    column_widths,
    data_table,
    empty,
    fact_box,
    key_figures,
    section,
    side_by_side,
    subheading,
)
from ingenierie.services.reporting.gathering import Period, ProjectData, gather_project
from ingenierie.services.reporting.options import ReportOptions, checked_before_reading
from ingenierie.services.reporting.project_report import (
    WrittenReport,
    issued_line,
    project_name,
)
from ingenierie.services.reporting.project_sections import project_sections, stage_tag
from ingenierie.services.reporting.text import NOTHING, day, escaped, percent, plural
from ingenierie.storage import Database
from ingenierie.storage.keys import uuid_of

KIND = "Rapport de portefeuille"


def _overview(board: Portfolio, rows: list[ProjectData]) -> list[Flowable]:
    charts = portfolio_charts(board)
    half = style.FRAME_WIDTH / 2 - 8
    story = section("Vue d'ensemble", "ensemble")
    # a code (PTCE-2017-00169), « Contrat de ville » and « Co-construction » on one line
    shares = [1.75, 2.75, 1.55, 1.75, 1.85, 2.1]
    tag_width = column_widths(shares)[4] - 8
    story.append(data_table(
        ["Code", "Projet", "Dispositif", "Phase", "Étape", "Porteur"],
        [[d.dossier.project.code, d.dossier.project.title, d.dossier.project.scheme.label,
          d.dossier.project.phase.label, stage_tag(d.dossier.project.stage, tag_width),
          d.dossier.project.lead_name] for d in rows], shares))
    story += subheading("Répartition des projets")
    story.append(side_by_side(horizontal_bars(charts.by_stage, half, label_width=84),
                              horizontal_bars(charts.by_scheme, half, label_width=96)))
    story.append(Spacer(0, style.GAP))
    story.append(side_by_side(horizontal_bars(charts.participation, half, label_width=84),
                              horizontal_bars(charts.posture, half, label_width=70)))
    story += subheading(f"Changements d'étape du {day(board.since)} au {day(board.on)}")
    story.append(stacked_columns(charts.transitions, style.FRAME_WIDTH))
    story += subheading(f"Indicateurs en retard au {day(board.on)}")
    if not board.late_indicators:
        story.append(empty("Aucun indicateur en retard : aucune donnée."))
    else:
        story.append(data_table(
            ["Indicateur", "Projet", "Avancement", "Attendu", "Mesuré le"],
            [[late.title, late.project_title, percent(late.share), percent(late.expected_share),
              day(late.measured_on)] for late in board.late_indicators],
            [3.0, 3.4, 1.1, 1.0, 1.2], right=(2, 3)))
        if board.late.count > len(board.late_indicators):
            story.append(Paragraph(escaped(
                f"Les {len(board.late_indicators)} plus récemment mesurés sur "
                f"{board.late.count}."), style.styles().small))
    return story


def _summary(board: Portfolio, filters: list[tuple[str, str]]) -> list[Flowable]:
    changes = sum(t.count for t in board.transitions)
    story = section("En bref", "en-bref")
    story.append(key_figures([
        (str(board.total.count), "projets"),
        (str(board.participation[1].total), f"implications au {day(board.on)}"),
        (str(changes), "changements d'étape sur la période"),
        (str(board.late.count), "indicateurs en retard")]))
    story.append(Spacer(0, style.GAP))
    facts = [(label, escaped(value)) for label, value in filters]
    facts.append(("Période", escaped(f"du {day(board.since)} au {day(board.on)}")))
    story.append(fact_box(facts))
    return story


def write_portfolio_report(db: Database, scope: Scope, destination: Path,
                           options: ReportOptions | None = None, *, replace: bool = False,
                           protected: Mapping[Path, str] | None = None,
                           progress: ProgressCallback | None = None,
                           cancelled: CancelCheck | None = None) -> WrittenReport:
    """Write the portfolio report of the projects ``scope`` keeps to ``destination``."""
    options, keep = checked_before_reading(db, destination, options, replace=replace,
                                           protected=protected)
    board = portfolio(db, scope.wanted, on=options.period.on, since=options.period.since)
    period = Period(board.since, options.period.until)
    keys = scope.keys(db)
    projects: list[ProjectData] = []
    for done, key in enumerate(keys):
        if cancelled is not None and cancelled():
            raise ReportCancelled()
        if progress is not None:
            progress("Lecture des projets", done, len(keys))
        projects.append(gather_project(db, uuid_of(key), period))
    filters = scope.describe(db)
    story: list[Flowable] = [NextPageTemplate("body"), *_summary(board, filters),
                             PageBreak()]
    entries = [(0, "Vue d'ensemble", "ensemble")]
    entries += [(0, project_name(d), f"p{n}") for n, d in enumerate(projects)]
    pages = 0

    def write(temporary: Path) -> None:
        nonlocal pages
        # the structure has its own line above the title: not the title a second time
        cover = Cover(KIND, "Portefeuille de projets", [
            ", ".join(f"{label} : {value}" for label, value in filters),
            f"{plural(len(projects), 'projet', 'projets')} · du {day(board.since)} "
            f"au {day(board.on)}"], issued_line(options), options.structure, options.logo)
        metadata = Metadata(
            title=f"{KIND} — {options.structure or plural(len(projects), 'projet', 'projets')}",
            subject="Vue d'ensemble et fiches des projets, "
                    f"du {day(board.since)} au {day(board.on)}",
            author=options.author,
            header=" · ".join(filter(None, (options.structure, KIND))),
            date_line=f"au {board.on:%d/%m/%Y}")
        document = ReportDocument(str(temporary), metadata, draw_cover(cover), progress,
                                  cancelled)
        body: list[Flowable] = [*story, Heading("Sommaire", "sommaire", 0,
                                                style.styles().heading),
                                document.contents(entries), PageBreak(),
                                *_overview(board, projects)]
        for number, data in enumerate(projects):
            body += [PageBreak(), Heading(project_name(data), f"p{number}", 0,
                                          style.styles().title)]
            body.append(Paragraph(escaped(" · ".join(filter(None, (
                data.dossier.project.scheme.label, data.dossier.project.phase.label,
                data.dossier.project.status.label)))) or NOTHING, style.styles().muted))
            body += project_sections(data, f"p{number}", level=1)
        document.build_report(body)
        pages = document.layout.pages

    write_file(destination, write, replace=replace, protected=keep)
    return WrittenReport(destination, pages)
