"""Projects: every column written and read back, links, validation, filters, archive."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date

import pytest

from ingenierie.errors import DuplicateError, NotFoundError, ValidationError
from ingenierie.models import Project, ProjectTerritory, ProjectTheme
from ingenierie.models.vocabulary import (
    CooperationStage,
    ProjectPhase,
    ProjectStatus,
    Scheme,
    TerritoryRole,
)
from ingenierie.services.projects.project import (
    ProjectInput,
    archive_project,
    create_project,
    get_project,
    list_projects,
    restore_project,
    update_project,
)
from ingenierie.services.projects.stages import move_to_stage
from ingenierie.services.reference.territories import TerritoryInput, create_territory
from ingenierie.services.reference.themes import list_themes


@pytest.fixture
def brest(db):
    return create_territory(db, TerritoryInput("epci", "Brest métropole", "242900314")).value


@pytest.fixture
def qpv(db):
    return create_territory(db, TerritoryInput("qpv", "Pontanézen", "QN02901M")).value


def test_every_field_is_written_and_read_back(db, organisation, brest, qpv):
    themes = {t.name: t for t in list_themes(db)}
    data = ProjectInput(
        title="  Tiers-lieu de Pontanézen ", code="TL-01", summary="Un lieu partagé.",
        scheme="Tiers-lieu", phase="Mise en oeuvre", status="en veille",
        start_on=date(2023, 9, 1), end_on=date(2026, 6, 30), lead_id=organisation.id,
        budget_cents=12_500_000, funds_public=True, funds_volunteer=True,
        commons_resource="Le bâtiment", commons_community="Les habitants",
        commons_rules="Charte d'usage",
        theme_ids=(themes["Santé"].id, themes["Culture"].id),
        territories=((brest.id, "Périmètre"), (qpv.id, TerritoryRole.QPV_CIBLE)))

    created = create_project(db, data).value
    detail = get_project(db, created.id)

    assert detail == created
    assert detail.title == "Tiers-lieu de Pontanézen"
    assert (detail.scheme, detail.phase, detail.status) == (
        Scheme.TIERS_LIEU, ProjectPhase.MISE_EN_OEUVRE, ProjectStatus.EN_VEILLE)
    assert detail.lead_name == "Brest métropole"
    assert detail.budget_cents == 12_500_000
    assert detail.is_hybrid
    assert [t.name for t in detail.themes] == ["Culture", "Santé"]
    assert {(t.name, t.role) for t in detail.territories} == {
        ("Brest métropole", TerritoryRole.PERIMETRE), ("Pontanézen", TerritoryRole.QPV_CIBLE)}
    assert detail.stage is None
    assert detail.to_input().theme_ids == tuple(t.id for t in detail.themes)


def test_update_replaces_fields_themes_and_territories(db, project, brest, qpv):
    theme = list_themes(db)[0]
    first = update_project(db, project.id, dataclasses.replace(
        project.to_input(), theme_ids=(theme.id,), territories=((brest.id, "perimetre"),))).value
    assert [t.name for t in first.themes] == [theme.name]

    second = update_project(db, project.id, dataclasses.replace(
        first.to_input(), title="Nouveau titre", theme_ids=(),
        territories=((qpv.id, "qpv_cible"), (qpv.id, "qpv_cible")))).value

    assert second.title == "Nouveau titre"
    assert second.themes == ()
    assert [(t.name, t.role) for t in second.territories] == [
        ("Pontanézen", TerritoryRole.QPV_CIBLE)]
    assert get_project(db, project.id) == second


@pytest.mark.parametrize(("changes", "field"), [
    ({"title": "   "}, "title"),
    ({"scheme": "Contrat de quartier"}, "scheme"),
    ({"phase": "lancement"}, "phase"),
    ({"status": "fini"}, "status"),
    ({"start_on": date(2024, 5, 1), "end_on": date(2024, 4, 30)}, "end_on"),
    ({"budget_cents": -1}, "budget_cents"),
    ({"budget_cents": 10.5}, "budget_cents"),
    ({"lead_id": uuid.uuid4()}, "lead_id"),
    ({"theme_ids": (uuid.uuid4(),)}, "theme_ids"),
    ({"territories": ((uuid.uuid4(), "perimetre"),)}, "territories"),
    ({"code": "X" * 41}, "code"),
])
def test_invalid_input_is_refused_and_nothing_written(db, count, changes, field):
    data = dataclasses.replace(ProjectInput(title="Projet"), **changes)
    with pytest.raises(ValidationError) as raised:
        create_project(db, data)
    assert raised.value.field == field
    assert count(Project) == 0
    assert count(ProjectTheme) == count(ProjectTerritory) == 0


def test_unknown_vocabulary_message_is_french_and_lists_choices(db):
    with pytest.raises(ValidationError) as raised:
        create_project(db, ProjectInput(title="Projet", scheme="Contrat de quartier"))
    assert "Dispositif : valeur inconnue « Contrat de quartier »" in raised.value.message
    assert "Contrat de réciprocité" in raised.value.message


def test_code_is_unique(db, project):
    with pytest.raises(DuplicateError, match="CR-2024-01"):
        create_project(db, ProjectInput(title="Autre", code="CR-2024-01"))
    # Saving a project with its own code is not a clash.
    assert update_project(db, project.id, project.to_input()).value.code == "CR-2024-01"


def test_start_cannot_move_after_the_first_recorded_stage(db, project):
    move_to_stage(db, project.id, "information", date(2024, 2, 1), "Lettre d'information")
    with pytest.raises(ValidationError) as raised:
        update_project(db, project.id, dataclasses.replace(
            project.to_input(), start_on=date(2024, 3, 1)))
    assert raised.value.field == "start_on"
    assert get_project(db, project.id).start_on == project.start_on


def test_missing_project_is_not_found(db):
    with pytest.raises(NotFoundError, match="Projet introuvable"):
        get_project(db, uuid.uuid4())
    with pytest.raises(NotFoundError):
        update_project(db, uuid.uuid4(), ProjectInput(title="X"))


def test_detail_and_list_show_the_latest_stage_by_date(db, project):
    move_to_stage(db, project.id, "concertation", date(2024, 6, 1), "Atelier partagé")
    move_to_stage(db, project.id, "consultation", date(2024, 3, 1), "Questionnaire")
    detail = get_project(db, project.id)
    assert (detail.stage, detail.stage_since) == (CooperationStage.CONCERTATION,
                                                  date(2024, 6, 1))
    assert list_projects(db)[0].stage is CooperationStage.CONCERTATION


def test_list_filters(db):
    energy = create_project(db, ProjectInput(title="Énergie citoyenne du Mené",
                                             scheme="energie_citoyenne", phase="diagnostic")).value
    city = create_project(db, ProjectInput(title="Contrat de ville de Rennes", code="CV-35",
                                           scheme="contrat_de_ville", status="termine")).value

    assert [p.id for p in list_projects(db)] == [city.id, energy.id]
    assert [p.id for p in list_projects(db, text="energie mene")] == [energy.id]
    assert [p.id for p in list_projects(db, text="cv-35")] == [city.id]
    assert [p.id for p in list_projects(db, scheme="Contrat de ville")] == [city.id]
    assert [p.id for p in list_projects(db, phase=ProjectPhase.DIAGNOSTIC)] == [energy.id]
    assert [p.id for p in list_projects(db, status="Terminé")] == [city.id]
    assert list_projects(db, text="introuvable") == []
    with pytest.raises(ValidationError):
        list_projects(db, scheme="n'importe quoi")


def test_archive_hides_and_restore_brings_back(db, project):
    archive_project(db, project.id)
    assert list_projects(db) == []
    assert [p.archived for p in list_projects(db, include_archived=True)] == [True]
    assert get_project(db, project.id).archived

    archive_project(db, project.id)  # twice changes nothing
    restore_project(db, project.id)

    assert [p.id for p in list_projects(db)] == [project.id]
    assert not get_project(db, project.id).archived
    with pytest.raises(NotFoundError):
        archive_project(db, uuid.uuid4())
