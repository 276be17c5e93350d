"""Cooperation stages: an append-only, dated history with evidence."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest

from ingenierie.errors import NotFoundError, ValidationError
from ingenierie.models import StageChange
from ingenierie.models.vocabulary import CooperationStage
from ingenierie.services.projects import stages
from ingenierie.services.projects.stages import move_to_stage, stage_history


def test_history_is_kept_oldest_first(db, project):
    move_to_stage(db, project.id, "Co-construction", date(2024, 9, 1), "Comité partagé",
                  recorded_by="Léa")
    first = move_to_stage(db, project.id, CooperationStage.INFORMATION, date(2024, 2, 1),
                          "  Réunion d'information  ").value

    history = stage_history(db, project.id)

    assert [(h.stage, h.entered_on) for h in history] == [
        (CooperationStage.INFORMATION, date(2024, 2, 1)),
        (CooperationStage.CO_CONSTRUCTION, date(2024, 9, 1))]
    assert history[0] == first
    assert first.evidence == "Réunion d'information"
    assert history[1].recorded_by == "Léa"


def test_a_stage_on_the_project_start_day_is_accepted(db, project):
    move_to_stage(db, project.id, "information", project.start_on, "Lancement")
    assert len(stage_history(db, project.id)) == 1


@pytest.mark.parametrize(("stage", "entered_on", "evidence", "field"), [
    ("concertation", date(2024, 1, 14), "Atelier", "entered_on"),  # day before the start
    ("concertation", date.today() + timedelta(days=1), "Atelier", "entered_on"),
    ("concertation", date(2024, 3, 1), "   ", "evidence"),
    ("partenariat", date(2024, 3, 1), "Atelier", "stage"),
    ("", date(2024, 3, 1), "Atelier", "stage"),
])
def test_refused_and_nothing_written(db, count, project, stage, entered_on, evidence, field):
    with pytest.raises(ValidationError) as raised:
        move_to_stage(db, project.id, stage, entered_on, evidence)
    assert raised.value.field == field
    assert count(StageChange) == 0


def test_messages_say_what_is_wrong(db, project):
    with pytest.raises(ValidationError, match="précède le début du projet"):
        move_to_stage(db, project.id, "concertation", date(2023, 12, 31), "Atelier")
    with pytest.raises(ValidationError, match="dans le futur"):
        move_to_stage(db, project.id, "concertation", date(2024, 3, 1), "Atelier",
                      today=date(2024, 2, 1))
    with pytest.raises(ValidationError, match="Coopération"):
        move_to_stage(db, project.id, "partenariat", date(2024, 3, 1), "Atelier")


def test_the_history_has_no_edit_or_delete_use_case():
    public = [name for name in vars(stages) if not name.startswith("_")]
    assert not [name for name in public if name.startswith(("update", "delete", "remove"))]


def test_unknown_project_is_not_found(db):
    with pytest.raises(NotFoundError):
        move_to_stage(db, uuid.uuid4(), "information", date(2024, 1, 1), "x")
    with pytest.raises(NotFoundError):
        stage_history(db, uuid.uuid4())
