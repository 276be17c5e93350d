"""Declared beside observed: the differences an evaluator should question, in plain French.

Each rule is a small function reading :class:`Evidence` (what the campaign
declares, what the records show) and returning a sentence, or None when the
two agree. The rules are data (:data:`RULES`): a code, the question it asks,
the function. They never judge who is right: a finding is a question to raise
with the partners, not a verdict.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from ingenierie.models.evaluation_vocabulary import Criterion
from ingenierie.models.vocabulary import CooperationStage, InteractionKind, Posture
from ingenierie.services.evaluation.profile import ObservedProfile
from ingenierie.services.evaluation.values import percent

#: A share of the involved at or above this is "most of them".
MAJORITY = Decimal("0.5")
#: A score at or above this share of its scale is a strong claim.
HIGH = Decimal("0.75")
#: How many rungs below the declared stage most stakeholders must stand to be questioned.
STAGE_GAP = 2
GOVERNANCE_KINDS = (InteractionKind.COPIL, InteractionKind.COTECH)


@dataclass(frozen=True, slots=True)
class Evidence:
    """Everything the rules read; maturity scores are by item code of the shipped grid."""

    declared_stage: CooperationStage | None
    declared_posture: Posture | None
    recorded_stage: tuple[CooperationStage, date] | None  # the stage history on the date
    scores: Mapping[Criterion, int | None]
    maturity: Mapping[str, int | None]
    maturity_labels: Mapping[str, str]
    maturity_max: int
    profile: ObservedProfile
    indicators_judged: int
    indicators_late: int
    carried_over: int  # recommendations of earlier campaigns still open on the date
    carried_overdue: int  # of which past their due date


@dataclass(frozen=True, slots=True)
class Finding:
    code: str
    message: str


@dataclass(frozen=True, slots=True)
class Rule:
    code: str
    question: str
    check: Callable[[Evidence], str | None]


def _claim(score: int | None, top: int) -> bool:
    return score is not None and top > 0 and Decimal(score) / top >= HIGH


def _maturity(e: Evidence, code: str) -> str | None:
    """``Gouvernance partagée : note 3/4`` when the item was scored high, else None."""
    score = e.maturity.get(code)
    if not _claim(score, e.maturity_max):
        return None
    return f"{e.maturity_labels.get(code, code)} : note {score}/{e.maturity_max}"


def _criterion(e: Evidence, criterion: Criterion) -> str | None:
    score = e.scores.get(criterion)
    return f"{criterion.label} : note {score}/4" if _claim(score, 4) else None


def stage_against_participation(e: Evidence) -> str | None:
    """Most stakeholders stand well below the cooperation stage declared."""
    declared = e.declared_stage or (e.recorded_stage[0] if e.recorded_stage else None)
    profile = e.profile
    if declared is None or not profile.involved:
        return None
    level, count = max(profile.participation, key=lambda pair: (pair[1], -pair[0].rank))
    share = profile.share(count)
    if level.rank > declared.rank - STAGE_GAP or share is None or share < MAJORITY:
        return None
    return (f"{declared.label} déclarée, mais {percent(share)} des acteurs au niveau "
            f"{level.label.lower()}.")


def declared_above_history(e: Evidence) -> str | None:
    """The campaign declares a stage well above the one the project's history records."""
    if e.declared_stage is None or e.recorded_stage is None:
        return None
    recorded, since = e.recorded_stage
    if e.declared_stage.rank - recorded.rank < STAGE_GAP:
        return None
    return (f"{e.declared_stage.label} déclarée, mais l'historique du projet le situe en "
            f"{recorded.label.lower()} depuis le {since:%d/%m/%Y}.")


def posture_against_involvements(e: Evidence) -> str | None:
    """A facilitating officer declared, a knowing one recorded in most involvements."""
    profile = e.profile
    if e.declared_posture is not Posture.FACILITATEUR or not profile.involved:
        return None
    knowing = profile.with_posture(Posture.SACHANT)
    share = profile.share(knowing)
    if share is None or share < MAJORITY:
        return None
    return (f"Posture facilitateur déclarée, mais sachant dans {knowing} implication(s) "
            f"sur {profile.involved}.")


