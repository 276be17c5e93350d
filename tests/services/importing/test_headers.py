"""Header rows are found and columns mapped to fields, whatever the spelling; mappings are saved."""

from __future__ import annotations

from pathlib import Path

import fixtures
import pytest

from ingenierie.errors import UserError
from ingenierie.services.importing.mapping.fields import FIELDS, RecordKind, all_fields
from ingenierie.services.importing.mapping.headers import (
    ColumnMapping,
    MappingStore,
    detect_kind,
    find_header_row,
    header_key,
    map_columns,
)
from ingenierie.services.importing.reading.opening import open_table

PERSON = RecordKind.PERSON


def test_the_header_variant_maps_to_the_canonical_fields(tmp_path: Path) -> None:
    table = open_table(fixtures.header_variant(tmp_path))
    mapping = map_columns(table.headers, PERSON)
    assert dict(zip(table.headers, mapping.fields, strict=True)) == {
        "Civilité": "civility", "NOM ": "last_name", "Prénom": "first_name",
        "Structure": "organisation", "Fonction": "job_title", "E-mail": "email",
        "Tél.": "phone", "CP": "postal_code", "Ville": "city",
        "Date 1er contact": "first_contact_on", "Montant (€)": "amount_cents",
        "Remarques": "notes"}
    assert mapping.unmapped() == [] and mapping.missing_required() == []
    assert len(list(table.rows())) == 15


@pytest.mark.parametrize(("header", "field"), [
    ("Nom", "last_name"), ("NOM ", "last_name"), ("Nom de famille", "last_name"),
    ("Last name", "last_name"), ("nom_de_famille", "last_name"), ("Organisme", "organisation"),
    ("Structure", "organisation"), ("Courriel", "email"), ("E-mail", "email"),
    ("Email", "email"), ("Mail", "email"), ("Tél.", "phone"), ("Téléphone", "phone"),
    ("TELEPHONE", "phone"), ("Téléphone portable", "phone"), ("CP", "postal_code"),
    ("Code postal", "postal_code"), ("Ville", "city"), ("Commune", "city"),
    ("Remarques", "notes"), ("Notes", "notes"), ("Montant accompagné (€)", "amount_cents"),
    ("Date du premier contact (JJ/MM/AAAA)", "first_contact_on"),
])
def test_person_headers_in_french_and_english(header: str, field: str) -> None:
    assert map_columns([header], PERSON).fields == (field,)


def test_header_keys_ignore_case_accents_spacing_punctuation_and_units() -> None:
    assert header_key(" Téléphone  ") == header_key("telephone") == "telephone"
    assert header_key("E-mail") == header_key("Email")
    assert header_key("Montant accompagné (€)") == "montantaccompagne"


def test_each_field_is_fed_by_one_column_and_extra_columns_are_reported() -> None:
    mapping = map_columns(["Nom", "Téléphone", "Téléphone", "Couleur préférée"], PERSON)
    assert mapping.fields == ("last_name", "phone", None, None)
    assert mapping.unmapped() == [(2, "Téléphone"), (3, "Couleur préférée")]


def test_required_fields_missing_are_listed() -> None:
    mapping = map_columns(["Prénom", "Courriel"], PERSON)
    assert [f.key for f in mapping.missing_required()] == ["last_name"]


def test_the_user_can_correct_a_mapping() -> None:
    mapping = map_columns(["Nom", "Structure porteuse", "Couleur"], PERSON)
    assert mapping.fields == ("last_name", "organisation", None)
    corrected = mapping.with_field(2, "organisation").with_field(1, None)
    assert corrected.fields == ("last_name", None, "organisation")
    assert corrected.column_of("organisation") == 2
    with pytest.raises(UserError, match="Champ inconnu"):
        mapping.with_field(0, "pointure")


