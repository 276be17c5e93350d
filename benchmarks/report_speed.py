"""How fast the PDF reports and the Excel export are, against bare reportlab and openpyxl.

On the 100 000-stakeholder demo database (``ingenierie demo --size 100000``), each
stage in its own process (so that its peak memory is its own), ``--runs`` times,
medians printed:

- the project report (« fiche de suivi ») of the evaluated project with the most
  stakeholders, beside a bare reportlab document holding the same tables and charts
  (default styles, no cover, header, footer, bookmarks), each timed from reading its
  data to the file written, as the raw writer of the export is — seconds, pages and
  pages/s;
- the portfolio report of about 200 projects (PTCE in « mise en œuvre »), beside the
  bare document of the same overview and per-project tables and charts;
- the export of about 100 000 rows (the PTCE projects and everything they name),
  beside the raw writer: the same queries appended as plain values to openpyxl's
  write-only workbook (no formats, widths, neutralisation, summary) — rows/s and
  peak memory; and the export of half as many rows, to show memory flat in the rows.

Targets (issue 12): report pages/s ≥ 0.7× the bare document; export rows/s ≥ 0.8× the
raw writer; export peak memory < 300 MB and flat in the row count. Never asserted.
Each stage also measures its processor time: on a machine shared with other work the
wall-clock seconds of two stages run a minute apart are not comparable, their processor
seconds are; both ratios are printed.

    .venv/bin/python benchmarks/report_speed.py --db /tmp/demo-100k.sqlite [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from memory import peak_mb

PORTFOLIO = {"scheme": "ptce", "phase": "mise_en_oeuvre"}
EXPORT_LARGE = {"scheme": "ptce"}
EXPORT_SMALL = {"scheme": "ptce", "phase": "mise_en_oeuvre"}


def _open(path: str) -> Any:
    from ingenierie.services.opening import open_for_use

    return open_for_use(path, create=False)


def _busiest_project(db: Any) -> uuid.UUID:
    from sqlalchemy import func, select

    from ingenierie.models import Evaluation, Involvement

    with db.read() as session:
        return session.scalars(
            select(Involvement.project_id).where(Involvement.project_id.in_(
                select(Evaluation.project_id))).group_by(Involvement.project_id)
            .order_by(func.count().desc())).first()


def _scope(values: dict[str, str]) -> Any:
    from ingenierie.models.vocabulary import ProjectPhase, Scheme
    from ingenierie.services.projects.listing import ProjectFilter
    from ingenierie.services.projects.selection import Scope

    return Scope(ProjectFilter(scheme=Scheme(values["scheme"]),
                               phase=ProjectPhase(values["phase"]) if "phase" in values
                               else None))


# -- the bare documents -----------------------------------------------------------------------
def _bare_project(data: Any) -> list[Any]:
    """The project report's tables and charts, in plain reportlab."""
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, Table

    from ingenierie.services.reporting.charts.grid import GridEntry, power_interest_grid
    from ingenierie.services.reporting.charts.radar import maturity_radar
    from ingenierie.services.reporting.charts.timeline import stage_timeline
    from ingenierie.services.reporting.project_sections import distribution_chart
    from ingenierie.services.reporting.style import FRAME_WIDTH
    from ingenierie.services.reporting.text import escaped

    styles = getSampleStyleSheet()
    body = styles["BodyText"]

    def table(rows: list[list[Any]]) -> Table:
        return Table([[Paragraph(escaped(str(v)), body) if v is not None else "" for v in row]
                      for row in rows], repeatRows=1)

    dossier, evaluation = data.dossier, data.evaluation
    story: list[Any] = [Paragraph(escaped(dossier.project.title), styles["Title"])]
    story.append(table([["N°", "Acteur", "Rôle", "Infl.", "Int.", "Participation", "Posture"],
                        *[[n, r.stakeholder_name, r.role.label, r.influence, r.interest,
                           r.participation.label, r.posture.label]
                          for n, r in enumerate(dossier.involvements, 1)]]))
    story.append(power_interest_grid([GridEntry(n, r.stakeholder_name, r.influence, r.interest,
                                                r.participation)
                                      for n, r in enumerate(dossier.involvements, 1)],
                                     FRAME_WIDTH))
    story.append(distribution_chart("Participation", dossier.participation_counts, None))
    story.append(distribution_chart("Posture", dossier.posture_counts, None))
    story.append(stage_timeline([(r.stage, r.entered_on) for r in dossier.stage_history],
                                data.period.on, FRAME_WIDTH))
    story.append(table([["Date", "Étape", "Preuve", "Par"], *[
        [r.entered_on, r.stage.label, r.evidence, r.recorded_by]
        for r in dossier.stage_history]]))
    for row in data.exchanges:
        story.append(Paragraph(escaped(f"{row.occurred_on} {row.kind.label} {row.title}"), body))
        for text in (row.decisions, row.next_steps):
            if text:
                story.append(Paragraph(escaped(text), body))
    story.append(table([["Financeur", "Programme", "Demandé", "Accordé", "Versé"], *[
        [r.funder_name, r.programme, r.requested_cents, r.granted_cents, r.paid_cents]
        for r in dossier.fundings]]))
    if evaluation.declared is not None:
        story.append(table([["Critère", "Note", "Justification"], *[
            [r.criterion.label, r.score, r.justification] for r in evaluation.declared.scores]]))
    if evaluation.radar is not None:
        story.append(maturity_radar(evaluation.radar, FRAME_WIDTH))
    story.append(table([["Indicateur", "Base", "Cible", "Valeur", "État"], *[
        [r.title, r.baseline_value, r.target_value, r.progress.value, r.progress.status.label]
        for r in evaluation.indicators]]))
    story.append(table([["Recommandation", "Porteur", "Échéance"], *[
        [r.text, r.owner_name, r.due_on] for r in evaluation.open_recommendations]]))
    return story


