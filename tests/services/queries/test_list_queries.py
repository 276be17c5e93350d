"""The list queries: filters, sort orders and totals done in SQL, rows fetched by key."""

from __future__ import annotations

from datetime import date

import pytest

from ingenierie.models.vocabulary import (
    ActorKind,
    CooperationStage,
    InvolvementRole,
    ProjectPhase,
    Scheme,
    StakeholderNature,
    TerritoryKind,
    TerritoryRole,
)
from ingenierie.services.projects import involvements, stages
from ingenierie.services.projects import project as projects
from ingenierie.services.projects.listing import (
    ProjectColumn,
    ProjectFilter,
    project_keys,
    project_rows,
    project_total,
    territory_choices,
)
from ingenierie.services.queries.ordering import Sort
from ingenierie.services.reference import themes
from ingenierie.services.reference.territories import TerritoryInput, create_territory
from ingenierie.services.stakeholders.listing import (
    BY_NAME,
    StakeholderColumn,
    StakeholderFilter,
    stakeholder_keys,
    stakeholder_rows,
    stakeholder_total,
)
from ingenierie.services.stakeholders.stakeholder import (
    OrganisationInput,
    PersonInput,
    archive_stakeholder,
    create_organisation,
    create_person,
)
from ingenierie.storage import Database
from ingenierie.storage.keys import key_of

Projects = dict[str, projects.ProjectDetail]


@pytest.fixture
def three_projects(db: Database) -> Projects:
    theme = {t.name: t.id for t in themes.list_themes(db)}
    brest = create_territory(db, TerritoryInput(TerritoryKind.EPCI, "Brest métropole",
                                                "242900314")).value
    lead = create_organisation(db, OrganisationInput("Association Ener'Gence",
                                                     ActorKind.ASSOCIATION)).value
    made = {
        "energie": projects.create_project(db, projects.ProjectInput(
            title="Énergie citoyenne du Mené", code="EC-01", scheme=Scheme.ENERGIE_CITOYENNE,
            phase=ProjectPhase.MISE_EN_OEUVRE, lead_id=lead.id, start_on=date(2020, 1, 1),
            theme_ids=(theme["Énergie et environnement"],),
            territories=((brest.id, TerritoryRole.PERIMETRE),))).value,
        "sante": projects.create_project(db, projects.ProjectInput(
            title="Centre de santé de Carhaix", code="CS-02", scheme=Scheme.AUTRE,
            phase=ProjectPhase.DIAGNOSTIC, theme_ids=(theme["Santé"],))).value,
        "tiers": projects.create_project(db, projects.ProjectInput(
            title="Abeille, tiers-lieu", code="TL-03", scheme=Scheme.TIERS_LIEU,
            phase=ProjectPhase.EMERGENCE)).value,
    }
    stages.move_to_stage(db, made["energie"].id, CooperationStage.INFORMATION,
                         date(2020, 2, 1), "Réunion publique")
    stages.move_to_stage(db, made["energie"].id, CooperationStage.COOPERATION,
                         date(2023, 2, 1), "Société citoyenne créée")
    stages.move_to_stage(db, made["sante"].id, CooperationStage.CONSULTATION,
                         date(2024, 2, 1), "Questionnaire")
    projects.archive_project(db, made["tiers"].id)
    return made


def titles(db: Database, keys: list[str]) -> list[str]:
    rows = project_rows(db, keys)
    return [rows[key].title for key in keys]


def test_active_projects_by_title_and_totals(db: Database, three_projects: Projects) -> None:
    assert titles(db, project_keys(db, ProjectFilter())) == [
        "Centre de santé de Carhaix", "Énergie citoyenne du Mené"]
    assert project_total(db) == 2
    assert project_total(db, include_archived=True) == 3


