"""Funding: integer cents, paid never above granted, granted free against requested."""

from __future__ import annotations

import dataclasses
import uuid

import pytest

from ingenierie.errors import ValidationError
from ingenierie.models import Funding
from ingenierie.models.vocabulary import FundingInstrument, FundingStatus
from ingenierie.services.projects.funding import (
    FundingInput,
    archive_funding,
    create_funding,
    get_funding,
    project_funding,
    restore_funding,
    stakeholder_funding,
    update_funding,
)


def test_funding_is_written_with_its_funder(db, project, organisation):
    row = create_funding(db, project.id, FundingInput(
        organisation.id, instrument="CPO", status="accordé", programme="Politique de la ville",
        requested_cents=1_000_000, granted_cents=1_200_000, paid_cents=600_000)).value
    assert row.funder_name == "Brest métropole"
    assert (row.instrument, row.status) == (FundingInstrument.CPO, FundingStatus.ACCORDE)
    assert row.granted_cents > row.requested_cents  # granting more than asked is allowed
    assert get_funding(db, row.id) == row
    assert [r.id for r in stakeholder_funding(db, organisation.id)] == [row.id]


@pytest.mark.parametrize(("changes", "field"), [
    ({"granted_cents": 100, "paid_cents": 101}, "paid_cents"),
    ({"requested_cents": -1}, "requested_cents"),
    ({"granted_cents": 10.0}, "granted_cents"),
    ({"funder_id": uuid.uuid4()}, "funder_id"),
    ({"instrument": "prêt"}, "instrument"),
    ({"status": "perdu"}, "status"),
])
def test_invalid_funding_is_refused_and_nothing_written(db, count, project, organisation,
                                                        changes, field):
    data = dataclasses.replace(FundingInput(organisation.id), **changes)
    with pytest.raises(ValidationError) as raised:
        create_funding(db, project.id, data)
    assert raised.value.field == field
    assert count(Funding) == 0


def test_paid_above_granted_message_shows_euros(db, project, organisation):
    with pytest.raises(ValidationError, match="versé \\(1\u202f500,00\u202f€\\) dépasse"):
        create_funding(db, project.id, FundingInput(
            organisation.id, granted_cents=100_000, paid_cents=150_000))


def test_update_and_archive(db, project, organisation):
    row = create_funding(db, project.id, FundingInput(organisation.id, granted_cents=500)).value
    with pytest.raises(ValidationError):
        update_funding(db, row.id, dataclasses.replace(row.to_input(), paid_cents=501))
    assert update_funding(db, row.id, dataclasses.replace(
        row.to_input(), paid_cents=500)).value.paid_cents == 500

    archive_funding(db, row.id)
    assert project_funding(db, project.id) == []
    assert len(project_funding(db, project.id, include_archived=True)) == 1
    restore_funding(db, row.id)
    assert [r.paid_cents for r in project_funding(db, project.id)] == [500]
