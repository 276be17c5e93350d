"""Files as managers keep them: statuses in the phase column, exchanges and fundings beside
people and projects, two columns for one field, hidden rows, one person on two rows."""

from __future__ import annotations

from pathlib import Path

import everyday_files as files
import openpyxl
import pytest
from ods_files import text, write_ods
from sqlalchemy import func, select

from ingenierie.models import (
    Affiliation,
    Funding,
    Interaction,
    Involvement,
    Organisation,
    Person,
    Project,
)
from ingenierie.models.vocabulary import InvolvementRole, ProjectPhase, ProjectStatus
from ingenierie.services.importing.mapping.fields import RecordKind
from ingenierie.services.importing.mapping.headers import ColumnMapping, map_columns
from ingenierie.services.importing.pipeline import ImportOptions, plan_import, run_import
from ingenierie.services.importing.reading.table import SkipReason
from ingenierie.services.importing.report import Outcome
from ingenierie.storage import Database

PERSON = RecordKind.PERSON






def test_status_and_phase_words_are_read_on_both_axes(db: Database, tmp_path: Path) -> None:
    report = run_import(db, files.everyday(tmp_path))

    assert report.outcome is Outcome.IMPORTED, report.text()
    with db.read() as session:
        found = {p.code: (p.status, p.phase) for p in session.scalars(select(Project))}
    S, P = ProjectStatus, ProjectPhase
    assert found == {"P1": (S.ACTIF, P.MISE_EN_OEUVRE), "P2": (S.ACTIF, P.EMERGENCE),
                     "P3": (S.TERMINE, P.EMERGENCE), "P4": (S.ACTIF, P.DIAGNOSTIC)}


def test_exchanges_and_fundings_beside_people_and_projects(db: Database,
                                                           tmp_path: Path) -> None:
    report = run_import(db, files.everyday(tmp_path))

    kinds = {sheet.sheet: sheet.kind for sheet in report.sheets}
    assert kinds == {"Acteurs": PERSON, "Projets": RecordKind.PROJECT,
                     "Interactions": RecordKind.INTERACTION,
                     "Financements": RecordKind.FUNDING}
    assert report.counts[RecordKind.INTERACTION].new == 2
    assert report.counts[RecordKind.FUNDING].new == 2
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Interaction)) == 2
        roles = dict(session.execute(
            select(Involvement.role, func.count()).group_by(Involvement.role)).all())
        amounts = sorted(session.scalars(select(Funding.requested_cents)))
    # Claire Martin took part in a meeting: now a partner; both funders involved as such.
    assert roles == {InvolvementRole.PARTENAIRE: 1, InvolvementRole.FINANCEUR: 2}
    assert amounts == [500_000, 1_200_000]
    assert any("« Claire Martin » n'était pas impliqué·e" in p.message
               for p in report.warnings)

    again = run_import(db, files.everyday(tmp_path))
    assert {kind: c.unchanged for kind, c in again.counts.items()}[RecordKind.FUNDING] == 2




def test_two_candidate_columns_for_one_field_are_asked_about(db: Database,
                                                             tmp_path: Path) -> None:
    path = files.contacts(tmp_path)

    report = plan_import(db, path)

    assert report.refusal is not None
    assert "« Nom » (A) ou « Nom de famille » (C) pour le champ « Nom »" in report.refusal
    assert "« Tél. fixe » (D) ou « Tél. portable » (E) pour le champ « Téléphone »" in \
        report.refusal
    mapping = map_columns(next(openpyxl.load_workbook(path).active.values), PERSON)
    assert [key for key, _ in mapping.ambiguous] == ["last_name", "phone"]
    settled = mapping.with_field(2, "last_name").with_field(4, "phone")
    assert settled.ambiguous == ()
    saved = ColumnMapping.from_json(settled.to_json())
    assert run_import(db, path, ImportOptions(mapping=saved)).outcome is Outcome.IMPORTED
    with db.read() as session:
        person = session.scalars(select(Person)).one()
    assert (person.last_name, person.phone) == ("Martin", "06 12 34 56 78")




