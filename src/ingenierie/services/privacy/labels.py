"""French names of tables and columns for the readable export (the JSON keeps the
model's names). A column without a name here is shown by its model name: a column
added later is printed all the same."""

from __future__ import annotations

TABLES = {
    "stakeholder": "Fiche", "involvement": "Implications dans des projets",
    "participation": "Participations à des échanges", "affiliation": "Affiliations",
    "funding": "Financements", "project": "Projets portés", "interaction": "Échanges",
    "stage_change": "Étapes de coopération", "audit_entry": "Journal",
}
COLUMNS = {
    "id": "Identifiant", "display_name": "Nom affiché", "match_key": "Clé de recherche",
    "civility": "Civilité", "first_name": "Prénom", "last_name": "Nom", "email": "Courriel",
    "phone": "Téléphone", "postal_code": "Code postal", "city": "Commune", "notes": "Notes",
    "job_title": "Fonction", "public_mandate": "Mandat public", "legal_basis": "Base légale",
    "source": "Source", "first_contact_on": "Premier contact",
    "last_contact_on": "Dernier contact", "imported_from": "Importée du fichier",
    "imported_at": "Importée le", "imported_by": "Importée par",
    "project_id": "Projet", "stakeholder_id": "Acteur", "person_id": "Personne",
    "organisation_id": "Organisation", "interaction_id": "Échange", "funder_id": "Financeur",
    "lead_id": "Porteur", "role": "Rôle", "start_on": "Début", "end_on": "Fin",
    "influence": "Influence", "interest": "Intérêt", "attitude": "Attitude",
    "participation": "Niveau de participation", "posture": "Posture de l'agent",
    "expected_effects": "Effets attendus", "presence": "Présence", "title": "Titre",
    "summary": "Résumé", "evidence": "Preuve", "recorded_by": "Enregistrée par",
    "decisions": "Décisions", "next_steps": "Suites", "changes": "Modifications",
}


def table_label(name: str) -> str:
    return TABLES.get(name, name)


def column_label(name: str) -> str:
    if name.endswith("__nom"):
        return f"{column_label(name.removesuffix('__nom'))} (nom)"
    return COLUMNS.get(name, name)
