"""The demo's evaluations: campaigns on a share of projects, a believable story to read."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ingenierie.models import (
    CriterionScore,
    Evaluation,
    Indicator,
    Involvement,
    MaturityAnswer,
    Measurement,
    Project,
)
from ingenierie.models.evaluation_vocabulary import ProgressStatus
from ingenierie.services.demo import generate_demo
from ingenierie.services.demo.context import AS_OF
from ingenierie.services.evaluation.declared import declared_and_observed
from ingenierie.services.evaluation.indicators import project_indicators
from ingenierie.services.evaluation.recommendations import campaign_recommendations
from ingenierie.storage import Database, open_database


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    generate_demo(database, 2000, seed=11)
    yield database
    database.close()


def test_a_share_of_the_projects_is_evaluated_two_or_three_times(demo: Database) -> None:
    with demo.read() as session:
        projects = session.scalar(select(func.count()).select_from(Project))
        campaigns = Counter(session.scalars(select(Evaluation.project_id)))
        before_start = session.scalar(
            select(func.count()).select_from(Evaluation)
            .join(Project, Project.id == Evaluation.project_id)
            .where(Evaluation.evaluated_on < Project.start_on))
    assert 0.15 * projects < len(campaigns) < 0.45 * projects
    assert set(Counter(campaigns.values())) <= {1, 2, 3, 4}
    assert Counter(campaigns.values())[2] + Counter(campaigns.values())[3] > len(campaigns) / 3
    assert before_start == 0


def test_the_showcase_project_has_four_campaigns_and_thirty_long_indicators(demo: Database
                                                                           ) -> None:
    with demo.read() as session:
        project_id, indicators = session.execute(
            select(Indicator.project_id, func.count()).group_by(Indicator.project_id)
            .order_by(func.count().desc()).limit(1)).one()
        measured = session.scalars(select(func.count()).select_from(Measurement)
                                   .join(Indicator, Indicator.id == Measurement.indicator_id)
                                   .where(Indicator.project_id == project_id)
                                   .group_by(Measurement.indicator_id)).all()
        campaigns = session.scalar(select(func.count()).select_from(Evaluation)
                                   .where(Evaluation.project_id == project_id))
    assert (indicators, campaigns) == (30, 4)
    assert set(measured) == {60}


def test_some_indicators_are_late_some_ahead_some_on_track(demo: Database) -> None:
    with demo.read() as session:
        projects = session.scalars(select(Indicator.project_id).distinct()).all()
    statuses = Counter(row.progress.status for project_id in projects
                       for row in project_indicators(demo, project_id, on=AS_OF))
    for status in (ProgressStatus.EN_RETARD, ProgressStatus.EN_AVANCE, ProgressStatus.EN_LIGNE):
        assert statuses[status] > 0.1 * statuses.total(), statuses


def test_measurements_and_scores_stay_within_their_rules(demo: Database) -> None:
    with demo.read() as session:
        early = session.scalar(select(func.count()).select_from(Measurement)
                               .join(Indicator, Indicator.id == Measurement.indicator_id)
                               .where(Measurement.measured_on < Indicator.baseline_on))
        scores = set(session.scalars(select(CriterionScore.score)))
        answers = set(session.scalars(select(MaturityAnswer.score)))
        observed = session.scalar(select(func.count()).select_from(Involvement)
                                  .where(Involvement.observed_effects.is_not(None)))
    assert early == 0
    assert scores - {None} <= set(range(5)) and None in scores
    assert answers - {None} <= set(range(5))
    assert observed > 0


def test_recommendations_carry_over_and_declarations_get_questioned(demo: Database) -> None:
    with demo.read() as session:
        later = session.scalars(
            select(Evaluation.id).where(Evaluation.project_id.in_(
                select(Evaluation.project_id).group_by(Evaluation.project_id)
                .having(func.count() >= 2))).order_by(Evaluation.evaluated_on.desc())
            .limit(40)).all()
    carried = [len(campaign_recommendations(demo, e).carried_over) for e in later]
    findings = Counter(f.code for e in later for f in declared_and_observed(demo, e).findings)
    assert sum(1 for count in carried if count) > len(later) / 4
    assert findings["etape_historique"] + findings["etape_participation"] > 0
    assert len(findings) >= 4


def test_the_same_seed_gives_the_same_evaluations(tmp_path: Path) -> None:
    found = []
    for name in ("a", "b"):
        with open_database(tmp_path / f"{name}.sqlite") as database:
            generate_demo(database, 300, seed=5)
            with database.read() as session:
                found.append((
                    sorted(session.execute(select(Evaluation.evaluated_on, Evaluation.timing,
                                                  Evaluation.declared_stage)).all()),
                    sorted(session.execute(select(Measurement.measured_on,
                                                  Measurement.value)).all())))
    assert found[0] == found[1] and found[0][1]
