"""Reading the audit trail ("journal des modifications") of a project or a stakeholder.

Each line says when, who, what was done to which kind of record, and the fields
changed from what to what, in French, ready for a table. A project's journal holds
the project's own lines and those of every record it owns (stages, involvements,
exchanges, funding…); a stakeholder's, theirs and their links' (involvements,
affiliations, participations, funding given, projects led). The journal goes out with
the data as JSON (``ingenierie journal --to``; a person's lines are in their RGPD export).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select

from ingenierie.models import AuditEntry
from ingenierie.services.output_files import database_files, write_file
from ingenierie.services.privacy.labels import column_label
from ingenierie.storage import Database

ACTIONS = {"insert": "Création", "update": "Modification", "delete": "Suppression",
           "bulk": "Écriture groupée", "erasure": "Effacement (RGPD)"}
KINDS = {"project": "Projet", "project_theme": "Thématique du projet",
         "project_territory": "Territoire du projet", "stage_change": "Étape de coopération",
         "involvement": "Implication", "interaction": "Échange",
         "participation": "Participation", "funding": "Financement",
         "stakeholder": "Acteur", "affiliation": "Affiliation", "territory": "Territoire",
         "theme": "Thématique", "review_flag": "Texte à relire", "evaluation": "Évaluation",
         "evaluation_participant": "Participant à une évaluation",
         "criterion_score": "Note d'un critère", "recommendation": "Recommandation",
         "maturity_answer": "Réponse de maturité", "indicator": "Indicateur",
         "measurement": "Mesure", "indicator_definition": "Indicateur de la bibliothèque",
         "maturity_framework": "Grille de maturité", "maturity_item": "Critère de maturité",
         "": "Plusieurs"}
LIMIT = 500


@dataclass(frozen=True, slots=True)
class JournalLine:
    at: datetime
    actor: str
    action: str
    kind: str
    record_id: uuid.UUID | None
    details: str


def _value(value: Any) -> str:
    if value is None or value == "":
        return "∅"
    text = str(value)
    return text if len(text) <= 80 else text[:79] + "…"


def describe_changes(changes: str) -> str:
    """« Courriel : a → b ; Téléphone : ∅ → c », or the counts of a bulk write."""
    content = json.loads(changes)
    if "counts" in content:
        counts = ", ".join(f"{KINDS.get(label.split(' ')[0], label.split(' ')[0])} "
                           f"{label.split(' ', 1)[1] if ' ' in label else ''} : {number}"
                           for label, number in content["counts"].items())
        note = content.get("note", "")
        return f"{note} — {counts}" if note else counts
    return " ; ".join(f"{column_label(name)} : {_value(before)} → {_value(after)}"
                      for name, (before, after) in content.items())


def _lines(db: Database, condition: Any) -> list[JournalLine]:
    with db.read() as session:
        entries = session.scalars(select(AuditEntry).where(condition)
                                  .order_by(AuditEntry.created_at.desc()).limit(LIMIT)).all()
        return [JournalLine(entry.created_at, entry.actor, ACTIONS.get(entry.action,
                                                                       entry.action),
                            KINDS.get(entry.kind, entry.kind), entry.record_id,
                            describe_changes(entry.changes)) for entry in entries]


def project_journal(db: Database, project_id: uuid.UUID) -> list[JournalLine]:
    """The project's journal, newest first (the last :data:`LIMIT` lines)."""
    return _lines(db, or_(AuditEntry.record_id == project_id,
                          AuditEntry.project_id == project_id))


def stakeholder_journal(db: Database, stakeholder_id: uuid.UUID) -> list[JournalLine]:
    """The stakeholder's journal, newest first (the last :data:`LIMIT` lines)."""
    return _lines(db, or_(AuditEntry.record_id == stakeholder_id,
                          AuditEntry.stakeholder_id == stakeholder_id,
                          AuditEntry.other_stakeholder_id == stakeholder_id))


def recent_journal(db: Database) -> list[JournalLine]:
    """Every line, newest first (imports and the demo included)."""
    return _lines(db, AuditEntry.id.is_not(None))


def write_journal(db: Database, destination: Path, lines: list[JournalLine], *,
                  replace: bool = False) -> Path:
    """The journal ``lines`` as a JSON file (``output_files``: never over the database)."""
    document = [{"date": line.at.isoformat(), "auteur": line.actor, "action": line.action,
                 "element": line.kind, "identifiant": str(line.record_id or ""),
                 "modifications": line.details} for line in lines]
    text = json.dumps(document, ensure_ascii=False, indent=2)
    return write_file(destination, lambda temporary: temporary.write_text(text, "utf-8"),
                      replace=replace, protected=database_files(db.location))
