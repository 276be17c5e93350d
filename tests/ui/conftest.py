"""UI fixtures: an AppContext on the real migrated database, and a realistic project."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from uuid import UUID

import pytest
from PySide6.QtCore import QEvent, Qt, QTranslator
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QWidget

from ingenierie.models.vocabulary import (
    ActorKind,
    CooperationStage,
    InvolvementRole,
    Posture,
    Scheme,
    TerritoryRole,
)
from ingenierie.services.projects import involvements, stages
from ingenierie.services.projects import project as projects
from ingenierie.services.reference import territories, themes
from ingenierie.services.stakeholders import stakeholder as stakeholders
from ingenierie.services.stakeholders.records import OrganisationInput, PersonInput
from ingenierie.storage import Database
from ingenierie.ui.context import AppContext, ChangeHub

# What the offscreen platform cannot do (size hints of native windows, raising a
# window, grabbing the keyboard for a popup) and says so; nothing a user would see.
OFFSCREEN_NOISE = ("This plugin does not support propagateSizeHints",
                   r"This plugin does not support raise\(\)",
                   "This plugin does not support grabbing the keyboard")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "/tests/ui/" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE))


TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


@pytest.fixture(scope="session", autouse=True)
def french(qapp: QApplication) -> Iterator[None]:
    """Run the UI in French, as shipped: every catalogue of ours is loaded."""
    translators = []
    for catalogue in sorted(TRANSLATIONS.glob("*_fr.qm")):
        translator = QTranslator()
        assert translator.load(str(catalogue)), catalogue
        qapp.installTranslator(translator)
        translators.append(translator)
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def type_text(widget: QWidget, text: str) -> None:
    """Type like a user, accents included (QTest.keyClicks only knows ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))


@pytest.fixture
def typist() -> Callable[[QWidget, str], None]:
    return type_text


@pytest.fixture
def context(db: Database, qapp: object) -> AppContext:
    return AppContext(database=db, undo_stack=QUndoStack(), changes=ChangeHub())


@dataclass(frozen=True)
class Workspace:
    """A contrat de réciprocité with its actors, a stage history and the ids tests need."""

    project_id: UUID
    stakeholder_ids: dict[str, UUID]
    involvement_ids: dict[str, UUID]


ACTORS = (
    # name, nature, kind, role, influence, interest, participation, posture
    ("Brest métropole", "org", ActorKind.EPCI, InvolvementRole.PORTEUR, 5, 5,
     CooperationStage.CO_CONSTRUCTION, Posture.FACILITATEUR),
    ("Pays du Centre Ouest Bretagne", "org", ActorKind.COLLECTIVITE, InvolvementRole.CO_PORTEUR,
     4, 5, CooperationStage.COLLABORATION, Posture.FACILITATEUR),
    ("Région Bretagne", "org", ActorKind.FINANCEUR, InvolvementRole.FINANCEUR, 4, 2,
     CooperationStage.CONSULTATION, Posture.SACHANT),
    ("Conseil de développement", "org", ActorKind.CONSEIL_DEVELOPPEMENT,
     InvolvementRole.PARTENAIRE, 2, 4, CooperationStage.CONCERTATION, Posture.FACILITATEUR),
    ("Nolwenn Le Bihan", "person", ActorKind.ELU, InvolvementRole.MEMBRE_COPIL, 4, 4,
     CooperationStage.COLLABORATION, Posture.MIXTE),
    ("Yann Kerhervé", "person", ActorKind.HABITANT, InvolvementRole.BENEFICIAIRE, 1, 4,
     CooperationStage.INFORMATION, Posture.FACILITATEUR),
)


def seed_workspace(db: Database) -> Workspace:
    """Create, through the services, what an officer's project looks like after a year."""
    theme_ids = {t.name: t.id for t in themes.list_themes(db)}
    brest = territories.create_territory(
        db, territories.TerritoryInput("epci", "Brest métropole", "242900314")).value
    cob = territories.create_territory(
        db, territories.TerritoryInput("pays_petr", "Pays du Centre Ouest Bretagne")).value
    project = projects.create_project(db, projects.ProjectInput(
        title="Contrat de réciprocité Brest – Centre Bretagne", code="CR-BREST-COB",
        summary="Coopération ville-campagne sur l'énergie, la santé et l'alimentation.",
        scheme=Scheme.CONTRAT_DE_RECIPROCITE, start_on=date(2016, 1, 15),
        budget_cents=45_000_000, funds_public=True, funds_volunteer=True,
        theme_ids=(theme_ids["Santé"], theme_ids["Énergie et environnement"]),
        territories=((brest.id, TerritoryRole.PERIMETRE),
                     (cob.id, TerritoryRole.PARTENAIRE)))).value
    stakeholder_ids, involvement_ids = {}, {}
    for name, nature, kind, role, influence, interest, participation, posture in ACTORS:
        if nature == "org":
            detail = stakeholders.create_organisation(db, OrganisationInput(name, kind)).value
        else:
            first, last = name.split(" ", 1)
            detail = stakeholders.create_person(db, PersonInput(last, first, kind)).value
        stakeholder_ids[name] = detail.id
        involvement_ids[name] = involvements.add_involvement(
            db, project.id, detail.id, involvements.InvolvementInput(
                role=role, influence=influence, interest=interest,
                participation=participation, posture=posture)).value.id
    for stage, on, evidence in (
            (CooperationStage.INFORMATION, date(2016, 2, 1), "Réunion d'information commune."),
            (CooperationStage.CONCERTATION, date(2016, 11, 7),
             "Signature du contrat de réciprocité."),
            (CooperationStage.COLLABORATION, date(2019, 3, 12),
             "Plateforme bois-énergie co-pilotée.")):
        stages.move_to_stage(db, project.id, stage, on, evidence, "Claire Martin")
    return Workspace(project.id, stakeholder_ids, involvement_ids)


@pytest.fixture
def workspace(db: Database) -> Workspace:
    return seed_workspace(db)
