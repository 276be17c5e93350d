"""The keyboard in every form: the first field has the focus (never « Annuler »), Enter in a
one-line field saves a valid form, Tab leaves multi-line fields, Ctrl+Tab and Ctrl+PgDown turn
the pages from anywhere; fields never move when a
message appears under one, and the personal-data note covers no field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QPushButton, QWidget

from ingenierie.services.projects import project as projects
from ingenierie.ui.projects.dialog import ProjectDialog
from ingenierie.ui.projects.page.funding_dialog import FundingDialog
from ingenierie.ui.projects.page.interaction_dialog import InteractionDialog
from ingenierie.ui.projects.page.involvement_dialog import InvolvementDialog
from ingenierie.ui.projects.page.stage_dialog import StageDialog
from ingenierie.ui.stakeholders.dialog import StakeholderDialog


def shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return dialog


def every_form(context, project_id):
    detail = projects.get_project(context.database, project_id)
    return {
        "project": lambda: ProjectDialog(context, None, None),
        "stakeholder": lambda: StakeholderDialog(context, None, None, None),
        "involvement": lambda: InvolvementDialog(context, None, project_id, None),
        "stage": lambda: StageDialog(context, None, detail),
        "exchange": lambda: InteractionDialog(context, None, project_id, None),
        "funding": lambda: FundingDialog(context, None, project_id, None),
    }


FIRST_FIELD = {"project": "title_edit", "stakeholder": "civility", "involvement": "picker",
               "stage": "stage", "exchange": "occurred_on", "funding": "funder"}


@pytest.mark.parametrize("form", list(FIRST_FIELD))
def test_the_first_field_has_the_focus_and_space_never_cancels(qtbot, context, workspace,
                                                               form):
    dialog = shown(qtbot, every_form(context, workspace.project_id)[form]())
    first = getattr(dialog, FIRST_FIELD[form])
    assert QApplication.focusWidget() in (first, first.focusProxy())
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert not cancel.autoDefault() and not cancel.isDefault()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert dialog.isVisible()
    if (popup := QApplication.activePopupWidget()) is not None:  # a list opened by Space
        popup.close()
    others = [b for b in dialog.findChildren(QPushButton) if b is not dialog.ok_button]
    assert not any(b.autoDefault() or b.isDefault() for b in others)


def test_enter_in_a_one_line_field_saves_a_valid_form(qtbot, context, db):
    dialog = shown(qtbot, ProjectDialog(context, None, None))
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()  # no title yet: nothing happens
    qtbot.keyClicks(dialog.title_edit, "Jardins partages de Kerourien")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    assert dialog.result() == ProjectDialog.DialogCode.Accepted
    assert projects.get_project(db, dialog.saved_id).title == "Jardins partages de Kerourien"


def test_tab_and_shift_tab_leave_a_multi_line_field(qtbot, context, workspace):
    detail = projects.get_project(context.database, workspace.project_id)
    dialog = shown(qtbot, StageDialog(context, None, detail))
    dialog.evidence.setFocus()
    qtbot.keyClicks(dialog.evidence, "Charte signee")
    qtbot.keyClick(dialog.evidence, Qt.Key.Key_Tab)
    assert dialog.evidence.toPlainText() == "Charte signee"
    assert QApplication.focusWidget() is dialog.recorded_by
    qtbot.keyClick(dialog.recorded_by, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is dialog.evidence


def test_ctrl_tab_and_ctrl_page_down_turn_a_forms_pages_from_any_field(qtbot, context):
    dialog = shown(qtbot, ProjectDialog(context, None, None))
    pages = dialog.tabs
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert pages.currentIndex() == 1
    assert pages.currentWidget().isAncestorOf(QApplication.focusWidget())  # its first field
    dialog.ok_button.setFocus()  # outside the pages: Qt's own Ctrl+Tab did nothing there
    qtbot.keyClick(dialog.ok_button, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert pages.currentIndex() == 2
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab,
                   Qt.KeyboardModifier.ControlModifier)
    assert pages.currentIndex() == 0  # round the end
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp,
                   Qt.KeyboardModifier.ControlModifier)
    assert pages.currentIndex() == 2


def _top(widget: QWidget, dialog: QWidget) -> int:
    return widget.mapTo(dialog, QPoint(0, 0)).y()


def test_a_message_appearing_or_going_moves_no_field(qtbot, context):
    dialog = shown(qtbot, StakeholderDialog(context, None, None, None))
    below = [dialog.person_kind, dialog.job_title, dialog.person_email, dialog.person_notes]
    before = [_top(widget, dialog) for widget in below]
    assert dialog.error_text("last_name")  # "Le nom est obligatoire", shown muted
    dialog.last_name.setFocus()
    qtbot.keyClicks(dialog.last_name, "Morvan")
    assert dialog.error_text("last_name") is None
    qtbot.keyClicks(dialog.person_email, "morvan@")
    assert dialog.error_text("email")
    assert [_top(widget, dialog) for widget in below] == before


@pytest.mark.parametrize("form", ["involvement", "stage", "stakeholder"])
def test_the_personal_data_note_covers_no_field(qtbot, context, workspace, form):
    dialog = shown(qtbot, every_form(context, workspace.project_id)[form]())
    dialog.resize(dialog.minimumSizeHint())
    qtbot.wait(10)
    notes = [label for label in dialog.findChildren(QLabel)
             if label.isVisibleTo(dialog) and "Données personnelles" in label.text()]
    assert notes
    fields = [w for w in dialog.findChildren(QWidget) if w.isVisibleTo(dialog)
              and w.focusPolicy() & Qt.FocusPolicy.TabFocus and not isinstance(w, QLabel)
              and not any(w.isAncestorOf(note) for note in notes)]  # not the tabs around
    for note in notes:
        area = QRect(note.mapTo(dialog, QPoint(0, 0)), note.size())
        for field in fields:
            assert not area.intersects(QRect(field.mapTo(dialog, QPoint(0, 0)), field.size())), (
                field.accessibleName())
