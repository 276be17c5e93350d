"""Plans d'action in Territoires en Transitions' shapes: imported as a plan of projects with
their stakeholders and fundings, re-imported without change, and written back unchanged."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import tet_files
from sqlalchemy import select

from ingenierie.models import (
    Funding,
    Involvement,
    Person,
    Plan,
    PlanAction,
    PlanAxis,
    Project,
    Stakeholder,
    Theme,
)
from ingenierie.models.vocabulary import (
    ActionStatus,
    ActorKind,
    CitizenParticipation,
    FundingStatus,
    InvolvementRole,
    Priority,
    ProjectPhase,
    ProjectStatus,
)
from ingenierie.services.importing.mapping.fields import RecordKind
from ingenierie.services.importing.pipeline import ImportOptions, plan_import, run_import
from ingenierie.services.importing.reading.table import SkipReason
from ingenierie.services.importing.report import ImportReport, Outcome
from ingenierie.services.plans.plans import list_plans, plan_code, plan_place
from ingenierie.services.plans.tet_export import export_tet
from ingenierie.storage import Database

PLAN = RecordKind.PLAN
NAMED = ImportOptions(plan_name="PCAET du Val")


def accounted(report: ImportReport, kind: RecordKind = PLAN) -> int:
    counts = report.counts[kind]
    return counts.new + counts.updated + counts.unchanged + counts.rejected


def projects(db: Database) -> dict[str, Project]:
    with db.read() as session:
        return {project.title: project for project in session.scalars(select(Project))}


def roles(db: Database, title: str) -> dict[str, InvolvementRole]:
    with db.read() as session:
        rows = session.execute(select(Stakeholder.display_name, Involvement.role)
                               .join(Involvement, Involvement.stakeholder_id == Stakeholder.id)
                               .join(Project, Project.id == Involvement.project_id)
                               .where(Project.title == title))
        return {name: role for name, role in rows}


def test_a_tet_import_template_becomes_a_plan_of_projects(db: Database, tmp_path: Path) -> None:
    report = run_import(db, tet_files.import_template(tmp_path), NAMED)

    assert report.outcome is Outcome.IMPORTED, report.text()
    sheet = report.sheets[0]
    assert (sheet.sheet, sheet.kind, sheet.header_row, sheet.data_rows) == (
        "Fichier dimport", PLAN, 2, len(tet_files.FICHES))
    assert [(s.number, s.reason) for s in sheet.skipped] == [
        (3, SkipReason.DESCRIPTION), (4, SkipReason.DESCRIPTION)]
    assert report.counts[PLAN].new == accounted(report) == len(tet_files.FICHES)
    assert any("Mode demploi" in notice and "ignorée" in notice for notice in report.notices)
    with db.read() as session:
        plan = session.scalars(select(Plan)).one()
        assert (plan.name, plan.code) == ("PCAET du Val", "PCAET-DU-VAL")
        levels = sorted(session.scalars(select(PlanAxis.level)))
        assert levels == [1, 1, 1, 2, 2, 2, 3]
        codes = sorted(session.scalars(select(Project.code)))
        assert codes == [f"PCAET-DU-VAL-{n:03d}" for n in range(1, 9)]
        guichet = session.scalars(select(Project).where(
            Project.title == "Ouvrir un guichet de la rénovation")).one()
        place = plan_place(session, guichet.id)
    assert place is not None
    assert place.axes == ("1. Sobriété et efficacité énergétique",
                          "1.2. Accompagner les ménages", "1.2.1. Conseiller")
    assert (place.status, place.priority, place.citizen_participation, place.continuous) == (
        ActionStatus.A_VENIR, Priority.MOYEN, CitizenParticipation.CONSULTATION, True)
    assert [(row.name, row.actions) for row in list_plans(db)] == [("PCAET du Val", 8)]


def test_tet_statuses_are_read_onto_status_and_phase(db: Database, tmp_path: Path) -> None:
    run_import(db, tet_files.import_template(tmp_path), NAMED)

    found = {title: (p.status, p.phase) for title, p in projects(db).items()}
    S, P = ProjectStatus, ProjectPhase
    assert found == {
        "Rénover les écoles communales": (S.ACTIF, P.MISE_EN_OEUVRE),
        "Ouvrir un guichet de la rénovation": (S.ACTIF, P.ELABORATION),
        "Schéma cyclable intercommunal": (S.ACTIF, P.MISE_EN_OEUVRE),
        "Covoiturage domicile-travail": (S.EN_VEILLE, P.ELABORATION),
        "Désimperméabiliser les cours": (S.TERMINE, P.ELABORATION),
        "Animer le plan climat": (S.EN_VEILLE, P.ELABORATION),
        "Étudier la méthanisation": (S.ABANDONNE, P.ELABORATION),
        "Végétaliser les centres-bourgs": (S.ACTIF, P.EMERGENCE)}


def test_named_structures_and_people_are_involved_with_their_role(db: Database,
                                                                  tmp_path: Path) -> None:
    report = run_import(db, tet_files.import_template(tmp_path), NAMED)

    R = InvolvementRole
    assert roles(db, "Rénover les écoles communales") == {
        tet_files.CC: R.PORTEUR, "ALEC du Val": R.PARTENAIRE,
        "Syndicat d'énergie du Val": R.PARTENAIRE, "Claire MARTIN": R.PILOTE,
        "Jean DUPONT": R.ELU_REFERENT, "Préfecture du Val": R.FINANCEUR, "ADEME": R.FINANCEUR}
    assert roles(db, "Schéma cyclable intercommunal") == {
        tet_files.CC: R.PORTEUR, "Département du Val": R.CO_PORTEUR,
        "Association Vélo Val": R.PARTENAIRE, "Claire MARTIN": R.PILOTE}
    assert roles(db, "Ouvrir un guichet de la rénovation")["ALEC du Val"] is R.PORTEUR
    with db.read() as session:
        people = {p.display_name: p for p in session.scalars(select(Person))}
        lead = session.scalars(select(Stakeholder.display_name).join(
            Project, Project.lead_id == Stakeholder.id).where(
            Project.title == "Schéma cyclable intercommunal")).one()
        fundings = {(name, f.requested_cents, f.status) for f, name in session.execute(
            select(Funding, Stakeholder.display_name)
            .join(Stakeholder, Stakeholder.id == Funding.funder_id))}
    assert sorted(people) == ["Claire MARTIN", "Jean DUPONT", "Lucie BERNARD", "Sophie LEROY"]
    assert (people["Claire MARTIN"].first_name, people["Claire MARTIN"].last_name) == (
        "Claire", "MARTIN")
    assert people["Jean DUPONT"].actor_kind is ActorKind.ELU
    assert lead == tet_files.CC
    assert fundings == {("Préfecture du Val", 15_000_000, FundingStatus.ENVISAGE),
                        ("ADEME", 8_000_000, FundingStatus.ENVISAGE),
                        ("Région Occitanie", 4_500_000, FundingStatus.ENVISAGE),
                        ("Agence de l'eau Adour-Garonne", 12_000_000, FundingStatus.ENVISAGE)}
    assert report.counts[RecordKind.FUNDING].new == 4
    assert report.counts[RecordKind.PERSON].new == 4


def test_reimporting_the_plan_changes_nothing_and_a_correction_updates(db: Database,
                                                                       tmp_path: Path) -> None:
    path = tet_files.import_template(tmp_path)
    run_import(db, path, NAMED)

    again = run_import(db, path, NAMED)
    assert again.counts[PLAN].unchanged == len(tet_files.FICHES)
    assert set(again.counts) == {PLAN}  # no stakeholder, involvement or funding either
    assert again.backup_file is None

    corrected = list(tet_files.FICHES)
    corrected[1] = {**corrected[1], "status": "En cours", "amount1": 50000}
    changed = run_import(db, tet_files.import_template(tmp_path, tuple(corrected), "v2.xlsx"),
                         NAMED)
    assert (changed.counts[PLAN].updated, changed.counts[PLAN].unchanged) == (1, 7)
    guichet = projects(db)["Ouvrir un guichet de la rénovation"]
    assert (guichet.status, guichet.phase) == (ProjectStatus.ACTIF, ProjectPhase.MISE_EN_OEUVRE)
    with db.read() as session:
        assert session.scalars(select(Funding.requested_cents).where(
            Funding.project_id == guichet.id)).one() == 5_000_000
        assert session.scalars(select(PlanAction.status).where(
            PlanAction.project_id == guichet.id)).one() is ActionStatus.EN_COURS


def test_what_tet_holds_comes_back_unchanged(db: Database, tmp_path: Path) -> None:
    source = tet_files.import_template(tmp_path)
    run_import(db, source, NAMED)

    written = export_tet(db, "PCAET-DU-VAL", tmp_path / "retour.xlsx")

    assert (written.name, written.fiches, written.notes) == ("PCAET du Val", 8, [])
    before = openpyxl.load_workbook(source)["Fichier dimport"]
    after = openpyxl.load_workbook(written.path)["Fichier dimport"]
    assert [c.value for c in after[2]] == list(tet_files.TEMPLATE_HEADERS)
    assert after["A2"].value == "Axe (x)"  # where TeT looks for its sheet
    held = [column for column, key in enumerate(tet_files.TEMPLATE_KEYS, start=1) if key]
    for row in range(len(tet_files.FICHES)):  # TeT reads from row 4; its template has a help row
        assert [after.cell(4 + row, c).value for c in held] == \
            [before.cell(5 + row, c).value for c in held], f"fiche {row + 1}"
    again = run_import(db, written.path, NAMED)
    assert again.counts[PLAN].unchanged == len(tet_files.FICHES), again.text()


#: The columns TeT's reader requires, in its order (``import/parsers/excel-parser.ts``).
TET_READER_COLUMNS = (
    "Axe (x)", "Sous-axe (x.x)", "Sous-sous axe (x.x.x)", "Titre de l'action",
    "Titre de la sous-action", "Descriptif", "Instances de gouvernance", "Objectifs",
    "Indicateurs liés", "Structure pilote", "Moyens humains et techniques", "Partenaires",
    "Direction ou service pilote", "Personne pilote", "Élu·e référent·e",
    "Participation Citoyenne", "Financements", "Financeur 1", "Montant € HT", "Financeur 2",
    "Montant € HT", "Financeur 3", "Montant € HT", "Budget prévisionnel total € HT", "Statut",
    "Niveau de priorité", "Date de début", "Date de fin")


def test_tet_reads_the_export_as_the_plan_and_nothing_else(db: Database, tmp_path: Path) -> None:
    """Read as TeT reads it: the sheet with « Axe (x) » in A2, its first 28 column names
    trimmed, and every row from the fourth an action — no description row among them."""
    run_import(db, tet_files.import_template(tmp_path), NAMED)

    written = export_tet(db, "PCAET-DU-VAL", tmp_path / "retour.xlsx")

    book = openpyxl.load_workbook(written.path)
    (sheet,) = [s for s in book.worksheets if s["A2"].value == "Axe (x)"]
    names = [str(c.value or "").strip() for c in sheet[2]][:len(TET_READER_COLUMNS)]
    assert names == list(TET_READER_COLUMNS)
    actions = [row[3] for row in sheet.iter_rows(min_row=4, values_only=True)]
    assert actions == [fiche["title"] for fiche in tet_files.FICHES]


def test_what_changed_here_goes_out_in_tet_words(db: Database, tmp_path: Path) -> None:
    run_import(db, tet_files.import_template(tmp_path), NAMED)
    with db.write() as session:
        project = session.scalars(select(Project).where(
            Project.title == "Covoiturage domicile-travail")).one()
        project.status = ProjectStatus.TERMINE

    written = export_tet(db, "pcaet-du-val", tmp_path / "retour.xlsx")

    sheet = openpyxl.load_workbook(written.path)["Fichier dimport"]
    status = tet_files.TEMPLATE_HEADERS.index("Statut ") + 1
    titles = {sheet.cell(row, 4).value: sheet.cell(row, status).value for row in range(4, 12)}
    assert titles["Covoiturage domicile-travail"] == "Réalisé"
    assert titles["Schéma cyclable intercommunal"] == "En retard"  # TeT's word kept


def test_one_project_is_written_as_one_fiche(db: Database, tmp_path: Path) -> None:
    run_import(db, tet_files.import_template(tmp_path), NAMED)

    written = export_tet(db, "PCAET-DU-VAL-002", tmp_path / "fiche.xlsx")

    sheet = openpyxl.load_workbook(written.path)["Fichier dimport"]
    assert (written.fiches, sheet["D4"].value, sheet["C4"].value, sheet["D5"].value) == (
        1, "Ouvrir un guichet de la rénovation", "1.2.1. Conseiller", None)


def test_tet_plan_export_shape_imports_with_its_themes(db: Database, tmp_path: Path) -> None:
    report = run_import(db, tet_files.plan_export(tmp_path), NAMED)

    assert report.outcome is Outcome.IMPORTED, report.text()
    assert (report.sheets[0].kind, report.sheets[0].header_row) == (PLAN, 2)
    assert accounted(report) == len(tet_files.FICHES)
    with db.read() as session:
        assert set(session.scalars(select(Theme.name))) >= {"Énergie", "Bâtiments"}


def test_rows_in_error_are_located_and_the_others_kept_aside(db: Database,
                                                             tmp_path: Path) -> None:
    fiches = (*tet_files.FICHES[:2], {"axis1": "4. Orpheline", "status": "En cours"},
              {"title": "Montant orphelin", "amount2": 1000, "status": "Bloqué"},
              {"title": "Statut inconnu", "status": "Peut-être"})
    path = tet_files.import_template(tmp_path, fiches)

    refused = run_import(db, path, NAMED)
    assert refused.outcome is Outcome.REFUSED
    errors = {(p.row, p.column, p.letter) for p in refused.errors}
    assert errors == {(7, "Titre de l'action", "D"), (8, "Montant € HT", "U"),
                      (9, "Statut ", "Y")}
    assert all(p.sheet == "Fichier dimport" for p in refused.errors)
    assert "Attendu : le nom du financeur" in next(p.message for p in refused.errors
                                                   if p.row == 8)
    assert projects(db) == {}

    skipped = run_import(db, path, replace(NAMED, skip_invalid=True))
    assert (skipped.counts[PLAN].new, skipped.counts[PLAN].rejected) == (2, 3)
    with db.read() as session:  # the refused rows left no axis behind
        assert "4. Orpheline" not in set(session.scalars(select(PlanAxis.title)))


def test_a_sous_action_is_refused_not_taken_for_its_action(db: Database,
                                                          tmp_path: Path) -> None:
    ecoles = tet_files.FICHES[0]
    sous_action = {**ecoles, "sub_title": "Isoler l'école Jean Jaurès"}
    path = tet_files.import_template(tmp_path, (ecoles, sous_action))

    refused = run_import(db, path, NAMED)

    assert refused.outcome is Outcome.REFUSED and refused.duplicates == []
    (problem,) = refused.errors
    assert (problem.row, problem.column, problem.letter) == (6, "Titre de la sous-action", "E")
    assert "Sous-action « Isoler l'école Jean Jaurès » de « Rénover les écoles communales »" \
        in problem.message
    skipped = run_import(db, path, replace(NAMED, skip_invalid=True))
    assert (skipped.counts[PLAN].new, skipped.counts[PLAN].rejected) == (1, 1)
    assert set(projects(db)) == {"Rénover les écoles communales"}


def test_repeated_fiches_are_grouped_under_their_title(db: Database, tmp_path: Path) -> None:
    path = tet_files.import_template(tmp_path, tet_files.FICHES[:1] * 2)

    (group,) = run_import(db, path, NAMED).duplicates

    assert (group.rows, group.label) == ((5, 6), "Rénover les écoles communales")


def test_several_funders_for_one_amount_are_involved_not_split(db: Database,
                                                               tmp_path: Path) -> None:
    fiche = {"title": "Chaufferie bois", "funder1": "Métropole, Région", "amount1": 50000,
             "funder2": "DREAL", "status": "En cours"}
    report = run_import(db, tet_files.import_template(tmp_path, (fiche,)), NAMED)

    assert report.outcome is Outcome.IMPORTED
    assert roles(db, "Chaufferie bois") == dict.fromkeys(
        ("Métropole", "Région", "DREAL"), InvolvementRole.FINANCEUR)
    warnings = [p.message for p in report.warnings]
    assert any("aucun financement n'est enregistré pour cette ligne" in w for w in warnings)
    assert any("Financeur sans montant" in w for w in warnings)
    with db.read() as session:
        assert session.scalars(select(Funding)).all() == []


def test_a_list_of_another_kind_is_refused_naming_the_candidates(db: Database,
                                                                 tmp_path: Path) -> None:
    report = plan_import(db, tet_files.public_contracts(tmp_path))

    assert report.refusal is not None and report.data_rows == 0
    assert "Type de données non reconnu dans la feuille « Marchés »" in report.refusal
    assert "projets (1 colonne(s) reconnue(s) sur 8)" in report.refusal
    assert "--type" in report.refusal


def test_tets_indicator_list_goes_to_the_indicator_library_not_projects(
        db: Database, tmp_path: Path) -> None:
    report = plan_import(db, tet_files.indicator_definitions(tmp_path))

    assert report.refusal is None
    assert [sheet.kind for sheet in report.sheets] == [RecordKind.INDICATOR_DEFINITION]


@pytest.mark.parametrize("value", [date(2024, 3, 1), datetime(2024, 3, 1)])
def test_export_writes_dates_as_dates(value: Any, db: Database, tmp_path: Path) -> None:
    fiche = {"title": "Datée", "start": value, "status": "En cours"}
    run_import(db, tet_files.import_template(tmp_path, (fiche,)), NAMED)
    sheet = openpyxl.load_workbook(export_tet(db, "PCAET-DU-VAL", tmp_path / "o.xlsx").path)
    cell = sheet["Fichier dimport"]["AA4"]
    assert (cell.value, cell.number_format) == (datetime(2024, 3, 1), "DD/MM/YYYY")


@pytest.mark.parametrize(("name", "taken", "code"), [
    ("PCAET du Val", (), "PCAET-DU-VAL"),
    ("PCAET du Val d'Exemple", (), "PCAET-DU-VAL-EXEMPLE"),
    ("Contrat local de santé 2024-2028 de la Communauté", (), "CONTRAT-LOCAL-SANTE"),
    ("Plan climat", ("plan-climat",), "PLAN-CLIMAT-2"),
    ("  ", (), "PLAN"),
])
def test_a_plan_code_is_short_and_unused(name: str, taken: tuple[str, ...], code: str) -> None:
    assert plan_code(name, taken) == code