def test_a_mapping_round_trips_through_json_and_applies_to_a_reordered_file() -> None:
    mapping = map_columns(["NOM ", "Structure", "Divers"], PERSON).with_field(2, "notes")
    restored = ColumnMapping.from_json(mapping.to_json())
    assert restored == mapping
    reordered = restored.applied_to(["Divers", "nom", "Courriel"])
    assert reordered.fields == ("notes", "last_name", "email")


@pytest.mark.parametrize("text", ["pas du json", "{}", '{"format": "autre"}',
                                  '{"format": "ingenierie-correspondance-colonnes", "version": 1,'
                                  ' "type": "person", "colonnes": [{"en-tete": "Nom", '
                                  '"champ": "pointure"}]}'])
def test_a_bad_mapping_file_is_refused_in_french(text: str) -> None:
    with pytest.raises(UserError, match=r"(?i)correspondance de colonnes"):
        ColumnMapping.from_json(text)


def test_a_saved_mapping_is_found_for_the_next_file_of_the_same_shape(tmp_path: Path) -> None:
    store = MappingStore(tmp_path / "correspondances")
    headers = ["Nom", "Structure porteuse", "Couleur"]
    saved = map_columns(headers, PERSON).with_field(2, "notes")
    store.save(saved)
    assert store.find(["NOM", "structure porteuse", "Couleur "]) == ColumnMapping(
        PERSON, saved.headers, saved.fields)
    assert store.find(headers, RecordKind.PROJECT) is None
    assert store.find(["Nom", "Autre"]) is None


def test_the_default_store_lives_in_the_user_data_folder(isolated_profile: Path) -> None:
    store = MappingStore.default()
    assert store.directory.is_relative_to(isolated_profile)
    path = store.save(map_columns(["Nom", "Courriel"], PERSON))
    assert path.parent == store.directory and store.find(["nom", "courriel"]) is not None


def test_the_header_is_found_below_a_title_block() -> None:
    rows = [
        ["Liste des acteurs du territoire", None, None],
        ["Extraction du 12/03/2024 – Projet de territoire", None, None],
        [None, "Organisme", None],
        ["Nom", "Organisme", "Courriel"],
        ["Dupré", "Mairie", "noel@exemple.fr"],
    ]
    assert find_header_row(rows, all_fields()) == 3


def test_without_known_headers_the_most_textual_row_is_taken() -> None:
    rows = [["Titre", None, None], ["Alpha", "Bêta", "Gamma"], ["a", "b", "c"]]
    assert find_header_row(rows, all_fields()) == 1
    assert find_header_row([[None, None]], all_fields()) is None


@pytest.mark.parametrize(("headers", "sheet", "kind"), [
    (fixtures.PEOPLE_HEADERS, "Feuil1", RecordKind.PERSON),
    (("Raison sociale", "SIRET", "Forme juridique", "Site web"), None, RecordKind.ORGANISATION),
    (("Code", "Intitulé", "Dispositif", "Phase", "Statut"), "Projets", RecordKind.PROJECT),
    (("Projet", "Acteur", "Rôle", "Influence", "Intérêt"), None, RecordKind.INVOLVEMENT),
    (("Projet", "Date", "Type d'échange", "Objet", "Lieu"), None, RecordKind.INTERACTION),
    (("COM", "LIBELLE", "DEP", "PMUN"), "communes", RecordKind.TERRITORY),
])
def test_the_record_kind_is_guessed_from_headers_and_sheet(headers: tuple[str, ...],
                                                           sheet: str | None,
                                                           kind: RecordKind) -> None:
    assert detect_kind(headers, sheet).kind is kind


def test_the_catalogue_is_consistent() -> None:
    for kind, fields in FIELDS.items():
        keys = [f.key for f in fields]
        assert len(keys) == len(set(keys)), kind
        assert any(f.required for f in fields), kind
        for field in fields:
            # A status or phase reads words of both axes, but offers its own list.
            listed = field.type in ("vocabulary", "lifecycle")
            assert (field.vocabulary is not None) == listed, field.key
