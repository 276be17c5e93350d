"""An officer's first hour with the keyboard alone, on an empty database: create a project,
add three stakeholders (created on the spot) with their influence, interest, participation
and posture, record a cooperation stage, log a meeting. Key events only: no mouse, no
setter on a widget — what the test asserts is what the database then holds.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from keyboard_script import (
    Action,
    Condition,
    Script,
    always,
    back_to,
    modal,
    popup,
    press,
    tab_to,
    type_text,
)
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from ingenierie.models.vocabulary import CooperationStage, InvolvementRole, Posture, Presence
from ingenierie.services.projects import interactions, involvements, stages
from ingenierie.services.projects import project as projects
from ingenierie.storage import Database
from ingenierie.ui.main_window import MainWindow
from ingenierie.ui.projects.dialog import ProjectDialog
from ingenierie.ui.projects.page import ProjectPage
from ingenierie.ui.projects.page.interaction_dialog import InteractionDialog
from ingenierie.ui.projects.page.involvement_dialog import InvolvementDialog
from ingenierie.ui.projects.page.stage_dialog import StageDialog
from ingenierie.ui.settings import AppSettings
from ingenierie.ui.stakeholders.dialog import StakeholderDialog
from ingenierie.ui.workers import wait_for_workers


def test_a_first_project_with_the_keyboard_alone(qtbot: Any, db: Database, tmp_path) -> None:
    window = MainWindow(db, AppSettings(QSettings(str(tmp_path / "s.ini"),
                                                  QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    # Once a form closes, the window manager gives the main window back its activation;
    # the offscreen platform has none, so the script does it.
    closed: list[tuple[Condition, Action]] = [
        (lambda: QApplication.activeModalWidget() is None, window.activateWindow),
        (lambda: QApplication.activeWindow() is window, lambda: None)]

    def page() -> ProjectPage:
        current = window.workspace.currentWidget()
        assert isinstance(current, ProjectPage)
        return current

    def to_page_tab(index: int) -> list[tuple[Condition, Action]]:
        return [(always, tab_to(lambda: page().tabs.tabBar())),
                *[(always, press(Qt.Key.Key_Right)) for _ in range(index)]]

    def new_stakeholder(name: str, nature_downs: int, role: str, influence: str,
                        interest: str, participation: str, posture: str
                        ) -> list[tuple[Condition, Action]]:
        """The Actors tab's « Ajouter un acteur… », the stakeholder created from the picker."""
        return [
            (always, tab_to(lambda: page().actors.add_button)),
            (always, press(Qt.Key.Key_Space)),
            (modal(InvolvementDialog), type_text(name)),
            (popup, lambda: None),  # « Créer la personne … » first, the organisation then
            *[(always, press(Qt.Key.Key_Down)) for _ in range(nature_downs)],
            (always, press(Qt.Key.Key_Return)),  # « Créer … » opens the stakeholder form
            (modal(StakeholderDialog), press(Qt.Key.Key_Return)),  # the name is typed in
            *back_to(InvolvementDialog),
            (modal(InvolvementDialog), press(Qt.Key.Key_Tab)),
            (always, type_text(role)),  # a combo picks by the first letters typed
            (always, press(Qt.Key.Key_Tab)),
            (always, type_text(influence)),
            (always, press(Qt.Key.Key_Tab)),
            (always, type_text(interest)),
            (always, press(Qt.Key.Key_Tab)),  # attitude: not assessed
            (always, press(Qt.Key.Key_Tab)),
            (always, type_text(participation)),
            (always, press(Qt.Key.Key_Tab)),
            (always, type_text(posture)),
            (always, press(Qt.Key.Key_Return)),  # Enter in a field: OK
            *closed,
        ]

    steps: list[tuple[Condition, Action]] = [
        (always, press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)),
        (modal(ProjectDialog), type_text("Jardins partagés de Kerourien")),
        (always, press(Qt.Key.Key_Return)),
        *closed,
        (always, press(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)),
        (always, press(Qt.Key.Key_Down)),  # from the search field to the list
        (lambda: window.workspace.projects.current_id() is not None,
         press(Qt.Key.Key_Return)),  # opens the project's page
        (lambda: isinstance(window.workspace.currentWidget(), ProjectPage), lambda: None),
        *to_page_tab(1),
        *new_stakeholder("Mairie de Brest", 1, "po", "5", "4", "co-c", "f"),
        *new_stakeholder("Yann Kerhervé", 0, "bé", "1", "5", "i", "s"),
        *new_stakeholder("Ti ar Vro", 1, "pa", "3", "3", "conc", "m"),
        *to_page_tab(2),  # to the trajectory, two tabs on
        (always, tab_to(lambda: page().trajectory.move_button)),
        (always, press(Qt.Key.Key_Space)),
        (modal(StageDialog), type_text("conc")),
        (always, tab_to(lambda: QApplication.activeModalWidget().evidence)),
        (always, type_text("Charte du jardin signée par les trois partenaires.")),
        (always, press(Qt.Key.Key_Tab)),
        (always, press(Qt.Key.Key_Return)),
        *closed,
        *to_page_tab(1),  # to the exchanges
        (always, tab_to(lambda: page().exchanges.new_button)),
        (always, press(Qt.Key.Key_Space)),
        (modal(InteractionDialog), press(Qt.Key.Key_Tab)),  # the date: today
        (always, type_text("r")),  # Réunion
        (always, press(Qt.Key.Key_Tab)),
        (always, type_text("Réunion de lancement")),
        (always, tab_to(lambda: QApplication.activeModalWidget().participants.everyone_button)),
        (always, press(Qt.Key.Key_Space)),
        (always, press(Qt.Key.Key_Return)),
        *closed,
    ]
    script = Script(steps)
    script.start()
    try:
        qtbot.waitUntil(lambda: script.done, timeout=60_000)
    finally:
        print("steps taken:", script.taken, "focus:", QApplication.focusWidget(),
              "modal:", QApplication.activeModalWidget())  # shown when it fails

    [project] = projects.list_projects(db)
    assert project.title == "Jardins partagés de Kerourien"
    found = {row.stakeholder_name: row for row in involvements.project_involvements(
        db, project.id)}
    assert {name: (row.role, row.influence, row.interest, row.participation, row.posture)
            for name, row in found.items()} == {
        "Mairie de Brest": (InvolvementRole.PORTEUR, 5, 4, CooperationStage.CO_CONSTRUCTION,
                            Posture.FACILITATEUR),
        "Yann Kerhervé": (InvolvementRole.BENEFICIAIRE, 1, 5, CooperationStage.INFORMATION,
                          Posture.SACHANT),
        "Ti ar Vro": (InvolvementRole.PARTENAIRE, 3, 3, CooperationStage.CONCERTATION,
                      Posture.MIXTE)}
    assert {name: row.nature.value for name, row in found.items()} == {
        "Mairie de Brest": "organisation", "Yann Kerhervé": "person", "Ti ar Vro": "organisation"}
    detail = projects.get_project(db, project.id)
    assert detail.lead_name == "Mairie de Brest"  # the porteur is the project's lead
    assert page().identity.values["lead"].text() == "Mairie de Brest"
    [stage] = stages.stage_history(db, project.id)
    assert (stage.stage, stage.entered_on) == (CooperationStage.CONCERTATION, date.today())
    [meeting] = interactions.project_interactions(db, project.id)
    assert meeting.title == "Réunion de lancement"
    assert {p.display_name: p.presence for p in meeting.participants} == dict.fromkeys(
        found, Presence.PRESENT)
    assert wait_for_workers()
