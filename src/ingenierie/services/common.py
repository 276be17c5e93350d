"""Pieces every write use case shares: fetching by id, archiving, replacing links,
reading vocabulary, checking optional text, periods and amounts, and
accent-insensitive text search.

Messages are French and name the field, so a form can put the error beside it.
"""

from __future__ import annotations

import getpass
import uuid
from collections.abc import Callable, Hashable, Iterable, Mapping
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, and_, or_
from sqlalchemy.orm import Session

from ingenierie.errors import NotFoundError, ValidationError
from ingenierie.models.base import Archivable, Entity, utcnow
from ingenierie.models.vocabulary import Vocabulary, fold
from ingenierie.services.validation import blank_to_none
from ingenierie.storage import Database
from ingenierie.storage.changes import ChangeSet

E = TypeVar("E", bound=Entity)
V = TypeVar("V", bound=Vocabulary)

# Letters an accent can hide behind, and separators ``fold`` turns into spaces: in a
# LIKE pattern they become the one-character wildcard, and ``folded_contains``
# then keeps only the true matches.
_LOOSE_CHARACTERS = set("aeiouyc ")


def fetch(session: Session, entity: type[E], entity_id: uuid.UUID, what: str) -> E:
    """The record ``entity_id`` or a :class:`NotFoundError` saying which kind was missing."""
    found = session.get(entity, entity_id) if isinstance(entity_id, uuid.UUID) else None
    if found is None:
        raise NotFoundError(f"{what} introuvable (identifiant {entity_id}).")
    return found


def fetch_reference(session: Session, entity: type[E], entity_id: uuid.UUID, field: str,
                    what: str) -> E:
    """Like :func:`fetch`, for an id given inside a form: a :class:`ValidationError`
    on ``field`` rather than a missing page."""
    try:
        return fetch(session, entity, entity_id, what)
    except NotFoundError as error:
        raise ValidationError(error.message, field=field) from error


def assign(record: Any, columns: Mapping[str, Any]) -> None:
    """Set ``columns`` (as returned by a ``*_columns`` rule function) on an ORM record."""
    for name, value in columns.items():
        setattr(record, name, value)


def sync_links(session: Session, stored: Iterable[E], key: Callable[[E], Hashable],
               wanted: Mapping[Any, Mapping[str, Any]], make: Callable[..., E]) -> None:
    """Make the links ``stored`` match ``wanted`` (key → columns): a link no longer wanted
    is deleted, a new one added, a kept one updated in place — so that what the unit of
    work changed names only the links that did change."""
    kept: set[Hashable] = set()
    for link in stored:
        link_key = key(link)
        if link_key in wanted and link_key not in kept:
            assign(link, wanted[link_key])
            kept.add(link_key)
        else:
            session.delete(link)
    session.add_all(make(**columns) for link_key, columns in wanted.items()
                    if link_key not in kept)


def unless_archived(entity: Any, include_archived: bool) -> list[ColumnElement[bool]]:
    """The criterion hiding archived records from a list, unless they are asked for."""
    return [] if include_archived else [entity.archived_at.is_(None)]


def set_archived(db: Database, entity: type[Entity], entity_id: uuid.UUID, what: str,
                 archived: bool) -> ChangeSet:
    """Archive or restore any archivable record; doing it twice changes nothing."""
    if not issubclass(entity, Archivable):
        raise TypeError(f"{entity.__name__} cannot be archived")
    with db.write() as session:
        record = fetch(session, entity, entity_id, what)
        if archived and record.archived_at is None:
            record.archived_at = utcnow()
        elif not archived and record.archived_at is not None:
            record.archived_at = None
    return session.changes


def to_vocabulary(vocabulary: type[V], value: V | str | None, field: str, label: str) -> V:
    """A vocabulary member from a member, its code or its French label (read loosely)."""
    if isinstance(value, vocabulary):
        return value
    member = vocabulary.parse(value) if isinstance(value, str) else None
    if member is None:
        expected = ", ".join(m.label for m in vocabulary)
        problem = ("aucune valeur" if value is None or not str(value).strip()
                   else f"valeur inconnue « {value} »")
        raise ValidationError(f"{label} : {problem} (attendu : {expected}).", field=field)
    return member


def to_optional_vocabulary(vocabulary: type[V], value: V | str | None, field: str,
                           label: str) -> V | None:
    if isinstance(value, vocabulary):
        return value
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return to_vocabulary(vocabulary, value, field, label)


def optional_text(value: str | None, field: str, label: str, max_length: int | None = None
                  ) -> str | None:
    """Trimmed text or ``None`` when blank; too long is refused, never cut."""
    text = blank_to_none(value)
    if text is not None and max_length is not None and len(text) > max_length:
        raise ValidationError(
            f"{label} est trop long ({len(text)} caractères, {max_length} au plus).", field=field)
    return text


def check_period(start_on: date | None, end_on: date | None, field: str = "end_on") -> None:
    if start_on is not None and end_on is not None and end_on < start_on:
        raise ValidationError(
            f"La date de fin ({end_on:%d/%m/%Y}) précède la date de début "
            f"({start_on:%d/%m/%Y}).", field=field)


def check_cents(value: int | None, field: str, label: str, *, required: bool = True
                ) -> int | None:
    """An amount in integer cents, zero or more."""
    if value is None and not required:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValidationError(
            f"{label} doit être un montant positif ou nul en centimes (valeur reçue : {value}).",
            field=field)
    return value


def euros(cents: int) -> str:
    """An amount written the French way: ``1 234,50 €`` (narrow no-break spaces)."""
    whole, rest = divmod(abs(cents), 100)
    sign = "-" if cents < 0 else ""
    return f"{sign}{whole:,}".replace(",", "\u202f") + f",{rest:02d}\u202f€"


def counted(count: int, one: str, many: str) -> str:
    """A count and its noun, agreeing the French way (0 and 1 take the singular):
    ``counted(1, "projet", "projets")`` is « 1 projet »; thousands apart (« 10 000 »)."""
    return f"{count:,}".replace(",", "\u202f") + "\u00a0" + (one if count < 2 else many)


def unique_ids(ids: Iterable[uuid.UUID]) -> list[uuid.UUID]:
    """Ids in their first-seen order, each once."""
    return list(dict.fromkeys(ids))


def loose_like(columns: Iterable[Any], text: str) -> ColumnElement[bool] | None:
    """A SQL pre-filter: every word of ``text`` appears in one of ``columns``, accents
    and case aside. It can over-match; confirm with :func:`folded_contains`."""
    words = fold(text).split()
    if not words:
        return None
    columns = list(columns)
    conditions = []
    for word in words:
        escaped = word.replace("\\", "\\\\").replace("%", "\\%")
        pattern = "".join("_" if c in _LOOSE_CHARACTERS else c for c in escaped)
        conditions.append(or_(*(col.like(f"%{pattern}%", escape="\\") for col in columns)))
    return and_(*conditions)


def folded_contains(text: str, *values: str | None) -> bool:
    """True when every word of ``text`` appears in one of ``values``, accents and case aside."""
    haystack = " | ".join(fold(v) for v in values if v)
    return all(word in haystack for word in fold(text).split())


def system_user_name() -> str:
    """Who is using the computer, as the system names them: the author of a report or an
    export (a person's name is never guessed beyond that)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no user name in the environment nor the password base
        return "utilisateur inconnu"
