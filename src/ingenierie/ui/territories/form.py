"""Create or edit a territory: a kind, a name, an official code when the kind has one, and
the territory it lies in; a territory picker's « Créer … » entry opens the same form."""

from __future__ import annotations

from collections.abc import Callable
from uuid import UUID

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from ingenierie.models.vocabulary import TerritoryKind
from ingenierie.services.reference import territories
from ingenierie.services.validation import require_text
from ingenierie.ui.context import AppContext
from ingenierie.ui.forms.choices import territory_search
from ingenierie.ui.forms.form import FormDialog, VocabularyCombo
from ingenierie.ui.forms.form import service_check as ok
from ingenierie.ui.forms.search_picker import Choice, Creator, SearchPicker
from ingenierie.ui.territories.commands import CreateTerritory, EditTerritory
from ingenierie.ui.undo import execute


class TerritoryDialog(FormDialog):
    """The territory form; a new one is a "territoire de projet" unless chosen otherwise."""

    def __init__(self, context: AppContext, parent: QWidget | None,
                 row: territories.TerritoryRow | None, name: str = "") -> None:
        super().__init__(self.tr("New territory") if row is None else self.tr("Edit territory"),
                         parent)
        self.context, self.row = context, row
        self.saved_id: UUID | None = None
        self.setMinimumWidth(520)
        form = self.new_form()
        self.body.addLayout(form)
        self.name_edit, self.code_edit = QLineEdit(name), QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. Quartiers nord de Brest"))
        self.kind = VocabularyCombo(TerritoryKind)
        self.kind.set_value(TerritoryKind.CUSTOM)
        self.parent_picker = SearchPicker(territory_search(context), placeholder=self.tr(
            "Where it lies: name or code, then pick"))
        self.add_field(form, "name", self.tr("Name *"), self.name_edit, check=lambda: ok(
            lambda: require_text(self.name_edit.text(), "name", "Le nom du territoire", 200)))
        self.add_field(form, "kind", self.tr("Kind"), self.kind)
        self.add_field(form, "code", self.tr("Official code"), self.code_edit,
                       check=self._code_problem)
        self.add_field(form, "parent_id", self.tr("Lies in"), self.parent_picker,
                       check=self._parent_problem)
        self.kind.currentIndexChanged.connect(lambda _: self._kind_changed())
        hint = QLabel(self.tr("A “territoire de projet” is the project's own perimeter "
                              "(a group of communes, a neighbourhood…): it has no official "
                              "code. Communes, EPCI and QPV are best imported from the "
                              "official lists (File ▸ Import a workbook)."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #6b7280;")
        self.body.addWidget(hint)
        if row is not None:
            self.name_edit.setText(row.name)
            self.kind.set_value(row.kind)
            self.code_edit.setText(row.code or "")
            self.parent_picker.set_value(row.parent_id, row.parent_name or "")
        self._kind_changed()

    def _kind_changed(self) -> None:
        custom = self.kind.value() is TerritoryKind.CUSTOM
        self.code_edit.setEnabled(not custom)
        if custom:
            self.code_edit.clear()
        self.revalidate()

    def _code_problem(self) -> str | None:
        kind = self.kind.value()
        assert isinstance(kind, TerritoryKind)
        return ok(lambda: territories.check_territory_code(kind, self.code_edit.text()))

    def _parent_problem(self) -> str | None:
        if self.parent_picker.is_unresolved():
            return self.tr("Pick the territory in the suggestions, or clear the field.")
        return None

    def data(self) -> territories.TerritoryInput:
        kind = self.kind.value() or TerritoryKind.CUSTOM
        return territories.TerritoryInput(kind=kind, name=self.name_edit.text(),
                                          code=self.code_edit.text() or None,
                                          parent_id=self.parent_picker.value())

    def save(self) -> None:
        data = self.data()
        if self.row is None:
            command = CreateTerritory(self.context, data)
            execute(self.context, command)
            self.saved_id = command.created_id
            return
        if data != self.row.to_input():
            execute(self.context, EditTerritory(self.context, self.row, data))
        self.saved_id = self.row.id


def edit_territory(context: AppContext, parent: QWidget | None,
                   territory_id: UUID | None = None, name: str = "") -> UUID | None:
    """Open the territory form (a new one named ``name`` when ``territory_id`` is None);
    the saved territory's id, or None when cancelled."""
    row = territories.get_territory(context.database, territory_id) if territory_id else None
    dialog = TerritoryDialog(context, parent, row, name)
    accepted = dialog.exec() == TerritoryDialog.DialogCode.Accepted
    return dialog.saved_id if accepted else None


def territory_creator(context: AppContext, parent: Callable[[], QWidget | None]) -> Creator:
    """A « Créer le territoire … » entry for a territory picker: the territory form, opened
    with the text typed — on an empty database, the project's perimeter is made on the spot."""

    def create(text: str) -> Choice | None:
        saved = edit_territory(context, parent(), name=text)
        if saved is None:
            return None
        row = territories.get_territory(context.database, saved)
        return Choice(saved, row.name, " ".join(filter(None, (row.kind.label, row.code))))

    return Creator(QCoreApplication.translate("TerritoryPicker", "Create the territory “{0}”…"),
                   create)