def test_each_filter_narrows_the_list(db: Database, three_projects: Projects) -> None:
    theme = {t.name: t.id for t in themes.list_themes(db)}
    [(brest_id, brest_label)] = territory_choices(db)
    assert brest_label == "Brest métropole (242900314)"
    energy = ["Énergie citoyenne du Mené"]
    for wanted in (ProjectFilter(scheme=Scheme.ENERGIE_CITOYENNE),
                   ProjectFilter(phase=ProjectPhase.MISE_EN_OEUVRE),
                   ProjectFilter(stage=CooperationStage.COOPERATION),
                   ProjectFilter(territory_id=brest_id),
                   ProjectFilter(theme_id=theme["Énergie et environnement"]),
                   ProjectFilter(text="mene EC")):
        assert titles(db, project_keys(db, wanted)) == energy, wanted
    assert project_keys(db, ProjectFilter(stage=CooperationStage.INFORMATION)) == []
    assert titles(db, project_keys(db, ProjectFilter(text="abeille", include_archived=True))) \
        == ["Abeille, tiers-lieu"]


def test_sorting_follows_meaning_not_stored_codes(db: Database, three_projects: Projects) -> None:
    everything = ProjectFilter(include_archived=True)
    by_phase = project_keys(db, everything, Sort(ProjectColumn.PHASE))
    assert titles(db, by_phase) == [
        "Abeille, tiers-lieu", "Centre de santé de Carhaix", "Énergie citoyenne du Mené"]
    by_stage = project_keys(db, everything, Sort(ProjectColumn.STAGE, descending=True))
    assert titles(db, by_stage)[0] == "Énergie citoyenne du Mené"
    for column in ProjectColumn:
        ascending = project_keys(db, everything, Sort(column))
        assert project_keys(db, everything, Sort(column, descending=True)) == ascending[::-1]


def test_project_rows_carry_what_the_list_shows(db: Database, three_projects: Projects) -> None:
    energy = three_projects["energie"]
    row = project_rows(db, [key_of(energy.id)])[key_of(energy.id)]
    assert (row.code, row.stage, row.lead_name, row.territories, row.archived) == (
        "EC-01", CooperationStage.COOPERATION, "Association Ener'Gence", "Brest métropole",
        False)
    assert project_rows(db, ["0" * 32]) == {}


def test_directory_filters_sorts_and_counts(db: Database, three_projects: Projects) -> None:
    anne = create_person(db, PersonInput("Le Goff", "Anne", ActorKind.ELU)).value
    create_person(db, PersonInput("Abalain", "Bruno", ActorKind.HABITANT))
    gone = create_person(db, PersonInput("Zimmer", "Zoé")).value
    archive_stakeholder(db, gone.id)
    involvements.add_involvement(db, three_projects["sante"].id, anne.id,
                                 involvements.InvolvementInput(role=InvolvementRole.EXPERT))

    def names(wanted: StakeholderFilter, sort: Sort = BY_NAME) -> list[str]:
        keys = stakeholder_keys(db, wanted, sort)
        rows = stakeholder_rows(db, keys)
        return [rows[key].display_name for key in keys]

    assert names(StakeholderFilter()) == ["Anne Le Goff", "Association Ener'Gence",
                                          "Bruno Abalain"]
    assert names(StakeholderFilter(nature=StakeholderNature.PERSON)) == [
        "Anne Le Goff", "Bruno Abalain"]
    assert names(StakeholderFilter(actor_kind=ActorKind.ELU)) == ["Anne Le Goff"]
    assert names(StakeholderFilter(include_archived=True, text="zo")) == ["Zoé Zimmer"]
    assert names(StakeholderFilter(), Sort(StakeholderColumn.PROJECTS, descending=True))[0] \
        == "Anne Le Goff"
    assert (stakeholder_total(db), stakeholder_total(db, include_archived=True)) == (3, 4)
    row = stakeholder_rows(db, [key_of(anne.id)])[key_of(anne.id)]
    assert (row.nature, row.actor_kind, row.project_count) == (
        StakeholderNature.PERSON, ActorKind.ELU, 1)
