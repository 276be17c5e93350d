"""``generate_demo``: fill a database with a deterministic French demo, in one transaction.

Territories, then stakeholders and their affiliations, then projects by chunks
with everything that hangs from them (themes, territories, stage history,
involvements, interactions and participants, fundings), each chunk written
parents first so that foreign keys hold at every statement. Rows are plain
dicts written through the write gateway's bulk unit (``Database.bulk_write``);
tables that were empty get their indexes built once at the end.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from sqlalchemy import Connection, func, select

from ingenierie.errors import UserError, ValidationError
from ingenierie.models import (
    Affiliation,
    CriterionScore,
    Evaluation,
    EvaluationParticipant,
    Funding,
    Indicator,
    IndicatorDefinition,
    Interaction,
    Involvement,
    MaturityAnswer,
    MaturityFramework,
    MaturityItem,
    Measurement,
    Participation,
    Project,
    ProjectTerritory,
    ProjectTheme,
    Recommendation,
    StageChange,
    Stakeholder,
    Territory,
    Theme,
)
from ingenierie.models.base import Entity
from ingenierie.models.vocabulary import Scheme
from ingenierie.services.demo.context import DemoContext, build_context
from ingenierie.services.demo.directory import Directory, Row
from ingenierie.services.demo.evaluations import (
    EvaluationLibrary,
    EvaluationRows,
    Evaluator,
    LibraryEntry,
)
from ingenierie.services.demo.fundings import fundings
from ingenierie.services.demo.histories import stage_history
from ingenierie.services.demo.involvements import involve
from ingenierie.services.demo.meetings import meetings
from ingenierie.services.demo.organisations import add_organisations
from ingenierie.services.demo.people import add_people
from ingenierie.services.demo.projects import SCHEMES, draft_project
from ingenierie.services.demo.randomness import DemoRandom
from ingenierie.services.evaluation.library import split_list
from ingenierie.services.evaluation.shipped import COOPERATIVE_MATURITY, SHIPPED, sync_shipped_data
from ingenierie.storage import Database
from ingenierie.storage.changes import ChangeSet
from ingenierie.storage.keys import key_of

DEFAULT_SIZE = 2000
DEFAULT_SEED = 1
MIN_SIZE, MAX_SIZE = 50, 1_000_000
ORGANISATION_SHARE = 0.38
CHUNK = 250  # projects generated, then written, together
ROWS_PER_PROJECT_GUESS = 70  # until the first chunk tells the real figure
#: The engine's cache while writing (KiB): random stakeholder keys in the links' indexes.
WRITE_CACHE_KIB = 32_768

Progress = Callable[[int, int], None]
"""Called with (rows written, rows expected); the expectation firms up as projects are made."""

LABELS = (
    ("territory", "Territoires"), ("stakeholder", "Acteurs"), ("affiliation", "Affiliations"),
    ("project", "Projets"), ("project_theme", "Thématiques de projet"),
    ("project_territory", "Territoires de projet"), ("stage_change", "Étapes de coopération"),
    ("involvement", "Implications"), ("interaction", "Échanges"),
    ("participation", "Participations aux échanges"), ("funding", "Financements"),
    ("evaluation", "Évaluations"), ("evaluation_participant", "Participants aux évaluations"),
    ("criterion_score", "Notes des critères"), ("recommendation", "Recommandations"),
    ("maturity_answer", "Réponses à la grille de maturité"), ("indicator", "Indicateurs"),
    ("measurement", "Mesures d'indicateurs"),
)


class DatabaseNotEmptyError(UserError):
    """The database already holds data and the caller did not ask to add to it."""


class DemoCancelled(UserError):
    """The caller stopped the generation: the transaction was rolled back."""

    def __init__(self) -> None:
        super().__init__("Création des données de démonstration annulée : rien n'a été "
                         "enregistré.")


@dataclass(frozen=True, slots=True)
class DemoSummary:
    """What was written, and how long it took."""

    database: str  # where, as users read it
    size: int
    seed: int
    counts: tuple[tuple[str, int], ...]  # (French label, rows)
    rows: int
    seconds: float
    changes: ChangeSet

    @property
    def rows_per_second(self) -> float:
        return self.rows / self.seconds if self.seconds > 0 else float(self.rows)


def check_size(size: int) -> int:
    """The number of stakeholders asked for, if the demo can make that many."""
    if isinstance(size, bool) or not isinstance(size, int) or not MIN_SIZE <= size <= MAX_SIZE:
        raise ValidationError(
            f"Le nombre d'acteurs doit être compris entre {MIN_SIZE} et {MAX_SIZE:,} "
            f"(valeur reçue : {size}).".replace(",", " "), field="size")
    return size


def generate_demo(db: Database, size: int = DEFAULT_SIZE, seed: int = DEFAULT_SEED,
                  progress: Progress | None = None, *, append: bool = False,
                  cancelled: Callable[[], bool] | None = None) -> DemoSummary:
    """Write ``size`` stakeholders and about ``size / 10`` projects with their whole life.

    The same seed on an empty database always writes the same rows (timestamps of
    writing aside). A database that already holds data is refused unless
    ``append`` is true; appended data reuses the territories already there.
    ``cancelled`` is asked between batches; when it answers true, nothing is kept.
    """
    check_size(size)
    started = time.perf_counter()
    counts: Counter[str] = Counter()
    sync_shipped_data(db)  # the indicator library and the maturity grid the demo picks from
    with db.bulk_write(cache_kib=WRITE_CACHE_KIB) as bulk:
        bulk.describe(f"Données de démonstration (graine {seed}, {size} acteurs)")
        connection = bulk.connection
        held = _held(connection)
        if any(held.values()) and not append:
            raise DatabaseNotEmptyError(_not_empty_message(db, held))
        if not any(held.values()):
            bulk.defer_indexes(Territory, Stakeholder, Affiliation, *_CHILD_ORDER)
        # Appending: a seed of its own, so that new ids never meet the ones already there.
        key: int | str = seed if not any(held.values()) else f"{seed}/{sorted(held.items())}"
        context = build_context(key, size, _territories(connection) if append else {})
        plan = _Plan(context, size, _themes(connection), _project_codes(connection),
                     Evaluator(DemoRandom(f"{key}/evaluations"), _library(connection)))
        tracker = _Tracker(progress, len(context.geography.rows) + size * 2, plan.projects)
        for batch in plan.batches():
            if cancelled is not None and cancelled():
                raise DemoCancelled()
            if batch.entity is Project:
                tracker.projects_start(counts.total())
            counts[batch.entity.__tablename__] += bulk.insert(batch.entity, batch.rows)
            tracker.written(counts.total())
            if batch.projects_done:
                tracker.projects_written(batch.projects_done, counts.total())
    seconds = time.perf_counter() - started
    tracker.finish(counts.total())
    return DemoSummary(str(db.location), size, seed,
                       tuple((label, counts[table]) for table, label in LABELS), counts.total(),
                       seconds, bulk.changes)


@dataclass(frozen=True, slots=True)
class _Batch:
    """Rows for one table; the last batch of a chunk of projects says how many are done."""

    entity: type[Entity]
    rows: list[Row]
    projects_done: int = 0


class _Plan:
    """Everything to write, made batch by batch in the order foreign keys need.

    It reads nothing from the database: what it needs is queried beforehand.
    (Making batches in a thread while the database writes was tried: the GIL handovers
    made it slower, not faster.)
    """

    def __init__(self, context: DemoContext, size: int, themes: dict[str, str],
                 codes: set[str], evaluator: Evaluator) -> None:
        self.context = context
        self.evaluator = evaluator
        self.size = size
        self.themes = themes
        self.codes = codes
        self.projects = max(len(Scheme), size // 10)
        self.directory = Directory()

    def batches(self) -> Iterator[_Batch]:
        context, directory = self.context, self.directory
        yield _Batch(Territory, context.geography.rows)
        organisations = add_organisations(context, directory,
                                          round(self.size * ORGANISATION_SHARE))
        people_count = self.size - len(organisations)
        yield _Batch(Stakeholder, organisations)
        del organisations  # written: let the rows go before making the people
        people, affiliations = add_people(context, directory, people_count)
        yield _Batch(Stakeholder, people)
        del people
        yield _Batch(Affiliation, affiliations)
        del affiliations
        yield from self._projects()

    def _projects(self) -> Iterator[_Batch]:
        context, directory, count = self.context, self.directory, self.projects
        rng = context.rng
        schemes = [*rng.sample(list(Scheme), len(Scheme)),
                   *SCHEMES.pick_many(rng, count - len(Scheme))]
        big = min(5, max(2, count // 2000)) if len(directory.actors) >= 400 else 1
        number = len(self.codes)
        for first in range(0, count, CHUNK):
            tables: dict[type[Entity], list[Row]] = {entity: [] for entity in _CHILD_ORDER}
            evaluations = EvaluationRows()
            last = min(first + CHUNK, count)
            for index in range(first, last):
                number += 1
                draft, territories, theme_rows = draft_project(
                    context, f"{number:05d}", schemes[index], self.themes, index < big)
                while draft.row["code"] in self.codes:
                    number += 1
                    draft.row["code"] = f"{draft.row['code'].rsplit('-', 1)[0]}-{number:05d}"
                self.codes.add(draft.row["code"])
                tables[ProjectTerritory] += territories
                tables[ProjectTheme] += theme_rows
                stages = stage_history(context, draft)
                tables[StageChange] += stages
                involvements = involve(context, directory, draft)
                tables[Involvement] += involvements
                interactions, participations = meetings(context, draft)
                tables[Interaction] += interactions
                tables[Participation] += participations
                tables[Funding] += fundings(context, draft)
                tables[Project].append(draft.row)
                self.evaluator.evaluate(draft, stages, involvements, evaluations)
            for entity in _EVALUATION_ORDER:
                tables[entity] = getattr(evaluations, entity.__tablename__)
            for entity, rows in tables.items():
                yield _Batch(entity, rows, last if entity is _CHILD_ORDER[-1] else 0)


_EVALUATION_ORDER: tuple[type[Entity], ...] = (
    Evaluation, EvaluationParticipant, CriterionScore, Recommendation, MaturityAnswer, Indicator,
    Measurement)
_CHILD_ORDER: tuple[type[Entity], ...] = (
    Project, ProjectTerritory, ProjectTheme, StageChange, Involvement, Interaction,
    Participation, Funding, *_EVALUATION_ORDER)


class _Tracker:
    """Turns rows written into (done, expected) calls, the expectation refined per chunk."""

    def __init__(self, progress: Progress | None, first_rows: int, projects: int) -> None:
        self.progress = progress
        self.projects = projects
        self.expected = first_rows + projects * ROWS_PER_PROJECT_GUESS
        self.before_projects: int | None = None

    def written(self, done: int) -> None:
        if self.progress is not None:
            self.progress(done, max(done, self.expected))

    def projects_start(self, done: int) -> None:
        if self.before_projects is None:
            self.before_projects = done
            self.expected = done + self.projects * ROWS_PER_PROJECT_GUESS

    def projects_written(self, projects_done: int, done: int) -> None:
        """``done`` rows in all after ``projects_done`` projects: extrapolate to the rest."""
        per_project = (done - (self.before_projects or 0)) / projects_done
        self.expected = round(done + per_project * (self.projects - projects_done))

    def finish(self, done: int) -> None:
        if self.progress is not None:
            self.progress(done, done)


def _held(connection: Connection) -> dict[str, int]:
    """What the database holds besides the shipped themes."""
    return {label: connection.scalar(select(func.count()).select_from(entity)) or 0
            for label, entity in (("projets", Project), ("acteurs", Stakeholder),
                                  ("territoires", Territory))}


def _not_empty_message(db: Database, held: dict[str, int]) -> str:
    what = ", ".join(f"{count} {label}" for label, count in held.items() if count)
    return (f"La base de données « {db.location} » contient déjà des données ({what}). "
            "Les données de démonstration ne s'y ajoutent que sur demande explicite "
            "(option --append de la commande demo) ; sinon, choisissez un autre fichier "
            "avec --db.")


def _themes(connection: Connection) -> dict[str, str]:
    rows = connection.execute(
        select(Theme.name, Theme.id).where(Theme.archived_at.is_(None)).order_by(Theme.name))
    return {name: key_of(ident) for name, ident in rows}


def _project_codes(connection: Connection) -> set[str]:
    return set(connection.scalars(select(Project.code).where(Project.code.is_not(None))))


def _library(connection: Connection) -> EvaluationLibrary:
    """The shipped definitions and grid the demo's evaluations draw from."""
    definitions = tuple(LibraryEntry(
        key_of(d.id), d.title, d.unit, d.description, d.level, d.direction,
        frozenset(split_list(d.schemes)), d.computation, d.computation_parameter)
        for d in connection.execute(select(IndicatorDefinition).where(
            IndicatorDefinition.origin == SHIPPED, IndicatorDefinition.archived_at.is_(None))
            .order_by(IndicatorDefinition.code)))
    grid = connection.execute(select(MaturityFramework.id, MaturityFramework.scale_min,
                                     MaturityFramework.scale_max).where(
        MaturityFramework.origin == SHIPPED,
        MaturityFramework.code == COOPERATIVE_MATURITY)).first()
    items = () if grid is None else tuple(key_of(item) for item in connection.scalars(
        select(MaturityItem.id).where(MaturityItem.framework_id == grid.id,
                                      MaturityItem.archived_at.is_(None))
        .order_by(MaturityItem.position)))
    return EvaluationLibrary(definitions, items,
                             (grid.scale_min, grid.scale_max) if grid else (0, 4))


def _territories(connection: Connection) -> dict[tuple[str, str], str]:
    rows = connection.execute(
        select(Territory.kind, Territory.code, Territory.id).where(Territory.code.is_not(None)))
    return {(kind.value, code): key_of(ident) for kind, code, ident in rows if code is not None}
