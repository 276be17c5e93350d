"""Layout rules of the report's building blocks: what fits a page, where tables and
names break."""

from __future__ import annotations

from reportlab.platypus import Paragraph

from ingenierie.models.vocabulary import CooperationStage
from ingenierie.services.reporting import style
from ingenierie.services.reporting.charts.grid import GridEntry, power_interest_grid
from ingenierie.services.reporting.flowables import cell, data_table


def test_the_grid_fits_a_page_whatever_the_crowd_in_one_cell() -> None:
    crowd = [GridEntry(n, f"Acteur {n}", 3, 3, CooperationStage.INFORMATION)
             for n in range(1, 2001)]
    drawing = power_interest_grid(crowd, style.FRAME_WIDTH)
    assert drawing.height < style.FRAME_HEIGHT
    shown = [node.text for node in drawing.getContents() if hasattr(node, "text")]
    assert any(label.startswith("+") for label in shown)  # how many more the table lists


def test_a_table_does_not_leave_its_header_and_one_row_at_a_pages_foot() -> None:
    table = data_table(["Acteur", "Rôle"], [[f"Acteur {n}", "Partenaire"] for n in range(40)],
                       [3, 1])
    table.wrap(style.FRAME_WIDTH, style.FRAME_HEIGHT)
    row = 8 * 1.25 + 6  # one line of table text and its padding
    assert table.split(style.FRAME_WIDTH, row * 2.5) == []  # the header and one row
    parts = table.split(style.FRAME_WIDTH, row * 6)
    assert len(parts) == 2
    assert parts[0].wrap(style.FRAME_WIDTH, row * 6)[1] <= row * 6


def test_a_long_place_name_breaks_at_its_hyphens() -> None:
    paragraph = cell("Maraîchage de Chantemerle-sur-Loire")
    assert isinstance(paragraph, Paragraph)
    paragraph.wrap(80, 100)
    lines = [" ".join(line[1]) for line in paragraph.blPara.lines]
    assert all(line.endswith(("-", "de", "Loire")) for line in lines), lines
