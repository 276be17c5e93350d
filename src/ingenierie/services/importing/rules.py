"""The domain services' own validation, reused by the import without ORM objects.

The write services validate a form and derive ``display_name`` and
``match_key`` by setting attributes on an entity. The import writes with
SQLAlchemy Core in batches, so it hands those same functions a plain
attribute bag instead of an entity and reads the column values back: one set
of rules for forms and imports, and no ORM object per imported row.
"""

from __future__ import annotations

import uuid
from typing import Any, cast

from sqlalchemy.orm import Session

from ingenierie.services import involvements, stakeholders, territories
from ingenierie.services.involvements import InvolvementInput
from ingenierie.services.stakeholder_records import OrganisationInput, PersonInput
from ingenierie.services.territories import TerritoryInput

Columns = dict[str, Any]


class _Columns:
    """Receives the attributes a service's ``_apply`` sets; nothing else."""


def person_columns(data: PersonInput) -> Columns:
    """Stakeholder columns of a person (names cleaned, display name, match key…).

    Raises the services' :class:`~ingenierie.errors.ValidationError` (with ``field``).
    """
    target = _Columns()
    stakeholders._apply_person(cast(Any, None), cast(Any, target), data)
    return vars(target)


def organisation_columns(data: OrganisationInput) -> Columns:
    """Stakeholder columns of an organisation (SIREN taken from the SIRET…)."""
    target = _Columns()
    stakeholders._apply_organisation(cast(Any, None), cast(Any, target), data)
    return vars(target)


def involvement_columns(data: InvolvementInput) -> Columns:
    """Involvement columns (scores checked, vocabulary read, period checked)."""
    target = _Columns()
    involvements._apply(cast(Any, target), data)
    return vars(target)


def territory_columns(session: Session, territory_id: uuid.UUID, data: TerritoryInput
                      ) -> Columns:
    """Territory columns (kind read, code checked against its kind, name cleaned).

    ``session`` sees the import's transaction: a code already used by another
    territory of the kind is refused (DuplicateError).
    """
    target = _Columns()
    target.id = territory_id  # type: ignore[attr-defined]
    territories._apply(session, cast(Any, target), data)
    columns = vars(target)
    del columns["id"]
    return columns
