"""One word for a project's status and phase, read onto both axes, and TeT's statuses back."""

from __future__ import annotations

import pytest

from ingenierie.models.vocabulary import (
    ActionStatus,
    CitizenParticipation,
    CooperationStage,
    ProjectPhase,
    ProjectStatus,
)
from ingenierie.services.projects.lifecycle import (
    ACTION_STATUSES,
    Lifecycle,
    action_status_of,
    combined,
    read_lifecycle,
)

S, P = ProjectStatus, ProjectPhase


@pytest.mark.parametrize(("word", "expected"), [
    ("En cours", Lifecycle(S.ACTIF, P.MISE_EN_OEUVRE, ActionStatus.EN_COURS)),
    ("EMERGENCE", Lifecycle(S.ACTIF, P.EMERGENCE)),
    ("Émergence / interconnaissance", Lifecycle(S.ACTIF, P.EMERGENCE)),
    ("Terminé", Lifecycle(S.TERMINE)),
    ("réalisé", Lifecycle(S.TERMINE, action=ActionStatus.REALISE)),
    ("Bloqué ", Lifecycle(S.EN_VEILLE, action=ActionStatus.BLOQUE)),
    ("mise en oeuvre", Lifecycle(S.ACTIF, P.MISE_EN_OEUVRE)),
    ("Capitalisation", Lifecycle(phase=P.CAPITALISATION)),
    ("actif", Lifecycle(S.ACTIF)),
    ("en_veille", Lifecycle(S.EN_VEILLE)),
    ("suivi_evaluation", Lifecycle(S.ACTIF, P.SUIVI_EVALUATION)),
])
def test_a_word_of_either_axis_says_what_it_makes_clear(word: str, expected: Lifecycle) -> None:
    assert read_lifecycle(word) == expected


def test_an_unknown_word_is_not_guessed() -> None:
    assert read_lifecycle("Peut-être") is None


def test_each_column_keeps_its_own_axis_and_completes_the_other() -> None:
    assert combined(read_lifecycle("En cours"), None) == Lifecycle(S.ACTIF, P.MISE_EN_OEUVRE)
    assert combined(None, read_lifecycle("Terminé")) == Lifecycle(S.TERMINE)
    assert combined(read_lifecycle("Terminé"), read_lifecycle("Diagnostic")) == \
        Lifecycle(S.TERMINE, P.DIAGNOSTIC)
    assert combined(read_lifecycle("En cours"), read_lifecycle("Élaboration")) == \
        Lifecycle(S.ACTIF, P.ELABORATION)


def test_every_tet_status_is_read_and_written_back_as_it_was() -> None:
    for status, said in ACTION_STATUSES.items():
        assert read_lifecycle(status.label) == said
        phase = said.phase or P.ELABORATION
        assert said.status is not None
        assert action_status_of(said.status, phase, kept=status) is status


def test_a_status_changed_here_gives_the_closest_tet_status() -> None:
    assert action_status_of(S.TERMINE, P.MISE_EN_OEUVRE, kept=ActionStatus.EN_COURS) is \
        ActionStatus.REALISE
    assert action_status_of(S.ACTIF, P.ELABORATION) is ActionStatus.A_VENIR
    assert action_status_of(S.ACTIF, P.SUIVI_EVALUATION) is ActionStatus.EN_COURS
    assert action_status_of(S.EN_VEILLE, P.DIAGNOSTIC) is ActionStatus.EN_PAUSE


def test_citizen_participation_is_the_cooperation_ladder_or_none() -> None:
    levels = list(CitizenParticipation)[1:]
    assert [(m.value, m.label) for m in levels] == [(m.value, m.label) for m in CooperationStage]
    assert [level.stage for level in CitizenParticipation] == [None, *CooperationStage]
    assert CitizenParticipation.of_stage(None) is CitizenParticipation.AUCUNE
    assert CitizenParticipation.of_stage(CooperationStage.CONCERTATION) is \
        CitizenParticipation.CONCERTATION
