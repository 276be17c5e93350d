"""Plans d'action (plan, axes, fiches actions), a territory's population, and the links of a
territory lying across several others (a QPV over two communes).

New tables, and one nullable column added in place (no copy of ``territory``). The
downgrade drops the column in place too (``recreate="never"``, as 0003 does).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('plan',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('code', sa.String(length=24), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('archived_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan')),
    sa.UniqueConstraint('code', name=op.f('uq_plan_code'))
    )
    with op.batch_alter_table('plan', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_archived_at'), ['archived_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_name'), ['name'], unique=False)

    op.create_table('plan_axis',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('plan_id', sa.Uuid(), nullable=False),
    sa.Column('parent_id', sa.Uuid(), nullable=True),
    sa.Column('level', sa.SmallInteger(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['parent_id'], ['plan_axis.id'], name=op.f('fk_plan_axis_parent_id_plan_axis'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_plan_axis_plan_id_plan'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_axis'))
    )
    with op.batch_alter_table('plan_axis', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_axis_parent_id'), ['parent_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_axis_plan_id'), ['plan_id'], unique=False)

    op.create_table('territory_link',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('territory_id', sa.Uuid(), nullable=False),
    sa.Column('within_id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['territory_id'], ['territory.id'], name=op.f('fk_territory_link_territory_id_territory'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['within_id'], ['territory.id'], name=op.f('fk_territory_link_within_id_territory'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_territory_link')),
    sa.UniqueConstraint('territory_id', 'within_id', name=op.f('uq_territory_link_territory_id_within_id'))
    )
    with op.batch_alter_table('territory_link', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_territory_link_territory_id'), ['territory_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_territory_link_within_id'), ['within_id'], unique=False)

    op.create_table('plan_action',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('project_id', sa.Uuid(), nullable=False),
    sa.Column('plan_id', sa.Uuid(), nullable=False),
    sa.Column('axis_id', sa.Uuid(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('a_venir', 'a_discuter', 'en_cours', 'realise', 'en_retard', 'en_pause', 'bloque', 'abandonne', name='actionstatus', native_enum=False, length=32), nullable=True),
    sa.Column('priority', sa.Enum('eleve', 'moyen', 'bas', name='priority', native_enum=False, length=32), nullable=True),
    sa.Column('citizen_participation', sa.Enum('aucune', 'information', 'consultation', 'concertation', 'collaboration', 'co_construction', 'cooperation', name='citizenparticipation', native_enum=False, length=32), nullable=True),
    sa.Column('continuous', sa.Boolean(), nullable=True),
    sa.Column('objectives', sa.Text(), nullable=True),
    sa.Column('governance', sa.Text(), nullable=True),
    sa.Column('means', sa.Text(), nullable=True),
    sa.Column('services', sa.Text(), nullable=True),
    sa.Column('financing', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['axis_id'], ['plan_axis.id'], name=op.f('fk_plan_action_axis_id_plan_axis'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_plan_action_plan_id_plan'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_plan_action_project_id_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_action')),
    sa.UniqueConstraint('project_id', name=op.f('uq_plan_action_project_id'))
    )
    with op.batch_alter_table('plan_action', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_action_axis_id'), ['axis_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_action_plan_id'), ['plan_id'], unique=False)

    with op.batch_alter_table('territory', schema=None) as batch_op:
        batch_op.add_column(sa.Column('population', sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('territory', schema=None, recreate='never') as batch_op:
        batch_op.drop_column('population')

    with op.batch_alter_table('plan_action', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_action_plan_id'))
        batch_op.drop_index(batch_op.f('ix_plan_action_axis_id'))

    op.drop_table('plan_action')
    with op.batch_alter_table('territory_link', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_territory_link_within_id'))
        batch_op.drop_index(batch_op.f('ix_territory_link_territory_id'))

    op.drop_table('territory_link')
    with op.batch_alter_table('plan_axis', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_axis_plan_id'))
        batch_op.drop_index(batch_op.f('ix_plan_axis_parent_id'))

    op.drop_table('plan_axis')
    with op.batch_alter_table('plan', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_name'))
        batch_op.drop_index(batch_op.f('ix_plan_archived_at'))

    op.drop_table('plan')
