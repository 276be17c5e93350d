"""The evaluations as a workbook: campaigns, scores, recommendations, maturity answers,
indicators and measurements, one sheet each (``ingenierie evaluation export``).

Cells are typed — dates as dates, numbers as numbers, shares as percentages, text
as text (never a formula) — under French headers, a frozen header row and an
auto-filter, so that the file is a table to sort and filter at once. Only live
records are written (archived ones are left out), for every project or one.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from sqlalchemy import Select, select
from sqlalchemy.orm import Session, aliased

from ingenierie.errors import NotFoundError, UserError
from ingenierie.models import (
    CriterionScore,
    Evaluation,
    EvaluationParticipant,
    Indicator,
    MaturityAnswer,
    MaturityFramework,
    MaturityItem,
    Measurement,
    Project,
    Recommendation,
    Stakeholder,
)
from ingenierie.services.evaluation.indicators import indicator_rows
from ingenierie.services.output_files import (
    check_destination,
    database_files,
    save_workbook,
    write_file,
)
from ingenierie.services.workbook_cells import sheet_cell
from ingenierie.storage import Database

DATE = "DD/MM/YYYY"
SHARE = "0.0%"


@dataclass(frozen=True, slots=True)
class Column:
    header: str
    width: float = 14
    number_format: str | None = None


@dataclass(frozen=True, slots=True)
class ExportSummary:
    """Where the workbook was written, and the rows of each sheet."""

    path: Path
    counts: tuple[tuple[str, int], ...]


_PROJECT = (Column("Code du projet", 16), Column("Projet", 36))
_CAMPAIGN = (*_PROJECT, Column("Date de l'évaluation", 14, DATE), Column("Moment", 13))


def _campaigns(session: Session, criteria: list[Any]) -> Iterator[tuple[Any, ...]]:
    people: dict[Any, list[str]] = {}
    for evaluation_id, name, role in session.execute(
            select(EvaluationParticipant.evaluation_id, Stakeholder.display_name,
                   EvaluationParticipant.role)
            .join(Stakeholder, Stakeholder.id == EvaluationParticipant.stakeholder_id)
            .join(Evaluation, Evaluation.id == EvaluationParticipant.evaluation_id)
            .join(Project, Project.id == Evaluation.project_id).where(*criteria)
            .order_by(Stakeholder.display_name)):
        people.setdefault(evaluation_id, []).append(f"{name} ({role.label})")
    for e, code, title in session.execute(_of_campaigns(select(Evaluation), criteria)):
        yield (code, title, e.evaluated_on, e.timing.label, e.kind.label,
               e.declared_stage.label if e.declared_stage else None,
               e.declared_posture.label if e.declared_posture else None,
               "; ".join(people.get(e.id, [])), e.narrative)


def _of_campaigns(query: Select[*tuple[Any, ...]], criteria: list[Any]
                  ) -> Select[*tuple[Any, ...]]:
    """``query`` joined to its campaign and project, for live campaigns, in order."""
    return (query.add_columns(Project.code, Project.title)
            .join(Project, Project.id == Evaluation.project_id)
            .where(Evaluation.archived_at.is_(None), *criteria)
            .order_by(Project.code, Project.title, Evaluation.evaluated_on))


def _scores(session: Session, criteria: list[Any]) -> Iterator[tuple[Any, ...]]:
    query = (select(CriterionScore, Evaluation.evaluated_on, Evaluation.timing)
             .join(Evaluation, Evaluation.id == CriterionScore.evaluation_id)
             .where(CriterionScore.archived_at.is_(None)))
    for s, on, timing, code, title in session.execute(_of_campaigns(query, criteria)):
        yield (code, title, on, timing.label, s.criterion.label, s.score, s.justification,
               s.evidence)


def _recommendations(session: Session, criteria: list[Any]) -> Iterator[tuple[Any, ...]]:
    owner = aliased(Stakeholder)
    query = (select(Recommendation, Evaluation.evaluated_on, Evaluation.timing,
                    owner.display_name)
             .join(Evaluation, Evaluation.id == Recommendation.evaluation_id)
             .outerjoin(owner, owner.id == Recommendation.owner_id)
             .where(Recommendation.archived_at.is_(None)))
    for r, on, timing, name, code, title in session.execute(_of_campaigns(query, criteria)):
        yield (code, title, on, timing.label, r.text, name, r.due_on, r.status.label,
               r.closed_on)


def _answers(session: Session, criteria: list[Any]) -> Iterator[tuple[Any, ...]]:
    query = (select(MaturityAnswer.score, MaturityAnswer.comment, MaturityItem.label,
                    MaturityFramework.title, MaturityFramework.levels, Evaluation.evaluated_on,
                    Evaluation.timing)
             .join(MaturityItem, MaturityItem.id == MaturityAnswer.item_id)
             .join(MaturityFramework, MaturityFramework.id == MaturityItem.framework_id)
             .join(Evaluation, Evaluation.id == MaturityAnswer.evaluation_id)
             .where(MaturityAnswer.archived_at.is_(None)))
    for score, comment, item, grid, levels, on, timing, code, title in session.execute(
            _of_campaigns(query, criteria).order_by(MaturityItem.position)):
        level = next((lv["label"] for lv in levels if lv["value"] == score), None)
        yield code, title, on, timing.label, grid, item, score, level, comment


def _indicators(session: Session, criteria: list[Any], today: date
                ) -> Iterator[tuple[Any, ...]]:
    projects = dict(session.execute(select(Project.id, Project.code)).all())
    titles = dict(session.execute(select(Project.id, Project.title)).all())
    rows = indicator_rows(session, today, Indicator.archived_at.is_(None),
                          Indicator.project_id.in_(select(Project.id).where(*criteria)))
    for i in sorted(rows, key=lambda r: (projects[r.project_id] or "", titles[r.project_id])):
        yield (projects[i.project_id], titles[i.project_id], i.title, i.level.label, i.unit,
               i.direction.label, i.baseline_value, i.baseline_on, i.target_value, i.target_on,
               i.tolerance, i.source, i.computation.label if i.computation else None,
               i.progress.value, i.progress.measured_on, i.progress.share,
               i.progress.status.label)


def _measurements(session: Session, criteria: list[Any]) -> Iterator[tuple[Any, ...]]:
    yield from session.execute(
            select(Project.code, Project.title, Indicator.title, Indicator.unit,
                   Measurement.measured_on, Measurement.value, Measurement.comment)
            .join(Indicator, Indicator.id == Measurement.indicator_id)
            .join(Project, Project.id == Indicator.project_id)
            .where(Measurement.archived_at.is_(None), Indicator.archived_at.is_(None),
                   *criteria)
            .order_by(Project.code, Project.title, Indicator.title, Measurement.measured_on))


SHEETS = (
    ("Évaluations", (*_PROJECT, Column("Date de l'évaluation", 14, DATE), Column("Moment", 13),
                     Column("Type", 16), Column("Étape déclarée", 16),
                     Column("Posture déclarée", 15), Column("Participants", 50),
                     Column("Récit", 60))),
    ("Notes", (*_CAMPAIGN, Column("Critère", 18), Column("Note (0 à 4)", 11),
               Column("Justification", 50), Column("Éléments de preuve", 40))),
    ("Recommandations", (*_CAMPAIGN, Column("Recommandation", 50), Column("Portée par", 28),
                         Column("Échéance", 12, DATE), Column("Statut", 11),
                         Column("Close le", 12, DATE))),
    ("Maturité", (*_CAMPAIGN, Column("Grille", 30), Column("Principe", 40),
                  Column("Note", 8), Column("Niveau", 16), Column("Commentaire", 40))),
    ("Indicateurs", (*_PROJECT, Column("Indicateur", 40), Column("Niveau", 12),
                     Column("Unité", 12), Column("Sens attendu", 12),
                     Column("Valeur de départ", 14), Column("Date de départ", 13, DATE),
                     Column("Cible", 12), Column("Échéance", 12, DATE),
                     Column("Tolérance", 11), Column("Source", 24),
                     Column("Calculé à partir des fiches", 30),
                     Column("Dernière valeur", 14), Column("Mesurée le", 12, DATE),
                     Column("Chemin parcouru", 12, SHARE), Column("Avancement", 16))),
    ("Mesures", (*_PROJECT, Column("Indicateur", 40), Column("Unité", 12),
                 Column("Date", 12, DATE), Column("Valeur", 14), Column("Commentaire", 50))),
)


def export_evaluations(db: Database, destination: Path, *, project_code: str | None = None,
                       force: bool = False, today: date | None = None) -> ExportSummary:
    """Write the evaluations (of the project ``project_code``, else of every live project)
    to the .xlsx file ``destination``; refused if it exists unless ``force``."""
    destination = Path(destination)
    protected = _check_destination(db, destination, force)
    workbook = Workbook(write_only=True)
    counts = []
    judged_on = today or date.today()

    def indicators(session: Session, criteria: list[Any]) -> Iterator[tuple[Any, ...]]:
        return _indicators(session, criteria, judged_on)

    with db.read() as session:
        criteria = _projects(session, project_code)
        makers = (_campaigns, _scores, _recommendations, _answers, indicators, _measurements)
        for (title, columns), make in zip(SHEETS, makers, strict=True):
            counts.append((title, _write_sheet(workbook, title, columns,
                                               make(session, criteria))))
    write_file(destination, lambda temporary: save_workbook(workbook, temporary),
               replace=force, protected=protected)
    return ExportSummary(destination, tuple(counts))


def _projects(session: Session, code: str | None) -> list[Any]:
    if code is None:
        return [Project.archived_at.is_(None)]
    found = session.scalar(select(Project.id).where(Project.code == code.strip()))
    if found is None:
        raise NotFoundError(f"Aucun projet n'a le code « {code.strip()} ».")
    return [Project.id == found]


def _write_sheet(workbook: Workbook, title: str, columns: tuple[Column, ...],
                 rows: Iterator[tuple[Any, ...]]) -> int:
    sheet = workbook.create_sheet(title)
    sheet.freeze_panes = "A2"
    for number, column in enumerate(columns, 1):
        sheet.column_dimensions[get_column_letter(number)].width = column.width
    sheet.append([sheet_cell(sheet, column.header, bold=True) for column in columns])
    count = 0
    for row in rows:
        sheet.append([sheet_cell(sheet, value, number_format=column.number_format)
                      for value, column in zip(row, columns, strict=True)])
        count += 1
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{count + 1}"
    return count


def _check_destination(db: Database, destination: Path, force: bool) -> dict[Path, str]:
    """Refuse early what could not be written; the files never replaced."""
    if destination.suffix.lower() != ".xlsx":
        raise UserError(f"« {destination.name} » : l'export s'écrit dans un classeur .xlsx.")
    protected = database_files(db.location)
    check_destination(destination, replace=force, protected=protected)
    return protected
