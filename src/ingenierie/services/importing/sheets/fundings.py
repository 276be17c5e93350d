"""Sheets of funding lines: a project, a funder, amounts in euros.

A row names its project (code or title) and its funder. The funder is found among
the stakeholders, or created as an organisation of the « Financeur » kind (a
funders' list names bodies, not people), with a warning; a funder not yet involved
in the project is involved as such. The same project, funder and programme is the
same funding line: a stored one is updated. Each row goes through the funding
service's rules (paid never above granted…) in a savepoint.
"""

from __future__ import annotations

import uuid
from dataclasses import fields, replace

from sqlalchemy import select

from ingenierie.errors import UserError, ValidationError
from ingenierie.models import Funding
from ingenierie.models.vocabulary import ActorKind, InvolvementRole, fold
from ingenierie.services.importing.mapping.fields import RecordKind
from ingenierie.services.importing.parsing.records import ParsedRow
from ingenierie.services.importing.sheets.context import count
from ingenierie.services.importing.sheets.links import LinkSheet
from ingenierie.services.importing.sheets.naming import split_names
from ingenierie.services.projects.funding import FundingInput, apply_funding
from ingenierie.services.stakeholders.matching import organisation_key

_INPUTS = {f.name for f in fields(FundingInput)} - {"funder_id"}


class FundingSheet(LinkSheet):
    """Funding lines: one per project, funder and programme."""

    kind = RecordKind.FUNDING
    step = "Financements"
    same = "même projet, même financeur et même programme"

    def rows(self, chunk: list[ParsedRow]) -> None:
        for parsed in chunk:
            project = self.project(parsed)
            names = split_names(parsed.values.get("funder") or "")
            if not names:
                self.reader.error(parsed, "funder", "Le financeur est obligatoire.")
            elif len(names) > 1:
                self.reader.error(parsed, "funder", "Un seul financeur par ligne : écrivez "
                                  "une ligne par financeur, avec son montant.")
            key = (project, organisation_key(names[0]) if names else None,
                   fold(parsed.values.get("programme") or ""))
            if project is not None and not parsed.rejected and not self.duplicate(parsed, key):
                self._write(parsed, project)
            self.ctx.finish_row(self.kind, parsed)

    def _write(self, parsed: ParsedRow, project: uuid.UUID) -> None:
        given = {k: v for k, v in parsed.values.items() if k in _INPUTS}
        try:
            with self.ctx.session.begin_nested():
                funder = self.naming.organisations(parsed, "funder", parsed.values["funder"],
                                                   ActorKind.FINANCEUR)[0]
                involved = self.naming.involve(project, funder, InvolvementRole.FINANCEUR,
                                               keep_role=True)
                outcome = self._store(project, FundingInput(funder_id=funder, **given),
                                      set(given))
        except ValidationError as error:
            self.reader.error(parsed, error.field, error.message)
        except UserError as error:
            self.reader.error(parsed, None, error.message)
        else:
            for kind, created in self.naming.settle(True).items():
                self.ctx.counts(kind).new += created
            count(self.ctx.counts(self.kind), outcome)
            if involved == "new":
                self.ctx.counts(RecordKind.INVOLVEMENT).new += 1
            return
        self.naming.settle(False)

    def _store(self, project: uuid.UUID, data: FundingInput, given: set[str]) -> str:
        """Write the funding line: "new", "updated" or "unchanged"."""
        session = self.ctx.session
        stored = [funding for funding in session.scalars(select(Funding).where(
            Funding.project_id == project, Funding.funder_id == data.funder_id))
            if fold(funding.programme or "") == fold(data.programme or "")]
        if not stored:
            funding = Funding(id=uuid.uuid4(), project_id=project)
            apply_funding(session, funding, data)
            session.add(funding)
            return "new"
        if not self.ctx.update_existing:
            return "unchanged"
        funding = stored[0]
        before = FundingInput(
            funder_id=funding.funder_id, instrument=funding.instrument, status=funding.status,
            programme=funding.programme, requested_cents=funding.requested_cents,
            granted_cents=funding.granted_cents, paid_cents=funding.paid_cents,
            start_on=funding.start_on, end_on=funding.end_on)
        merged = replace(before, **{name: getattr(data, name) for name in given})
        if merged == before:
            return "unchanged"
        with session.no_autoflush:
            apply_funding(session, funding, merged)
        return "updated"
