"""Evaluation: campaigns with their participants, criteria scores and recommendations;
indicators (a library of definitions, each project's indicators, measurements);
maturity grids and their answers; the useful effects observed per involvement.

Only tables: the shipped indicator library and maturity grid are data files in
``resources/evaluation``, kept in step with the database by a service
(``services.evaluation.shipped``), so a new version of the app can update them
without a revision of its own, and never touches what users imported.

Decimal values (``ExactDecimal`` in the models) are integers counting
ten-thousandths. The new involvement column is added, and dropped, in place
(``recreate="never"``), as in 0003.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('indicator_definition',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin', sa.Enum('fournie', 'importee', name='dataorigin', native_enum=False, length=32), nullable=False),
    sa.Column('code', sa.String(length=60), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('unit', sa.String(length=40), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('level', sa.Enum('realisation', 'resultat', 'impact', name='indicatorlevel', native_enum=False, length=32), nullable=False),
    sa.Column('direction', sa.Enum('hausse', 'baisse', 'stabilite', name='direction', native_enum=False, length=32), nullable=False),
    sa.Column('themes', sa.String(length=300), nullable=True),
    sa.Column('schemes', sa.String(length=300), nullable=True),
    sa.Column('computation', sa.Enum('acteurs_impliques', 'acteurs_au_niveau', 'part_au_moins', 'part_facilitateur', 'echanges_trimestre', 'part_presents', 'ateliers_tenus', 'jours_a_l_etape', name='observedmeasure', native_enum=False, length=32), nullable=True),
    sa.Column('computation_parameter', sa.String(length=32), nullable=True),
    sa.Column('archived_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_indicator_definition')),
    sa.UniqueConstraint('origin', 'code', name=op.f('uq_indicator_definition_origin_code'))
    )
    with op.batch_alter_table('indicator_definition', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_indicator_definition_archived_at'), ['archived_at'], unique=False)

    op.create_table('maturity_framework',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin', sa.Enum('fournie', 'importee', name='dataorigin', native_enum=False, length=32), nullable=False),
    sa.Column('code', sa.String(length=60), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('scale_min', sa.SmallInteger(), nullable=False),
    sa.Column('scale_max', sa.SmallInteger(), nullable=False),
    sa.Column('levels', sa.JSON(), nullable=False),
    sa.Column('archived_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_maturity_framework')),
    sa.UniqueConstraint('origin', 'code', name=op.f('uq_maturity_framework_origin_code'))
    )
    with op.batch_alter_table('maturity_framework', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_maturity_framework_archived_at'), ['archived_at'], unique=False)

    op.create_table('maturity_item',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('framework_id', sa.Uuid(), nullable=False),
    sa.Column('code', sa.String(length=60), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('position', sa.SmallInteger(), nullable=False),
    sa.Column('archived_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['framework_id'], ['maturity_framework.id'], name=op.f('fk_maturity_item_framework_id_maturity_framework'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_maturity_item')),
    sa.UniqueConstraint('framework_id', 'code', name=op.f('uq_maturity_item_framework_id_code'))
    )
    with op.batch_alter_table('maturity_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_maturity_item_archived_at'), ['archived_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_maturity_item_framework_id'), ['framework_id'], unique=False)

    op.create_table('evaluation',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('project_id', sa.Uuid(), nullable=False),
    sa.Column('evaluated_on', sa.Date(), nullable=False),
    sa.Column('kind', sa.Enum('auto_evaluation', 'participative', 'externe', name='evaluationkind', native_enum=False, length=32), nullable=False),
    sa.Column('timing', sa.Enum('ex_ante', 'continue', 'mi_parcours', 'finale', 'ex_post', name='evaluationtiming', native_enum=False, length=32), nullable=False),
    sa.Column('declared_stage', sa.Enum('information', 'consultation', 'concertation', 'collaboration', 'co_construction', 'cooperation', name='cooperationstage', native_enum=False, length=32), nullable=True),
    sa.Column('declared_posture', sa.Enum('sachant', 'facilitateur', 'mixte', name='posture', native_enum=False, length=32), nullable=True),
    sa.Column('narrative', sa.Text(), nullable=True),
    sa.Column('archived_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_evaluation_project_id_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evaluation'))
    )
    with op.batch_alter_table('evaluation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evaluation_archived_at'), ['archived_at'], unique=False)
        batch_op.create_index('ix_evaluation_project_evaluated', ['project_id', 'evaluated_on'], unique=False)

    op.create_table('indicator',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('project_id', sa.Uuid(), nullable=False),
    sa.Column('definition_id', sa.Uuid(), nullable=True),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('unit', sa.String(length=40), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('level', sa.Enum('realisation', 'resultat', 'impact', name='indicatorlevel', native_enum=False, length=32), nullable=False),
    sa.Column('direction', sa.Enum('hausse', 'baisse', 'stabilite', name='direction', native_enum=False, length=32), nullable=False),
    sa.Column('baseline_value', sa.BigInteger(), nullable=True),
    sa.Column('baseline_on', sa.Date(), nullable=False),
    sa.Column('target_value', sa.BigInteger(), nullable=True),
    sa.Column('target_on', sa.Date(), nullable=True),
    sa.Column('tolerance', sa.BigInteger(), nullable=True),
    sa.Column('source', sa.String(length=300), nullable=True),
    sa.Column('computation', sa.Enum('acteurs_impliques', 'acteurs_au_niveau', 'part_au_moins', 'part_facilitateur', 'echanges_trimestre', 'part_presents', 'ateliers_tenus', 'jours_a_l_etape', name='observedmeasure', native_enum=False, length=32), nullable=True),
    sa.Column('computation_parameter', sa.String(length=32), nullable=True),
    sa.Column('archived_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['definition_id'], ['indicator_definition.id'], name=op.f('fk_indicator_definition_id_indicator_definition'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_indicator_project_id_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_indicator'))
    )
    with op.batch_alter_table('indicator', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_indicator_archived_at'), ['archived_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_indicator_definition_id'), ['definition_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_indicator_project_id'), ['project_id'], unique=False)

    op.create_table('criterion_score',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('evaluation_id', sa.Uuid(), nullable=False),
    sa.Column('criterion', sa.Enum('pertinence', 'coherence_interne', 'coherence_externe', 'efficacite', 'efficience', 'impact', 'durabilite', 'utilite', name='criterion', native_enum=False, length=32), nullable=False),
    sa.Column('score', sa.SmallInteger(), nullable=True),
    sa.Column('justification', sa.Text(), nullable=True),
    sa.Column('evidence', sa.Text(), nullable=True),
    sa.Column('archived_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('score IS NULL OR score BETWEEN 0 AND 4', name=op.f('ck_criterion_score_score')),
    sa.ForeignKeyConstraint(['evaluation_id'], ['evaluation.id'], name=op.f('fk_criterion_score_evaluation_id_evaluation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_criterion_score')),
    sa.UniqueConstraint('evaluation_id', 'criterion', name=op.f('uq_criterion_score_evaluation_id_criterion'))
    )
    with op.batch_alter_table('criterion_score', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_criterion_score_archived_at'), ['archived_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_criterion_score_evaluation_id'), ['evaluation_id'], unique=False)

    op.create_table('evaluation_participant',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('evaluation_id', sa.Uuid(), nullable=False),
    sa.Column('stakeholder_id', sa.Uuid(), nullable=False),
    sa.Column('role', sa.Enum('commanditaire', 'evaluateur', 'instance', 'participant', 'personne_interrogee', name='evaluationrole', native_enum=False, length=32), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['evaluation_id'], ['evaluation.id'], name=op.f('fk_evaluation_participant_evaluation_id_evaluation'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['stakeholder_id'], ['stakeholder.id'], name=op.f('fk_evaluation_participant_stakeholder_id_stakeholder'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evaluation_participant')),
    sa.UniqueConstraint('evaluation_id', 'stakeholder_id', name=op.f('uq_evaluation_participant_evaluation_id_stakeholder_id'))
    )
    with op.batch_alter_table('evaluation_participant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evaluation_participant_evaluation_id'), ['evaluation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_evaluation_participant_stakeholder_id'), ['stakeholder_id'], unique=False)

    op.create_table('maturity_answer',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('evaluation_id', sa.Uuid(), nullable=False),
    sa.Column('item_id', sa.Uuid(), nullable=False),
    sa.Column('score', sa.SmallInteger(), nullable=True),
    sa.Column('comment', sa.Text(), nullable=True),
    sa.Column('archived_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['evaluation_id'], ['evaluation.id'], name=op.f('fk_maturity_answer_evaluation_id_evaluation'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['item_id'], ['maturity_item.id'], name=op.f('fk_maturity_answer_item_id_maturity_item'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_maturity_answer')),
    sa.UniqueConstraint('evaluation_id', 'item_id', name=op.f('uq_maturity_answer_evaluation_id_item_id'))
    )
    with op.batch_alter_table('maturity_answer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_maturity_answer_archived_at'), ['archived_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_maturity_answer_evaluation_id'), ['evaluation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_maturity_answer_item_id'), ['item_id'], unique=False)

    op.create_table('measurement',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('indicator_id', sa.Uuid(), nullable=False),
    sa.Column('measured_on', sa.Date(), nullable=False),
    sa.Column('value', sa.BigInteger(), nullable=False),
    sa.Column('comment', sa.Text(), nullable=True),
    sa.Column('archived_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['indicator_id'], ['indicator.id'], name=op.f('fk_measurement_indicator_id_indicator'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_measurement'))
    )
    with op.batch_alter_table('measurement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_measurement_archived_at'), ['archived_at'], unique=False)
        batch_op.create_index('ix_measurement_indicator_measured', ['indicator_id', 'measured_on'], unique=False)

    op.create_table('recommendation',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('evaluation_id', sa.Uuid(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('owner_id', sa.Uuid(), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('status', sa.Enum('a_faire', 'en_cours', 'fait', 'abandonne', name='recommendationstatus', native_enum=False, length=32), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('archived_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['evaluation_id'], ['evaluation.id'], name=op.f('fk_recommendation_evaluation_id_evaluation'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['owner_id'], ['stakeholder.id'], name=op.f('fk_recommendation_owner_id_stakeholder'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recommendation'))
    )
    with op.batch_alter_table('recommendation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_recommendation_archived_at'), ['archived_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_recommendation_evaluation_id'), ['evaluation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_recommendation_owner_id'), ['owner_id'], unique=False)

    with op.batch_alter_table('involvement', schema=None) as batch_op:
        batch_op.add_column(sa.Column('observed_effects', sa.Text(), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('involvement', schema=None, recreate='never') as batch_op:
        batch_op.drop_column('observed_effects')

    with op.batch_alter_table('recommendation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_recommendation_owner_id'))
        batch_op.drop_index(batch_op.f('ix_recommendation_evaluation_id'))
        batch_op.drop_index(batch_op.f('ix_recommendation_archived_at'))

    op.drop_table('recommendation')
    with op.batch_alter_table('measurement', schema=None) as batch_op:
        batch_op.drop_index('ix_measurement_indicator_measured')
        batch_op.drop_index(batch_op.f('ix_measurement_archived_at'))

    op.drop_table('measurement')
    with op.batch_alter_table('maturity_answer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_maturity_answer_item_id'))
        batch_op.drop_index(batch_op.f('ix_maturity_answer_evaluation_id'))
        batch_op.drop_index(batch_op.f('ix_maturity_answer_archived_at'))

    op.drop_table('maturity_answer')
    with op.batch_alter_table('evaluation_participant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_evaluation_participant_stakeholder_id'))
        batch_op.drop_index(batch_op.f('ix_evaluation_participant_evaluation_id'))

    op.drop_table('evaluation_participant')
    with op.batch_alter_table('criterion_score', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_criterion_score_evaluation_id'))
        batch_op.drop_index(batch_op.f('ix_criterion_score_archived_at'))

    op.drop_table('criterion_score')
    with op.batch_alter_table('indicator', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_indicator_project_id'))
        batch_op.drop_index(batch_op.f('ix_indicator_definition_id'))
        batch_op.drop_index(batch_op.f('ix_indicator_archived_at'))

    op.drop_table('indicator')
    with op.batch_alter_table('evaluation', schema=None) as batch_op:
        batch_op.drop_index('ix_evaluation_project_evaluated')
        batch_op.drop_index(batch_op.f('ix_evaluation_archived_at'))

    op.drop_table('evaluation')
    with op.batch_alter_table('maturity_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_maturity_item_framework_id'))
        batch_op.drop_index(batch_op.f('ix_maturity_item_archived_at'))

    op.drop_table('maturity_item')
    with op.batch_alter_table('maturity_framework', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_maturity_framework_archived_at'))

    op.drop_table('maturity_framework')
    with op.batch_alter_table('indicator_definition', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_indicator_definition_archived_at'))

    op.drop_table('indicator_definition')
