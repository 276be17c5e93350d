"""Each declared/observed rule on its own: it speaks when the two disagree, not otherwise."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date

import pytest

from ingenierie.models.evaluation_vocabulary import Criterion
from ingenierie.models.vocabulary import CooperationStage, InteractionKind, Posture
from ingenierie.services.evaluation import findings as f
from ingenierie.services.evaluation.profile import ObservedProfile

S, P, K = CooperationStage, Posture, InteractionKind
LABELS = {"engagement_habitants": "Engagement des habitants au-delà de la participation",
          "gouvernance_partagee": "Gouvernance partagée",
          "agir_penser_ensemble": "Agir ensemble, penser ensemble",
          "reflexivite": "Dispositifs de réflexivité",
          "effets_utiles": "Effets utiles identifiés pour chaque partie prenante"}


def profile(levels=None, postures=None, inhabitants=None, exchanges=None, attended=0,
            expected=0) -> ObservedProfile:
    levels, postures, inhabitants = levels or {}, postures or {}, inhabitants or {}
    return ObservedProfile(
        project_id=uuid.uuid4(), on=date(2025, 1, 1), since=date(2024, 1, 1),
        participation=tuple((s, levels.get(s, 0)) for s in S),
        posture=tuple((p, postures.get(p, 0)) for p in P),
        inhabitants=tuple((s, inhabitants.get(s, 0)) for s in S),
        with_expected_effects=expected, with_observed_effects=0, stage=None, stage_since=None,
        stage_days=tuple((s, 0) for s in S), exchanges=tuple((exchanges or {}).items()),
        attended=attended)


def evidence(**changes) -> f.Evidence:
    base = f.Evidence(
        declared_stage=None, declared_posture=None, recorded_stage=None, scores={},
        maturity={}, maturity_labels=LABELS, maturity_max=4,
        profile=profile({S.CONCERTATION: 10}), indicators_judged=0, indicators_late=0,
        carried_over=0, carried_overdue=0)
    return dataclasses.replace(base, **changes)


def test_a_stage_declared_far_above_most_stakeholders():
    crowd = profile({S.INFORMATION: 7, S.CONCERTATION: 2, S.CO_CONSTRUCTION: 1})
    assert f.stage_against_participation(evidence(
        declared_stage=S.CO_CONSTRUCTION, profile=crowd)) == (
        "Co-construction déclarée, mais 70\u202f% des acteurs au niveau information.")
    # One rung below is no gap worth a question; nor is a minority far below.
    assert f.stage_against_participation(evidence(
        declared_stage=S.CONSULTATION, profile=crowd)) is None
    split = profile({S.INFORMATION: 4, S.CO_CONSTRUCTION: 6})
    assert f.stage_against_participation(evidence(
        declared_stage=S.CO_CONSTRUCTION, profile=split)) is None


def test_without_a_declared_stage_the_recorded_one_is_read():
    crowd = profile({S.CONSULTATION: 6, S.COLLABORATION: 4})
    message = f.stage_against_participation(evidence(
        recorded_stage=(S.COLLABORATION, date(2024, 5, 1)), profile=crowd))
    assert message == "Collaboration déclarée, mais 60\u202f% des acteurs au niveau consultation."


def test_a_stage_declared_far_above_the_history():
    assert f.declared_above_history(evidence(
        declared_stage=S.COOPERATION, recorded_stage=(S.CONCERTATION, date(2024, 3, 1)))) == (
        "Coopération déclarée, mais l'historique du projet le situe en concertation depuis le "
        "01/03/2024.")
    assert f.declared_above_history(evidence(
        declared_stage=S.COLLABORATION, recorded_stage=(S.CONCERTATION, date(2024, 3, 1)))) \
        is None


def test_a_facilitating_posture_declared_a_knowing_one_recorded():
    knowing = profile({S.CONSULTATION: 10}, {P.SACHANT: 8, P.FACILITATEUR: 2})
    assert f.posture_against_involvements(evidence(
        declared_posture=P.FACILITATEUR, profile=knowing)) == (
        "Posture facilitateur déclarée, mais sachant dans 8 implication(s) sur 10.")
    assert f.posture_against_involvements(evidence(
        declared_posture=P.MIXTE, profile=knowing)) is None


def test_effectiveness_claimed_while_indicators_are_late():
    late = evidence(scores={Criterion.EFFICACITE: 4}, indicators_judged=5, indicators_late=3)
    assert f.effectiveness_against_indicators(late) == (
        "Efficacité : note 4/4, mais 3 indicateur(s) sur 5 en retard.")
    assert f.effectiveness_against_indicators(
        dataclasses.replace(late, scores={Criterion.EFFICACITE: 2})) is None
    assert f.effectiveness_against_indicators(
        dataclasses.replace(late, indicators_late=2)) is None


def test_inhabitants_engagement_claimed_without_inhabitants_beyond_consultation():
    claim = {"engagement_habitants": 3}
    consulted = profile({S.CONSULTATION: 5}, inhabitants={S.CONSULTATION: 2})
    assert f.inhabitants_engagement(evidence(maturity=claim, profile=consulted)) == (
        "Engagement des habitants au-delà de la participation : note 3/4, mais aucun habitant "
        "ni conseil citoyen au-delà de la consultation (2 impliqué(s)).")
    assert "n'est impliqué" in f.inhabitants_engagement(evidence(maturity=claim))
    engaged = profile({S.COLLABORATION: 1}, inhabitants={S.COLLABORATION: 1})
    assert f.inhabitants_engagement(evidence(maturity=claim, profile=engaged)) is None


def test_shared_governance_claimed_without_a_steering_committee():
    claim = {"gouvernance_partagee": 4}
    assert f.shared_governance(evidence(
        maturity=claim, profile=profile({S.CONCERTATION: 3}, exchanges={K.REUNION: 4}))) == (
        "Gouvernance partagée : note 4/4, mais aucun comité de pilotage ni comité technique "
        "sur la période.")
    assert f.shared_governance(evidence(
        maturity=claim, profile=profile({S.CONCERTATION: 3}, exchanges={K.COPIL: 1}))) is None


def test_acting_together_claimed_while_few_come():
    claim = {"agir_penser_ensemble": 3}
    absent = profile({S.CONCERTATION: 10}, exchanges={K.ATELIER: 2}, attended=3)
    assert f.acting_together(evidence(maturity=claim, profile=absent)) == (
        "Agir ensemble, penser ensemble : note 3/4, mais 3 acteur(s) impliqué(s) sur 10 "
        "seulement venu(s) à un échange sur la période.")
    present = dataclasses.replace(absent, attended=6)
    assert f.acting_together(evidence(maturity=claim, profile=present)) is None


def test_reflexivity_claimed_without_any_exchange():
    assert f.reflexivity(evidence(maturity={"reflexivite": 3})) == (
        "Dispositifs de réflexivité : note 3/4, mais aucun échange enregistré sur la période.")
    assert f.reflexivity(evidence(maturity={"reflexivite": 2})) is None


def test_useful_effects_claimed_but_mostly_unwritten():
    claim = {"effets_utiles": 4}
    assert f.useful_effects(evidence(maturity=claim,
                                     profile=profile({S.CONCERTATION: 10}, expected=4))) == (
        "Effets utiles identifiés pour chaque partie prenante : note 4/4, mais 6 "
        "implication(s) sur 10 sans effet utile attendu.")
    assert f.useful_effects(evidence(
        maturity=claim, profile=profile({S.CONCERTATION: 10}, expected=5))) is None


def test_durability_claimed_while_past_recommendations_stay_open():
    claim = evidence(scores={Criterion.DURABILITE: 3}, carried_over=3, carried_overdue=2)
    assert f.durability_against_follow_up(claim) == (
        "Durabilité : note 3/4, mais 2 recommandation(s) sur 3 des évaluations précédentes "
        "reste(nt) ouverte(s) après l'échéance.")
    assert f.durability_against_follow_up(dataclasses.replace(claim, carried_overdue=1)) is None


@pytest.mark.parametrize("rule", f.RULES, ids=lambda rule: rule.code)
def test_every_rule_is_silent_when_nothing_is_declared(rule):
    assert rule.check(evidence()) is None
    assert rule.question.endswith("?")


def test_findings_keep_the_rules_order():
    found = f.findings(evidence(maturity={"reflexivite": 4, "gouvernance_partagee": 4}))
    assert [finding.code for finding in found] == ["gouvernance", "reflexivite"]
