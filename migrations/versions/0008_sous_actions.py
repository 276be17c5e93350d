"""Sous-actions of a plan d'action: a plan action may belong to a fiche action.

One nullable column on ``plan_action`` with its key and index. SQLite adds a foreign
key only by copying the table (``batch_alter_table``): ``plan_action`` carries no
trigger, so the copy loses nothing. Down again, the sous-actions stay in their plan as
fiches actions of their own (their rows are kept; only the link to their fiche goes).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('plan_action', schema=None) as batch_op:
        batch_op.add_column(sa.Column('parent_id', sa.Uuid(), nullable=True))
        batch_op.create_index(batch_op.f('ix_plan_action_parent_id'), ['parent_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_plan_action_parent_id_plan_action'), 'plan_action', ['parent_id'], ['id'], ondelete='SET NULL')


def downgrade() -> None:
    with op.batch_alter_table('plan_action', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_plan_action_parent_id_plan_action'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_plan_action_parent_id'))
        batch_op.drop_column('parent_id')
