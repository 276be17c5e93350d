"""Write a plan (or one project) back into Territoires en Transitions' import template.

The collectivité's plan stays the reference: what TeT holds comes back as it was
imported — axes and titles as written, TeT's own status while the project's status
and phase still say it (``projects.lifecycle.action_status_of``), the structures and
people in the order the plan named them, each funding line with its amount — and
what was changed here goes out in TeT's words. Stakeholders are listed in the
order they were involved (imported ones in the file's order), the lead first.
Every text is written as text: a name starting with « = » never becomes a formula.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import select
from sqlalchemy.orm import Session

from ingenierie.errors import NotFoundError
from ingenierie.models import Funding, Involvement, Plan, PlanAction, Project, Stakeholder
from ingenierie.models.vocabulary import InvolvementRole, StakeholderNature, fold
from ingenierie.services.output_files import save_workbook, write_file
from ingenierie.services.plans.plans import axis_paths
from ingenierie.services.plans.tet import (
    COLUMNS,
    DATA_SHEET,
    FIRST_DATA_ROW,
    LISTS,
    LISTS_SHEET,
    SECTIONS,
    participation_label,
)
from ingenierie.services.projects.lifecycle import action_status_of
from ingenierie.storage import Database

FUNDER_LINES = 3
_HEADER_FILL = PatternFill("solid", fgColor="FFE699")
_VALIDATED_ROWS = 500


@dataclass(slots=True)
class TetExport:
    """What was written: how many fiches, and what the template could not hold."""

    path: Path
    name: str  # the plan's name, or the project's title
    fiches: int = 0
    notes: list[str] = field(default_factory=list)  # French


def export_tet(db: Database, reference: str, destination: Path, *, replace: bool = False,
               protected: Mapping[Path, str] | None = None) -> TetExport:
    """Write the plan whose code is ``reference``, or else the project of that code, into
    TeT's import template at ``destination`` (through ``output_files``)."""
    with db.read() as session:
        name, rows, notes = _rows(session, reference)
    workbook = _workbook(rows)
    path = write_file(destination, lambda temporary: save_workbook(workbook, temporary),
                      replace=replace, protected=protected)
    return TetExport(path, name, len(rows), notes)


def _rows(session: Session, reference: str) -> tuple[str, list[dict[str, Any]], list[str]]:
    key = fold(reference)
    plan = next((p for p in session.scalars(select(Plan)) if fold(p.code) == key), None)
    if plan is not None:
        actions: list[tuple[Project, PlanAction | None]] = list(session.execute(
            select(Project, PlanAction).join(PlanAction, PlanAction.project_id == Project.id)
            .where(PlanAction.plan_id == plan.id, Project.archived_at.is_(None))
            .order_by(PlanAction.position, Project.title)))
        name = plan.name
    else:
        project = next((p for p in session.scalars(select(Project).where(
            Project.code.is_not(None))) if fold(p.code or "") == key), None)
        if project is None:
            raise NotFoundError(f"Aucun plan d'action ni projet n'a le code « {reference} » "
                                "(attendu : le code d'un plan, ou celui d'un projet).")
        action = session.scalars(select(PlanAction).where(
            PlanAction.project_id == project.id)).first()
        actions = [(project, action)]
        name = project.title
    notes: list[str] = []
    rows = [_row(session, project, action, notes) for project, action in actions]
    return name, rows, notes


def _row(session: Session, project: Project, action: PlanAction | None,
         notes: list[str]) -> dict[str, Any]:
    axes = axis_paths(session, action.plan_id).get(action.axis_id, ()) \
        if action is not None and action.axis_id else ()
    involved = _involved(session, project)
    structures = [name for role in (InvolvementRole.PORTEUR, InvolvementRole.CO_PORTEUR)
                  for name in involved.get(role, [])]
    row: dict[str, Any] = {
        **{f"axis{level}": title for level, title in enumerate(axes, start=1)},
        "title": project.title, "summary": project.summary,
        "lead_structures": _names(structures),
        "partners": _names(involved.get(InvolvementRole.PARTENAIRE, [])),
        "pilots": _names(involved.get(InvolvementRole.PILOTE, [])),
        "referents": _names(involved.get(InvolvementRole.ELU_REFERENT, [])),
        "budget": _euros(project.budget_cents), "start_on": project.start_on,
        "end_on": project.end_on,
        "status": action_status_of(project.status, project.phase,
                                   action.status if action else None).label,
    }
    if action is not None:
        row.update(governance=action.governance, objectives=action.objectives,
                   means=action.means, services=action.services, financing=action.financing,
                   priority=action.priority.label if action.priority else None,
                   continuous=None if action.continuous is None else
                   ("VRAI" if action.continuous else "FAUX"),
                   participation=participation_label(action.citizen_participation)
                   if action.citizen_participation else None)
    row.update(_funders(session, project, involved.get(InvolvementRole.FINANCEUR, []), notes))
    return row


