"""Audit trail, review flags, and what the RGPD features record about a person: where an
imported person came from (file, when, by whom: art. 14) and when a record was erased.

Adding nullable columns to ``stakeholder`` needs no table copy on SQLite, so the
search triggers of 0002 stay in place; the downgrade drops them in place too
(``recreate="never"``, as 0003 does).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NEW_COLUMNS = ('erased_at', 'imported_from', 'imported_at', 'imported_by')


def _entity_columns() -> list[sa.Column]:
    return [sa.Column('id', sa.Uuid(), nullable=False),
            sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
            sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False)]


def upgrade() -> None:
    op.create_table('audit_entry',
    *_entity_columns(),
    sa.Column('unit_id', sa.Uuid(), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=True),
    sa.Column('project_id', sa.Uuid(), nullable=True),
    sa.Column('stakeholder_id', sa.Uuid(), nullable=True),
    sa.Column('other_stakeholder_id', sa.Uuid(), nullable=True),
    sa.Column('changes', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entry'))
    )
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        for column in ('unit_id', 'record_id', 'project_id', 'stakeholder_id',
                       'other_stakeholder_id'):
            batch_op.create_index(batch_op.f(f'ix_audit_entry_{column}'), [column], unique=False)

    op.create_table('review_flag',
    *_entity_columns(),
    sa.Column('table_name', sa.String(length=40), nullable=False),
    sa.Column('column_name', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('reviewed_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review_flag'))
    )
    with op.batch_alter_table('review_flag', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_flag_record_id'), ['record_id'], unique=False)

    with op.batch_alter_table('stakeholder', schema=None) as batch_op:
        batch_op.add_column(sa.Column('erased_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('imported_from', sa.String(length=300), nullable=True))
        batch_op.add_column(sa.Column('imported_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('imported_by', sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('stakeholder', schema=None, recreate='never') as batch_op:
        for name in reversed(NEW_COLUMNS):
            batch_op.drop_column(name)
    with op.batch_alter_table('review_flag', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_review_flag_record_id'))
    op.drop_table('review_flag')
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        for column in ('other_stakeholder_id', 'stakeholder_id', 'project_id', 'record_id',
                       'unit_id'):
            batch_op.drop_index(batch_op.f(f'ix_audit_entry_{column}'))
    op.drop_table('audit_entry')
