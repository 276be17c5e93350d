"""Undoable edits of a project's evaluation: campaigns, scores, answers, recommendations,
indicators and measurements, each through the evaluation services.

A score or an answer set for the first time is undone by archiving the line it
created (and redone by setting it again, which restores it); set again, by putting
back the previous one. The forms that edit several lines at once (the eight
criteria, the grid) push one compound command.
"""

from __future__ import annotations

from collections.abc import Callable
from uuid import UUID

from ingenierie.services.evaluation import (
    campaigns,
    indicators,
    maturity,
    measurements,
    recommendations,
    scores,
)
from ingenierie.storage.changes import ChangeSet, Written
from ingenierie.ui.context import AppContext
from ingenierie.ui.undo import QT_TRANSLATE_NOOP, ArchiveCommand, CreateCommand, ServiceCommand


class CreateEvaluation(CreateCommand):
    label = QT_TRANSLATE_NOOP("UndoCommands", "New evaluation campaign of {0}")
    archive = staticmethod(campaigns.archive_evaluation)
    restore = staticmethod(campaigns.restore_evaluation)

    def __init__(self, context: AppContext, project_id: UUID,
                 data: campaigns.EvaluationInput) -> None:
        super().__init__(context, f"{data.evaluated_on:%d/%m/%Y}")
        self.project_id, self.data = project_id, data

    def create(self) -> Written[UUID]:
        return campaigns.create_evaluation(self.context.database, self.project_id,
                                           self.data).map(lambda row: row.id)


class EditEvaluation(ServiceCommand):
    label = QT_TRANSLATE_NOOP("UndoCommands", "Edit the campaign “{0}”")

    def __init__(self, context: AppContext, row: campaigns.EvaluationRow,
                 after: campaigns.EvaluationInput) -> None:
        super().__init__(context, row.label)
        self.row, self.before, self.after = row, row.to_input(), after

    def apply(self) -> ChangeSet:
        return campaigns.update_evaluation(self.context.database, self.row.id,
                                           self.after).changes

    def revert(self) -> ChangeSet:
        return campaigns.update_evaluation(self.context.database, self.row.id,
                                           self.before).changes


class ArchiveEvaluation(ArchiveCommand):
    label = QT_TRANSLATE_NOOP("UndoCommands", "Archive the campaign “{0}”")
    archive = staticmethod(campaigns.archive_evaluation)
    restore = staticmethod(campaigns.restore_evaluation)

    def __init__(self, context: AppContext, row: campaigns.EvaluationRow) -> None:
        super().__init__(context, row.label, row.id)


class _SetLine(ServiceCommand):
    """Sets one line (a score, an answer); undone by the line as it was, or archived."""

    def __init__(self, context: AppContext, subject: str, before_id: UUID | None,
                 set_after: Callable[[], Written[UUID | None]],
                 set_before: Callable[[], ChangeSet],
                 archive: Callable[[UUID], ChangeSet]) -> None:
        super().__init__(context, subject)
        self.before_id, self.set_after, self.set_before = before_id, set_after, set_before
        self.archive = archive
        self.line_id: UUID | None = None

    def apply(self) -> ChangeSet:
        written = self.set_after()
        self.line_id = written.value
        return written.changes

    def revert(self) -> ChangeSet:
        if self.before_id is None:
            assert self.line_id is not None
            return self.archive(self.line_id)
        return self.set_before()


class SetScore(_SetLine):
    label = QT_TRANSLATE_NOOP("UndoCommands", "Score “{0}”")

    def __init__(self, context: AppContext, evaluation_id: UUID, before: scores.ScoreRow,
                 after: scores.ScoreInput) -> None:
        db = context.database
        previous = scores.ScoreInput(before.criterion, before.score, before.justification,
                                     before.evidence)
        super().__init__(
            context, before.criterion.label, before.id,
            lambda: scores.set_criterion_score(db, evaluation_id, after).map(
                lambda row: row.id),
            lambda: scores.set_criterion_score(db, evaluation_id, previous).changes,
            lambda line: scores.archive_criterion_score(db, line))


class SetAnswer(_SetLine):
    label = QT_TRANSLATE_NOOP("UndoCommands", "Answer “{0}”")

    def __init__(self, context: AppContext, evaluation_id: UUID, item: maturity.ItemRow,
                 before: maturity.AnswerRow | None, score: int | None,
                 comment: str | None) -> None:
        db = context.database
        super().__init__(
            context, item.label, before.id if before is not None else None,
            lambda: maturity.set_maturity_answer(db, evaluation_id, item.id, score,
                                                 comment).map(lambda row: row.id),
            lambda: maturity.set_maturity_answer(
                db, evaluation_id, item.id, before.score if before else None,
                before.comment if before else None).changes,
            lambda line: maturity.archive_maturity_answer(db, line))