def _bare_build(story: list[Any], path: Path) -> int:
    from reportlab.platypus import SimpleDocTemplate

    from ingenierie.services.reporting.style import register_fonts

    register_fonts()
    document = SimpleDocTemplate(str(path))
    document.build(story)
    return int(document.page)


# -- stages -----------------------------------------------------------------------------------
def _stage(name: str, db_path: str, out: Path) -> dict[str, Any]:
    db = _open(db_path)
    cpu = time.process_time()
    result = _measured(name, db, out)
    # from the timed part's start: the opening and the queries before it are not counted
    result["cpu"] = time.process_time() - cpu - result.pop("untimed_cpu", 0.0)
    return result


def _measured(name: str, db: Any, out: Path) -> dict[str, Any]:
    if name in ("project", "project-bare"):
        before = time.process_time()
        project_id = _busiest_project(db)
        untimed = time.process_time() - before
        if name == "project":
            from ingenierie.services.reporting.project_report import write_project_report

            started = time.perf_counter()
            pages = write_project_report(db, project_id, out).pages
            return {"seconds": time.perf_counter() - started, "pages": pages,
                    "untimed_cpu": untimed}
        from ingenierie.services.reporting.gathering import Period, gather_project

        started = time.perf_counter()
        story = _bare_project(gather_project(db, project_id, Period()))
        pages = _bare_build(story, out)
        return {"seconds": time.perf_counter() - started, "pages": pages,
                "untimed_cpu": untimed}
    if name in ("portfolio", "portfolio-bare"):
        scope = _scope(PORTFOLIO)
        if name == "portfolio":
            from ingenierie.services.reporting.portfolio_report import write_portfolio_report

            before = time.process_time()
            projects = len(scope.keys(db))
            untimed = time.process_time() - before
            started = time.perf_counter()
            pages = write_portfolio_report(db, scope, out).pages
            return {"seconds": time.perf_counter() - started, "pages": pages,
                    "projects": projects, "untimed_cpu": untimed}
        return _bare_portfolio(db, scope, out)
    if name.startswith("export"):
        scope = _scope(EXPORT_SMALL if name.endswith("small") else EXPORT_LARGE)
        if name.startswith("export-raw"):
            return _raw_export(db, scope, out)
        from ingenierie.services.exporting.workbook import write_export

        started = time.perf_counter()
        summary = write_export(db, scope, out)
        return {"seconds": time.perf_counter() - started, "rows": summary.total,
                "peak_mb": peak_mb()}
    raise SystemExit(f"unknown stage {name}")


def _bare_portfolio(db: Any, scope: Any, out: Path) -> dict[str, Any]:
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, Table

    from ingenierie.services.charts.portfolio import portfolio_charts
    from ingenierie.services.evaluation.portfolio import portfolio
    from ingenierie.services.reporting.charts.bars import horizontal_bars, stacked_columns
    from ingenierie.services.reporting.gathering import Period, gather_project
    from ingenierie.services.reporting.style import FRAME_WIDTH
    from ingenierie.services.reporting.text import escaped
    from ingenierie.storage.keys import uuid_of

    started = time.perf_counter()
    board = portfolio(db, scope.wanted)
    projects = [gather_project(db, uuid_of(key), Period(board.since))
                for key in scope.keys(db)]
    charts = portfolio_charts(board)
    body = getSampleStyleSheet()["BodyText"]
    story: list[Any] = [Table([[Paragraph(escaped(str(v)), body) for v in (
        d.dossier.project.code, d.dossier.project.title, d.dossier.project.scheme.label,
        d.dossier.project.phase.label)] for d in projects], repeatRows=1)]
    for chart in (charts.by_stage, charts.by_scheme, charts.participation, charts.posture):
        story.append(horizontal_bars(chart, FRAME_WIDTH / 2))
    story.append(stacked_columns(charts.transitions, FRAME_WIDTH))
    for data in projects:
        story += [PageBreak(), *_bare_project(data)]
    pages = _bare_build(story, out)
    return {"seconds": time.perf_counter() - started, "pages": pages}


