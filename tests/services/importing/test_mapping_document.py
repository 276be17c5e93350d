"""A ``--mapping`` file of any shape ends in a French sentence, never in a Python error."""

from __future__ import annotations

import json

import pytest

from ingenierie.errors import UserError
from ingenierie.services.importing.mapping.document import FORMAT, read_document
from ingenierie.services.importing.mapping.headers import ColumnMapping


def saved(**changes: object) -> str:
    document = {"format": FORMAT, "version": 1, "type": "person",
                "colonnes": [{"en-tete": "Nom", "champ": "last_name"},
                             {"en-tete": "Divers", "champ": None}]}
    document.update(changes)
    return json.dumps(document)


def test_a_saved_mapping_is_read_back() -> None:
    mapping = ColumnMapping.from_json(saved())
    assert (mapping.headers, mapping.fields) == (("Nom", "Divers"), ("last_name", None))


@pytest.mark.parametrize(("text", "said"), [
    ("[1, 2]", "n'est pas une correspondance de colonnes enregistrée"),
    ("12", "n'est pas une correspondance de colonnes enregistrée"),
    ("[" * 100_000 + "]" * 100_000, "imbriqué trop profondément"),
    ('{"a":' * 100_000 + "1" + "}" * 100_000, "imbriqué trop profondément"),
    ("1" * 5000, "pas du JSON valide"),  # longer than int() converts
    (saved(type={"a": 1}), "le type « {'a': 1} » n'existe pas"),
    (saved(type="personne"), "le type « personne » n'existe pas"),
    (saved(colonnes={"Nom": "last_name"}), "la liste « colonnes » est absente"),
    (saved(colonnes=["Nom"]), "la colonne n° 1 n'est pas décrite par un objet"),
    (saved(colonnes=[{"en-tete": {"x": 1}, "champ": "last_name"}]),
     "l'en-tête de la colonne n° 1 n'est pas un texte"),
    (saved(colonnes=[{"en-tete": "Nom", "champ": {"x": 1}}]),
     "le champ de la colonne n° 1 n'est pas un texte"),
    (saved(colonnes=[{"en-tete": "Nom", "champ": "pointure"}]), "champ inconnu « pointure »"),
    (saved(colonnes=[{"en-tete": "Nom", "champ": "last_name"},
                     {"en-tete": "Nom 2", "champ": "last_name"}]),
     "le champ « last_name » est associé à deux colonnes"),
    (" " * (9 * 1024**2), "bien trop volumineux"),
])
def test_a_mapping_of_the_wrong_shape_is_refused_in_french(text: str, said: str) -> None:
    with pytest.raises(UserError, match=r"(?i)correspondance de colonnes") as refused:
        read_document(text)
    assert said in refused.value.message
