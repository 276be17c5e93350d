"""The downloadable template, and multi-sheet workbooks imported in dependency order."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from sqlalchemy import select

from ingenierie.models import (
    Interaction,
    Involvement,
    Organisation,
    Participation,
    Person,
    Project,
    StageChange,
)
from ingenierie.models.vocabulary import CooperationStage, InvolvementRole, Posture, Scheme
from ingenierie.services.importing.mapping.fields import RecordKind, fields_for
from ingenierie.services.importing.pipeline import ImportOptions, plan_import, run_import
from ingenierie.services.importing.report import Outcome
from ingenierie.services.importing.template import LISTS_SHEET, TEMPLATE_KINDS, write_template
from ingenierie.storage import Database


def test_template_has_one_sheet_per_kind_with_headers_example_and_lists(tmp_path: Path
                                                                       ) -> None:
    workbook = openpyxl.load_workbook(write_template(tmp_path / "modele.xlsx"))

    assert workbook.sheetnames == [*(k.label for k in TEMPLATE_KINDS), LISTS_SHEET]
    assert workbook[LISTS_SHEET].sheet_state == "hidden"
    people = workbook[RecordKind.PERSON.label]
    header = [c.value for c in people[1]]
    assert header == [f.label for f in fields_for(RecordKind.PERSON)]
    example = dict(zip(header, (c.value for c in people[2]), strict=True))
    assert (example["Nom"], example["Prénom"], example["Type d'acteur"]) == (
        "Martin", "Claire", "Collectivité territoriale")
    assert people.cell(2, header.index("Code postal") + 1).data_type == "s"
    for kind in TEMPLATE_KINDS:
        sheet = workbook[kind.label]
        checks = {str(v.sqref): v.formula1 for v in sheet.data_validations.dataValidation}
        for column, field in enumerate(fields_for(kind), start=1):
            letter = openpyxl.utils.get_column_letter(column)
            if field.vocabulary is not None:  # a closed list, or a status or phase
                formula = checks[f"{letter}2:{letter}2001"]
                sheet_name, cells = formula.split("!")
                labels = [row[0].value for row in workbook[LISTS_SHEET][cells.replace("$", "")]]
                assert sheet_name.strip("'") == LISTS_SHEET
                assert labels == [m.label for m in field.vocabulary]
            else:
                assert f"{letter}2:{letter}2001" not in checks


def test_the_filled_template_imports_every_sheet_in_dependency_order(db: Database,
                                                                     tmp_path: Path) -> None:
    path = write_template(tmp_path / "modele.xlsx")

    report = run_import(db, path)

    assert report.outcome is Outcome.IMPORTED, report.text()
    assert [s.kind for s in report.sheets] == [
        RecordKind.ORGANISATION, RecordKind.PERSON, RecordKind.PROJECT,
        RecordKind.INVOLVEMENT, RecordKind.INTERACTION]
    assert {k: c.new for k, c in report.counts.items()} == {k: 1 for k in TEMPLATE_KINDS}
    with db.read() as session:
        organisation = session.scalars(select(Organisation)).one()
        person = session.scalars(select(Person)).one()
        project = session.scalars(select(Project)).one()
        involvement = session.scalars(select(Involvement)).one()
        interaction = session.scalars(select(Interaction)).one()
        participant = session.scalars(select(Participation)).one()
        stage = session.scalars(select(StageChange)).one()
    assert (project.code, project.scheme, project.lead_id, project.budget_cents) == (
        "PRJ-001", Scheme.TIERS_LIEU, organisation.id, 25_000_000)
    assert stage.stage is CooperationStage.CONCERTATION
    assert (involvement.stakeholder_id, involvement.role, involvement.influence,
            involvement.interest, involvement.posture) == (
        person.id, InvolvementRole.PARTENAIRE, 4, 5, Posture.FACILITATEUR)
    assert (interaction.project_id, participant.stakeholder_id) == (project.id, person.id)

    again = run_import(db, path)
    assert {k: (c.new, c.unchanged) for k, c in again.counts.items()} == {
        k: (0, 1) for k in TEMPLATE_KINDS}


def test_references_to_unknown_records_are_errors_on_their_cell(db: Database,
                                                                tmp_path: Path) -> None:
    path = write_template(tmp_path / "modele.xlsx")
    workbook = openpyxl.load_workbook(path)
    involvements = workbook[RecordKind.INVOLVEMENT.label]
    involvements.append(["PRJ-999", "Martin", "Claire"])
    involvements.append(["PRJ-001", "Inconnu", "Paul"])
    involvements.append(["PRJ-001", "Martin", "Claire"])
    workbook.save(path)

    report = plan_import(db, path)

    assert report.refusal is not None
    assert [(e.row, e.column, e.message.split(" :")[0]) for e in report.errors] == [
        (3, "Projet", "Projet inconnu"),
        (4, "Acteur", "Acteur inconnu"),
        (5, "Projet", "Doublon de la ligne 2")]
    [group] = report.duplicates
    assert (group.kind, group.rows) == (RecordKind.INVOLVEMENT, (2, 5))
    report = run_import(db, path, ImportOptions(skip_invalid=True))
    assert report.counts[RecordKind.INVOLVEMENT].rejected == 3
    with db.read() as session:
        assert len(session.scalars(select(Involvement)).all()) == 1


def test_a_sheet_matching_no_kind_is_left_out(db: Database, tmp_path: Path) -> None:
    path = write_template(tmp_path / "modele.xlsx")
    workbook = openpyxl.load_workbook(path)
    notes = workbook.create_sheet("Notes")
    notes.append(["Semaine", "Humeur"])
    notes.append(["12", "bonne"])
    workbook.save(path)

    report = run_import(db, path)

    assert report.outcome is Outcome.IMPORTED
    assert "Feuille « Notes » ignorée : ses colonnes ne correspondent à aucun type de " \
           "données connu." in report.notices
