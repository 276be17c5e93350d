"""Which module imports which record kind (the sheets' common interface)."""

from __future__ import annotations

from typing import Protocol

from ingenierie.services.importing.mapping.fields import RecordKind
from ingenierie.services.importing.parsing.records import SheetReader
from ingenierie.services.importing.sheets.context import ImportContext
from ingenierie.services.importing.sheets.fundings import FundingSheet
from ingenierie.services.importing.sheets.indicators import IndicatorDefinitionSheet
from ingenierie.services.importing.sheets.links import InteractionSheet, InvolvementSheet
from ingenierie.services.importing.sheets.people import PersonSheet
from ingenierie.services.importing.sheets.plans import PlanSheet
from ingenierie.services.importing.sheets.projects import ProjectSheet
from ingenierie.services.importing.sheets.stakeholders import OrganisationSheet
from ingenierie.services.importing.sheets.territories import TerritorySheet


class SheetImporter(Protocol):
    """Plans and writes one sheet's rows into the import's transaction."""

    def __init__(self, ctx: ImportContext, reader: SheetReader) -> None: ...

    def run(self) -> None: ...


_IMPORTERS: dict[RecordKind, type[SheetImporter]] = {
    RecordKind.PERSON: PersonSheet,
    RecordKind.ORGANISATION: OrganisationSheet,
    RecordKind.PROJECT: ProjectSheet,
    RecordKind.INVOLVEMENT: InvolvementSheet,
    RecordKind.INTERACTION: InteractionSheet,
    RecordKind.FUNDING: FundingSheet,
    RecordKind.TERRITORY: TerritorySheet,
    RecordKind.PLAN: PlanSheet,
    RecordKind.INDICATOR_DEFINITION: IndicatorDefinitionSheet,
}


def importer_for(kind: RecordKind) -> type[SheetImporter]:
    return _IMPORTERS[kind]
