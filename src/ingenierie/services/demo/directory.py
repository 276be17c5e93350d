"""The generated stakeholders as projects see them, indexed by département and kind.

Rows for the ``stakeholder`` table all carry the same keys (people and
organisations share the table), so they are written in one executemany. Ids
are keys as stored (32 hex digits, ``DemoRandom.key``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from ingenierie.models.vocabulary import ActorKind, StakeholderNature

Row = dict[str, Any]

STAKEHOLDER_BLANK: Row = dict.fromkeys((
    "email", "phone", "postal_code", "city", "notes", "civility", "first_name", "last_name",
    "job_title", "public_mandate", "legal_basis", "source", "first_contact_on",
    "last_contact_on", "legal_form", "siren", "siret", "rna", "website"))


def stakeholder_row(ident: str, nature: StakeholderNature, kind: ActorKind,
                    display_name: str, match_key: str, sort_key: str, **values: Any) -> Row:
    row = {"id": ident, "nature": nature, "actor_kind": kind, "display_name": display_name,
           "match_key": match_key, "sort_key": sort_key, **STAKEHOLDER_BLANK}
    row.update(values)
    return row


@dataclass(slots=True)
class Actor:
    """A generated stakeholder: what the project generators need to involve it."""

    id: str
    kind: ActorKind
    is_person: bool
    name: str
    department: int
    domain: str | None = None


@dataclass(slots=True)
class Directory:
    """Every generated stakeholder, with the lookups the generators use."""

    actors: list[Actor] = field(default_factory=list)
    by_department: defaultdict[int, list[Actor]] = field(
        default_factory=lambda: defaultdict(list))
    organisations: defaultdict[tuple[int, ActorKind], list[Actor]] = field(
        default_factory=lambda: defaultdict(list))
    organisations_of_kind: defaultdict[ActorKind, list[Actor]] = field(
        default_factory=lambda: defaultdict(list))
    by_name: dict[str, Actor] = field(default_factory=dict)
    _local: dict[tuple[int, tuple[ActorKind, ...]], list[Actor]] = field(default_factory=dict)

    def add(self, actor: Actor) -> None:
        self.actors.append(actor)
        self.by_department[actor.department].append(actor)
        if not actor.is_person:
            self.organisations[actor.department, actor.kind].append(actor)
            self.organisations_of_kind[actor.kind].append(actor)
            self.by_name[actor.name] = actor
            self._local.clear()

    def local_organisations(self, department: int, kinds: tuple[ActorKind, ...]) -> list[Actor]:
        """Organisations of these kinds in the département, else anywhere (kept until the
        next organisation is added)."""
        key = (department, kinds)
        found = self._local.get(key)
        if found is None:
            found = [a for kind in kinds for a in self.organisations.get((department, kind), ())]
            found = found or [a for kind in kinds for a in self.organisations_of_kind[kind]]
            self._local[key] = found
        return found
