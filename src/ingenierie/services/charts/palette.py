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

from ingenierie.models.evaluation_vocabulary import ProgressStatus
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


# -- evaluation charts ------------------------------------------------------------------------
# Okabe & Ito's palette, made to stay apart for colour-blind readers; each colour is also
# paired with a second cue (a dash, a label, a lighter shade) so that no chart relies on
# hue alone.
BLUE, VERMILLION, GREEN, SKY = "#0072B2", "#D55E00", "#009E73", "#56B4E9"
GREY = "#8a94a0"
#: Two campaigns overlaid (radar, comparisons): the earlier solid blue, the later dashed
#: vermillion.
CAMPAIGN_SERIES = (BLUE, VERMILLION)
#: A period's start (light) and end (dark) side by side.
PERIOD_SERIES = (SKY, BLUE)
#: One plain series of bars.
BAR = BLUE
#: Projects with no stage recorded yet, beside the stage ramp.
NO_STAGE = "#d5dae0"
#: Gridlines and axes.
RULE = "#d9dee4"
MUTED = "#5f6b78"

PROGRESS_COLOURS: dict[ProgressStatus, str] = {
    ProgressStatus.EN_AVANCE: BLUE,
    ProgressStatus.EN_LIGNE: GREEN,
    ProgressStatus.EN_RETARD: VERMILLION,
    ProgressStatus.NON_MESURE: GREY,
    ProgressStatus.SANS_CIBLE: GREY,
    ProgressStatus.SANS_ECHEANCE: GREY,
}


def progress_colour(status: ProgressStatus) -> str:
    """The colour of an indicator's judgement (always shown with its label)."""
    return PROGRESS_COLOURS[status]