def _raw_export(db: Any, scope: Any, out: Path) -> dict[str, Any]:
    """The same queries, their rows appended as they come, no formatting at all."""
    from enum import Enum

    from openpyxl import Workbook

    from ingenierie.services.exporting.selection import select_records
    from ingenierie.services.exporting.sheets import EVALUATION_SHEETS, SHEETS

    started = time.perf_counter()
    chosen = select_records(db, scope)
    workbook = Workbook(write_only=True)
    rows = 0
    for spec in (*SHEETS, *EVALUATION_SHEETS):
        sheet = workbook.create_sheet(spec.title)
        sheet.append([column.header for column in spec.columns])
        with db.read() as session:
            for row in session.execute(spec.query(chosen).execution_options(yield_per=2000)):
                sheet.append([v.value if isinstance(v, Enum) else v for v in row])
                rows += 1
    workbook.save(out)
    return {"seconds": time.perf_counter() - started, "rows": rows, "peak_mb": peak_mb()}


def _run(name: str, db_path: str, folder: Path) -> dict[str, Any]:
    out = folder / f"{name}-{uuid.uuid4().hex[:6]}{'.xlsx' if 'export' in name else '.pdf'}"
    done = subprocess.run([sys.executable, __file__, "--stage", name, "--db", db_path,
                           "--out", str(out)], check=True, capture_output=True, text=True)
    out.unlink(missing_ok=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _median(results: list[dict[str, Any]], key: str) -> float:
    return statistics.median(result[key] for result in results)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", required=True, help="the 100 000-stakeholder demo database")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--stage")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    if args.stage:
        print(json.dumps(_stage(args.stage, args.db, args.out)))
        return
    names = ("project", "project-bare", "portfolio", "portfolio-bare", "export", "export-raw",
             "export-small", "export-raw-small")
    measured: dict[str, list[dict[str, Any]]] = {name: [] for name in names}
    with tempfile.TemporaryDirectory() as folder:
        for _ in range(args.runs):  # interleaved: a warm disk cache favours no one
            for name in names:
                measured[name].append(_run(name, args.db, Path(folder)))
    print(f"Medians of {args.runs} runs on {args.db}")
    for report in ("project", "portfolio"):
        ours, bare = measured[report], measured[f"{report}-bare"]
        rate = _median(ours, "pages") / _median(ours, "seconds")
        bare_rate = _median(bare, "pages") / _median(bare, "seconds")
        cpu_rate = _median(ours, "pages") / _median(ours, "cpu")
        bare_cpu_rate = _median(bare, "pages") / _median(bare, "cpu")
        extra = f", {ours[0]['projects']} projects" if "projects" in ours[0] else ""
        print(f"{report} report: {_median(ours, 'seconds'):.2f} s, {_median(ours, 'pages'):.0f} "
              f"pages, {rate:.1f} pages/s{extra}; bare document {_median(bare, 'seconds'):.2f} s, "
              f"{_median(bare, 'pages'):.0f} pages, {bare_rate:.1f} pages/s; "
              f"ratio {rate / bare_rate:.2f} (target ≥ 0.7); processor time "
              f"{_median(ours, 'cpu'):.2f} s against {_median(bare, 'cpu'):.2f} s, "
              f"ratio {cpu_rate / bare_cpu_rate:.2f}")
    for size in ("", "-small"):
        ours, raw = measured[f"export{size}"], measured[f"export-raw{size}"]
        rate = _median(ours, "rows") / _median(ours, "seconds")
        raw_rate = _median(raw, "rows") / _median(raw, "seconds")
        cpu_ratio = (_median(ours, "rows") / _median(ours, "cpu")) / (
            _median(raw, "rows") / _median(raw, "cpu"))
        print(f"export{size or ''}: {_median(ours, 'rows'):.0f} rows in "
              f"{_median(ours, 'seconds'):.1f} s, {rate:.0f} rows/s, peak "
              f"{_median(ours, 'peak_mb'):.0f} MB; raw writer {raw_rate:.0f} rows/s, peak "
              f"{_median(raw, 'peak_mb'):.0f} MB; ratio {rate / raw_rate:.2f} (target ≥ 0.8); "
              f"processor time ratio {cpu_ratio:.2f}")


if __name__ == "__main__":
    main()
