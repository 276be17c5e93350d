"""The cooperation ladder's colours as Qt draws them: the grid, the timeline, icons, legends.

The colours themselves are plain data in ``services.charts.palette`` (the reports
use them too): an ordered ramp, darker as the cooperation deepens, whose stages
stay apart for colour-blind readers.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ingenierie.models.vocabulary import CooperationStage
from ingenierie.services.charts import palette

OUTLINE = QColor(palette.OUTLINE)


def stage_colour(stage: CooperationStage) -> QColor:
    """The fill colour of a cooperation stage."""
    return QColor(palette.stage_colour(stage))


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


def stage_dot_html(stage: CooperationStage, size: int = 11) -> str:
    """The stage's disc inline in rich text: ringed like the icons, so that the palest
    stage still shows on a light background (a coloured "●" did not)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    stage_icon(stage, size).pixmap(size, size).save(buffer, "PNG")
    encoded = bytes(data.toBase64().data()).decode("ascii")
    return f"<img src='data:image/png;base64,{encoded}'>"


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
