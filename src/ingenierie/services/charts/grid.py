"""The power/interest grid (Mendelow) as plain data: its scores, quadrants, labels, colours.

Interest runs left to right and influence bottom to top, 1 to 5 each; the
quadrant of a score pair is the vocabulary's rule (``Quadrant.of``: 3 or more is
high). Each quadrant is known here by the rows and columns of scores it covers,
its French label and its colours (a tint for its cells, an ink for its title),
so that the window's grid and a report's chart are drawn from the same data.
"""

from __future__ import annotations

from dataclasses import dataclass

from ingenierie.models.vocabulary import Quadrant

SCORES = (1, 2, 3, 4, 5)

_COLOURS = {  # tint of the cells, ink of the title
    Quadrant.GERER_DE_PRES: ("#fde4df", "#a3261a"),
    Quadrant.TENIR_SATISFAIT: ("#fdf1d3", "#8a5a00"),
    Quadrant.TENIR_INFORME: ("#e1ecf8", "#0b4f93"),
    Quadrant.SURVEILLER: ("#eeeff1", "#4a5560"),
}


@dataclass(frozen=True, slots=True)
class QuadrantArea:
    """Where a quadrant lies on the grid and how it is drawn.

    ``influence`` lists the scores of its rows from the top (highest first),
    ``interest`` those of its columns from the left (lowest first).
    """

    quadrant: Quadrant
    label: str
    influence: tuple[int, ...]
    interest: tuple[int, ...]
    tint: str
    ink: str


def _area(quadrant: Quadrant) -> QuadrantArea:
    cells = [(influence, interest) for influence in SCORES for interest in SCORES
             if Quadrant.of(influence, interest) is quadrant]
    tint, ink = _COLOURS[quadrant]
    return QuadrantArea(
        quadrant=quadrant, label=quadrant.label,
        influence=tuple(sorted({i for i, _ in cells}, reverse=True)),
        interest=tuple(sorted({j for _, j in cells})), tint=tint, ink=ink)


QUADRANTS: tuple[QuadrantArea, ...] = tuple(_area(quadrant) for quadrant in Quadrant)


def quadrant_area(quadrant: Quadrant) -> QuadrantArea:
    return next(area for area in QUADRANTS if area.quadrant is quadrant)

