"""Fixtures for the write use cases: a project, people and an organisation in a real database."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import func, select

from ingenierie.models import Base
from ingenierie.services.projects.project import ProjectDetail, ProjectInput, create_project
from ingenierie.services.stakeholders.affiliations import AffiliationInput
from ingenierie.services.stakeholders.stakeholder import (
    OrganisationInput,
    PersonInput,
    StakeholderDetail,
    create_organisation,
    create_person,
)
from ingenierie.storage import Database

PROJECT_START = date(2024, 1, 15)


@pytest.fixture
def count(db: Database) -> Callable[[type[Base]], int]:
    """How many rows of an entity the database holds (archived included)."""

    def rows(entity: type[Base]) -> int:
        with db.read() as session:
            return session.scalar(select(func.count()).select_from(entity)) or 0

    return rows


@pytest.fixture
def organisation(db: Database) -> StakeholderDetail:
    return create_organisation(db, OrganisationInput(
        name="Brest métropole", actor_kind="EPCI", siren="242900314")).value


@pytest.fixture
def person(db: Database, organisation: StakeholderDetail) -> StakeholderDetail:
    return create_person(
        db, PersonInput(last_name="Le Goff", first_name="Anne-Sophie", actor_kind="Élu·e",
                        email="anne-sophie.legoff@brest-metropole.fr"),
        affiliation=AffiliationInput(organisation.id, role="Vice-présidente")).value


@pytest.fixture
def project(db: Database) -> ProjectDetail:
    return create_project(db, ProjectInput(
        title="Contrat de réciprocité Brest – Centre Ouest Bretagne", code="CR-2024-01",
        scheme="Contrat de réciprocité", start_on=PROJECT_START)).value