class CreateRecommendation(CreateCommand):
    label = QT_TRANSLATE_NOOP("UndoCommands", "New recommendation “{0}”")
    archive = staticmethod(recommendations.archive_recommendation)
    restore = staticmethod(recommendations.restore_recommendation)

    def __init__(self, context: AppContext, evaluation_id: UUID,
                 data: recommendations.RecommendationInput) -> None:
        super().__init__(context, _short(data.text))
        self.evaluation_id, self.data = evaluation_id, data

    def create(self) -> Written[UUID]:
        return recommendations.add_recommendation(self.context.database, self.evaluation_id,
                                                  self.data).map(lambda row: row.id)


class EditRecommendation(ServiceCommand):
    label = QT_TRANSLATE_NOOP("UndoCommands", "Edit the recommendation “{0}”")

    def __init__(self, context: AppContext, row: recommendations.RecommendationRow,
                 after: recommendations.RecommendationInput) -> None:
        super().__init__(context, _short(after.text))
        self.row, self.before, self.after = row, row.to_input(), after

    def apply(self) -> ChangeSet:
        return recommendations.update_recommendation(self.context.database, self.row.id,
                                                     self.after).changes

    def revert(self) -> ChangeSet:
        return recommendations.update_recommendation(self.context.database, self.row.id,
                                                     self.before).changes


class ArchiveRecommendation(ArchiveCommand):
    label = QT_TRANSLATE_NOOP("UndoCommands", "Archive the recommendation “{0}”")
    archive = staticmethod(recommendations.archive_recommendation)
    restore = staticmethod(recommendations.restore_recommendation)

    def __init__(self, context: AppContext, row: recommendations.RecommendationRow) -> None:
        super().__init__(context, _short(row.text), row.id)


class CreateIndicator(CreateCommand):
    label = QT_TRANSLATE_NOOP("UndoCommands", "New indicator “{0}”")
    archive = staticmethod(indicators.archive_indicator)
    restore = staticmethod(indicators.restore_indicator)

    def __init__(self, context: AppContext, project_id: UUID,
                 data: indicators.IndicatorInput) -> None:
        super().__init__(context, data.title.strip())
        self.project_id, self.data = project_id, data

    def create(self) -> Written[UUID]:
        return indicators.create_indicator(self.context.database, self.project_id,
                                           self.data).map(lambda row: row.id)


class EditIndicator(ServiceCommand):
    label = QT_TRANSLATE_NOOP("UndoCommands", "Edit the indicator “{0}”")

    def __init__(self, context: AppContext, row: indicators.IndicatorRow,
                 after: indicators.IndicatorInput) -> None:
        super().__init__(context, after.title.strip())
        self.row, self.before, self.after = row, row.to_input(), after

    def apply(self) -> ChangeSet:
        return indicators.update_indicator(self.context.database, self.row.id,
                                           self.after).changes

    def revert(self) -> ChangeSet:
        return indicators.update_indicator(self.context.database, self.row.id,
                                           self.before).changes


class ArchiveIndicator(ArchiveCommand):
    label = QT_TRANSLATE_NOOP("UndoCommands", "Archive the indicator “{0}”")
    archive = staticmethod(indicators.archive_indicator)
    restore = staticmethod(indicators.restore_indicator)

    def __init__(self, context: AppContext, row: indicators.IndicatorRow) -> None:
        super().__init__(context, row.title, row.id)


class AddMeasurement(CreateCommand):
    label = QT_TRANSLATE_NOOP("UndoCommands", "Measure “{0}” on {1}")
    archive = staticmethod(measurements.archive_measurement)
    restore = staticmethod(measurements.restore_measurement)

    def __init__(self, context: AppContext, indicator: indicators.IndicatorRow,
                 data: measurements.MeasurementInput) -> None:
        super().__init__(context, indicator.title, f"{data.measured_on:%d/%m/%Y}")
        self.indicator_id, self.data = indicator.id, data

    def create(self) -> Written[UUID]:
        return measurements.add_measurement(self.context.database, self.indicator_id,
                                            self.data).map(lambda row: row.id)


class ArchiveMeasurement(ArchiveCommand):
    label = QT_TRANSLATE_NOOP("UndoCommands", "Archive the measurement of {0}")
    archive = staticmethod(measurements.archive_measurement)
    restore = staticmethod(measurements.restore_measurement)


def _short(text: str, length: int = 48) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[:length - 1].rstrip() + "…"
