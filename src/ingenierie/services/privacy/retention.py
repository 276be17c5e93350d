"""Retention: people with no activity for a while, listed for the officer to review.

A person's last activity is their last contact date, else the last exchange they
were invited to, else the day their record was created. Those whose last activity
is older than the period (:data:`DEFAULT_YEARS` years by default) are listed; the
ones the officer chooses are anonymised in one action (``erasure.erase_people``).
Erased people are not listed again.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from ingenierie.errors import ValidationError
from ingenierie.models import Interaction, Participation, Person
from ingenierie.storage import Database

DEFAULT_YEARS = 3


@dataclass(frozen=True, slots=True)
class InactivePerson:
    id: uuid.UUID
    display_name: str
    email: str | None
    last_activity: date


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def inactive_people(db: Database, *, years: int = DEFAULT_YEARS,
                    today: date | None = None) -> list[InactivePerson]:
    """People without activity for ``years`` years, the longest inactive first."""
    if years < 1:
        raise ValidationError("La durée de conservation est d'au moins un an.", field="years")
    limit = _years_before(today or date.today(), years)
    last_exchange = (select(Participation.stakeholder_id,
                            func.max(Interaction.occurred_on).label("last"))
                     .join(Interaction, Interaction.id == Participation.interaction_id)
                     .group_by(Participation.stakeholder_id).subquery())
    with db.read() as session:
        rows = session.execute(
            select(Person.id, Person.display_name, Person.email, Person.last_contact_on,
                   last_exchange.c.last, Person.created_at)
            .outerjoin(last_exchange, last_exchange.c.stakeholder_id == Person.id)
            .where(Person.erased_at.is_(None))).all()
    found = []
    for person_id, name, email, contact, exchange, created in rows:
        known = [day for day in (contact, exchange) if day is not None]
        last = max(known) if known else created.date()
        if last < limit:
            found.append(InactivePerson(person_id, name, email, last))
    return sorted(found, key=lambda person: (person.last_activity, person.display_name))
