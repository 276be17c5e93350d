"""The JSON document of a saved column mapping, read defensively.

A mapping file is small and written by the app, but the command line reads
whatever ``--mapping`` names: any JSON value (a list, a number, an object
where a text is expected, an object nested thousands deep) must end in a
French sentence saying what is wrong, never in a ``TypeError`` or a
``RecursionError``. The shape is checked step by step, each message naming
the part at fault.
"""

from __future__ import annotations

import json
from typing import Any

from ingenierie.errors import UserError
from ingenierie.services.importing.mapping.fields import RecordKind, fields_for

FORMAT = "ingenierie-correspondance-colonnes"
#: Far above what 16 384 columns (Excel's limit) take, far below what would hurt.
MAX_CHARACTERS = 8 * 1024**2
_NOT_OURS = "Ce fichier n'est pas une correspondance de colonnes enregistrée par Ingénierie"


class MappingDocumentError(UserError):
    """A ``--mapping`` file that is not a mapping saved by Ingénierie, or a damaged one."""


def _invalid(detail: str) -> MappingDocumentError:
    return MappingDocumentError(f"Correspondance de colonnes invalide : {detail}.")


def read_document(text: str) -> tuple[RecordKind, tuple[str, ...], tuple[str | None, ...]]:
    """The record kind, the headers and the field of each header (``None``: ignored)."""
    if len(text) > MAX_CHARACTERS:
        raise MappingDocumentError(f"{_NOT_OURS} : il est bien trop volumineux "
                                   f"({len(text) // 1024**2} Mo).")
    try:
        data = json.loads(text)
    except RecursionError as error:
        raise MappingDocumentError(f"{_NOT_OURS} : son contenu est imbriqué trop "
                                   "profondément.") from error
    except ValueError as error:  # JSONDecodeError, and numbers too long to convert
        raise MappingDocumentError(f"{_NOT_OURS} : ce n'est pas du JSON valide.") from error
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise MappingDocumentError(f"{_NOT_OURS}.")
    kind = _kind(data.get("type"))
    columns = data.get("colonnes")
    if not isinstance(columns, list):
        raise _invalid("la liste « colonnes » est absente")
    known = {field.key for field in fields_for(kind)}
    headers: list[str] = []
    fields: list[str | None] = []
    for number, column in enumerate(columns, start=1):
        header, key = _column(column, number, known)
        if key is not None and key in fields:
            raise _invalid(f"le champ « {key} » est associé à deux colonnes")
        headers.append(header)
        fields.append(key)
    return kind, tuple(headers), tuple(fields)


def _kind(value: Any) -> RecordKind:
    try:
        return RecordKind(value) if isinstance(value, str) else RecordKind("")
    except ValueError:
        expected = ", ".join(kind.value for kind in RecordKind)
        raise _invalid(f"le type « {_short(value)} » n'existe pas (attendu : {expected})") \
            from None


def _column(column: Any, number: int, known: set[str]) -> tuple[str, str | None]:
    if not isinstance(column, dict):
        raise _invalid(f"la colonne n° {number} n'est pas décrite par un objet "
                       "{« en-tete », « champ »}")
    header, key = column.get("en-tete"), column.get("champ")
    if isinstance(header, bool) or not isinstance(header, str | int | float):
        raise _invalid(f"l'en-tête de la colonne n° {number} n'est pas un texte")
    if key is not None and not isinstance(key, str):
        raise _invalid(f"le champ de la colonne n° {number} n'est pas un texte")
    if key is not None and key not in known:
        raise _invalid(f"champ inconnu « {_short(key)} » (colonne n° {number})")
    return str(header), key


def _short(value: Any) -> str:
    """A value quoted in a message, cut: it comes from the file and may be huge."""
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "…"


def write_document(kind: RecordKind, headers: tuple[str, ...], fields: tuple[str | None, ...],
                   signature: str) -> str:
    """The JSON text of a mapping, as :func:`read_document` reads it back."""
    columns = [{"en-tete": h, "champ": k} for h, k in zip(headers, fields, strict=True)]
    return json.dumps({"format": FORMAT, "version": 1, "type": kind.value,
                       "signature": signature, "colonnes": columns},
                      ensure_ascii=False, indent=2)
