"""The list models: ids held, rows fetched by page, refreshed by what writes announce."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from ingenierie.services.projects import project as projects
from ingenierie.services.projects.listing import ProjectFilter
from ingenierie.services.stakeholders import stakeholder as stakeholders
from ingenierie.services.stakeholders.listing import StakeholderFilter
from ingenierie.ui.context import AppContext
from ingenierie.ui.lists.paged_model import PagedTableModel
from ingenierie.ui.projects.model import ProjectListModel
from ingenierie.ui.stakeholders.model import DirectoryModel


def loaded(qtbot: Any, model: PagedTableModel[Any, Any]) -> PagedTableModel[Any, Any]:
    with qtbot.waitSignal(model.keys_replaced):
        model.reload()
    return model


def column_texts(model: PagedTableModel[Any, Any], column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_project_model_passes_the_model_tester(qtbot: Any, qtmodeltester: Any,
                                                context: AppContext, workspace: Any) -> None:
    model = loaded(qtbot, ProjectListModel(context))
    assert model.rowCount() == 1
    assert model.index(0, 1).data() == "Contrat de réciprocité Brest – Centre Bretagne"
    assert model.index(0, 5).data() == "Collaboration"
    assert model.index(0, 7).data() == "Brest métropole, Pays du Centre Ouest Bretagne"
    qtmodeltester.check(model)


def test_directory_model_passes_the_model_tester(qtbot: Any, qtmodeltester: Any,
                                                 context: AppContext, workspace: Any) -> None:
    model = loaded(qtbot, DirectoryModel(context))
    assert column_texts(model, 0)[:3] == [
        "Brest métropole", "Conseil de développement", "Nolwenn Le Bihan"]
    assert model.total == 6
    qtmodeltester.check(model)


def test_filter_and_sort_rerun_the_query(qtbot: Any, context: AppContext,
                                         workspace: Any) -> None:
    model = loaded(qtbot, DirectoryModel(context))
    with qtbot.waitSignal(model.keys_replaced):
        model.set_filter(StakeholderFilter(text="bretagne"))
    assert column_texts(model, 0) == ["Pays du Centre Ouest Bretagne", "Région Bretagne"]
    with qtbot.waitSignal(model.keys_replaced):
        model.sort(0, Qt.SortOrder.DescendingOrder)
    assert column_texts(model, 0) == ["Région Bretagne", "Pays du Centre Ouest Bretagne"]


def test_an_announced_write_repaints_the_row_and_the_membership(
        qtbot: Any, context: AppContext, workspace: Any) -> None:
    model = loaded(qtbot, ProjectListModel(context))
    detail = projects.get_project(context.database, workspace.project_id)
    renamed = projects.update_project(
        context.database, detail.id,
        projects.ProjectInput(**{**_fields(detail), "title": "Réciprocité"}))
    with qtbot.waitSignals([model.dataChanged, model.keys_replaced]):
        context.changes.announce(renamed.changes)
    assert model.index(0, 1).data() == "Réciprocité"
    archived = projects.archive_project(context.database, detail.id)
    with qtbot.waitSignal(model.keys_replaced):
        context.changes.announce(archived)
    assert model.rowCount() == 0
    with qtbot.waitSignal(model.keys_replaced):
        model.set_filter(ProjectFilter(include_archived=True))
    assert model.index(0, 1).data(Qt.ItemDataRole.FontRole).italic()


def test_a_row_deleted_under_the_list_reads_as_empty(qtbot: Any, context: AppContext,
                                                     workspace: Any) -> None:
    model = loaded(qtbot, DirectoryModel(context))
    first = model.id_at(0)
    merged_into = model.id_at(1)
    stakeholders.archive_stakeholder(context.database, first)
    with context.database.write() as session:
        session.execute(_delete_stakeholder(), {"id": first.hex})
    assert model.index(0, 0).data() is None  # gone: no exception, no text
    assert model.index(1, 0).data() is not None
    assert merged_into is not None


def _fields(detail: projects.ProjectDetail) -> dict[str, Any]:
    values = detail.to_input()
    return {name: getattr(values, name) for name in values.__dataclass_fields__}


def _delete_stakeholder() -> Any:
    from sqlalchemy import text
    return text("DELETE FROM stakeholder WHERE id = :id")
