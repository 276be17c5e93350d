"""Thematic fields: the shipped list, extended by users, archived rather than deleted."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select

from ingenierie.errors import DuplicateError
from ingenierie.models import Theme
from ingenierie.models.vocabulary import fold
from ingenierie.services.common import set_archived
from ingenierie.services.stakeholders.matching import clean_text
from ingenierie.services.validation import require_text
from ingenierie.storage import Database
from ingenierie.storage.changes import ChangeSet, Written


@dataclass(frozen=True, slots=True)
class ThemeRow:
    id: uuid.UUID
    name: str
    archived: bool


def theme_row(theme: Theme) -> ThemeRow:
    return ThemeRow(id=theme.id, name=theme.name, archived=theme.archived_at is not None)


def list_themes(db: Database, *, include_archived: bool = False) -> list[ThemeRow]:
    """Themes in alphabetical order, accents aside."""
    with db.read() as session:
        query = select(Theme)
        if not include_archived:
            query = query.where(Theme.archived_at.is_(None))
        rows = [theme_row(theme) for theme in session.scalars(query)]
    return sorted(rows, key=lambda row: fold(row.name))


def create_theme(db: Database, name: str) -> Written[ThemeRow]:
    """Add a theme; a name equal to an existing one (case and accents aside) is refused,
    with a hint to restore it when that one is archived."""
    text = clean_text(require_text(name, "name", "Le nom de la thématique", 120))
    key = fold(text)
    with db.write() as session:
        for theme in session.scalars(select(Theme)):
            if fold(theme.name) == key:
                hint = " (archivée : restaurez-la)" if theme.archived_at is not None else ""
                raise DuplicateError(
                    f"La thématique « {theme.name} » existe déjà{hint}.", field="name")
        theme = Theme(name=text)
        session.add(theme)
        session.flush()
        row = theme_row(theme)
    return Written(row, session.changes)


def archive_theme(db: Database, theme_id: uuid.UUID) -> ChangeSet:
    return set_archived(db, Theme, theme_id, "Thématique", True)


def restore_theme(db: Database, theme_id: uuid.UUID) -> ChangeSet:
    return set_archived(db, Theme, theme_id, "Thématique", False)
