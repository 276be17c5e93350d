"""Indexes that find a stored stakeholder by the file's e-mail without reading them all.

An import matches a row's e-mail with the stored ones by their key (``matching.email_key``:
case folded). A small file imported into a big database looks up only the keys it holds:
``lower(email)`` finds every address written in plain ASCII (SQLite's ``lower`` folds
ASCII letters, as ``casefold`` does for them); the partial index lists the few others
(accented letters, spaces, invisible characters), whose keys are computed one by one.
The name keys already have their index (``ix_stakeholder_match_key``).

Written by hand (``match_ix_*`` indexes have no model, see ``env.py``): SQLite only. A
later batch migration that copies ``stakeholder`` must create them again.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03
"""

from collections.abc import Sequence

from alembic import op

revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("CREATE INDEX match_ix_stakeholder_email_folded ON stakeholder (lower(email))")
    op.execute("CREATE INDEX match_ix_stakeholder_email_unusual ON stakeholder (email) "
               "WHERE email GLOB '*[^!-~]*'")


def downgrade() -> None:
    op.execute("DROP INDEX match_ix_stakeholder_email_unusual")
    op.execute("DROP INDEX match_ix_stakeholder_email_folded")
