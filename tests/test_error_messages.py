"""Expected errors read well: where, then what — the file named once."""

from __future__ import annotations

from ingenierie.errors import Location, UserError


def test_a_file_the_message_names_is_not_named_again():
    error = UserError("Le fichier « liste.xlsx » est protégé par un mot de passe.",
                      location=Location(file="liste.xlsx"))
    assert error.user_message() == "Le fichier « liste.xlsx » est protégé par un mot de passe."
    error = UserError("Le fichier « liste.xlsx » est vide.",
                      location=Location(file="liste.xlsx", sheet="Contacts", row=4))
    assert error.user_message() == ("feuille « Contacts », ligne 4 : Le fichier « liste.xlsx » "
                                    "est vide.")


def test_a_message_without_its_place_gets_it_in_front():
    error = UserError("Date invalide.", location=Location(file="a.csv", row=2, column="Date"))
    assert error.user_message() == "fichier « a.csv », ligne 2, colonne « Date » : Date invalide."