@pytest.mark.parametrize("filtered", [False, True])
def test_hidden_rows_are_reported_and_left_out_when_asked(db: Database, tmp_path: Path,
                                                          filtered: bool) -> None:
    path = files.hidden_rows(tmp_path, filtered=filtered)

    report = plan_import(db, path)
    sheet = report.sheets[0]
    assert (sheet.hidden, sheet.filtered, report.counts[PERSON].new) == ([3, 5], filtered, 6)
    how = "par un filtre" if filtered else "dans le classeur"
    assert f"2 ligne(s) masquée(s) {how} lue(s) comme les autres : lignes 3, 5" in report.text()

    skipped = plan_import(db, path, ImportOptions(skip_hidden=True))
    reason = SkipReason.FILTERED if filtered else SkipReason.HIDDEN
    assert [(s.number, s.reason) for s in skipped.sheets[0].skipped] == [
        (3, reason), (5, reason)]
    assert skipped.counts[PERSON].new == 4 and skipped.sheets[0].hidden == []


def test_rows_hidden_in_an_ods_file_are_known_too(db: Database, tmp_path: Path) -> None:
    rows = [["Nom", "Prénom", "Organisme"], ["Martin", "Claire", "Mairie"],
            ["Durand", "Paul", "Mairie"], ["Roux", "Léa", "Mairie"]]
    path = write_ods(tmp_path / "acteurs.ods",
                     {"Acteurs": [[text(value) for value in row] for row in rows]},
                     visibility={2: "filter"})

    report = plan_import(db, path)

    assert (report.sheets[0].hidden, report.sheets[0].filtered) == ([3], True)




def test_repeated_rows_are_refused_unless_merged(db: Database, tmp_path: Path) -> None:
    path = files.repeated_people(tmp_path)

    refused = plan_import(db, path)
    assert (refused.counts[PERSON].new, refused.counts[PERSON].rejected) == (2, 1)
    assert [group.rows for group in refused.duplicates] == [(2, 4)]

    merged = run_import(db, path, ImportOptions(merge_repeated=True))

    assert merged.outcome is Outcome.IMPORTED, merged.text()
    counts = merged.counts[PERSON]
    assert (counts.new, counts.rejected, counts.merged) == (2, 0, 1)
    [group] = merged.merges
    assert (group.rows, group.label, group.filled) == ((2, 4), "Claire Martin", ("Téléphone",))
    [conflict] = group.conflicts
    assert (conflict.label, conflict.values, conflict.chosen) == (
        "Fonction", ((2, "Adjointe"), (4, "Vice-présidente")), 2)
    assert "conflit — Fonction : « Adjointe » (ligne 2) / « Vice-présidente » (ligne 4) → " \
           "« Adjointe »" in merged.text()
    with db.read() as session:
        claire = session.scalars(select(Person).where(Person.first_name == "Claire")).one()
        organisations = set(session.scalars(
            select(Organisation.display_name)
            .join(Affiliation, Affiliation.organisation_id == Organisation.id)
            .where(Affiliation.person_id == claire.id)))
    assert (claire.job_title, claire.phone) == ("Adjointe", "06 12 34 56 78")
    assert claire.notes == "Rencontrée au forum.\nSuit le PCAET."
    assert organisations == {"Mairie de Privas", "CC Privas Centre Ardèche"}


def test_the_user_settles_a_conflict(db: Database, tmp_path: Path) -> None:
    path = files.repeated_people(tmp_path)

    run_import(db, path, ImportOptions(merge_repeated=True,
                                       merge_choices=((("Acteurs", 2, "job_title"), 4),)))

    with db.read() as session:
        assert session.scalars(select(Person.job_title).where(
            Person.first_name == "Claire")).one() == "Vice-présidente"
