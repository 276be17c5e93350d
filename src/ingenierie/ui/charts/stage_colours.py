"""Colours of the cooperation ladder, shared by the grid, the timeline and their legends.

A sequential ramp (ColorBrewer YlGnBu, colour-blind safe): the deeper the
cooperation, the darker the colour, so the ladder reads without the legend.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ingenierie.models.vocabulary import CooperationStage

_RAMP = ("#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#0c2c84")
OUTLINE = QColor("#1f2d3d")


def stage_colour(stage: CooperationStage) -> QColor:
    """The fill colour of a cooperation stage."""
    return QColor(_RAMP[stage.rank - 1])


def stage_icon(stage: CooperationStage, size: int = 12) -> QIcon:
    """A small disc of the stage colour, for combo boxes and table cells."""
    pixmap = QPixmap(QSize(size, size))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(OUTLINE)
    painter.setBrush(stage_colour(stage))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


class StageLegend(QWidget):
    """A one-line legend: a coloured disc and the label of each stage."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        heading = QLabel(f"<b>{title}</b>", self)
        layout.addWidget(heading)
        for stage in CooperationStage:
            swatch = QLabel(self)
            swatch.setPixmap(stage_icon(stage, 14).pixmap(14, 14))
            text = QLabel(stage.label, self)
            pair = QHBoxLayout()
            pair.setSpacing(4)
            pair.addWidget(swatch)
            pair.addWidget(text)
            layout.addLayout(pair)
        layout.addStretch(1)
