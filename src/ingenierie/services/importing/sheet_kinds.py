"""Which module imports which record kind (the sheets' common interface)."""

from __future__ import annotations

from typing import Protocol

from ingenierie.services.importing.context import ImportContext
from ingenierie.services.importing.fields import RecordKind
from ingenierie.services.importing.link_sheets import InteractionSheet, InvolvementSheet
from ingenierie.services.importing.person_sheet import PersonSheet
from ingenierie.services.importing.project_sheets import ProjectSheet
from ingenierie.services.importing.records import SheetReader
from ingenierie.services.importing.stakeholder_sheets import OrganisationSheet
from ingenierie.services.importing.territory_lists import TerritorySheet


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
    RecordKind.TERRITORY: TerritorySheet,
}


def importer_for(kind: RecordKind) -> type[SheetImporter]:
    return _IMPORTERS[kind]
