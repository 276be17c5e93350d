"""Undo commands: applied through the services, undone and redone, announced, in French."""

from __future__ import annotations

import logging
from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox

from ingenierie.errors import ValidationError
from ingenierie.models.vocabulary import CooperationStage, Presence
from ingenierie.services.projects import interactions, involvements, stages
from ingenierie.services.stakeholders import stakeholder as stakeholders
from ingenierie.services.stakeholders.records import PersonInput
from ingenierie.storage.changes import ChangeSet, Kind
from ingenierie.ui.projects.page.involvement_commands import AddInvolvement, MoveOnGrid
from ingenierie.ui.projects.page.record_commands import CreateInteraction, MoveToStage
from ingenierie.ui.stakeholders.commands import CreateStakeholder
from ingenierie.ui.undo import CompoundCommand, execute


def test_a_grid_move_is_undone_and_redone_and_announced(qtbot, context, db, workspace):
    row = involvements.get_involvement(db, workspace.involvement_ids["Région Bretagne"])
    command = MoveOnGrid(context, row, influence=2, interest=5)

    with qtbot.waitSignal(context.changes.changed) as announced:
        execute(context, command)

    assert announced.args == [ChangeSet.of(Kind.INVOLVEMENT, [row.id],
                                           projects=[workspace.project_id],
                                           stakeholders=[row.stakeholder_id])]
    assert command.text() == "Déplacer « Région Bretagne » sur la grille pouvoir / intérêt"
    moved = involvements.get_involvement(db, row.id)
    assert (moved.influence, moved.interest) == (2, 5)
    context.undo_stack.undo()
    back = involvements.get_involvement(db, row.id)
    assert (back.influence, back.interest) == (4, 2)
    context.undo_stack.redo()
    assert involvements.get_involvement(db, row.id).interest == 5


def test_a_refused_edit_raises_and_leaves_the_stack_empty(context, db, workspace):
    row = involvements.get_involvement(db, workspace.involvement_ids["Région Bretagne"])

    with pytest.raises(ValidationError, match="L'influence doit être un entier entre 1 et 5"):
        execute(context, MoveOnGrid(context, row, influence=7, interest=5))

    assert context.undo_stack.count() == 0
    assert involvements.get_involvement(db, row.id).influence == 4


def test_a_new_stakeholder_involved_at_once_is_one_undo_step(context, db, workspace):
    compound = CompoundCommand(context, "Ajouter Gwenaëlle Morvan au projet")
    created = compound.add(CreateStakeholder(context, PersonInput("Morvan", "Gwenaëlle")))
    compound.add(AddInvolvement(context, workspace.project_id, created, "Gwenaëlle Morvan",
                                involvements.InvolvementInput(influence=2, interest=5)))

    execute(context, compound)

    names = {r.stakeholder_name for r in involvements.project_involvements(
        db, workspace.project_id)}
    assert "Gwenaëlle Morvan" in names
    assert context.undo_stack.count() == 1
    context.undo_stack.undo()
    assert "Gwenaëlle Morvan" not in {r.stakeholder_name for r in
                                      involvements.project_involvements(db, workspace.project_id)}
    assert stakeholders.get_stakeholder(db, created.created_id).archived
    context.undo_stack.redo()
    assert not stakeholders.get_stakeholder(db, created.created_id).archived
    assert len(involvements.project_involvements(db, workspace.project_id)) == 7


def test_a_compound_whose_second_step_fails_leaves_nothing_behind(context, db, workspace):
    compound = CompoundCommand(context, "Ajouter")
    created = compound.add(CreateStakeholder(context, PersonInput("Morvan", "Gwenaëlle")))
    compound.add(AddInvolvement(context, workspace.project_id, created, "Gwenaëlle Morvan",
                                involvements.InvolvementInput(influence=9)))

    with pytest.raises(ValidationError):
        execute(context, compound)

    assert stakeholders.get_stakeholder(db, created.created_id).archived
    assert context.undo_stack.count() == 0


def test_moving_to_a_stage_is_undone_by_retracting_the_entry(context, db, workspace):
    before = stages.stage_history(db, workspace.project_id)
    command = MoveToStage(context, workspace.project_id, CooperationStage.CO_CONSTRUCTION,
                          date(2021, 5, 4), "Charte de coopération signée.", "Claire Martin")
    execute(context, command)
    assert stages.stage_history(db, workspace.project_id)[-1].stage is (
        CooperationStage.CO_CONSTRUCTION)
    assert command.text() == "Passer à l'étape « Co-construction »"

    context.undo_stack.undo()
    assert stages.stage_history(db, workspace.project_id) == before
    context.undo_stack.redo()
    assert stages.stage_history(db, workspace.project_id)[-1].evidence == (
        "Charte de coopération signée.")


def test_an_undo_the_domain_no_longer_allows_is_explained_and_dropped(
        context, db, workspace, monkeypatch):
    execute(context, MoveToStage(context, workspace.project_id, CooperationStage.CO_CONSTRUCTION,
                                 date(2021, 5, 4), "Charte signée.", None))
    stages.move_to_stage(db, workspace.project_id, CooperationStage.COOPERATION,
                         date(2022, 1, 10), "Recorded elsewhere.")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))

    context.undo_stack.undo()

    assert shown and "Seule la dernière étape enregistrée peut être retirée" in shown[0]
    assert len(stages.stage_history(db, workspace.project_id)) == 5
    assert context.undo_stack.count() == 0


def test_a_failed_undo_logs_its_kind_of_command_and_error_but_no_name_above_debug(
        context, db, workspace, monkeypatch, caplog):
    name = "Gwenaëlle Quéméner"
    command = CompoundCommand(context, f"Fusionner « {name} »")
    command.add(MoveToStage(context, workspace.project_id, CooperationStage.CO_CONSTRUCTION,
                            date(2021, 5, 4), "Charte signée.", None))
    execute(context, command)
    stages.move_to_stage(db, workspace.project_id, CooperationStage.COOPERATION,
                         date(2022, 1, 10), "Recorded elsewhere.")
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: None)
    caplog.set_level(logging.DEBUG, logger="ingenierie.ui.undo")

    context.undo_stack.undo()

    above_debug = [r.getMessage() for r in caplog.records if r.levelno > logging.DEBUG]
    assert above_debug and "CompoundCommand" in above_debug[0]
    assert not any("Quéméner" in message for message in above_debug)
    assert "Quéméner" in caplog.text  # still there for whoever debugs


def test_an_exchange_with_participants_is_archived_by_undo(context, db, workspace):
    brest = workspace.stakeholder_ids["Brest métropole"]
    data = interactions.InteractionInput(
        occurred_on=date(2024, 2, 8), title="COPIL annuel",
        participants=((brest, Presence.PRESENT),))
    command = CreateInteraction(context, workspace.project_id, data)
    execute(context, command)
    assert [i.title for i in interactions.project_interactions(db, workspace.project_id)] == [
        "COPIL annuel"]

    context.undo_stack.undo()

    assert interactions.project_interactions(db, workspace.project_id) == []
    assert interactions.get_interaction(db, command.created_id).archived
