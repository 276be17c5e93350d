"""Stakeholder contact fields: postal code and town for everyone, civility and date of
first contact for people (managers' lists carry them; the import put them in the notes).

Adding nullable columns needs no table copy on SQLite, so the search triggers of
0002 stay in place. The downgrade drops the columns in place too
(``recreate="never"``: SQLite 3.35+ ``ALTER TABLE … DROP COLUMN``): a batch copy
of ``stakeholder`` would drop those triggers with the old table.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NEW_COLUMNS = ('postal_code', 'city', 'civility', 'first_contact_on')


def upgrade() -> None:
    with op.batch_alter_table('stakeholder', schema=None) as batch_op:
        batch_op.add_column(sa.Column('postal_code', sa.String(length=5), nullable=True))
        batch_op.add_column(sa.Column('city', sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column('civility', sa.Enum('madame', 'monsieur', name='civility', native_enum=False, length=32), nullable=True))
        batch_op.add_column(sa.Column('first_contact_on', sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('stakeholder', schema=None, recreate='never') as batch_op:
        for name in reversed(NEW_COLUMNS):
            batch_op.drop_column(name)