def effectiveness_against_indicators(e: Evidence) -> str | None:
    claim = _criterion(e, Criterion.EFFICACITE)
    if claim is None or not e.indicators_judged or e.indicators_late * 2 < e.indicators_judged:
        return None
    return f"{claim}, mais {e.indicators_late} indicateur(s) sur {e.indicators_judged} en retard."


def inhabitants_engagement(e: Evidence) -> str | None:
    claim = _maturity(e, "engagement_habitants")
    if claim is None:
        return None
    total = sum(count for _, count in e.profile.inhabitants)
    beyond = sum(count for stage, count in e.profile.inhabitants
                 if stage.rank >= CooperationStage.CONCERTATION.rank)
    if beyond:
        return None
    if not total:
        return f"{claim}, mais aucun habitant ni conseil citoyen n'est impliqué."
    return (f"{claim}, mais aucun habitant ni conseil citoyen au-delà de la consultation "
            f"({total} impliqué(s)).")


def shared_governance(e: Evidence) -> str | None:
    claim = _maturity(e, "gouvernance_partagee")
    held = sum(count for kind, count in e.profile.exchanges if kind in GOVERNANCE_KINDS)
    if claim is None or held:
        return None
    return f"{claim}, mais aucun comité de pilotage ni comité technique sur la période."


def acting_together(e: Evidence) -> str | None:
    claim = _maturity(e, "agir_penser_ensemble")
    share = e.profile.attendance_share
    if claim is None or share is None or share >= MAJORITY:
        return None
    return (f"{claim}, mais {e.profile.attended} acteur(s) impliqué(s) sur {e.profile.involved} "
            "seulement venu(s) à un échange sur la période.")


def reflexivity(e: Evidence) -> str | None:
    claim = _maturity(e, "reflexivite")
    if claim is None or e.profile.exchange_count:
        return None
    return f"{claim}, mais aucun échange enregistré sur la période."


def useful_effects(e: Evidence) -> str | None:
    claim = _maturity(e, "effets_utiles")
    profile = e.profile
    missing = profile.involved - profile.with_expected_effects
    share = profile.share(missing)
    if claim is None or share is None or share <= 1 - MAJORITY:
        return None
    return (f"{claim}, mais {missing} implication(s) sur {profile.involved} sans effet utile "
            "attendu.")


def durability_against_follow_up(e: Evidence) -> str | None:
    claim = _criterion(e, Criterion.DURABILITE)
    if claim is None or not e.carried_over or e.carried_overdue * 2 < e.carried_over:
        return None
    return (f"{claim}, mais {e.carried_overdue} recommandation(s) sur {e.carried_over} des "
            "évaluations précédentes reste(nt) ouverte(s) après l'échéance.")


RULES: tuple[Rule, ...] = (
    Rule("etape_participation", "L'étape de coopération déclarée se voit-elle dans le niveau "
         "de participation des acteurs ?", stage_against_participation),
    Rule("etape_historique", "L'étape déclarée correspond-elle à l'historique du projet ?",
         declared_above_history),
    Rule("posture", "La posture déclarée est-elle celle des implications ?",
         posture_against_involvements),
    Rule("efficacite", "L'efficacité déclarée se lit-elle dans les indicateurs ?",
         effectiveness_against_indicators),
    Rule("habitants", "Les habitants sont-ils impliqués au-delà de la consultation ?",
         inhabitants_engagement),
    Rule("gouvernance", "Des instances partagées se sont-elles réunies ?", shared_governance),
    Rule("agir_ensemble", "Les acteurs impliqués viennent-ils aux échanges ?", acting_together),
    Rule("reflexivite", "Des temps d'échange ont-ils eu lieu ?", reflexivity),
    Rule("effets_utiles", "Les effets utiles attendus sont-ils écrits pour chacun ?",
         useful_effects),
    Rule("durabilite", "Les recommandations passées ont-elles été suivies ?",
         durability_against_follow_up),
)


def findings(evidence: Evidence, rules: tuple[Rule, ...] = RULES) -> tuple[Finding, ...]:
    """The differences to question, in the rules' order."""
    found = ((rule.code, rule.check(evidence)) for rule in rules)
    return tuple(Finding(code, message) for code, message in found if message)