def _involved(session: Session, project: Project) -> dict[InvolvementRole, list[str]]:
    """The names involved in each role, the lead first, then in the order involved."""
    found: dict[InvolvementRole, list[str]] = {}
    rows = session.execute(
        select(Involvement.role, Stakeholder.id, Stakeholder.display_name, Stakeholder.nature)
        .join(Stakeholder, Stakeholder.id == Involvement.stakeholder_id)
        .where(Involvement.project_id == project.id, Involvement.archived_at.is_(None))
        .order_by(Stakeholder.id != project.lead_id, Involvement.created_at, Involvement.id))
    for role, _id, name, nature in rows:
        if role in (InvolvementRole.PORTEUR, InvolvementRole.CO_PORTEUR) and \
                nature is StakeholderNature.PERSON:
            role = InvolvementRole.PILOTE  # TeT's structures are bodies; a person pilots
        found.setdefault(role, []).append(name)
    return found


def _funders(session: Session, project: Project, unfunded: list[str],
             notes: list[str]) -> dict[str, Any]:
    """The funding lines (by the order they were recorded), then, on a line of their own,
    the funders involved without a funding line."""
    lines: list[tuple[str, int | None]] = [(name, cents) for name, cents in session.execute(
        select(Stakeholder.display_name, Funding.requested_cents)
        .join(Stakeholder, Stakeholder.id == Funding.funder_id)
        .where(Funding.project_id == project.id, Funding.archived_at.is_(None))
        .order_by(Funding.created_at, Funding.id))]
    funded = {name for name, _ in lines}
    rest = [name for name in unfunded if name not in funded]
    if rest:
        lines.append((", ".join(rest), None))
    if len(lines) > FUNDER_LINES:
        notes.append(f"« {project.title} » : {len(lines)} lignes de financement, le modèle "
                     f"n'en a que {FUNDER_LINES} ; les suivantes ne sont pas écrites.")
    values: dict[str, Any] = {}
    for number, (name, cents) in enumerate(lines[:FUNDER_LINES], start=1):
        values[f"funder{number}"] = name
        values[f"amount{number}"] = _euros(cents)
    return values


def _names(names: list[str]) -> str | None:
    return ", ".join(dict.fromkeys(names)) or None


def _euros(cents: int | None) -> int | float | None:
    if cents is None:
        return None
    return cents // 100 if cents % 100 == 0 else cents / 100


def _workbook(rows: list[dict[str, Any]]) -> Workbook:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = DATA_SHEET
    for title, first, last in SECTIONS:
        sheet.cell(1, first, title).font = Font(bold=True)
        sheet.merge_cells(start_row=1, start_column=first, end_row=1, end_column=last)
    for index, column in enumerate(COLUMNS, start=1):
        header = sheet.cell(2, index, column.header)
        header.font, header.fill = Font(bold=True), _HEADER_FILL
        described = sheet.cell(3, index, f"{column.kind}\n{column.help}")
        described.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.column_dimensions[get_column_letter(index)].width = 24
    for number, values in enumerate(rows, start=FIRST_DATA_ROW):
        for index, column in enumerate(COLUMNS, start=1):
            _write(sheet, number, index, values.get(column.key) if column.key else None)
    sheet.freeze_panes = "B3"
    _lists(workbook, sheet)
    return workbook


def _write(sheet: Worksheet, row: int, column: int, value: Any) -> None:
    if value is None:
        return
    cell = sheet.cell(row, column, value)
    if isinstance(value, str):
        cell.data_type = "s"  # text stays text, even « =1+1 »
    elif isinstance(value, date):
        cell.number_format = "DD/MM/YYYY"


def _lists(workbook: Workbook, sheet: Worksheet) -> None:
    """TeT's drop-down lists, on a hidden sheet, and their validations."""
    lists = workbook.create_sheet(LISTS_SHEET)
    lists.sheet_state = "hidden"
    keys = [column.key for column in COLUMNS]
    for number, (title, key, labels) in enumerate(LISTS, start=1):
        letter = get_column_letter(number)
        lists.cell(1, number, title)
        for row, label in enumerate(labels, start=2):
            lists.cell(row, number, label).data_type = "s"
        target = get_column_letter(keys.index(key) + 1)
        check = DataValidation(type="list", allow_blank=True, formula1=(
            f"{quote_sheetname(LISTS_SHEET)}!${letter}$2:${letter}${len(labels) + 1}"))
        check.add(f"{target}{FIRST_DATA_ROW}:{target}{FIRST_DATA_ROW + _VALIDATED_ROWS}")
        sheet.add_data_validation(check)
    flags = DataValidation(type="list", formula1='"VRAI,FAUX"', allow_blank=True)
    target = get_column_letter(keys.index("continuous") + 1)
    flags.add(f"{target}{FIRST_DATA_ROW}:{target}{FIRST_DATA_ROW + _VALIDATED_ROWS}")
    sheet.add_data_validation(flags)

