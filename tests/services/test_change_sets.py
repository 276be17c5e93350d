"""Every service write returns what it changed: kinds, ids, owners — exactly that."""

from __future__ import annotations

import dataclasses
import sys
from datetime import date
from pathlib import Path

from ingenierie.models.vocabulary import TerritoryKind, TerritoryRole
from ingenierie.services.demo import generate_demo
from ingenierie.services.importing.pipeline import plan_import, run_import
from ingenierie.services.projects.funding import FundingInput, create_funding
from ingenierie.services.projects.interactions import (
    InteractionInput,
    create_interaction,
    update_interaction,
)
from ingenierie.services.projects.involvements import InvolvementInput, add_involvement
from ingenierie.services.projects.project import (
    ProjectInput,
    archive_project,
    create_project,
    update_project,
)
from ingenierie.services.reference.territories import TerritoryInput, create_territory
from ingenierie.services.reference.themes import create_theme
from ingenierie.services.stakeholders.merging import merge_stakeholders
from ingenierie.services.stakeholders.records import PersonInput
from ingenierie.services.stakeholders.stakeholder import create_person
from ingenierie.storage import Database
from ingenierie.storage.changes import NOTHING, ChangeSet, Kind

sys.path.insert(0, str(Path(__file__).parent / "importing"))
import fixtures


def test_a_project_names_its_links_and_an_edit_only_what_it_changed(db: Database) -> None:
    theme = create_theme(db, "Numérique").value
    brest = create_territory(db, TerritoryInput(TerritoryKind.COMMUNE, "Brest", "29019")).value
    data = ProjectInput(title="Tiers-lieu de Carhaix", theme_ids=(theme.id,),
                        territories=((brest.id, TerritoryRole.PERIMETRE),))
    created = create_project(db, data)
    project_id = created.value.id
    assert created.changes.kinds == {Kind.PROJECT, Kind.PROJECT_THEME, Kind.PROJECT_TERRITORY}
    assert created.changes.ids(Kind.PROJECT) == {project_id}
    assert created.changes.owners(Kind.PROJECT, Kind.PROJECT_THEME,
                                  Kind.PROJECT_TERRITORY) == {project_id}

    assert update_project(db, project_id, data).changes == NOTHING
    other = create_theme(db, "Mobilités").value
    edited = update_project(db, project_id, dataclasses.replace(data, theme_ids=(other.id,)))
    assert edited.changes.kinds == {Kind.PROJECT_THEME}  # one link gone, one added
    assert len(edited.changes.ids(Kind.PROJECT_THEME)) == 2
    assert edited.changes.touches(Kind.PROJECT, project_id, Kind.PROJECT_THEME)

    assert archive_project(db, project_id) == ChangeSet.of(Kind.PROJECT, [project_id])
    assert archive_project(db, project_id) == NOTHING  # archived already


def test_participants_are_owned_by_the_project_of_their_exchange(db, project, person,
                                                                 organisation) -> None:
    for stakeholder in (person, organisation):
        add_involvement(db, project.id, stakeholder.id, InvolvementInput())
    data = InteractionInput(date(2024, 4, 2), "Atelier", participants=((person.id, "present"),))
    created = create_interaction(db, project.id, data)
    assert created.changes.kinds == {Kind.INTERACTION, Kind.PARTICIPATION}
    assert created.changes.owners(Kind.PROJECT, Kind.PARTICIPATION) == {project.id}
    assert created.changes.owners(Kind.STAKEHOLDER, Kind.PARTICIPATION) == {person.id}

    moved = update_interaction(db, created.value.id, dataclasses.replace(
        data, participants=((person.id, "present"), (organisation.id, "absent"))))
    assert moved.changes.kinds == {Kind.PARTICIPATION}  # the person's place is kept
    assert moved.changes.owners(Kind.STAKEHOLDER, Kind.PARTICIPATION) == {organisation.id}


def test_a_merge_names_the_funding_and_the_participation_it_moved(db, project, person) -> None:
    duplicate = create_person(db, PersonInput(last_name="LE GOFF", first_name="anne-sophie"),
                              allow_duplicate=True).value
    add_involvement(db, project.id, duplicate.id, InvolvementInput())
    funding = create_funding(db, project.id, FundingInput(duplicate.id, granted_cents=500))
    meeting = create_interaction(db, project.id, InteractionInput(
        date(2024, 4, 2), "Atelier", participants=((duplicate.id, "present"),)))
    [participation] = meeting.changes.ids(Kind.PARTICIPATION)

    merged = merge_stakeholders(db, person.id, duplicate.id)

    changes = merged.changes
    assert changes.ids(Kind.FUNDING) == {funding.value.id}
    assert changes.owners(Kind.STAKEHOLDER, Kind.FUNDING) == {person.id, duplicate.id}
    assert changes.touches(Kind.PROJECT, project.id, Kind.FUNDING)
    assert changes.ids(Kind.PARTICIPATION) == {participation}
    assert changes.touches(Kind.PROJECT, project.id, Kind.PARTICIPATION)
    assert changes.ids(Kind.STAKEHOLDER) >= {duplicate.id}
    assert merged.value.moved_funding == merged.value.moved_participations == 1


def test_an_import_and_the_demo_tell_the_kinds_they_wrote(db: Database, tmp_path: Path) -> None:
    path = fixtures.title_block_merged(tmp_path)
    assert plan_import(db, path).changes == NOTHING
    report = run_import(db, path)
    assert report.changes == ChangeSet.anything(Kind.STAKEHOLDER, Kind.AFFILIATION)

    summary = generate_demo(db, size=60, append=True)
    # Shipped: themes, the indicator library and maturity grids. The demo makes no plans
    # and no territory across several others; review flags are written by erasures only.
    unwritten = {Kind.THEME, Kind.INDICATOR_DEFINITION, Kind.MATURITY_FRAMEWORK,
                 Kind.MATURITY_ITEM, Kind.PLAN, Kind.PLAN_AXIS, Kind.PLAN_ACTION,
                 Kind.TERRITORY_LINK, Kind.REVIEW_FLAG}
    assert summary.changes == ChangeSet.anything(*(set(Kind) - unwritten))
