"""What the automatic mapping cannot tell from one header alone, told from the others.

Headers are matched one by one (``headers.map_columns``); a few files need a look
at the whole row of headers:

- a plan's three funding amounts share one header (« Montant € HT »): each is the
  amount of the « Financeur n » column just before it;
- an official territory list's « Nature juridique » (CC, CA…) is not the territory's
  type, which the code tells; only a header saying exactly « type » is;
- a list of EPCI with their member communes (BANATIC, one row per member) names two
  territories a row: the commune (its INSEE code and name) and the EPCI (its SIREN
  and name), which becomes the parent;
- a QPV list naming the commune(s) of each quartier: the commune code is the parent.
"""

from __future__ import annotations

import re

from ingenierie.services.importing.mapping.fields import AMOUNT_HEADERS, RecordKind
from ingenierie.services.importing.mapping.headers import ColumnMapping, header_key, map_columns

_AMOUNTS = frozenset(header_key(name) for name in (*AMOUNT_HEADERS, "Montant"))
_FUNDER = re.compile(r"^funder([123])$")
_EPCI_CODE = frozenset(header_key(name) for name in ("SIREN", "N° SIREN", "siren_epci",
                                                     "SIREN EPCI", "Code EPCI", "EPCI"))
#: A commune's code, most telling first: BANATIC's « dep_com » is a département, although
#: INSEE writes DEPCOM for a commune's code.
_COMMUNE_CODE = tuple(dict.fromkeys(header_key(name) for name in (
    "insee", "Code INSEE", "Code_INSEE", "CODGEO", "COM", "Code commune", "insee_com",
    "Code INSEE de la commune", "DEPCOM")))
_QPV_CODE = frozenset(header_key(name) for name in (
    "CODE_QP", "Code QPV", "Code QP", "Code QN", "Code quartier", "Code du quartier"))
_GROUP_NAME = frozenset(header_key(name) for name in (
    "Nom du groupement", "Raison sociale", "raison_sociale", "Nom de l'EPCI", "Nom EPCI"))
_POPULATION = re.compile(r"^(pmun|ptot|population(municipale|totale)?)\d{0,4}$")


def adjusted(mapping: ColumnMapping) -> ColumnMapping:
    """The automatic ``mapping`` with what only the whole header row tells."""
    if mapping.kind is RecordKind.PLAN:
        return _plan_amounts(mapping)
    if mapping.kind is RecordKind.TERRITORY:
        return _exact_kind_column(_territory_list(mapping))
    return mapping


def _plan_amounts(mapping: ColumnMapping) -> ColumnMapping:
    for index, key in enumerate(mapping.fields):
        found = _FUNDER.match(key or "")
        after = index + 1
        if found and after < len(mapping.headers) and mapping.fields[after] is None \
                and header_key(mapping.headers[after]) in _AMOUNTS:
            mapping = mapping.with_field(after, f"amount{found.group(1)}")
    return mapping


def _exact_kind_column(mapping: ColumnMapping) -> ColumnMapping:
    """Keep a territory list's "type" column only when its header says exactly that."""
    index = mapping.column_of("kind")
    field = mapping.field_of(index) if index is not None else None
    if index is None or field is None:
        return mapping
    if header_key(mapping.headers[index]) in {header_key(n) for n in field.names}:
        return mapping
    return mapping.with_field(index, None)


def _territory_list(mapping: ColumnMapping) -> ColumnMapping:
    keys = [header_key(header) for header in mapping.headers]
    communes = sorted((i for i, key in enumerate(keys) if key in _COMMUNE_CODE),
                      key=lambda i: _COMMUNE_CODE.index(keys[i]))
    qpv = next((i for i, key in enumerate(keys) if key in _QPV_CODE), None)
    epci = next((i for i, key in enumerate(keys) if key in _EPCI_CODE), None)
    if qpv is not None:  # the quartier's own code; a commune named is where it lies
        mapping = mapping.with_field(qpv, "code")
        if communes:
            mapping = mapping.with_field(communes[0], "parent_code")
    elif communes and epci is not None:  # one row per member commune of an EPCI
        mapping = mapping.with_field(communes[0], "code").with_field(epci, "parent_code")
        group = next((i for i, key in enumerate(keys) if key in _GROUP_NAME), None)
        if group is not None:
            mapping = _fill_free(mapping.with_field(group, "parent_name"))
    if mapping.column_of("population") is None:
        # The municipal population is INSEE's reference figure: before the total one.
        found = sorted((not key.startswith("pmun"), i) for i, key in enumerate(keys)
                       if _POPULATION.match(key) and mapping.fields[i] is None)
        if found:
            mapping = mapping.with_field(found[0][1], "population")
    return mapping


def _fill_free(mapping: ColumnMapping) -> ColumnMapping:
    """Give the columns left unmapped the fields that moving others set free (a member's
    name, once the group's name is the parent's)."""
    free = map_columns([header if key is None else "" for header, key
                        in zip(mapping.headers, mapping.fields, strict=True)], mapping.kind)
    for index, key in enumerate(free.fields):
        if key is not None and mapping.column_of(key) is None:
            mapping = mapping.with_field(index, key)
    return mapping
