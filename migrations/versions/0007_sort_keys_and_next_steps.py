"""Sort keys for French lists, and who follows up an exchange by when.

Projects, stakeholders and territories get a ``sort_key``: the name folded the
French way (accents, case and punctuation aside; a person by last name, then
first name — see ``services/queries/ordering.py``), filled here for the rows
already stored with a frozen copy of the folding. The search rows of revision
0002 sort by it too: their triggers copy ``sort_key`` instead of the title or
display name, and the directory's covering index is rebuilt on it.

An exchange's next steps get an owner (a stakeholder) and a due date.

Adding a column with a constant default needs no table copy on SQLite, so the
search triggers stay attached to their tables; the downgrade drops the columns
in place (``recreate="never"``) for the same reason, except on ``interaction``
whose new column is a foreign key (a copy, but no trigger there).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03
"""

import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SORTED = {"project": "title", "stakeholder": "display_name", "territory": "name"}
SEARCHED = {
    "project": "coalesce({row}.code, '') || ' ' || {row}.title",
    "stakeholder": "{row}.display_name || ' ' || coalesce({row}.email, '')",
}
WATCHED = {"project": "code, title, archived_at", "stakeholder": "display_name, email, archived_at"}
KEY_LENGTH = 300
SEPARATOR = "\x1f"


def _fold(text: str | None) -> str:
    """A frozen copy of the sort key's folding (migrations import no application code)."""
    bare = unicodedata.normalize("NFKD", (text or "").replace("œ", "oe").replace("Œ", "OE")
                                 .replace("æ", "ae").replace("Æ", "AE").replace("ß", "ss"))
    bare = "".join(c for c in bare if not unicodedata.combining(c))
    for sep in "-_’'/·.":
        bare = bare.replace(sep, " ")
    return " ".join(bare.casefold().split())[:KEY_LENGTH]


def _text(entity: str, row: str) -> str:
    expression = SEARCHED[entity].format(row=row)
    return f"replace(replace({expression}, 'œ', 'oe'), 'Œ', 'OE')"


def _triggers(entity: str, name: str, watched: str) -> list[str]:
    """The insert and update triggers of 0002, the search row's sort name taken from ``name``."""
    fts, rows = f"search_{entity}", f"search_{entity}_row"
    return [
        f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {entity} BEGIN "
        f"INSERT INTO {rows} (entity_id, sort_name, archived) "
        f"VALUES (new.id, new.{name}, new.archived_at IS NOT NULL); "
        f"INSERT INTO {fts} (rowid, text) VALUES (last_insert_rowid(), {_text(entity, 'new')}); "
        f"END",
        f"CREATE TRIGGER {fts}_update AFTER UPDATE OF {watched} ON {entity} "
        f"BEGIN UPDATE {rows} SET sort_name = new.{name}, "
        f"archived = new.archived_at IS NOT NULL WHERE entity_id = new.id; "
        f"UPDATE {fts} SET text = {_text(entity, 'new')} "
        f"WHERE rowid = (SELECT search_rowid FROM {rows} WHERE entity_id = new.id); END",
    ]


def _fill_sort_keys() -> None:
    bind = op.get_bind()
    for table, column in SORTED.items():
        extra = ", nature, last_name, first_name" if table == "stakeholder" else ""
        rows = bind.execute(sa.text(f"SELECT id, {column}{extra} FROM {table}")).all()
        keys = []
        for row in rows:
            if table == "stakeholder" and row[2] == "person" and row[3]:
                key = (_fold(row[3]) + SEPARATOR + _fold(row[4]))[:KEY_LENGTH]
            else:
                key = _fold(row[1])
            keys.append({"key": key, "id": row[0]})
        if keys:
            bind.execute(sa.text(f"UPDATE {table} SET sort_key = :key WHERE id = :id"), keys)


def _search_sort_names(sqlite: bool, column: dict[str, str]) -> None:
    """Point the search rows' sort names, triggers and directory index at ``column``."""
    if not sqlite:
        return
    for entity in SEARCHED:
        for suffix in ("insert", "update"):
            op.execute(f"DROP TRIGGER search_{entity}_{suffix}")
        watched = WATCHED[entity] + (", sort_key" if column[entity] == "sort_key" else "")
        for statement in _triggers(entity, column[entity], watched):
            op.execute(statement)
        op.execute(f"UPDATE search_{entity}_row SET sort_name = (SELECT e.{column[entity]} "
                   f"FROM {entity} AS e WHERE e.id = search_{entity}_row.entity_id)")
    op.execute("DROP INDEX search_ix_stakeholder_directory")
    op.execute("CREATE INDEX search_ix_stakeholder_directory ON stakeholder "
               f"(archived_at, {column['stakeholder']}, id, nature, actor_kind)")


def upgrade() -> None:
    for table in SORTED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('sort_key', sa.String(length=300),
                                          server_default='', nullable=False))
            batch_op.create_index(batch_op.f(f'ix_{table}_sort_key'), ['sort_key'], unique=False)
    with op.batch_alter_table('interaction', schema=None) as batch_op:
        batch_op.add_column(sa.Column('next_steps_owner_id', sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column('next_steps_due_on', sa.Date(), nullable=True))
        batch_op.create_index(batch_op.f('ix_interaction_next_steps_owner_id'),
                              ['next_steps_owner_id'], unique=False)
        batch_op.create_foreign_key(
            batch_op.f('fk_interaction_next_steps_owner_id_stakeholder'), 'stakeholder',
            ['next_steps_owner_id'], ['id'], ondelete='SET NULL')
    _fill_sort_keys()
    _search_sort_names(op.get_bind().dialect.name == "sqlite",
                       {"project": "sort_key", "stakeholder": "sort_key"})


def downgrade() -> None:
    _search_sort_names(op.get_bind().dialect.name == "sqlite",
                       {"project": "title", "stakeholder": "display_name"})
    with op.batch_alter_table('interaction', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_interaction_next_steps_owner_id_stakeholder'),
                                 type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_interaction_next_steps_owner_id'))
        batch_op.drop_column('next_steps_due_on')
        batch_op.drop_column('next_steps_owner_id')
    for table in reversed(SORTED):
        with op.batch_alter_table(table, schema=None, recreate='never') as batch_op:
            batch_op.drop_index(batch_op.f(f'ix_{table}_sort_key'))
            batch_op.drop_column('sort_key')
