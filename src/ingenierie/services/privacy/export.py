"""The RGPD right of access and portability: everything held about a person, as a JSON
file (machine-readable) and a PDF in French (readable), written in one action.

The content is :func:`person_document`: the person's record and every row about
them (``records``, read from the personal-data declaration), the free texts of
other records that name them (the dossier's mentions) and the audit lines about
them. Both files go through ``output_files`` (never over the open database, an
existing file replaced only when confirmed, a temporary file renamed).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ingenierie.models import Person
from ingenierie.models.base import utcnow
from ingenierie.services.common import fetch
from ingenierie.services.output_files import check_destination, database_files, write_file
from ingenierie.services.privacy.pdf import write_pdf
from ingenierie.services.privacy.records import journal_about, person_records
from ingenierie.services.stakeholders.dossier import person_dossier
from ingenierie.storage import Database


@dataclass(frozen=True, slots=True)
class ExportedFiles:
    json: Path
    pdf: Path


def person_document(db: Database, person_id: uuid.UUID) -> dict[str, Any]:
    """What the export holds, as plain JSON-ready data (French section names)."""
    dossier = person_dossier(db, person_id)
    with db.read() as session:
        fetch(session, Person, person_id, "Personne")
        records = person_records(session, person_id)
        journal = journal_about(session, person_id)
    return {
        "export": {"date": utcnow().isoformat(), "base": str(db.location),
                   "objet": "Droit d'accès et de portabilité (RGPD, articles 15 et 20)"},
        "personne": records.pop("stakeholder")[0],
        "donnees_liees": records,
        "mentions": [{"table": m.table, "colonne": m.column, "element": str(m.record_id),
                      "texte": m.text} for m in dossier.mentions],
        "journal": journal,
    }


def export_person(db: Database, person_id: uuid.UUID, destination: Path, *,
                  replace: bool = False) -> ExportedFiles:
    """Write ``destination`` with the suffixes ``.json`` and ``.pdf``; both or neither
    are new (each is checked before anything is written)."""
    document = person_document(db, person_id)
    json_path, pdf_path = destination.with_suffix(".json"), destination.with_suffix(".pdf")
    protected = database_files(db.location)
    text = json.dumps(document, ensure_ascii=False, indent=2)
    for path in (json_path, pdf_path):
        check_destination(path, replace=replace, protected=protected)
    write_file(json_path, lambda temporary: temporary.write_text(text, encoding="utf-8"),
               replace=replace, protected=protected)
    write_file(pdf_path, lambda temporary: write_pdf(temporary, document), replace=replace,
               protected=protected)
    return ExportedFiles(json_path, pdf_path)

