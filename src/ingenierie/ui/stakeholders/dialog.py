"""Create or edit a stakeholder (a person or an organisation).

Creating offers both natures on two pages; editing keeps the record's nature.
A stakeholder that looks like an existing one is refused by the services until
the user says it is another one ("save anyway"). A person's page has three tabs:
identity, contact and notes; organisations (affiliations); follow-up and GDPR basis.

The pickers of other forms (lead, funder, participants, organisations) create a
stakeholder through this form: :func:`stakeholder_picker`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from uuid import UUID

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from ingenierie.errors import UserError
from ingenierie.models.vocabulary import ActorKind, Civility, LegalBasis, StakeholderNature
from ingenierie.services.common import optional_text
from ingenierie.services.stakeholders import stakeholder as stakeholders
from ingenierie.services.stakeholders.affiliations import AffiliationInput
from ingenierie.services.stakeholders.records import (
    OrganisationInput,
    PersonInput,
    StakeholderDetail,
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
from ingenierie.ui.context import AppContext
from ingenierie.ui.formatting import quoted
from ingenierie.ui.forms.choices import stakeholder_search
from ingenierie.ui.forms.form import DateField, FormDialog, VocabularyCombo, rgpd_hint
from ingenierie.ui.forms.form import service_check as ok
from ingenierie.ui.forms.search_picker import Choice, Creator, SearchPicker
from ingenierie.ui.stakeholders.affiliations import AffiliationsEditor
from ingenierie.ui.stakeholders.commands import (
    CreateStakeholder,
    EditStakeholder,
    SetAffiliations,
    stakeholder_name,
)
from ingenierie.ui.undo import CompoundCommand, ServiceCommand, execute

StakeholderInput = PersonInput | OrganisationInput
PUBLIC_BODIES = {ActorKind.ELU, ActorKind.ETAT, ActorKind.COLLECTIVITE, ActorKind.EPCI}
PERSON, ORGANISATION = StakeholderNature.PERSON.value, StakeholderNature.ORGANISATION.value


@dataclass(frozen=True, slots=True)
class CollectedStakeholder:
    """A stakeholder described in the form but not yet written (see ``collect_stakeholder``)."""

    data: StakeholderInput
    allow_duplicate: bool
    affiliations: tuple[AffiliationInput, ...] = ()

    def commands(self, context: AppContext) -> tuple[CreateStakeholder, list[ServiceCommand]]:
        """The creation, and everything to apply after it (the creation first)."""
        create = CreateStakeholder(context, self.data, allow_duplicate=self.allow_duplicate)
        steps: list[ServiceCommand] = [create]
        if self.affiliations:
            steps.append(SetAffiliations(context, create, stakeholder_name(self.data), (),
                                         self.affiliations))
        return create, steps


def _text(widget: QLineEdit | QPlainTextEdit) -> str:
    return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()


class StakeholderDialog(FormDialog):
    """The stakeholder form; ``deferred`` collects the values without writing them."""

    def __init__(self, context: AppContext, parent: QWidget | None,
                 detail: StakeholderDetail | None, nature: StakeholderNature | None,
                 *, deferred: bool = False, name: str = "") -> None:
        super().__init__(self.tr("New stakeholder") if detail is None
                         else self.tr("Edit stakeholder"), parent)
        self.context, self.detail, self.deferred = context, detail, deferred
        self.saved_id: UUID | None = None
        self.collected: CollectedStakeholder | None = None
        # A basis recorded is the user's choice; none yet (new, or imported without): the
        # kind of actor suggests one.
        self._legal_basis_chosen = detail is not None and detail.legal_basis is not None
        self.setMinimumWidth(640)
        self.natures = QButtonGroup(self)
        chooser = QWidget(self)  # only when creating: an edit keeps the record's nature
        switch = QHBoxLayout(chooser)
        switch.setContentsMargins(0, 0, 0, 0)
        for code, label in ((PERSON, self.tr("A person")),
                            (ORGANISATION, self.tr("An organisation"))):
            button = QRadioButton(label, chooser)
            button.setObjectName(code)
            self.natures.addButton(button)
            switch.addWidget(button)
        switch.addStretch(1)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._person_page())
        self.pages.addWidget(self._organisation_page())
        self.allow_duplicate = QCheckBox(
            self.tr("It is another stakeholder with a similar name: save anyway"), self)
        self.allow_duplicate.hide()
        self.allow_duplicate.toggled.connect(lambda _: self.clear_service_errors())
        self.body.addWidget(chooser)
        chooser.setVisible(detail is None and nature is None)
        self.body.addWidget(self.pages)
        self.body.addWidget(self.allow_duplicate)
        self.natures.buttonToggled.connect(lambda *_: self._nature_changed())
        chosen = detail.nature if detail else (nature or StakeholderNature.PERSON)
        self.natures.buttons()[0 if chosen is StakeholderNature.PERSON else 1].setChecked(True)
        if detail is not None:
            self._fill(detail)
        elif name:
            self._prefill(name)
        self._nature_changed()

    # -- pages ------------------------------------------------------------
    def _person_page(self) -> QWidget:
        self.person_tabs = QTabWidget(self)
        page, form = QWidget(self), self.new_form()
        page.setLayout(form)
        self.person_tabs.addTab(page, self.tr("Identity and contact"))
        self.civility = VocabularyCombo(Civility, optional=True)
        self.first_name, self.last_name = QLineEdit(), QLineEdit()
        self.person_kind = VocabularyCombo(ActorKind)
        self.person_kind.set_value(ActorKind.AUTRE)
        self.job_title, self.person_email, self.person_phone = QLineEdit(), QLineEdit(), QLineEdit()
        self.public_mandate = QLineEdit()
        self.public_mandate.setPlaceholderText(
            self.tr("e.g. deputy mayor (never a party affiliation)"))
        self.legal_basis = VocabularyCombo(LegalBasis, optional=True)
        self.legal_basis.activated.connect(lambda _: setattr(self, "_legal_basis_chosen", True))
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("Where the contact details come from"))
        self.first_contact, self.last_contact = DateField(), DateField()
        self.person_notes = QPlainTextEdit()
        self.person_notes.setFixedHeight(80)
        g = PERSON
        self.add_field(form, "civility", self.tr("Civility"), self.civility, group=g)
        self.add_field(form, "first_name", self.tr("First name"), self.first_name, group=g,
                       check=lambda: ok(lambda: optional_text(
                           self.first_name.text(), "first_name", "Le prénom", 100)))
        self.add_field(form, "last_name", self.tr("Last name *"), self.last_name, group=g,
                       aliases=("name",), check=lambda: ok(lambda: require_text(
                           self.last_name.text(), "last_name", "Le nom", 100)))
        self.add_field(form, "actor_kind", self.tr("Kind of actor"), self.person_kind, group=g)
        self.person_kind.currentIndexChanged.connect(lambda _: self._suggest_legal_basis())
        self.add_field(form, "job_title", self.tr("Job title"), self.job_title, group=g,
                       check=lambda: ok(lambda: optional_text(
                           self.job_title.text(), "job_title", "La fonction", 200)))
        self.add_field(form, "email", self.tr("E-mail"), self.person_email, group=g,
                       check=lambda: ok(lambda: check_email(self.person_email.text())))
        self.add_field(form, "phone", self.tr("Phone"), self.person_phone, group=g)
        self.person_postal_code, self.person_city = self._place_fields(form, g)
        self.add_field(form, "public_mandate", self.tr("Public office"), self.public_mandate,
                       group=g, check=lambda: ok(lambda: optional_text(
                           self.public_mandate.text(), "public_mandate", "Le mandat public",
                           200)))
        self.add_field(form, "notes", self.tr("Notes"), self.person_notes, group=g)
        form.addRow(rgpd_hint())
        organisations = QWidget(self)
        column = QFormLayout(organisations)
        self.affiliations = AffiliationsEditor(stakeholder_picker(
            self.context, None, natures=(StakeholderNature.ORGANISATION,)), organisations)
        column.addRow(self.affiliations)
        self.watch(self.affiliations)
        self.person_tabs.addTab(organisations, self.tr("Organisations"))
        follow, form = QWidget(self), self.new_form()
        follow.setLayout(form)
        self.person_tabs.addTab(follow, self.tr("Follow-up and GDPR basis"))
        self.add_field(form, "legal_basis", self.tr("Legal basis (GDPR)"), self.legal_basis,
                       group=g)
        self.add_field(form, "source", self.tr("Source"), self.source, group=g)
        self.add_field(form, "first_contact_on", self.tr("First contact"), self.first_contact,
                       group=g, check=lambda: ok(lambda: check_contact_dates(
                           self.first_contact.value(), self.last_contact.value())))
        self.add_field(form, "last_contact_on", self.tr("Last contact"), self.last_contact,
                       group=g)
        return self.person_tabs

    def _organisation_page(self) -> QWidget:
        page, form = QWidget(self), self.new_form()
        page.setLayout(form)
        self.org_name, self.org_kind = QLineEdit(), VocabularyCombo(ActorKind)
        self.org_kind.set_value(ActorKind.AUTRE)
        self.legal_form, self.siren, self.siret, self.rna = (QLineEdit() for _ in range(4))
        self.siren.setPlaceholderText("123 456 789")
        self.rna.setPlaceholderText("W123456789")
        self.website, self.org_email, self.org_phone = QLineEdit(), QLineEdit(), QLineEdit()
        self.org_notes = QPlainTextEdit()
        self.org_notes.setFixedHeight(80)
        g = ORGANISATION
        self.add_field(form, "name", self.tr("Name *"), self.org_name, group=g,
                       check=lambda: ok(lambda: require_text(
                           self.org_name.text(), "name", "Le nom de l'organisation", 300)))
        self.add_field(form, "actor_kind", self.tr("Kind of actor"), self.org_kind, group=g)
        self.add_field(form, "legal_form", self.tr("Legal form"), self.legal_form, group=g)
        self.add_field(form, "siren", self.tr("SIREN"), self.siren, group=g,
                       check=lambda: ok(lambda: check_siren(self.siren.text())))
        self.add_field(form, "siret", self.tr("SIRET"), self.siret, group=g,
                       check=lambda: ok(lambda: check_siret(self.siret.text())))
        self.add_field(form, "rna", self.tr("RNA (associations)"), self.rna, group=g,
                       check=lambda: ok(lambda: check_rna(self.rna.text())))
        self.add_field(form, "website", self.tr("Website"), self.website, group=g)
        self.add_field(form, "email", self.tr("E-mail"), self.org_email, group=g,
                       check=lambda: ok(lambda: check_email(self.org_email.text())))
        self.add_field(form, "phone", self.tr("Phone"), self.org_phone, group=g)
        self.org_postal_code, self.org_city = self._place_fields(form, g)
        self.add_field(form, "notes", self.tr("Notes"), self.org_notes, group=g)
        form.addRow(rgpd_hint(about_people=False))
        return page

    def _place_fields(self, form: QFormLayout, group: str) -> tuple[QLineEdit, QLineEdit]:
        """Postal code and town, on both pages."""
        postal_code, city = QLineEdit(), QLineEdit()
        postal_code.setPlaceholderText("29200")
        self.add_field(form, "postal_code", self.tr("Postal code"), postal_code, group=group,
                       check=lambda: ok(lambda: check_postal_code(postal_code.text())))
        self.add_field(form, "city", self.tr("Town"), city, group=group,
                       check=lambda: ok(lambda: optional_text(
                           city.text(), "city", "Le nom de la commune", 100)))
        return postal_code, city

    # -- state ------------------------------------------------------------
    def nature(self) -> StakeholderNature:
        checked = self.natures.checkedButton()
        return StakeholderNature(checked.objectName() if checked else PERSON)

    def _nature_changed(self) -> None:
        person = self.nature() is StakeholderNature.PERSON
        self.pages.setCurrentIndex(0 if person else 1)
        self.active_groups = {PERSON if person else ORGANISATION}
        self._suggest_legal_basis()
        self.revalidate()

    def _suggest_legal_basis(self) -> None:
        """Public bodies act on a public-interest mission; others on legitimate interest."""
        if self._legal_basis_chosen:
            return
        public = self.person_kind.value() in PUBLIC_BODIES
        self.legal_basis.set_value(LegalBasis.MISSION_INTERET_PUBLIC if public
                                   else LegalBasis.INTERET_LEGITIME)

    def _prefill(self, name: str) -> None:
        """A name typed in a picker: an organisation's, or a person's last name (the last
        word; the words before it, the first name)."""
        self.org_name.setText(name)
        first, _, last = name.strip().rpartition(" ")
        self.first_name.setText(first)
        self.last_name.setText(last)

    def _fill(self, d: StakeholderDetail) -> None:
        if d.is_person:
            self.civility.set_value(d.civility)
            self.first_name.setText(d.first_name or "")
            self.last_name.setText(d.last_name or "")
            self.person_kind.set_value(d.actor_kind)
            self.job_title.setText(d.job_title or "")
            self.person_email.setText(d.email or "")
            self.person_phone.setText(d.phone or "")
            self.person_postal_code.setText(d.postal_code or "")
            self.person_city.setText(d.city or "")
            self.public_mandate.setText(d.public_mandate or "")
            self.legal_basis.set_value(d.legal_basis)
            self.source.setText(d.source or "")
            self.first_contact.set_value(d.first_contact_on)
            self.last_contact.set_value(d.last_contact_on)
            self.person_notes.setPlainText(d.notes or "")
            self.affiliations.set_rows([a for a in d.affiliations if a.person_id == d.id])
        else:
            self.org_name.setText(d.display_name)
            self.org_kind.set_value(d.actor_kind)
            self.legal_form.setText(d.legal_form or "")
            self.siren.setText(d.siren or "")
            self.siret.setText(d.siret or "")
            self.rna.setText(d.rna or "")
            self.website.setText(d.website or "")
            self.org_email.setText(d.email or "")
            self.org_phone.setText(d.phone or "")
            self.org_postal_code.setText(d.postal_code or "")
            self.org_city.setText(d.city or "")
            self.org_notes.setPlainText(d.notes or "")
        for button in self.natures.buttons():
            button.setEnabled(False)
        for edit in self.findChildren(QLineEdit):  # long values shown from their start
            edit.setCursorPosition(0)

    def data(self) -> StakeholderInput:
        """The values of the visible page, as the services take them."""
        if self.nature() is StakeholderNature.PERSON:
            return PersonInput(
                last_name=self.last_name.text(), first_name=self.first_name.text(),
                actor_kind=self.person_kind.value() or ActorKind.AUTRE,
                job_title=self.job_title.text(), email=self.person_email.text(),
                phone=self.person_phone.text(), public_mandate=self.public_mandate.text(),
                legal_basis=self.legal_basis.value(), source=self.source.text(),
                last_contact_on=self.last_contact.value(),
                notes=_text(self.person_notes), civility=self.civility.value(),
                postal_code=self.person_postal_code.text(), city=self.person_city.text(),
                first_contact_on=self.first_contact.value())
        return OrganisationInput(
            name=self.org_name.text(), actor_kind=self.org_kind.value() or ActorKind.AUTRE,
            legal_form=self.legal_form.text(), siren=self.siren.text(),
            siret=self.siret.text(), rna=self.rna.text(), website=self.website.text(),
            email=self.org_email.text(), phone=self.org_phone.text(),
            notes=_text(self.org_notes), postal_code=self.org_postal_code.text(),
            city=self.org_city.text())

    def affiliation_links(self) -> tuple[AffiliationInput, ...]:
        """A person's organisations as listed (an organisation has none of its own here)."""
        return (self.affiliations.links() if self.nature() is StakeholderNature.PERSON
                else ())

    # -- saving -----------------------------------------------------------
    def save(self) -> None:
        data, allow = self.data(), self.allow_duplicate.isChecked()
        collected = CollectedStakeholder(data, allow, self.affiliation_links())
        try:
            if self.deferred:
                self._refuse_lookalikes(data, allow)
                self.collected = collected
            elif self.detail is None:
                create, steps = collected.commands(self.context)
                execute(self.context, _together(self.context, create.text(), steps))
                self.saved_id = create.created_id
            else:
                self.saved_id = self.detail.id
                execute(self.context, self._edit(data, allow))
        except stakeholders.DuplicateStakeholderError:
            self.allow_duplicate.show()
            raise

    def _edit(self, data: StakeholderInput, allow: bool) -> ServiceCommand:
        assert self.detail is not None
        edit = EditStakeholder(self.context, self.detail.id, self.detail.to_input(), data,
                               allow_duplicate=allow)
        before = tuple(AffiliationInput(a.organisation_id, a.role, a.start_on, a.end_on)
                       for a in self.detail.affiliations if a.person_id == self.detail.id)
        after = self.affiliation_links()
        if not self.detail.is_person or after == before:
            return edit
        return _together(self.context, edit.text(), [edit, SetAffiliations(
            self.context, self.detail.id, stakeholder_name(data), before, after)])

    def _refuse_lookalikes(self, data: StakeholderInput, allow: bool) -> None:
        if allow:
            return
        found = stakeholders.find_possible_duplicates(self.context.database, data, limit=3)
        if found:
            self.allow_duplicate.show()
            names = ", ".join(quoted(row.display_name) for row in found)
            raise UserError(self.tr(
                "This stakeholder may already exist: {0}. Pick the existing one, or tick "
                "“save anyway”.").format(names))


