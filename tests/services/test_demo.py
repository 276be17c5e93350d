"""The demo data: deterministic, complete, valid for our own checks, and coherent in time."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Table, func, select

from ingenierie.errors import ValidationError
from ingenierie.models import (
    Affiliation,
    Base,
    Funding,
    Interaction,
    Involvement,
    Organisation,
    Participation,
    Person,
    Project,
    ProjectTerritory,
    ProjectTheme,
    StageChange,
    Stakeholder,
    Territory,
    Theme,
)
from ingenierie.models.vocabulary import (
    ActorKind,
    Civility,
    CooperationStage,
    FundingStatus,
    Posture,
    ProjectPhase,
    ProjectStatus,
    Scheme,
    StakeholderNature,
    TerritoryKind,
)
from ingenierie.services.demo import (
    DatabaseNotEmptyError,
    DemoCancelled,
    DemoSummary,
    generate_demo,
)
from ingenierie.services.demo.context import AS_OF
from ingenierie.services.projects.stages import stage_history
from ingenierie.services.stakeholders.matching import organisation_key, person_key
from ingenierie.services.validation import (
    check_email,
    check_insee_commune,
    check_postal_code,
    check_qpv_code,
    check_rna,
    check_siren,
    check_siret,
)
from ingenierie.storage import Database, open_database

SIZE = 2000
WRITTEN_AT = ("created_at", "updated_at")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, DemoSummary]]:
    """One default-size demo, read by most tests below (none of them writes)."""
    database = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    summary = generate_demo(database, SIZE, seed=7)
    yield database, summary
    database.close()


@pytest.fixture
def demo_db(demo: tuple[Database, DemoSummary]) -> Database:
    return demo[0]


def rows(db: Database, entity: type[Base], *columns: str) -> list[Any]:
    """Tuples of these attributes (an ORM select: Person and Organisation keep to their own)."""
    with db.read() as session:
        return [tuple(row) for row in session.execute(
            select(*(getattr(entity, name) for name in columns)))]


def snapshot(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every demo row but its writing time; a project's themes by name, since theme ids
    are drawn when each database is created."""
    names = dict(rows(db, Theme, "id", "name"))
    tables = (Territory, Stakeholder, Affiliation, Project, ProjectTerritory, StageChange,
              Involvement, Interaction, Participation, Funding)
    result = {}
    for entity in tables:
        table = entity.__table__
        assert isinstance(table, Table)
        columns = [c for c in table.columns if c.name not in WRITTEN_AT]
        with db.read() as session:
            result[table.name] = sorted(tuple(row) for row in session.execute(select(*columns)))
    result["project_theme"] = sorted(
        (project, names[theme]) for project, theme in rows(db, ProjectTheme, "project_id",
                                                           "theme_id"))
    return result


def test_the_same_seed_writes_the_same_rows_and_another_seed_others(tmp_path: Path) -> None:
    databases = [open_database(tmp_path / f"{name}.sqlite") for name in ("a", "b", "c")]
    try:
        for database, seed in zip(databases, (3, 3, 4), strict=True):
            generate_demo(database, 300, seed=seed)
        first, again, other = (snapshot(database) for database in databases)
    finally:
        for database in databases:
            database.close()

    assert first == again
    assert first["stakeholder"] != other["stakeholder"]
    assert first["project"] != other["project"]


def test_every_scheme_kind_of_actor_and_kind_of_territory_is_there(demo_db: Database) -> None:
    schemes = {scheme for (scheme,) in rows(demo_db, Project, "scheme")}
    actors = rows(demo_db, Stakeholder, "nature", "actor_kind")
    territories = {kind for (kind,) in rows(demo_db, Territory, "kind")}

    assert schemes == set(Scheme)
    assert {kind for _nature, kind in actors} == set(ActorKind)
    assert {nature for nature, _kind in actors} == set(StakeholderNature)
    assert {TerritoryKind.COMMUNE, TerritoryKind.EPCI, TerritoryKind.QPV, TerritoryKind.CUSTOM,
            TerritoryKind.DEPARTEMENT, TerritoryKind.REGION} <= territories


