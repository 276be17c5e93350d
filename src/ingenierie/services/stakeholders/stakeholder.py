"""Stakeholders: people and organisations, created, edited, listed, archived, restored.

Every write keeps ``display_name`` and ``match_key`` in step with the names, so
the directory sorts and the duplicate finder matches without recomputing.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from ingenierie.errors import ValidationError
from ingenierie.models import Affiliation, Organisation, Person, Stakeholder
from ingenierie.models.vocabulary import (
    ActorKind,
    Civility,
    LegalBasis,
    StakeholderNature,
    fold,
)
from ingenierie.services.common import (
    assign,
    fetch,
    optional_text,
    set_archived,
    to_optional_vocabulary,
    to_vocabulary,
)
from ingenierie.services.stakeholders.affiliations import (
    AffiliationInput,
    affiliation_rows,
    apply_affiliation,
)
from ingenierie.services.stakeholders.duplicates import (
    DuplicateStakeholderError,
    find_possible_duplicates,
    organisation_duplicates,
    person_duplicates,
    refuse_duplicates,
)
from ingenierie.services.stakeholders.matching import clean_text, names_key, organisation_key
from ingenierie.services.stakeholders.records import (
    OrganisationInput,
    PersonInput,
    StakeholderDetail,
    StakeholderRow,
    person_display_name,
    stakeholder_detail,
    stakeholder_row,
)
from ingenierie.services.validation import (
    check_contact_dates,
    check_email,
    check_postal_code,
    check_rna,
    check_siren,
    check_siret,
    require_text,
)
from ingenierie.storage import Database
from ingenierie.storage.changes import ChangeSet, Written

__all__ = [
    "DuplicateStakeholderError",
    "OrganisationInput",
    "PersonInput",
    "StakeholderDetail",
    "StakeholderRow",
    "archive_stakeholder",
    "create_organisation",
    "create_person",
    "find_possible_duplicates",
    "get_stakeholder",
    "list_stakeholders",
    "organisation_columns",
    "person_columns",
    "restore_stakeholder",
    "update_organisation",
    "update_person",
]


def person_columns(data: PersonInput) -> dict[str, Any]:
    """A person's stakeholder columns from ``data``: validated, names cleaned, display
    name and matching key derived.

    The one set of rules for a person: the forms' create and update set these columns
    on the record, the spreadsheet import writes them in bulk. Raises
    :class:`ValidationError` naming the first field at fault, in the form's order.
    """
    civility = to_optional_vocabulary(Civility, data.civility, "civility", "Civilité")
    last_name = clean_text(require_text(data.last_name, "last_name", "Le nom", 100))
    first = optional_text(data.first_name, "first_name", "Le prénom", 100)
    first_name = clean_text(first) if first else None
    columns = {
        "civility": civility,
        "last_name": last_name,
        "first_name": first_name,
        "display_name": person_display_name(first_name, last_name),
        "match_key": names_key(last_name, first_name),
        "actor_kind": to_vocabulary(ActorKind, data.actor_kind, "actor_kind", "Type d'acteur"),
        "job_title": optional_text(data.job_title, "job_title", "La fonction", 200),
        "email": check_email(data.email),
        "phone": optional_text(data.phone, "phone", "Le téléphone", 40),
        **_place(data),
        "public_mandate": optional_text(data.public_mandate, "public_mandate",
                                        "Le mandat public", 200),
        "legal_basis": to_optional_vocabulary(LegalBasis, data.legal_basis, "legal_basis",
                                              "Base légale (RGPD)"),
        "source": optional_text(data.source, "source", "La source", 200),
        "first_contact_on": data.first_contact_on,
        "last_contact_on": data.last_contact_on,
        "notes": optional_text(data.notes, "notes", "Les notes"),
    }
    check_contact_dates(data.first_contact_on, data.last_contact_on)
    return columns


def organisation_columns(data: OrganisationInput) -> dict[str, Any]:
    """An organisation's stakeholder columns from ``data`` (SIREN taken from the SIRET when
    missing); like :func:`person_columns`, shared by the forms and the import."""
    name = clean_text(require_text(data.name, "name", "Le nom de l'organisation", 300))
    columns: dict[str, Any] = {
        "display_name": name,
        "match_key": organisation_key(name),
        "actor_kind": to_vocabulary(ActorKind, data.actor_kind, "actor_kind", "Type d'acteur"),
        "legal_form": optional_text(data.legal_form, "legal_form", "La forme juridique", 100),
    }
    siren, siret = check_siren(data.siren), check_siret(data.siret)
    if siren and siret and not siret.startswith(siren):
        raise ValidationError(
            f"Le SIRET {siret} n'appartient pas au SIREN {siren} (ses 9 premiers chiffres "
            "doivent être le SIREN).", field="siret")
    columns.update(
        siren=siren or (siret[:9] if siret else None),
        siret=siret,
        rna=check_rna(data.rna),
        website=optional_text(data.website, "website", "Le site web", 300),
        email=check_email(data.email),
        phone=optional_text(data.phone, "phone", "Le téléphone", 40),
        **_place(data),
        notes=optional_text(data.notes, "notes", "Les notes"),
    )
    return columns


def _place(data: PersonInput | OrganisationInput) -> dict[str, Any]:
    """Postal code and town, the same for people and organisations."""
    return {"postal_code": check_postal_code(data.postal_code),
            "city": optional_text(data.city, "city", "Le nom de la commune", 100)}


def _current_organisations(session: Session, person_id: uuid.UUID) -> list[uuid.UUID]:
    return list(session.scalars(select(Affiliation.organisation_id)
                                .where(Affiliation.person_id == person_id)))


def create_person(db: Database, data: PersonInput, *,
                  affiliation: AffiliationInput | None = None,
                  allow_duplicate: bool = False) -> Written[StakeholderDetail]:
    """Add a person, optionally with an affiliation written in the same transaction.

    A person with the same name and the same organisation or e-mail as an existing
    one is refused with :class:`DuplicateStakeholderError` unless ``allow_duplicate``.
    """
    with db.write() as session:
        person = Person(id=uuid.uuid4())
        assign(person, person_columns(data))
        if not allow_duplicate:
            organisations = [affiliation.organisation_id] if affiliation else []
            refuse_duplicates(person_duplicates(session, person, organisations),
                               person.display_name)
        session.add(person)
        session.flush()
        if affiliation is not None:
            link = Affiliation(person_id=person.id)
            apply_affiliation(session, link, affiliation)
            session.add(link)
        detail = stakeholder_detail(person, affiliation_rows(session, person.id))
    return Written(detail, session.changes)


def create_organisation(db: Database, data: OrganisationInput, *,
                        allow_duplicate: bool = False) -> Written[StakeholderDetail]:
    """Add an organisation; the same name, SIREN or SIRET as an existing one is refused
    unless ``allow_duplicate``."""
    with db.write() as session:
        organisation = Organisation(id=uuid.uuid4())
        assign(organisation, organisation_columns(data))
        if not allow_duplicate:
            refuse_duplicates(organisation_duplicates(session, organisation),
                               organisation.display_name)
        session.add(organisation)
        session.flush()
        detail = stakeholder_detail(organisation, [])
    return Written(detail, session.changes)


def update_person(db: Database, person_id: uuid.UUID, data: PersonInput, *,
                  allow_duplicate: bool = False) -> Written[StakeholderDetail]:
    with db.write() as session:
        person = fetch(session, Person, person_id, "Personne")
        with session.no_autoflush:
            assign(person, person_columns(data))
            if not allow_duplicate:
                refuse_duplicates(person_duplicates(
                    session, person, _current_organisations(session, person.id)),
                    person.display_name)
        session.flush()
        detail = stakeholder_detail(person, affiliation_rows(session, person.id))
    return Written(detail, session.changes)


def update_organisation(db: Database, organisation_id: uuid.UUID, data: OrganisationInput, *,
                        allow_duplicate: bool = False) -> Written[StakeholderDetail]:
    with db.write() as session:
        organisation = fetch(session, Organisation, organisation_id, "Organisation")
        with session.no_autoflush:
            assign(organisation, organisation_columns(data))
            if not allow_duplicate:
                refuse_duplicates(organisation_duplicates(session, organisation),
                                   organisation.display_name)
        session.flush()
        detail = stakeholder_detail(organisation, affiliation_rows(session, organisation.id))
    return Written(detail, session.changes)


def get_stakeholder(db: Database, stakeholder_id: uuid.UUID) -> StakeholderDetail:
    with db.read() as session:
        stakeholder = fetch(session, Stakeholder, stakeholder_id, "Acteur")
        return stakeholder_detail(stakeholder, affiliation_rows(session, stakeholder.id))


def _text_condition(text: str) -> ColumnElement[bool] | None:
    """Every word in the folded name, or the whole text in the e-mail."""
    words = fold(text).split()
    if not words:
        return None
    in_name = and_(*(Stakeholder.match_key.contains(word, autoescape=True) for word in words))
    return or_(in_name, Stakeholder.email.icontains(text.strip(), autoescape=True))


def list_stakeholders(db: Database, *, text: str | None = None,
                      nature: StakeholderNature | str | None = None,
                      actor_kind: ActorKind | str | None = None,
                      include_archived: bool = False,
                      limit: int | None = None) -> list[StakeholderRow]:
    """Stakeholders matching every filter, by name. ``text`` matches each word in the
    name (accents and case aside) or the e-mail."""
    query = select(Stakeholder).order_by(Stakeholder.display_name)
    member = to_optional_vocabulary(StakeholderNature, nature, "nature", "Nature")
    if member is not None:
        query = query.where(Stakeholder.nature == member)
    kind = to_optional_vocabulary(ActorKind, actor_kind, "actor_kind", "Type d'acteur")
    if kind is not None:
        query = query.where(Stakeholder.actor_kind == kind)
    if text:
        condition = _text_condition(text)
        if condition is not None:
            query = query.where(condition)
    if not include_archived:
        query = query.where(Stakeholder.archived_at.is_(None))
    if limit is not None:
        query = query.limit(limit)
    with db.read() as session:
        return [stakeholder_row(s) for s in session.scalars(query)]


def archive_stakeholder(db: Database, stakeholder_id: uuid.UUID) -> ChangeSet:
    return set_archived(db, Stakeholder, stakeholder_id, "Acteur", True)


def restore_stakeholder(db: Database, stakeholder_id: uuid.UUID) -> ChangeSet:
    return set_archived(db, Stakeholder, stakeholder_id, "Acteur", False)