def _together(context: AppContext, text: str, steps: list[ServiceCommand]) -> ServiceCommand:
    """One step as it is, several as one undoable edit named ``text``."""
    if len(steps) == 1:
        return steps[0]
    compound = CompoundCommand(context, text)
    for step in steps:
        compound.add(step)
    return compound


def edit_stakeholder(context: AppContext, parent: QWidget | None,
                     stakeholder_id: UUID | None = None,
                     nature: StakeholderNature | None = None, name: str = "") -> UUID | None:
    """Open the stakeholder form (a new one of ``nature`` when ``stakeholder_id`` is None,
    its name taken from ``name``).

    Returns the saved stakeholder's id, or None when the user cancelled.
    """
    detail = (stakeholders.get_stakeholder(context.database, stakeholder_id)
              if stakeholder_id is not None else None)
    dialog = StakeholderDialog(context, parent, detail, nature, name=name)
    accepted = dialog.exec() == StakeholderDialog.DialogCode.Accepted
    return dialog.saved_id if accepted else None


def creator_labels() -> dict[StakeholderNature, str]:
    """The « Créer … » entries' labels (``{0}``: the text typed)."""
    return {StakeholderNature.PERSON: QCoreApplication.translate(
                "StakeholderPicker", "Create the person “{0}”…"),
            StakeholderNature.ORGANISATION: QCoreApplication.translate(
                "StakeholderPicker", "Create the organisation “{0}”…")}


