"""Create or edit a project: identity, themes and territories, economic model and commons."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ingenierie.models.vocabulary import ProjectPhase, ProjectStatus, Scheme
from ingenierie.services.common import check_period, optional_text
from ingenierie.services.projects import project as projects
from ingenierie.services.reference import themes
from ingenierie.services.validation import require_text
from ingenierie.ui.context import AppContext
from ingenierie.ui.forms.choices import stakeholder_search, territory_search
from ingenierie.ui.forms.form import (
    DateField,
    FormDialog,
    MoneyField,
    VocabularyCombo,
    rgpd_hint,
)
from ingenierie.ui.forms.form import service_check as ok
from ingenierie.ui.forms.link_lists import ThemeChecklist, territory_links
from ingenierie.ui.forms.search_picker import SearchPicker
from ingenierie.ui.projects.commands import CreateProject, EditProject
from ingenierie.ui.undo import execute


def _short_text(height: int = 64) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setFixedHeight(height)
    return edit


class ProjectDialog(FormDialog):
    """The project form; OK creates the project or records the edit, undoably."""

    def __init__(self, context: AppContext, parent: QWidget | None,
                 detail: projects.ProjectDetail | None) -> None:
        super().__init__(self.tr("New project") if detail is None
                         else self.tr("Edit project"), parent)
        self.context, self.detail = context, detail
        self.saved_id: UUID | None = None
        self.setMinimumSize(640, 560)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._general_page(), self.tr("General"))
        self.tabs.addTab(self._links_page(), self.tr("Themes and territories"))
        self.tabs.addTab(self._model_page(), self.tr("Economic model and commons"))
        self.body.addWidget(self.tabs)
        if detail is not None:
            self._fill(detail)
        self._update_hybrid()

    # -- pages ------------------------------------------------------------
    def _general_page(self) -> QWidget:
        page, form = QWidget(self), self.new_form()
        page.setLayout(form)
        self.title_edit, self.code_edit = QLineEdit(), QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. Tiers-lieu de Pontanézen"))
        self.scheme = VocabularyCombo(Scheme)
        self.scheme.set_value(Scheme.AUTRE)
        self.phase, self.status = VocabularyCombo(ProjectPhase), VocabularyCombo(ProjectStatus)
        self.start_on, self.end_on = DateField(), DateField()
        self.lead = SearchPicker(stakeholder_search(self.context), placeholder=self.tr(
            "Type a name, then pick in the list"))
        self.budget = MoneyField("budget_cents", self.tr("Budget"))
        self.summary = QPlainTextEdit()
        self.add_field(form, "title", self.tr("Title *"), self.title_edit,
                       check=lambda: ok(lambda: require_text(
                           self.title_edit.text(), "title", "Le titre du projet", 300)))
        self.add_field(form, "code", self.tr("Code"), self.code_edit,
                       check=lambda: ok(lambda: optional_text(
                           self.code_edit.text(), "code", "Le code du projet", 40)))
        self.add_field(form, "scheme", self.tr("Scheme"), self.scheme)
        self.add_field(form, "phase", self.tr("Phase"), self.phase)
        self.add_field(form, "status", self.tr("Status"), self.status)
        self.add_field(form, "start_on", self.tr("Start"), self.start_on)
        self.add_field(form, "end_on", self.tr("End"), self.end_on,
                       check=lambda: ok(lambda: check_period(self.start_on.value(),
                                                             self.end_on.value())))
        self.start_on.changed.connect(self.revalidate)
        self.add_field(form, "lead_id", self.tr("Lead"), self.lead, check=self._lead_problem)
        self.add_field(form, "budget_cents", self.tr("Budget"), self.budget,
                       check=lambda: ok(self.budget.cents))
        self.add_field(form, "summary", self.tr("Description"), self.summary)
        return page

    def _links_page(self) -> QWidget:
        page, form = QWidget(self), self.new_form()
        page.setLayout(form)
        chosen = {t.id for t in self.detail.themes} if self.detail else set()
        self.themes = ThemeChecklist(themes.list_themes(self.context.database), chosen)
        self.territories = territory_links(territory_search(self.context),
                                           self.detail.territories if self.detail else ())
        self.add_field(form, "theme_ids", self.tr("Themes"), self.themes)
        self.add_field(form, "territories", self.tr("Territories"), self.territories)
        return page

    def _model_page(self) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.addWidget(QLabel(self.tr("<b>Resources of the economic model</b>"), page))
        self.funds = {
            "funds_public": QCheckBox(self.tr("Public funding")),
            "funds_market": QCheckBox(self.tr("Market resources (sales, services)")),
            "funds_non_market": QCheckBox(self.tr("Non-market resources (gifts, sponsorship)")),
            "funds_volunteer": QCheckBox(self.tr("Volunteering")),
        }
        for box in self.funds.values():
            column.addWidget(box)
            box.toggled.connect(lambda _: self._update_hybrid())
        self.hybrid = QLabel(page)
        self.hybrid.setStyleSheet("color: #0b4f93;")
        column.addWidget(self.hybrid)
        column.addWidget(QLabel(self.tr(
            "<b>Commons</b> — a resource, a community, the rules they share"), page))
        form = self.new_form()
        column.addLayout(form)
        self.commons_resource, self.commons_community, self.commons_rules = (
            _short_text(), _short_text(), _short_text())
        self.add_field(form, "commons_resource", self.tr("Shared resource"),
                       self.commons_resource)
        self.add_field(form, "commons_community", self.tr("Community"), self.commons_community)
        self.add_field(form, "commons_rules", self.tr("Rules"), self.commons_rules)
        column.addWidget(rgpd_hint(page))
        column.addStretch(1)
        return page

    # -- state ------------------------------------------------------------
    def _lead_problem(self) -> str | None:
        if self.lead.is_unresolved():
            return self.tr("Pick the lead in the suggestions, or clear the field.")
        return None

    def _update_hybrid(self) -> None:
        ticked = sum(box.isChecked() for box in self.funds.values())
        self.hybrid.setText(self.tr("Hybrid model: several kinds of resources.")
                            if ticked > 1 else "")

    def _fill(self, d: projects.ProjectDetail) -> None:
        self.title_edit.setText(d.title)
        self.code_edit.setText(d.code or "")
        self.scheme.set_value(d.scheme)
        self.phase.set_value(d.phase)
        self.status.set_value(d.status)
        self.start_on.set_value(d.start_on)
        self.end_on.set_value(d.end_on)
        self.lead.set_value(d.lead_id, d.lead_name or "")
        self.budget.set_cents(d.budget_cents)
        self.summary.setPlainText(d.summary or "")
        for name, box in self.funds.items():
            box.setChecked(getattr(d, name))
        self.commons_resource.setPlainText(d.commons_resource or "")
        self.commons_community.setPlainText(d.commons_community or "")
        self.commons_rules.setPlainText(d.commons_rules or "")

    def data(self) -> projects.ProjectInput:
        """The form's values as the services take them (the budget must parse)."""
        return projects.ProjectInput(
            title=self.title_edit.text(), code=self.code_edit.text(),
            summary=self.summary.toPlainText(), scheme=self.scheme.value() or Scheme.AUTRE,
            phase=self.phase.value() or ProjectPhase.EMERGENCE,
            status=self.status.value() or ProjectStatus.ACTIF,
            start_on=self.start_on.value(), end_on=self.end_on.value(),
            lead_id=self.lead.value(), budget_cents=self.budget.cents(),
            commons_resource=self.commons_resource.toPlainText(),
            commons_community=self.commons_community.toPlainText(),
            commons_rules=self.commons_rules.toPlainText(),
            theme_ids=self.themes.chosen(), territories=self.territories.links(),
            **{name: box.isChecked() for name, box in self.funds.items()})

    def save(self) -> None:
        data = self.data()
        if self.detail is None:
            command = CreateProject(self.context, data)
            execute(self.context, command)
            self.saved_id = command.created_id
            return
        before = self.detail.to_input()
        if data != before:
            execute(self.context, EditProject(self.context, self.detail.id, before, data))
        self.saved_id = self.detail.id


def edit_project(context: AppContext, parent: QWidget | None,
                 project_id: UUID | None = None) -> UUID | None:
    """Open the project form (a new project when ``project_id`` is None).

    Returns the saved project's id, or None when the user cancelled.
    """
    detail = projects.get_project(context.database, project_id) if project_id else None
    dialog = ProjectDialog(context, parent, detail)
    accepted = dialog.exec() == ProjectDialog.DialogCode.Accepted
    return dialog.saved_id if accepted else None