def test_the_summary_counts_what_was_written(demo: tuple[Database, DemoSummary]) -> None:
    database, summary = demo
    counts = dict(summary.counts)
    with database.read() as session:
        def count(entity: type[Base]) -> int:
            return session.scalar(select(func.count()).select_from(entity)) or 0

        assert counts["Acteurs"] == count(Stakeholder) == SIZE
        assert counts["Projets"] == count(Project) == SIZE // 10
        assert counts["Implications"] == count(Involvement)
        assert counts["Étapes de coopération"] == count(StageChange)
        assert counts["Participations aux échanges"] == count(Participation)
        assert counts["Financements"] == count(Funding)
    assert summary.rows == sum(counts.values())


def test_territory_codes_pass_the_validators_and_chain_to_their_parents(
        demo_db: Database) -> None:
    territories = rows(demo_db, Territory, "id", "kind", "code", "parent_id")
    kind_of = {ident: kind for ident, kind, _code, _parent in territories}
    codes: dict[TerritoryKind, list[str]] = defaultdict(list)
    for _ident, kind, code, parent in territories:
        codes[kind].append(code)
        if kind == TerritoryKind.COMMUNE:
            assert kind_of[parent] == TerritoryKind.EPCI
        if kind == TerritoryKind.QPV:
            assert kind_of[parent] == TerritoryKind.COMMUNE

    assert all(check_insee_commune(code) == code for code in codes[TerritoryKind.COMMUNE])
    assert all(check_siren(code) == code for code in codes[TerritoryKind.EPCI])
    assert all(check_qpv_code(code) == code for code in codes[TerritoryKind.QPV])
    communes = codes[TerritoryKind.COMMUNE]
    assert any(code.startswith("2A") for code in communes)
    assert any(code.startswith("2B") for code in communes)
    assert any(code.startswith("974") and len(code) == 5 for code in communes)
    assert codes[TerritoryKind.CUSTOM] and set(codes[TerritoryKind.CUSTOM]) == {None}


def test_organisation_identifiers_and_contacts_pass_the_validators(demo_db: Database) -> None:
    organisations = rows(demo_db, Organisation, "siren", "siret", "rna", "email")
    emails = [email for (email,) in rows(demo_db, Person, "email") if email]

    sirens = [siren for siren, *_ in organisations if siren]
    sirets = [siret for _siren, siret, *_ in organisations if siret]
    assert sirens and sirets and emails
    assert all(check_siren(siren) == siren for siren in sirens)
    assert all(check_siret(siret) == siret for siret in sirets)
    assert all(siret.startswith(siren) for siren, siret, *_ in organisations if siret)
    assert all(check_rna(rna) == rna for _s, _t, rna, _e in organisations if rna)
    assert all(check_email(email) == email
               for email in emails + [e for *_, e in organisations if e])


def test_addresses_and_contact_dates_are_plausible(demo_db: Database) -> None:
    # A town's name → the départements its postal codes start with (names repeat).
    departments: defaultdict[str, set[str]] = defaultdict(set)
    for kind, name, code in rows(demo_db, Territory, "kind", "name", "code"):
        if kind == TerritoryKind.COMMUNE:
            departments[name].add("20" if code[:2] in ("2A", "2B") else code[:2])
    places = rows(demo_db, Stakeholder, "postal_code", "city")
    people = rows(demo_db, Person, "civility", "first_contact_on", "last_contact_on")

    assert sum(city is not None for _code, city in places) > len(places) // 2
    for code, city in places:
        assert (code is None) == (city is None)
        if code is not None:
            assert check_postal_code(code) == code
            assert code[:2] in departments[city]
    assert {civility for civility, *_ in people} == set(Civility)
    firsts = [(first, last) for _civility, first, last in people if first is not None]
    assert firsts and all(first <= last for first, last in firsts)


