"""A project's status and phase read from the one word a list or a plan gives for both.

Managers write « En cours », « Émergence » or « Terminé » in whichever column they
have: a status word may tell the phase too, a phase word the status. DOMAIN.md keeps
the two axes apart; this module reads each word onto both, saying only what the
word makes clear (« En cours »: active, being carried out; « Réalisé »: finished,
at no phase in particular). Territoires en Transitions' eight statuses are such
words (:data:`ACTION_STATUSES`), and :func:`action_status_of` goes back the other
way when a plan is written out.
"""

from __future__ import annotations

from dataclasses import dataclass

from ingenierie.models.vocabulary import ActionStatus, ProjectPhase, ProjectStatus, fold


@dataclass(frozen=True, slots=True)
class Lifecycle:
    """What one word says of a project: its status, its phase, either or both."""

    status: ProjectStatus | None = None
    phase: ProjectPhase | None = None
    action: ActionStatus | None = None  # the word is one of TeT's statuses


S, P = ProjectStatus, ProjectPhase
#: TeT's statuses on our two axes (README: « Plans d'action Territoires en Transitions »).
A = ActionStatus
ACTION_STATUSES: dict[ActionStatus, Lifecycle] = {
    A.A_VENIR: Lifecycle(S.ACTIF, P.ELABORATION, A.A_VENIR),
    A.A_DISCUTER: Lifecycle(S.ACTIF, P.EMERGENCE, A.A_DISCUTER),
    A.EN_COURS: Lifecycle(S.ACTIF, P.MISE_EN_OEUVRE, A.EN_COURS),
    A.EN_RETARD: Lifecycle(S.ACTIF, P.MISE_EN_OEUVRE, A.EN_RETARD),
    A.EN_PAUSE: Lifecycle(S.EN_VEILLE, action=A.EN_PAUSE),
    A.BLOQUE: Lifecycle(S.EN_VEILLE, action=A.BLOQUE),
    A.REALISE: Lifecycle(S.TERMINE, action=A.REALISE),
    A.ABANDONNE: Lifecycle(S.ABANDONNE, action=A.ABANDONNE),
}

_WORDS: dict[str, Lifecycle] = {
    **{fold(status.value): Lifecycle(status) for status in ProjectStatus},
    **{fold(status.label): Lifecycle(status) for status in ProjectStatus},
    **{fold(phase.value): Lifecycle(S.ACTIF, phase) for phase in ProjectPhase},
    **{fold(word): Lifecycle(S.ACTIF) for word in (
        "actif", "active", "ouvert", "en activité")},
    **{fold(word): Lifecycle(S.ACTIF, P.MISE_EN_OEUVRE) for word in (
        "démarré", "lancé", "en cours de réalisation", "opérationnel", "en réalisation")},
    **{fold(word): Lifecycle(S.ACTIF, P.ELABORATION) for word in (
        "en projet", "en préparation", "en montage", "prévu", "planifié")},
    **{fold(word): Lifecycle(S.EN_VEILLE) for word in (
        "en veille", "suspendu", "en attente", "gelé", "en sommeil")},
    **{fold(word): Lifecycle(S.TERMINE) for word in (
        "terminé", "achevé", "clos", "clôturé", "fini", "finalisé", "soldé")},
    **{fold(word): Lifecycle(S.ABANDONNE) for word in (
        "abandonné", "annulé", "arrêté", "abandon")},
    **{fold(word): Lifecycle(S.ACTIF, P.EMERGENCE) for word in (
        "émergence", "interconnaissance", "idée", "émergence / interconnaissance")},
    **{fold(word): Lifecycle(S.ACTIF, P.DIAGNOSTIC) for word in (
        "diagnostic", "diagnostic partagé", "état des lieux")},
    **{fold(word): Lifecycle(S.ACTIF, P.ELABORATION) for word in (
        "élaboration", "conception", "programmation")},
    **{fold(word): Lifecycle(S.ACTIF, P.MISE_EN_OEUVRE) for word in (
        "mise en œuvre", "mise en oeuvre", "réalisation", "exécution", "déploiement")},
    **{fold(word): Lifecycle(S.ACTIF, P.SUIVI_EVALUATION) for word in (
        "suivi", "évaluation", "suivi et évaluation", "suivi-évaluation", "bilan")},
    # Capitalising may come after the end as well as before it: the status is not clear.
    **{fold(word): Lifecycle(phase=P.CAPITALISATION) for word in (
        "capitalisation", "essaimage", "capitalisation / essaimage")},
    **{fold(status.label): ACTION_STATUSES[status] for status in ActionStatus},
}


def read_lifecycle(text: str) -> Lifecycle | None:
    """What ``text`` (a status or a phase, in either column) says; None if not a known word."""
    return _WORDS.get(fold(text))


def combined(status_column: Lifecycle | None, phase_column: Lifecycle | None) -> Lifecycle:
    """The status column's status and the phase column's phase, each completed by what the
    other column's word makes clear (« Terminé » in a phase column still ends the project)."""
    said = [word for word in (status_column, phase_column) if word is not None]
    status = next((word.status for word in said if word.status is not None), None)
    phase = next((word.phase for word in reversed(said) if word.phase is not None), None)
    return Lifecycle(status, phase)


def lifecycle_words() -> tuple[str, ...]:
    """The words of both axes, as an error message lists them."""
    return (*(status.label for status in ProjectStatus), *(phase.label for phase in ProjectPhase),
            *(status.label for status in ActionStatus if status.label not in
              {s.label for s in ProjectStatus}))


def action_status_of(status: ProjectStatus, phase: ProjectPhase,
                     kept: ActionStatus | None = None) -> ActionStatus:
    """The TeT status of a project: ``kept`` (the plan's own word) while it still says the
    project's status and phase, else the word closest to them."""
    if kept is not None and _agrees(ACTION_STATUSES[kept], status, phase):
        return kept
    if status is S.ACTIF:
        return {P.EMERGENCE: ActionStatus.A_DISCUTER, P.DIAGNOSTIC: ActionStatus.A_DISCUTER,
                P.ELABORATION: ActionStatus.A_VENIR}.get(phase, ActionStatus.EN_COURS)
    return {S.EN_VEILLE: ActionStatus.EN_PAUSE, S.TERMINE: ActionStatus.REALISE,
            S.ABANDONNE: ActionStatus.ABANDONNE}[status]


def _agrees(said: Lifecycle, status: ProjectStatus, phase: ProjectPhase) -> bool:
    return said.status is status and (said.phase is None or said.phase is phase)
