"""Core domain model: territories, stakeholders, projects, involvements, stages,
interactions, funding; seeds the shipped list of themes.

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

SHIPPED_THEMES = (
    "Économie et insertion", "Santé", "Culture", "Services", "Énergie et environnement",
    "Mobilité", "Tourisme", "Développement économique", "Emploi", "Éducation",
    "Cohésion sociale", "Cadre de vie et renouvellement urbain",
)


revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('stakeholder',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('nature', sa.Enum('person', 'organisation', name='stakeholdernature', native_enum=False, length=32), nullable=False),
    sa.Column('actor_kind', sa.Enum('elu', 'etat', 'collectivite', 'epci', 'habitant', 'association', 'entreprise', 'ess', 'bailleur_social', 'centre_ressources', 'bureau_etudes', 'chercheur', 'formateur', 'conseil_citoyen', 'conseil_developpement', 'financeur', 'autre', name='actorkind', native_enum=False, length=32), nullable=False),
    sa.Column('display_name', sa.String(length=300), nullable=False),
    sa.Column('match_key', sa.String(length=300), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('archived_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('first_name', sa.String(length=100), nullable=True),
    sa.Column('last_name', sa.String(length=100), nullable=True),
    sa.Column('job_title', sa.String(length=200), nullable=True),
    sa.Column('public_mandate', sa.String(length=200), nullable=True),
    sa.Column('legal_basis', sa.Enum('mission_interet_public', 'interet_legitime', 'consentement', 'obligation_legale', 'contrat', name='legalbasis', native_enum=False, length=32), nullable=True),
    sa.Column('source', sa.String(length=200), nullable=True),
    sa.Column('last_contact_on', sa.Date(), nullable=True),
    sa.Column('legal_form', sa.String(length=100), nullable=True),
    sa.Column('siren', sa.String(length=9), nullable=True),
    sa.Column('siret', sa.String(length=14), nullable=True),
    sa.Column('rna', sa.String(length=10), nullable=True),
    sa.Column('website', sa.String(length=300), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stakeholder'))
    )
    with op.batch_alter_table('stakeholder', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stakeholder_actor_kind'), ['actor_kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_stakeholder_archived_at'), ['archived_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_stakeholder_display_name'), ['display_name'], unique=False)
        batch_op.create_index(batch_op.f('ix_stakeholder_email'), ['email'], unique=False)
        batch_op.create_index(batch_op.f('ix_stakeholder_match_key'), ['match_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_stakeholder_nature'), ['nature'], unique=False)
        batch_op.create_index(batch_op.f('ix_stakeholder_siren'), ['siren'], unique=False)
        batch_op.create_index(batch_op.f('ix_stakeholder_siret'), ['siret'], unique=False)

    op.create_table('territory',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.Enum('commune', 'epci', 'departement', 'region', 'qpv', 'pays_petr', 'pnr', 'bassin', 'custom', name='territorykind', native_enum=False, length=32), nullable=False),
    sa.Column('code', sa.String(length=16), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('parent_id', sa.Uuid(), nullable=True),
    sa.Column('archived_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['parent_id'], ['territory.id'], name=op.f('fk_territory_parent_id_territory'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_territory')),
    sa.UniqueConstraint('kind', 'code', name=op.f('uq_territory_kind_code'))
    )
    with op.batch_alter_table('territory', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_territory_archived_at'), ['archived_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_territory_code'), ['code'], unique=False)
        batch_op.create_index(batch_op.f('ix_territory_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_territory_parent_id'), ['parent_id'], unique=False)

    op.create_table('theme',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('archived_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_theme')),
    sa.UniqueConstraint('name', name=op.f('uq_theme_name'))
    )
    with op.batch_alter_table('theme', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_theme_archived_at'), ['archived_at'], unique=False)

    op.create_table('affiliation',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('organisation_id', sa.Uuid(), nullable=False),
    sa.Column('role', sa.String(length=200), nullable=True),
    sa.Column('start_on', sa.Date(), nullable=True),
    sa.Column('end_on', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['stakeholder.id'], name=op.f('fk_affiliation_organisation_id_stakeholder'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['stakeholder.id'], name=op.f('fk_affiliation_person_id_stakeholder'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_affiliation'))
    )
    with op.batch_alter_table('affiliation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_affiliation_organisation_id'), ['organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_affiliation_person_id'), ['person_id'], unique=False)

    op.create_table('project',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=True),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('summary', sa.Text(), nullable=True),
    sa.Column('scheme', sa.Enum('contrat_de_ville', 'contrat_de_reciprocite', 'ptce', 'tzcld', 'energie_citoyenne', 'tiers_lieu', 'projet_de_territoire', 'lab_design_public', 'recherche_action', 'autre', name='scheme', native_enum=False, length=32), nullable=False),
    sa.Column('phase', sa.Enum('emergence', 'diagnostic', 'elaboration', 'mise_en_oeuvre', 'suivi_evaluation', 'capitalisation', name='projectphase', native_enum=False, length=32), nullable=False),
    sa.Column('status', sa.Enum('actif', 'en_veille', 'termine', 'abandonne', name='projectstatus', native_enum=False, length=32), nullable=False),
    sa.Column('start_on', sa.Date(), nullable=True),
    sa.Column('end_on', sa.Date(), nullable=True),
    sa.Column('lead_id', sa.Uuid(), nullable=True),
    sa.Column('budget_cents', sa.BigInteger(), nullable=True),
    sa.Column('funds_public', sa.Boolean(), nullable=False),
    sa.Column('funds_market', sa.Boolean(), nullable=False),
    sa.Column('funds_non_market', sa.Boolean(), nullable=False),
    sa.Column('funds_volunteer', sa.Boolean(), nullable=False),
    sa.Column('commons_resource', sa.Text(), nullable=True),
    sa.Column('commons_community', sa.Text(), nullable=True),
    sa.Column('commons_rules', sa.Text(), nullable=True),
    sa.Column('archived_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('budget_cents IS NULL OR budget_cents >= 0', name=op.f('ck_project_budget')),
    sa.CheckConstraint('end_on IS NULL OR start_on IS NULL OR end_on >= start_on', name=op.f('ck_project_dates')),
    sa.ForeignKeyConstraint(['lead_id'], ['stakeholder.id'], name=op.f('fk_project_lead_id_stakeholder'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_project')),
    sa.UniqueConstraint('code', name=op.f('uq_project_code'))
    )
    with op.batch_alter_table('project', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_project_archived_at'), ['archived_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_project_lead_id'), ['lead_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_project_phase'), ['phase'], unique=False)
        batch_op.create_index(batch_op.f('ix_project_scheme'), ['scheme'], unique=False)
        batch_op.create_index(batch_op.f('ix_project_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_project_title'), ['title'], unique=False)

    op.create_table('funding',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('project_id', sa.Uuid(), nullable=False),
    sa.Column('funder_id', sa.Uuid(), nullable=False),
    sa.Column('programme', sa.String(length=200), nullable=True),
    sa.Column('instrument', sa.Enum('subvention', 'cpo', 'appel_a_projets', 'marche', 'mecenat', 'financement_participatif', 'fonds_propres', 'valorisation', name='fundinginstrument', native_enum=False, length=32), nullable=False),
    sa.Column('status', sa.Enum('envisage', 'demande', 'accorde', 'refuse', 'verse', 'solde', name='fundingstatus', native_enum=False, length=32), nullable=False),
    sa.Column('requested_cents', sa.BigInteger(), nullable=False),
    sa.Column('granted_cents', sa.BigInteger(), nullable=False),
    sa.Column('paid_cents', sa.BigInteger(), nullable=False),
    sa.Column('start_on', sa.Date(), nullable=True),
    sa.Column('end_on', sa.Date(), nullable=True),
    sa.Column('archived_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('requested_cents >= 0 AND granted_cents >= 0 AND paid_cents >= 0', name=op.f('ck_funding_amounts')),
    sa.ForeignKeyConstraint(['funder_id'], ['stakeholder.id'], name=op.f('fk_funding_funder_id_stakeholder'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_funding_project_id_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_funding'))
    )
    with op.batch_alter_table('funding', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_funding_archived_at'), ['archived_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_funding_funder_id'), ['funder_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_funding_project_id'), ['project_id'], unique=False)

    op.create_table('interaction',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('project_id', sa.Uuid(), nullable=False),
    sa.Column('occurred_on', sa.Date(), nullable=False),
    sa.Column('kind', sa.Enum('reunion', 'atelier', 'copil', 'cotech', 'entretien', 'visite_terrain', 'reunion_publique', 'courriel', 'telephone', name='interactionkind', native_enum=False, length=32), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('place', sa.String(length=300), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('decisions', sa.Text(), nullable=True),
    sa.Column('next_steps', sa.Text(), nullable=True),
    sa.Column('archived_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_interaction_project_id_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_interaction'))
    )
    with op.batch_alter_table('interaction', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_interaction_archived_at'), ['archived_at'], unique=False)
        batch_op.create_index('ix_interaction_project_occurred', ['project_id', 'occurred_on'], unique=False)

    op.create_table('involvement',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('project_id', sa.Uuid(), nullable=False),
    sa.Column('stakeholder_id', sa.Uuid(), nullable=False),
    sa.Column('role', sa.Enum('porteur', 'co_porteur', 'partenaire', 'financeur', 'operateur', 'beneficiaire', 'expert', 'membre_copil', 'opposant', name='involvementrole', native_enum=False, length=32), nullable=False),
    sa.Column('influence', sa.SmallInteger(), nullable=False),
    sa.Column('interest', sa.SmallInteger(), nullable=False),
    sa.Column('attitude', sa.SmallInteger(), nullable=True),
    sa.Column('participation', sa.Enum('information', 'consultation', 'concertation', 'collaboration', 'co_construction', 'cooperation', name='cooperationstage', native_enum=False, length=32), nullable=False),
    sa.Column('posture', sa.Enum('sachant', 'facilitateur', 'mixte', name='posture', native_enum=False, length=32), nullable=False),
    sa.Column('expected_effects', sa.Text(), nullable=True),
    sa.Column('start_on', sa.Date(), nullable=True),
    sa.Column('end_on', sa.Date(), nullable=True),
    sa.Column('archived_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('attitude IS NULL OR attitude BETWEEN -2 AND 2', name=op.f('ck_involvement_attitude')),
    sa.CheckConstraint('influence BETWEEN 1 AND 5', name=op.f('ck_involvement_influence')),
    sa.CheckConstraint('interest BETWEEN 1 AND 5', name=op.f('ck_involvement_interest')),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_involvement_project_id_project'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['stakeholder_id'], ['stakeholder.id'], name=op.f('fk_involvement_stakeholder_id_stakeholder'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_involvement')),
    sa.UniqueConstraint('project_id', 'stakeholder_id', name=op.f('uq_involvement_project_id_stakeholder_id'))
    )
    with op.batch_alter_table('involvement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_involvement_archived_at'), ['archived_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_involvement_project_id'), ['project_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_involvement_stakeholder_id'), ['stakeholder_id'], unique=False)

    op.create_table('project_territory',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('project_id', sa.Uuid(), nullable=False),
    sa.Column('territory_id', sa.Uuid(), nullable=False),
    sa.Column('role', sa.Enum('perimetre', 'qpv_cible', 'partenaire', name='territoryrole', native_enum=False, length=32), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_project_territory_project_id_project'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['territory_id'], ['territory.id'], name=op.f('fk_project_territory_territory_id_territory'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_project_territory')),
    sa.UniqueConstraint('project_id', 'territory_id', 'role', name=op.f('uq_project_territory_project_id_territory_id_role'))
    )
    with op.batch_alter_table('project_territory', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_project_territory_project_id'), ['project_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_project_territory_territory_id'), ['territory_id'], unique=False)

    op.create_table('project_theme',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('project_id', sa.Uuid(), nullable=False),
    sa.Column('theme_id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_project_theme_project_id_project'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['theme_id'], ['theme.id'], name=op.f('fk_project_theme_theme_id_theme'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_project_theme')),
    sa.UniqueConstraint('project_id', 'theme_id', name=op.f('uq_project_theme_project_id_theme_id'))
    )
    with op.batch_alter_table('project_theme', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_project_theme_project_id'), ['project_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_project_theme_theme_id'), ['theme_id'], unique=False)

    op.create_table('stage_change',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('project_id', sa.Uuid(), nullable=False),
    sa.Column('stage', sa.Enum('information', 'consultation', 'concertation', 'collaboration', 'co_construction', 'cooperation', name='cooperationstage', native_enum=False, length=32), nullable=False),
    sa.Column('entered_on', sa.Date(), nullable=False),
    sa.Column('evidence', sa.Text(), nullable=False),
    sa.Column('recorded_by', sa.String(length=200), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_stage_change_project_id_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stage_change'))
    )
    with op.batch_alter_table('stage_change', schema=None) as batch_op:
        batch_op.create_index('ix_stage_change_project_entered', ['project_id', 'entered_on'], unique=False)

    op.create_table('participation',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('interaction_id', sa.Uuid(), nullable=False),
    sa.Column('stakeholder_id', sa.Uuid(), nullable=False),
    sa.Column('presence', sa.Enum('present', 'excuse', 'absent', name='presence', native_enum=False, length=32), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['interaction_id'], ['interaction.id'], name=op.f('fk_participation_interaction_id_interaction'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['stakeholder_id'], ['stakeholder.id'], name=op.f('fk_participation_stakeholder_id_stakeholder'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participation')),
    sa.UniqueConstraint('interaction_id', 'stakeholder_id', name=op.f('uq_participation_interaction_id_stakeholder_id'))
    )
    with op.batch_alter_table('participation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_participation_interaction_id'), ['interaction_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_participation_stakeholder_id'), ['stakeholder_id'], unique=False)

    theme = sa.table(
        "theme",
        sa.column("id", sa.Uuid()),
        sa.column("name", sa.String()),
        sa.column("created_at", sa.DateTime(timezone=True)),
        sa.column("updated_at", sa.DateTime(timezone=True)),
    )
    now = datetime.now(UTC)
    op.bulk_insert(theme, [
        {"id": uuid.uuid4(), "name": name, "created_at": now, "updated_at": now}
        for name in SHIPPED_THEMES
    ])


def downgrade() -> None:
    with op.batch_alter_table('participation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_participation_stakeholder_id'))
        batch_op.drop_index(batch_op.f('ix_participation_interaction_id'))

    op.drop_table('participation')
    with op.batch_alter_table('stage_change', schema=None) as batch_op:
        batch_op.drop_index('ix_stage_change_project_entered')

    op.drop_table('stage_change')
    with op.batch_alter_table('project_theme', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_project_theme_theme_id'))
        batch_op.drop_index(batch_op.f('ix_project_theme_project_id'))

    op.drop_table('project_theme')
    with op.batch_alter_table('project_territory', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_project_territory_territory_id'))
        batch_op.drop_index(batch_op.f('ix_project_territory_project_id'))

    op.drop_table('project_territory')
    with op.batch_alter_table('involvement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_involvement_stakeholder_id'))
        batch_op.drop_index(batch_op.f('ix_involvement_project_id'))
        batch_op.drop_index(batch_op.f('ix_involvement_archived_at'))

    op.drop_table('involvement')
    with op.batch_alter_table('interaction', schema=None) as batch_op:
        batch_op.drop_index('ix_interaction_project_occurred')
        batch_op.drop_index(batch_op.f('ix_interaction_archived_at'))

    op.drop_table('interaction')
    with op.batch_alter_table('funding', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_funding_project_id'))
        batch_op.drop_index(batch_op.f('ix_funding_funder_id'))
        batch_op.drop_index(batch_op.f('ix_funding_archived_at'))

    op.drop_table('funding')
    with op.batch_alter_table('project', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_project_title'))
        batch_op.drop_index(batch_op.f('ix_project_status'))
        batch_op.drop_index(batch_op.f('ix_project_scheme'))
        batch_op.drop_index(batch_op.f('ix_project_phase'))
        batch_op.drop_index(batch_op.f('ix_project_lead_id'))
        batch_op.drop_index(batch_op.f('ix_project_archived_at'))

    op.drop_table('project')
    with op.batch_alter_table('affiliation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_affiliation_person_id'))
        batch_op.drop_index(batch_op.f('ix_affiliation_organisation_id'))

    op.drop_table('affiliation')
    with op.batch_alter_table('theme', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_theme_archived_at'))

    op.drop_table('theme')
    with op.batch_alter_table('territory', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_territory_parent_id'))
        batch_op.drop_index(batch_op.f('ix_territory_name'))
        batch_op.drop_index(batch_op.f('ix_territory_code'))
        batch_op.drop_index(batch_op.f('ix_territory_archived_at'))

    op.drop_table('territory')
    with op.batch_alter_table('stakeholder', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stakeholder_siret'))
        batch_op.drop_index(batch_op.f('ix_stakeholder_siren'))
        batch_op.drop_index(batch_op.f('ix_stakeholder_nature'))
        batch_op.drop_index(batch_op.f('ix_stakeholder_match_key'))
        batch_op.drop_index(batch_op.f('ix_stakeholder_email'))
        batch_op.drop_index(batch_op.f('ix_stakeholder_display_name'))
        batch_op.drop_index(batch_op.f('ix_stakeholder_archived_at'))
        batch_op.drop_index(batch_op.f('ix_stakeholder_actor_kind'))

    op.drop_table('stakeholder')