def test_names_and_keys_are_written_as_the_services_write_them(demo_db: Database) -> None:
    people = rows(demo_db, Person, "first_name", "last_name", "display_name", "match_key",
                  "legal_basis")
    organisations = rows(demo_db, Organisation, "display_name", "match_key")

    for first, last, display_name, match_key, legal_basis in people:
        assert display_name == f"{first} {last}"
        assert match_key == person_key(last, first)
        assert legal_basis is not None
    assert all(key == organisation_key(name) for name, key in organisations)
    assert len({name for name, _key in organisations}) == len(organisations)


def test_affiliations_join_a_person_to_an_organisation(demo_db: Database) -> None:
    nature = dict(rows(demo_db, Stakeholder, "id", "nature"))
    affiliations = rows(demo_db, Affiliation, "person_id", "organisation_id")

    assert len(affiliations) > SIZE // 4
    assert all(nature[person] == StakeholderNature.PERSON
               and nature[organisation] == StakeholderNature.ORGANISATION
               for person, organisation in affiliations)


def test_phase_and_status_agree_with_the_dates(demo_db: Database) -> None:
    projects = rows(demo_db, Project, "phase", "status", "start_on", "end_on", "lead_id")

    for phase, status, start_on, end_on, lead_id in projects:
        assert lead_id is not None
        assert start_on < AS_OF
        if status in (ProjectStatus.TERMINE, ProjectStatus.ABANDONNE):
            assert start_on < end_on < AS_OF
        else:
            assert end_on is None or end_on > AS_OF
        if status == ProjectStatus.TERMINE:
            assert phase in (ProjectPhase.SUIVI_EVALUATION, ProjectPhase.CAPITALISATION)
        if (AS_OF - start_on).days < 120:
            assert phase in (ProjectPhase.EMERGENCE, ProjectPhase.DIAGNOSTIC)
    assert {status for _p, status, *_ in projects} == set(ProjectStatus)


def test_stage_histories_climb_stall_and_step_back_after_the_project_start(
        demo_db: Database) -> None:
    projects = {ident: (start, end) for ident, start, end
                in rows(demo_db, Project, "id", "start_on", "end_on")}
    histories: dict[Any, list[tuple[date, CooperationStage]]] = defaultdict(list)
    for project, entered_on, stage in sorted(
            rows(demo_db, StageChange, "project_id", "entered_on", "stage")):
        histories[project].append((entered_on, stage))
    moves: Counter[str] = Counter()

    assert set(histories) == set(projects)
    for project, history in histories.items():
        start, end = projects[project]
        assert history[0][1] == CooperationStage.INFORMATION
        assert all(start <= entered <= min(end or AS_OF, AS_OF) for entered, _ in history)
        assert len({entered for entered, _ in history}) == len(history)
        for (_, before), (_, after) in pairwise(history):
            step = after.rank - before.rank
            assert step in (-1, 0, 1)
            moves[{-1: "back", 0: "stall", 1: "climb"}[step]] += 1
    assert moves["climb"] > moves["stall"] > 0 and moves["back"] > 0
    assert any(history[-1][1] == CooperationStage.COOPERATION for history in histories.values())


def test_the_stage_service_reads_a_demo_history_in_order(demo_db: Database) -> None:
    project = rows(demo_db, Project, "id")[0][0]
    history = stage_history(demo_db, project)

    assert history and history[0].stage == CooperationStage.INFORMATION
    assert [step.entered_on for step in history] == sorted(step.entered_on for step in history)
    assert all("/" in step.evidence and step.recorded_by for step in history)


def test_a_few_projects_have_about_two_hundred_stakeholders(demo_db: Database) -> None:
    per_project = Counter(project for (project,) in rows(demo_db, Involvement, "project_id"))
    crowded = [count for count in per_project.values() if count >= 180]

    assert 1 <= len(crowded) <= 5
    assert all(count <= 220 for count in crowded)
    assert len(per_project) == SIZE // 10 and min(per_project.values()) >= 2