def stakeholder_creators(context: AppContext, parent: Callable[[], QWidget | None],
                         natures: tuple[StakeholderNature, ...] = tuple(StakeholderNature)
                         ) -> list[Creator]:
    """« Créer … » entries for a picker: the stakeholder form, opened with the text typed."""
    labels = creator_labels()

    def creator(nature: StakeholderNature) -> Creator:
        def create(text: str) -> Choice | None:
            saved = edit_stakeholder(context, parent(), nature=nature, name=text)
            if saved is None:
                return None
            return Choice(saved, stakeholders.get_stakeholder(context.database,
                                                              saved).display_name)
        return Creator(labels[nature], create)

    return [creator(nature) for nature in natures]


def stakeholder_picker(context: AppContext, parent: QWidget | None, placeholder: str = "",
                       natures: tuple[StakeholderNature, ...] = tuple(StakeholderNature)
                       ) -> SearchPicker:
    """A picker of the directory's stakeholders that can create one on the spot."""
    picker = SearchPicker(stakeholder_search(context, natures), parent, placeholder=placeholder)
    picker.creators = tuple(stakeholder_creators(context, picker.window, natures))
    return picker


def collect_stakeholder(context: AppContext, parent: QWidget | None,
                        nature: StakeholderNature | None = None, name: str = ""
                        ) -> CollectedStakeholder | None:
    """Describe a new stakeholder without writing it, to be created by a compound edit."""
    dialog = StakeholderDialog(context, parent, None, nature, deferred=True, name=name)
    accepted = dialog.exec() == StakeholderDialog.DialogCode.Accepted
    return dialog.collected if accepted else None
