"""The colours of the cooperation ladder, as hex strings.

An ordered ramp: light to dark as the cooperation deepens, so the ladder reads
without the legend. It was designed in OKLCH — lightness from 0.95 to 0.28 in
equal steps, chroma 0.12, hue turning from lime through aqua, blue and plum to
wine — so that any two stages differ by at least 15 ΔE2000 for normal vision and
under simulated deuteranopia and protanopia (tests/services/charts/test_palette.py
computes it). The ColorBrewer YlGnBu ramp used before ended on two dark blues
(Co-construction and Coopération) that a reader could not tell apart on a small dot.

Dots are drawn with the ``OUTLINE`` ring, which keeps the palest stage visible on
white paper and on the grid's tints.
"""

from __future__ import annotations

from ingenierie.models.vocabulary import CooperationStage

STAGE_COLOURS: dict[CooperationStage, str] = {
    CooperationStage.INFORMATION: "#dcfda3",
    CooperationStage.CONSULTATION: "#5edcc0",
    CooperationStage.CONCERTATION: "#2ca7d2",
    CooperationStage.COLLABORATION: "#6168b6",
    CooperationStage.CO_CONSTRUCTION: "#6d2f6b",
    CooperationStage.COOPERATION: "#530010",
}
OUTLINE = "#1f2d3d"  # the ring of every stage dot
TEXT = "#1f2d3d"  # chart text: labels, axes, names


def stage_colour(stage: CooperationStage) -> str:
    """The fill colour of a cooperation stage."""
    return STAGE_COLOURS[stage]
