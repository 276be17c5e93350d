"""Search index: full-text tables for projects and stakeholders, kept by triggers.

SQLite only (other dialects are skipped): an FTS5 table per searched entity with
the ``unicode61`` tokenizer (case and accents folded, ``remove_diacritics 2``)
and prefix indexes, so a keystroke in a list is a prefix query on words.

The FTS row id must be stable, and a table keyed by UUID has no stable rowid
(VACUUM and Alembic's batch copies renumber it), so each entity gets a
``search_<entity>_row`` table mapping an INTEGER PRIMARY KEY to the entity id.
That table also keeps the list's sort name and whether the record is archived,
so that a broad search ("m": a third of 100 000 people) sorts its matches without
looking each one up by UUID in the entity table. Triggers keep all of it in step.

Every object here is named ``search_*``; env.py leaves them out of autogenerate.
A later batch migration that recreates ``project`` or ``stakeholder`` drops
these triggers with the table and must create them again
(tests/services/queries/test_search_index.py checks they exist at head).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from collections.abc import Sequence

from alembic import op

revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# entity table -> SQL giving the searched text from a row alias ("new", "old" or the table).
SEARCHED = {
    "project": "coalesce({row}.code, '') || ' ' || {row}.title",
    "stakeholder": "{row}.display_name || ' ' || coalesce({row}.email, '')",
    }
SORT_NAME = {"project": "title", "stakeholder": "display_name"}
WATCHED_COLUMNS = {"project": "code, title, archived_at",
                   "stakeholder": "display_name, email, archived_at"}


def _text(entity: str, row: str) -> str:
    # "œ" is a letter of its own to unicode61: write it "oe", as users type it.
    expression = SEARCHED[entity].format(row=row)
    return f"replace(replace({expression}, 'œ', 'oe'), 'Œ', 'OE')"


def _statements(entity: str) -> list[str]:
    fts, rows = f"search_{entity}", f"search_{entity}_row"
    lookup = f"(SELECT search_rowid FROM {rows} WHERE entity_id = {{row}}.id)"
    name = SORT_NAME[entity]
    return [
        f"CREATE TABLE {rows} (search_rowid INTEGER PRIMARY KEY, "
        f"entity_id CHAR(32) NOT NULL UNIQUE, sort_name VARCHAR(300) NOT NULL, "
        f"archived BOOLEAN NOT NULL)",
        f"CREATE VIRTUAL TABLE {fts} USING fts5(text, "
        f"tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')",
        f"INSERT INTO {rows} (entity_id, sort_name, archived) "
        f"SELECT id, {name}, archived_at IS NOT NULL FROM {entity}",
        f"INSERT INTO {fts} (rowid, text) SELECT r.search_rowid, {_text(entity, 'e')} "
        f"FROM {rows} AS r JOIN {entity} AS e ON e.id = r.entity_id",
        f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {entity} BEGIN "
        f"INSERT INTO {rows} (entity_id, sort_name, archived) "
        f"VALUES (new.id, new.{name}, new.archived_at IS NOT NULL); "
        f"INSERT INTO {fts} (rowid, text) VALUES (last_insert_rowid(), {_text(entity, 'new')}); "
        f"END",
        f"CREATE TRIGGER {fts}_update AFTER UPDATE OF {WATCHED_COLUMNS[entity]} ON {entity} "
        f"BEGIN UPDATE {rows} SET sort_name = new.{name}, "
        f"archived = new.archived_at IS NOT NULL WHERE entity_id = new.id; "
        f"UPDATE {fts} SET text = {_text(entity, 'new')} "
        f"WHERE rowid = {lookup.format(row='new')}; END",
        f"CREATE TRIGGER {fts}_delete AFTER DELETE ON {entity} BEGIN "
        f"DELETE FROM {fts} WHERE rowid = {lookup.format(row='old')}; "
        f"DELETE FROM {rows} WHERE entity_id = old.id; END",
    ]


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for entity in SEARCHED:
        for statement in _statements(entity):
            op.execute(statement)
    # The directory (not archived, by name, filtered by nature or kind) read from the index alone.
    op.execute("CREATE INDEX search_ix_stakeholder_directory "
               "ON stakeholder (archived_at, display_name, id, nature, actor_kind)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("DROP INDEX search_ix_stakeholder_directory")
    for entity in SEARCHED:
        for suffix in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER search_{entity}_{suffix}")
        op.execute(f"DROP TABLE search_{entity}")
        op.execute(f"DROP TABLE search_{entity}_row")
