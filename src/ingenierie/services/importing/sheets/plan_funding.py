"""A fiche action's three funder lines (« Financeur n », « Montant € HT »): who funds, how much.

Each funder named is involved in the project as financeur (unless the row gives it
another role); a line naming one funder with an amount becomes that funder's funding
line of the project, « envisagé », for the amount requested. Territoires en
Transitions itself drops a line naming several funders for one amount, or no
amount: here the funders are still involved, no amount is split or guessed, and a
warning says so. An amount without a funder refuses the row.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from sqlalchemy import select

from ingenierie.models import Funding
from ingenierie.models.vocabulary import ActorKind, FundingStatus, InvolvementRole
from ingenierie.services.common import euros
from ingenierie.services.importing.mapping.fields import RecordKind
from ingenierie.services.importing.parsing.records import ParsedRow, SheetReader
from ingenierie.services.importing.reading.table import Severity
from ingenierie.services.importing.sheets.context import ImportContext
from ingenierie.services.importing.sheets.naming import Naming, split_names
from ingenierie.services.projects.funding import FundingInput, apply_funding

LINES = (1, 2, 3)
Note = Callable[[RecordKind, str], None]


class PlanFunding:
    """Writes the funder lines of one row; ``involved`` is the roles the row already gave."""

    def __init__(self, ctx: ImportContext, reader: SheetReader, naming: Naming,
                 note: Note) -> None:
        self.ctx = ctx
        self.reader = reader
        self.naming = naming
        self.note = note
        self.involved: dict[uuid.UUID, InvolvementRole] = {}

    def check(self, parsed: ParsedRow) -> None:
        """Refuse an amount given without its funder (before anything is written)."""
        for line in LINES:
            amount = parsed.values.get(f"amount{line}")
            if amount and not split_names(parsed.values.get(f"funder{line}") or ""):
                self.reader.error(parsed, f"amount{line}", (
                    f"Montant sans financeur : la colonne « Financeur {line} » est vide. "
                    "Attendu : le nom du financeur de ce montant."))

    def write(self, parsed: ParsedRow, project_id: uuid.UUID) -> bool:
        """Involve the funders and write their funding lines; True if anything changed."""
        changed = False
        funded: set[uuid.UUID] = set()
        for line in LINES:
            text = parsed.values.get(f"funder{line}")
            funders = self.naming.organisations(parsed, f"funder{line}", text,
                                                ActorKind.FINANCEUR)
            for funder in funders:
                changed |= self._involve(project_id, funder)
            amount = parsed.values.get(f"amount{line}")
            if not funders:
                continue
            if len(funders) > 1:
                self._warn(parsed, line, f"Plusieurs financeurs pour un seul montant "
                           f"({euros(amount) if amount else 'sans montant'}) : chacun est "
                           "impliqué comme financeur, mais aucun financement n'est enregistré "
                           "pour cette ligne (le montant n'est pas réparti ; Territoires en "
                           "Transitions l'ignore aussi). Saisissez la part de chacun.")
            elif amount is None:
                self._warn(parsed, line, "Financeur sans montant : impliqué comme financeur, "
                           "aucun financement n'est enregistré.")
            elif funders[0] in funded:
                self._warn(parsed, line, "Ce financeur est déjà nommé sur une ligne "
                           "précédente : ce montant n'est pas ajouté.")
            else:
                funded.add(funders[0])
                changed |= self._funding(project_id, funders[0], amount)
        return changed

    def _warn(self, parsed: ParsedRow, line: int, message: str) -> None:
        self.reader.error(parsed, f"funder{line}", message, Severity.WARNING)

    def _involve(self, project_id: uuid.UUID, funder: uuid.UUID) -> bool:
        if funder in self.involved:  # already a porteur, a partner… of this row
            return False
        self.involved[funder] = InvolvementRole.FINANCEUR
        outcome = self.naming.involve(project_id, funder, InvolvementRole.FINANCEUR,
                                      keep_role=True)
        if outcome == "unchanged":
            return False
        self.note(RecordKind.INVOLVEMENT, outcome)
        return True

    def _funding(self, project_id: uuid.UUID, funder: uuid.UUID, cents: int) -> bool:
        session = self.ctx.session
        stored = session.scalars(select(Funding).where(
            Funding.project_id == project_id, Funding.funder_id == funder,
            Funding.archived_at.is_(None)).order_by(Funding.created_at, Funding.id)).first()
        if stored is None:
            funding = Funding(id=uuid.uuid4(), project_id=project_id)
            apply_funding(session, funding, FundingInput(
                funder_id=funder, status=FundingStatus.ENVISAGE, requested_cents=cents))
            session.add(funding)
            self.note(RecordKind.FUNDING, "new")
            return True
        if stored.requested_cents == cents or not self.ctx.update_existing:
            return False
        with session.no_autoflush:
            apply_funding(session, stored, FundingInput(
                funder_id=funder, instrument=stored.instrument, status=stored.status,
                programme=stored.programme, requested_cents=cents,
                granted_cents=stored.granted_cents, paid_cents=stored.paid_cents,
                start_on=stored.start_on, end_on=stored.end_on))
        self.note(RecordKind.FUNDING, "updated")
        return True
