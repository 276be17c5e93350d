"""Bulk rows read back through the ORM exactly as written; keys that increase."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import UTC, date, datetime
from itertools import count

import pytest
from sqlalchemy import Connection, select

from ingenierie.models import Affiliation, Organisation, Person, Stakeholder
from ingenierie.models.vocabulary import ActorKind, LegalBasis, StakeholderNature
from ingenierie.services.stakeholders.stakeholder import PersonInput, create_person, get_stakeholder
from ingenierie.storage import Database
from ingenierie.storage.bulk import BATCH_SIZE, OrderedIds, RowWriter
from ingenierie.storage.engines.sqlite.tuning import deferred_indexes

STAKEHOLDER = Stakeholder.__table__
AFFILIATION = Affiliation.__table__
NOW = datetime(2026, 1, 5, 9, 30, 15, 123456, tzinfo=UTC)


def test_rows_written_in_bulk_read_back_through_the_orm_as_written(db: Database) -> None:
    person, organisation = uuid.uuid4(), uuid.uuid4()
    with db.engine.begin() as connection:
        writer = RowWriter(connection, NOW)
        writer.insert(STAKEHOLDER, [
            {"id": person, "nature": StakeholderNature.PERSON, "actor_kind": ActorKind.ELU,
             "display_name": "Maïwenn Le Gall", "match_key": "le gall|maiwenn",
             "first_name": "Maïwenn", "last_name": "Le Gall",
             "legal_basis": LegalBasis.INTERET_LEGITIME, "last_contact_on": date(2024, 3, 12),
             "email": None, "not_a_column": "ignored"},
            {"id": organisation, "nature": StakeholderNature.ORGANISATION,
             "actor_kind": "association", "display_name": "Ti ar Vro",
             "match_key": "ti ar vro", "siren": "123456782"},
        ])
        writer.insert(AFFILIATION, [{"id": uuid.uuid4(), "person_id": person,
                                     "organisation_id": organisation, "role": "Présidente"}])
    assert (writer.inserted, writer.updated) == (3, 0)
    with db.read() as session:
        stored = session.get_one(Person, person)
        assert (stored.first_name, stored.actor_kind, stored.legal_basis) == (
            "Maïwenn", ActorKind.ELU, LegalBasis.INTERET_LEGITIME)
        assert stored.last_contact_on == date(2024, 3, 12)
        assert stored.created_at == stored.updated_at == NOW
        assert stored.archived_at is None and stored.email is None
        assert session.get_one(Organisation, organisation).siren == "123456782"
        link = session.scalars(select(Affiliation)).one()
        assert (link.person_id, link.organisation_id, link.role) == (
            person, organisation, "Présidente")
    assert get_stakeholder(db, person).affiliations[0].organisation_id == organisation


def test_stored_text_is_what_the_orm_stores(db: Database) -> None:
    """Same row through the service (ORM) and in bulk: same text in every column."""
    created = create_person(db, PersonInput(
        last_name="Quéré", first_name="Soizic", actor_kind="elu",
        last_contact_on=date(2024, 1, 2))).value
    copy = uuid.uuid4()
    with db.read() as session:  # every column, as the ORM reads them back
        columns = dict(session.execute(select(STAKEHOLDER).where(
            STAKEHOLDER.c.id == created.id)).one()._mapping)
    columns.update(id=copy)
    with db.engine.begin() as connection:
        RowWriter(connection, columns["created_at"]).insert(STAKEHOLDER, [columns])
    with sqlite3.connect(db.location.file) as raw:
        orm, bulk = (raw.execute("SELECT * FROM stakeholder WHERE id = ?", (key.hex,)).fetchone()
                     for key in (created.id, copy))
    assert bulk[1:] == orm[1:]
    assert bulk[0] == copy.hex


def test_updates_change_the_given_columns_and_stamp_the_row(db: Database) -> None:
    created = create_person(db, PersonInput(last_name="Morvan", first_name="Yann")).value
    later = datetime(2026, 2, 1, tzinfo=UTC)
    with db.engine.begin() as connection:
        writer = RowWriter(connection, later)
        writer.update(STAKEHOLDER, [{"id": created.id, "email": "yann@morvan.bzh",
                                     "legal_basis": LegalBasis.CONSENTEMENT}])
    assert writer.updated == 1
    detail = get_stakeholder(db, created.id)
    assert (detail.email, detail.legal_basis, detail.updated_at) == (
        "yann@morvan.bzh", LegalBasis.CONSENTEMENT, later)
    assert detail.created_at == created.created_at


def test_many_rows_of_mixed_shapes_are_all_written(db: Database) -> None:
    rows = [{"id": uuid.uuid4(), "nature": "organisation", "actor_kind": "autre",
             "display_name": f"Structure {i}", "match_key": f"structure {i}",
             **({"siret": None} if i % 3 else {"email": f"s{i}@exemple.fr"})}
            for i in range(BATCH_SIZE + 7)]
    def cache_size(connection: Connection, *_changes: object) -> int:
        return int(connection.exec_driver_sql("PRAGMA cache_size").scalar_one())

    at_commit: list[int] = []
    db.commit_hooks.append(lambda connection, _: at_commit.append(cache_size(connection)))
    with db.bulk_write(cache_kib=8192) as bulk:
        assert cache_size(bulk.connection) == -2000
        bulk.insert(Stakeholder, rows)  # the cache grows as rows are written
        assert cache_size(bulk.connection) == -8192
    assert at_commit == [-2000]  # and is back to its size before the commit
    with db.read() as session:
        assert session.scalar(select(Stakeholder.email).where(
            Stakeholder.display_name == "Structure 3")) == "s3@exemple.fr"
        assert len(session.scalars(select(Stakeholder.id)).all()) == BATCH_SIZE + 7


def test_ordered_ids_are_version_7_and_increase() -> None:
    ids = OrderedIds()
    made = [ids() for _ in range(10_000)]  # several per millisecond
    assert made == sorted(made) and len(set(made)) == len(made)
    assert {key.version for key in made} == {7}
    assert {key.variant for key in made} == {uuid.RFC_4122}
    assert [key.hex for key in made] == sorted(key.hex for key in made)  # stored order too


def test_ordered_ids_borrow_from_the_clock_past_4096_in_a_millisecond() -> None:
    ids = OrderedIds(clock=lambda: 1_700_000_000_000, bits=lambda n: (1 << n) - 1)
    made = [ids() for _ in range(5000)]
    assert made == sorted(made) and len(set(made)) == 5000
    assert made[-1].int >> 80 == 1_700_000_000_001


def test_seeded_ordered_ids_repeat() -> None:
    def seeded() -> list[uuid.UUID]:
        clock = count(1_700_000_000_000)
        state = count()
        ids = OrderedIds(clock=lambda: next(clock), bits=lambda n: next(state) * 7919)
        return [ids() for _ in range(100)]

    assert seeded() == seeded()


def indexes(db: Database) -> list[tuple[str, str]]:
    with sqlite3.connect(db.location.file) as raw:
        return raw.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                           "ORDER BY name").fetchall()


def test_keys_given_as_stored_text_are_written_as_they_are(db: Database) -> None:
    key = OrderedIds().hex()
    with db.engine.begin() as connection:
        RowWriter(connection, NOW).insert(STAKEHOLDER, [{
            "id": key, "nature": StakeholderNature.ORGANISATION, "actor_kind": ActorKind.AUTRE,
            "display_name": "Breizh Lab", "match_key": "breizh lab"}])
    assert get_stakeholder(db, uuid.UUID(hex=key)).display_name == "Breizh Lab"


def test_deferred_indexes_are_built_again_exactly_as_they_were(db: Database) -> None:
    before = indexes(db)
    with db.engine.begin() as connection, \
            deferred_indexes(connection, ["stakeholder", "affiliation"]):
        held = {name for (name,) in connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert "ix_stakeholder_match_key" not in held
        assert "ix_affiliation_person_id" not in held
        assert "sqlite_autoindex_stakeholder_1" in held  # the key stays
        RowWriter(connection, NOW).insert(STAKEHOLDER, [
            {"id": uuid.uuid4(), "nature": "organisation", "actor_kind": "autre",
             "display_name": f"Structure {i}", "match_key": f"structure {i}"}
            for i in range(100)])
    assert indexes(db) == before
    with db.read() as session:
        assert session.scalar(select(Stakeholder.display_name).where(
            Stakeholder.match_key == "structure 42")) == "Structure 42"


def test_a_rollback_brings_deferred_indexes_back(db: Database) -> None:
    before = indexes(db)
    with pytest.raises(RuntimeError, match="annulé"), db.engine.begin() as connection, \
            deferred_indexes(connection, ["stakeholder"]):
        raise RuntimeError("annulé")
    assert indexes(db) == before
