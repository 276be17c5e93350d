"""The portfolio report read back: the dashboard's figures, the filter's projects, and a
table of contents whose page numbers are where the bookmarks land."""

from __future__ import annotations

from pathlib import Path

from pdf_reading import flat, pdf_text
from pypdf import PdfReader

from ingenierie.models.vocabulary import Scheme
from ingenierie.services.evaluation.portfolio import portfolio
from ingenierie.services.projects.listing import ProjectFilter, project_keys, project_rows
from ingenierie.services.projects.selection import Scope
from ingenierie.services.reporting.options import ReportOptions
from ingenierie.services.reporting.portfolio_report import write_portfolio_report
from ingenierie.storage import Database


def test_the_overview_shows_the_dashboards_figures(demo: Database, tmp_path: Path) -> None:
    path = tmp_path / "portefeuille.pdf"
    written = write_portfolio_report(demo, Scope(), path, ReportOptions(structure="PETR"))
    pages = pdf_text(path)
    assert written.pages == len(pages)
    board = portfolio(demo, ProjectFilter())
    first = flat(pages[0])
    assert f"{board.total.count} projets" in first
    assert f"{board.participation[1].total} implications" in first
    assert f"{board.late.count} indicateurs en retard" in first
    first_project = next(n for n, text in enumerate(pages) if "Synthèse" in text)
    overview = flat("\n".join(pages[2:first_project]))  # after the cover and contents
    assert "Vue d'ensemble" in overview
    assert "Projets par étape de coopération" in overview and "Projets par dispositif" in overview
    assert "Implications par niveau de participation" in overview
    assert "Changements d'étape" in overview and "Indicateurs en retard" in overview
    for late in board.late_indicators[:3]:
        assert flat(late.title) in flat("\n".join(pages))


def test_the_filter_keeps_the_projects_the_list_shows(demo: Database, tmp_path: Path) -> None:
    wanted = ProjectFilter(scheme=Scheme.CONTRAT_DE_VILLE)
    keys = project_keys(demo, wanted)
    rows = project_rows(demo, keys)
    path = tmp_path / "villes.pdf"
    write_portfolio_report(demo, Scope(wanted), path)
    reader = PdfReader(path)
    projects = [item for item in reader.outline if not isinstance(item, list)][3:]
    assert [item.title for item in projects] == [
        f"{rows[k].code} — {rows[k].title}" for k in keys]
    assert "Dispositif : Contrat de ville" in flat(pdf_text(path)[0])


def test_the_contents_page_numbers_are_where_the_bookmarks_land(
        demo: Database, tmp_path: Path) -> None:
    path = tmp_path / "portefeuille.pdf"
    write_portfolio_report(demo, Scope(ProjectFilter(scheme=Scheme.PTCE)), path)
    reader = PdfReader(path)
    landed = {item.title: reader.get_destination_page_number(item) + 1
              for item in reader.outline if not isinstance(item, list)}
    lines: dict[float, list[tuple[float, str]]] = {}

    def visitor(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():  # where the text lands on the page: its matrix, then the page's
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            lines.setdefault(round(y), []).append((x, text.strip()))

    reader.pages[1].extract_text(visitor_text=visitor)
    printed = {}
    for parts in lines.values():
        words = [text for _, text in sorted(parts)]
        if len(words) >= 2 and words[-1].isdigit():
            printed[" ".join(words[:-1])] = int(words[-1])
    assert "Sommaire" in pdf_text(path)[1]
    expected = {title: page for title, page in landed.items()
                if title not in ("En bref", "Sommaire")}
    assert printed == expected
    nested = [item for item in reader.outline if isinstance(item, list)]
    assert nested and all(child.title for group in nested for child in group)


def test_an_empty_selection_still_makes_a_report_saying_so(
        demo: Database, tmp_path: Path) -> None:
    path = tmp_path / "vide.pdf"
    write_portfolio_report(demo, Scope(ProjectFilter(text="aucun projet ne porte ce nom")),
                           path)
    text = flat("\n".join(pdf_text(path)))
    assert "0 projet" in text and "Aucun indicateur en retard : aucune donnée." in text
