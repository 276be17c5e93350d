"""The write gateway: read units cannot write, write units say what they changed, bulk
units share the guarantees, and commit hooks see every committed change set."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import Connection, insert, select, update

from ingenierie.errors import DatabaseFileError
from ingenierie.models import Involvement, Stakeholder, Theme
from ingenierie.services.projects.involvements import InvolvementInput, add_involvement
from ingenierie.services.projects.project import ProjectInput, create_project
from ingenierie.services.stakeholders.records import OrganisationInput
from ingenierie.services.stakeholders.stakeholder import create_organisation
from ingenierie.storage import Database
from ingenierie.storage.bulk import OrderedIds
from ingenierie.storage.changes import NOTHING, ChangeSet, Kind


def theme_names(db: Database) -> set[str]:
    with db.read() as session:
        return set(session.scalars(select(Theme.name)))


def test_a_read_unit_cannot_write(db: Database) -> None:
    with pytest.raises(RuntimeError, match="cannot write"), db.read() as session:
        session.add(Theme(name="Numérique"))
        session.flush()
    assert "Numérique" not in theme_names(db)


def test_a_write_unit_says_what_it_changed_and_only_net_changes(db: Database) -> None:
    with db.write() as session:
        theme = Theme(name="Numérique")
        session.add(theme)
    assert session.changes == ChangeSet.of(Kind.THEME, [theme.id])
    with db.write() as session:
        session.get_one(Theme, theme.id).name = "Numérique"  # the same value: no change
    assert session.changes == NOTHING
    with db.write() as session:
        session.delete(session.get_one(Theme, theme.id))
    assert session.changes == ChangeSet.of(Kind.THEME, [theme.id])
    assert "Numérique" not in theme_names(db)


def test_a_moved_child_names_its_owners_before_and_after(db: Database) -> None:
    project = create_project(db, ProjectInput(title="Tiers-lieu de Carhaix")).value
    first, second = (create_organisation(db, OrganisationInput(name)).value
                     for name in ("Mairie de Carhaix", "Pays COB"))
    added = add_involvement(db, project.id, first.id, InvolvementInput())
    assert added.changes == ChangeSet.of(Kind.INVOLVEMENT, [added.value.id],
                                         projects=[project.id], stakeholders=[first.id])
    with db.write() as session:
        session.get_one(Involvement, added.value.id).stakeholder_id = second.id
    assert session.changes.owners(Kind.STAKEHOLDER, Kind.INVOLVEMENT) == {first.id, second.id}
    assert session.changes.touches(Kind.PROJECT, project.id, Kind.INVOLVEMENT)
    assert not session.changes.touches(Kind.PROJECT, uuid.uuid4(), Kind.INVOLVEMENT)


def test_a_bulk_statement_counts_as_any_record_of_its_kind(db: Database) -> None:
    with db.write() as session:
        session.execute(update(Theme).where(Theme.name == "Santé").values(name="Soins"))
    assert session.changes == ChangeSet.anything(Kind.THEME)
    assert session.changes.concerns(Kind.THEME, uuid.uuid4())


def test_a_bulk_unit_tells_the_kinds_it_wrote_and_a_discarded_one_nothing(db: Database) -> None:
    new_id = OrderedIds()
    with db.bulk_write() as bulk:
        assert bulk.insert(Theme, [{"id": new_id(), "name": "Numérique"}]) == 1
    assert bulk.changes == ChangeSet.anything(Kind.THEME)
    with db.bulk_write() as bulk:
        bulk.insert(Theme, [{"id": new_id(), "name": "Mobilités"}])
        bulk.discard()
    assert bulk.changes == NOTHING
    assert "Numérique" in theme_names(db) and "Mobilités" not in theme_names(db)


def test_commit_hooks_see_every_committed_unit_and_nothing_else(db: Database) -> None:
    seen: list[ChangeSet] = []
    db.commit_hooks.append(lambda connection, changes: seen.append(changes))
    created = create_project(db, ProjectInput(title="Tiers-lieu de Carhaix"))
    with pytest.raises(DatabaseFileError), db.write():
        raise DatabaseFileError("refusé")
    with db.bulk_write() as bulk:
        bulk.insert(Theme, [{"id": uuid.uuid4(), "name": "Numérique"}])
    with db.bulk_write() as bulk:
        bulk.insert(Theme, [{"id": uuid.uuid4(), "name": "Mobilités"}])
        bulk.discard()
    with db.write():
        pass  # nothing changed: nothing to tell
    assert seen == [created.changes, ChangeSet.anything(Kind.THEME)]


def test_what_a_hook_writes_commits_with_the_unit_and_a_failing_hook_undoes_it(
        db: Database) -> None:
    def audit(connection: Connection, changes: ChangeSet) -> None:
        added = connection.scalars(select(Theme.name).where(Theme.id.in_(
            changes.ids(Kind.THEME)))).all()
        if "Refus" in added:
            raise RuntimeError("audit refused")
        connection.execute(insert(Theme).values(id=uuid.uuid4(), name=f"audit: {added[0]}"))

    db.commit_hooks.append(audit)
    with db.write() as session:
        session.add(Theme(name="Numérique"))
    assert {"Numérique", "audit: Numérique"} <= theme_names(db)
    with pytest.raises(RuntimeError, match="audit refused"), db.write() as session:
        session.add(Theme(name="Refus"))
    assert "Refus" not in theme_names(db)


def test_a_full_disk_in_a_bulk_unit_is_told_in_french_and_nothing_is_kept(
        db: Database) -> None:
    before = theme_names(db)
    with pytest.raises(DatabaseFileError, match="Le disque est plein"), \
            db.bulk_write() as bulk:
        pages = bulk.connection.exec_driver_sql("PRAGMA page_count").scalar_one()
        bulk.connection.exec_driver_sql(f"PRAGMA max_page_count = {pages}")  # no room left
        bulk.insert(Stakeholder, ({"id": uuid.uuid4(), "nature": "organisation",
                                   "actor_kind": "autre", "display_name": f"Structure {i}",
                                   "match_key": f"structure {i}"} for i in range(20_000)))
    assert theme_names(db) == before
    with db.read() as session:
        assert session.scalar(select(Stakeholder.id)) is None
