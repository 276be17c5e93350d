"""Finding the person a privacy command names: an id, an e-mail or a name.

A name matching several people is not guessed: the candidates are listed (name,
e-mail, id) and the command stops, so that the officer names one by its id.
"""

from __future__ import annotations

import uuid

from sqlalchemy import func, select

from ingenierie.errors import NotFoundError, UserError
from ingenierie.models import Person
from ingenierie.services.common import folded_contains, loose_like
from ingenierie.storage import Database


class AmbiguousPersonError(UserError):
    """Several people match; the message lists them."""


def _candidates(db: Database, text: str) -> list[Person]:
    with db.read() as session:
        try:
            found = session.get(Person, uuid.UUID(text))
            return [found] if found is not None else []
        except ValueError:
            pass
        if "@" in text:
            return list(session.scalars(select(Person).where(
                func.lower(Person.email) == text.strip().lower())))
        condition = loose_like([Person.display_name], text)
        if condition is None:
            return []
        rows = session.scalars(select(Person).where(Person.erased_at.is_(None), condition))
        return [person for person in rows if folded_contains(text, person.display_name)]


def find_person(db: Database, text: str) -> uuid.UUID:
    """The id of the one person ``text`` names: an id, an e-mail, or words of their name
    (« Le Goff », « Anne Le Goff », « le goff anne »), accents and case aside."""
    found = _candidates(db, text.strip())
    if not found:
        raise NotFoundError(f"Aucune personne ne correspond à « {text} » (identifiant, "
                            "courriel ou nom et prénom).")
    if len(found) > 1:
        lines = "\n".join(f"  - {p.display_name} — {p.email or 'sans courriel'} — {p.id}"
                          for p in sorted(found, key=lambda p: p.display_name))
        raise AmbiguousPersonError(
            f"Plusieurs personnes correspondent à « {text} » ; désignez-en une par son "
            f"identifiant :\n{lines}")
    return found[0].id


def person_label(db: Database, person_id: uuid.UUID) -> str:
    """« Anne Le Goff (anne@…) » for a question put to the officer (never to a log)."""
    with db.read() as session:
        person = session.get_one(Person, person_id)
        return f"{person.display_name} ({person.email or 'sans courriel'})"