def test_involvements_stay_within_scales_and_below_the_project_stage(demo_db: Database) -> None:
    current: dict[Any, CooperationStage] = {}
    for project, _entered, stage in sorted(
            rows(demo_db, StageChange, "project_id", "entered_on", "stage")):
        current[project] = stage
    involvements = rows(demo_db, Involvement, "project_id", "influence", "interest", "attitude",
                        "participation", "posture", "start_on")

    for project, influence, interest, attitude, participation, _posture, _start in involvements:
        assert 1 <= influence <= 5 and 1 <= interest <= 5
        assert attitude is None or -2 <= attitude <= 2
        assert participation.rank <= current[project].rank

    def facilitating(years: range) -> float:
        postures = [p for *_, p, start in involvements if start.year in years]
        return postures.count(Posture.FACILITATEUR) / len(postures)

    assert facilitating(range(2023, 2027)) > facilitating(range(2015, 2018)) + 0.2


def test_interactions_have_participants_from_the_project(demo_db: Database) -> None:
    involved = set(rows(demo_db, Involvement, "project_id", "stakeholder_id"))
    project_of = dict(rows(demo_db, Interaction, "id", "project_id"))
    participations = rows(demo_db, Participation, "interaction_id", "stakeholder_id",
                          "presence")

    assert all((project_of[interaction], stakeholder) in involved
               for interaction, stakeholder, _presence in participations)
    assert len({presence for *_, presence in participations}) == 3
    assert {interaction for interaction, *_ in participations} == set(project_of)


def test_funders_are_organisations_and_amounts_keep_their_order(demo_db: Database) -> None:
    nature = dict(rows(demo_db, Stakeholder, "id", "nature"))
    fundings = rows(demo_db, Funding, "status", "requested_cents", "granted_cents",
                    "paid_cents", "funder_id")

    assert {status for status, *_ in fundings} == set(FundingStatus)
    assert {nature[funder] for *_, funder in fundings} == {StakeholderNature.ORGANISATION}
    for status, requested, granted, paid, _funder in fundings:
        assert 0 <= paid <= granted <= requested and requested > 0
        if status in (FundingStatus.ENVISAGE, FundingStatus.DEMANDE, FundingStatus.REFUSE):
            assert granted == paid == 0
        if status == FundingStatus.SOLDE:
            assert paid == granted > 0


def test_projects_have_shipped_themes_and_territories_with_roles(demo_db: Database) -> None:
    projects = {ident for (ident,) in rows(demo_db, Project, "id")}
    themed = {project for (project,) in rows(demo_db, ProjectTheme, "project_id")}
    roles = rows(demo_db, ProjectTerritory, "project_id", "role")

    assert themed == projects
    assert {project for project, _role in roles} == projects
    assert {role for _project, role in roles} == {"perimetre", "qpv_cible", "partenaire"}


def test_progress_reports_rows_written_until_all_are(db: Database) -> None:
    calls: list[tuple[int, int]] = []

    summary = generate_demo(db, 100, progress=lambda done, total: calls.append((done, total)))

    assert len(calls) > 5
    assert all(0 < done <= total for done, total in calls)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    assert calls[-1] == (summary.rows, summary.rows)


def test_a_database_holding_data_is_refused_unless_appending(db: Database) -> None:
    generate_demo(db, 100, seed=1)
    before = snapshot(db)

    with pytest.raises(DatabaseNotEmptyError, match="--append"):
        generate_demo(db, 100, seed=1)
    assert snapshot(db) == before

    summary = generate_demo(db, 100, seed=1, append=True)
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Stakeholder)) == 200
        assert session.scalar(select(func.count()).select_from(Project)) == 20
    assert dict(summary.counts)["Territoires"] < len(before["territory"])


def test_cancelling_keeps_nothing(db: Database) -> None:
    calls: list[int] = []

    with pytest.raises(DemoCancelled, match="rien n'a été enregistré"):
        generate_demo(db, 100, progress=lambda done, total: calls.append(done),
                      cancelled=lambda: len(calls) >= 3)
    assert len(calls) == 3
    assert all(not table for table in snapshot(db).values())


@pytest.mark.parametrize("size", [0, 49, 1_000_001])
def test_a_size_out_of_range_is_refused_in_french(db: Database, size: int) -> None:
    with pytest.raises(ValidationError, match="nombre d'acteurs"):
        generate_demo(db, size)
