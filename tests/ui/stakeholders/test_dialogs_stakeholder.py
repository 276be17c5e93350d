"""The stakeholder form: a person or an organisation, checked as typed, duplicates refused."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

from ingenierie.models.vocabulary import ActorKind, Civility, LegalBasis, StakeholderNature
from ingenierie.services.stakeholders import stakeholder as stakeholders
from ingenierie.services.stakeholders.records import OrganisationInput, PersonInput
from ingenierie.ui.stakeholders.dialog import StakeholderDialog, edit_stakeholder


def open_form(qtbot, context, detail=None, nature=None):
    dialog = StakeholderDialog(context, None, detail, nature)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_person_is_checked_as_typed_and_created(qtbot, context, db, typist):
    form = open_form(qtbot, context)
    assert form.nature() is StakeholderNature.PERSON
    assert form.error_text("last_name") == "Le nom est obligatoire."
    typist(form.first_name, "Anaïs")
    typist(form.last_name, "Le Cœur")
    typist(form.person_email, "anais.lecoeur@")
    assert form.error_text("email") == (
        "Adresse électronique invalide : « anais.lecoeur@ » (attendu : nom@domaine.fr).")
    assert not form.ok_button.isEnabled()
    typist(form.person_email, "brest.fr")
    form.person_kind.set_value(ActorKind.ELU)
    assert form.legal_basis.value() is LegalBasis.MISSION_INTERET_PUBLIC
    assert any("rien de sensible (santé, opinions" in label.text()
               for label in form.findChildren(QLabel) if label.isVisibleTo(form))

    form.accept()

    saved = stakeholders.get_stakeholder(db, form.saved_id)
    assert (saved.display_name, saved.email, saved.actor_kind, saved.legal_basis) == (
        "Anaïs Le Cœur", "anais.lecoeur@brest.fr", ActorKind.ELU,
        LegalBasis.MISSION_INTERET_PUBLIC)
    assert context.undo_stack.undoText() == "Créer l'acteur « Anaïs Le Cœur »"


def test_an_organisation_with_a_wrong_siren_cannot_be_saved(qtbot, context, typist):
    form = open_form(qtbot, context, nature=StakeholderNature.ORGANISATION)
    typist(form.org_name, "Coopérative Énergies citoyennes du Mené")
    typist(form.siren, "123456789")
    assert form.error_text("siren") == (
        "Numéro SIREN invalide : « 123456789 » (attendu : 9 chiffres avec une clé valide).")
    assert not form.ok_button.isEnabled()
    form.siren.clear()
    typist(form.siren, "732 829 320")
    assert form.ok_button.isEnabled()


def test_a_look_alike_is_refused_until_the_user_says_it_is_another_one(qtbot, context, db,
                                                                      typist):
    stakeholders.create_organisation(db, OrganisationInput("Ville de Brest", "collectivite"))
    form = open_form(qtbot, context, nature=StakeholderNature.ORGANISATION)
    typist(form.org_name, "VILLE DE BREST")

    form.accept()

    assert form.isVisible()
    assert "existe peut-être déjà" in form.error_text("name")
    assert form.allow_duplicate.isVisibleTo(form)
    form.allow_duplicate.setChecked(True)
    form.accept()
    assert len(stakeholders.list_stakeholders(db, text="brest")) == 2


def test_editing_a_person_is_undoable_and_keeps_the_nature(qtbot, context, db, typist):
    person = stakeholders.create_person(db, PersonInput("Tanguy", "Erwan", "habitant")).value

    def change_and_accept() -> None:
        form = QApplication.activeModalWidget()
        assert isinstance(form, StakeholderDialog)
        assert not any(button.isVisible() for button in form.natures.buttons())
        form.job_title.setText("Président du conseil citoyen")
        form.accept()

    QTimer.singleShot(0, change_and_accept)
    assert edit_stakeholder(context, None, person.id) == person.id
    assert stakeholders.get_stakeholder(db, person.id).job_title == (
        "Président du conseil citoyen")
    context.undo_stack.undo()
    assert stakeholders.get_stakeholder(db, person.id).job_title is None


def test_civility_place_and_first_contact_are_checked_as_typed_and_saved(qtbot, context, db,
                                                                        typist):
    form = open_form(qtbot, context)
    labels = {label.text() for label in form.findChildren(QLabel) if label.isVisibleTo(form)}
    assert {"Civilité", "Code postal", "Commune", "Premier contact"} <= labels
    typist(form.last_name, "Kerné")
    form.civility.set_value(Civility.MADAME)
    typist(form.person_postal_code, "2927")
    assert form.error_text("postal_code") == (
        "Code postal invalide : « 2927 » (attendu : 5 chiffres, par exemple 01000).")
    assert not form.ok_button.isEnabled()
    typist(form.person_postal_code, "0")
    typist(form.person_city, "Carhaix-Plouguer")
    form.first_contact.set_value(date(2024, 5, 2))
    form.last_contact.set_value(date(2024, 5, 1))
    assert form.error_text("first_contact_on") == (
        "Le premier contact (02/05/2024) ne peut pas être postérieur au dernier (01/05/2024).")
    assert not form.ok_button.isEnabled()
    form.last_contact.set_value(date(2024, 6, 1))
    assert form.error_text("first_contact_on") is None and form.ok_button.isEnabled()

    form.accept()

    saved = stakeholders.get_stakeholder(db, form.saved_id)
    assert (saved.civility, saved.postal_code, saved.city, saved.first_contact_on) == (
        Civility.MADAME, "29270", "Carhaix-Plouguer", date(2024, 5, 2))


def test_an_organisation_moves_town_and_undo_brings_it_back(qtbot, context, db, typist):
    organisation = stakeholders.create_organisation(db, OrganisationInput(
        "Pays COB", postal_code="29270", city="Carhaix-Plouguer")).value
    form = open_form(qtbot, context, stakeholders.get_stakeholder(db, organisation.id))
    assert (form.org_postal_code.text(), form.org_city.text()) == ("29270", "Carhaix-Plouguer")
    form.org_postal_code.clear()
    typist(form.org_postal_code, "29200")
    form.org_city.clear()
    typist(form.org_city, "Brest")

    form.accept()

    moved = stakeholders.get_stakeholder(db, organisation.id)
    assert (moved.postal_code, moved.city) == ("29200", "Brest")
    context.undo_stack.undo()
    back = stakeholders.get_stakeholder(db, organisation.id)
    assert (back.postal_code, back.city) == ("29270", "Carhaix-Plouguer")
