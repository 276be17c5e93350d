"""Record ids as the export writes them (32 hex digits, or the dashed UUID form)."""

from __future__ import annotations

import uuid

from ingenierie.services.importing.parsing.parsed import ParseResult, quote
from ingenierie.services.importing.reading.table import CellValue


def parse_identifier(raw: CellValue) -> ParseResult[uuid.UUID]:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return ParseResult.blank()
    try:
        return ParseResult.of(uuid.UUID(str(raw).strip()))
    except ValueError:
        return ParseResult.fail(f"{quote(raw)} n'est pas un identifiant Ingénierie (32 "
                                "chiffres hexadécimaux, tels que l'export les écrit).")
