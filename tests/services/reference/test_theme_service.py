"""Themes: the shipped list, extended by users, unique case and accents aside."""

from __future__ import annotations

import pytest

from ingenierie.errors import DuplicateError, ValidationError
from ingenierie.services.reference.themes import (
    archive_theme,
    create_theme,
    list_themes,
    restore_theme,
)


def test_shipped_themes_are_listed_alphabetically(db):
    names = [t.name for t in list_themes(db)]
    assert len(names) == 12
    assert "Énergie et environnement" in names
    assert names.index("Éducation") < names.index("Emploi")  # accents do not sort last


def test_users_add_themes(db):
    row = create_theme(db, "  Alimentation   durable ").value
    assert row.name == "Alimentation durable"
    assert row in list_themes(db)


@pytest.mark.parametrize("name", ["SANTE", "santé", " Sante "])
def test_a_theme_is_unique_case_and_accents_aside(db, name):
    with pytest.raises(DuplicateError, match="« Santé » existe déjà"):
        create_theme(db, name)


def test_empty_name_is_refused(db):
    with pytest.raises(ValidationError) as raised:
        create_theme(db, " ")
    assert raised.value.field == "name"


def test_archive_and_restore(db):
    health = next(t for t in list_themes(db) if t.name == "Santé")
    archive_theme(db, health.id)
    assert health.id not in {t.id for t in list_themes(db)}
    assert health.id in {t.id for t in list_themes(db, include_archived=True)}
    with pytest.raises(DuplicateError, match="restaurez"):
        create_theme(db, "Santé")
    restore_theme(db, health.id)
    assert health.id in {t.id for t in list_themes(db)}
