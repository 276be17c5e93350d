"""Personal data is declared on the columns: read back, and required where it matters."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import Column, Integer, MetaData, String, Table

from ingenierie.models import (
    Affiliation,
    Base,
    Interaction,
    Involvement,
    Organisation,
    Participation,
    Person,
    StageChange,
    Stakeholder,
)
from ingenierie.models.personal import declared_personal, personal_columns

# Tables whose rows are about people: every column says whether it is personal data.
ABOUT_PEOPLE = (Stakeholder, Affiliation, Involvement, Participation, Interaction, StageChange)
# Elsewhere, a column named like personal data must say so either way.
LOOKS_PERSONAL = re.compile(
    r"name|mail|phone|tel|address|adresse|birth|naissance|civility|city|postal|zip|note|"
    r"comment|contact|mandate|job|gender|sex|nationality|health|opinion|photo|social",
    re.IGNORECASE)


def undeclared(table: Table, only_looking_personal: bool) -> list[str]:
    return [column.name for column in table.columns
            if declared_personal(column) is None
            and (not only_looking_personal or LOOKS_PERSONAL.search(column.name))]


@pytest.mark.parametrize("entity", ABOUT_PEOPLE, ids=lambda entity: entity.__name__)
def test_every_column_about_people_declares_whether_it_is_personal(entity):
    assert undeclared(entity.__table__, only_looking_personal=False) == []


def test_columns_named_like_personal_data_are_declared_in_every_table():
    found = {table.name: undeclared(table, only_looking_personal=True)
             for table in Base.metadata.sorted_tables}
    assert {name: columns for name, columns in found.items() if columns} == {}


def test_an_undeclared_column_named_like_personal_data_is_caught():
    table = Table("newsletter", MetaData(), Column("id", Integer, primary_key=True),
                  Column("birth_date", String), Column("postal_address", String),
                  Column("topic", String))
    assert undeclared(table, only_looking_personal=True) == ["birth_date", "postal_address"]


def test_a_persons_identity_contacts_and_notes_are_personal():
    assert {"first_name", "last_name", "display_name", "email", "phone", "postal_code",
            "city", "notes", "job_title", "public_mandate"} <= set(personal_columns(Person))
    assert not {"id", "nature", "actor_kind", "created_at"} & set(personal_columns(Person))
    assert set(personal_columns(Organisation)) == {"display_name", "match_key", "email", "phone",
                                                   "postal_code", "city", "notes"}


def test_judgements_participation_and_free_texts_are_personal():
    assert set(personal_columns(Involvement)) == {"influence", "interest", "attitude",
                                                  "participation", "posture",
                                                  "expected_effects", "observed_effects"}
    assert personal_columns(Participation) == ("presence",)
    assert {"notes", "decisions", "next_steps"} <= set(personal_columns(Interaction))
    assert "evidence" in personal_columns(StageChange)
    assert set(personal_columns(Affiliation)) == {"role", "start_on", "end_on"}
