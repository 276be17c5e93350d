"""A list of records with their role: the role and the Remove button of a line added are
shown whole (the columns were sized to their empty items: « P▾ » and « etire »)."""

from __future__ import annotations

import uuid

from ingenierie.models.vocabulary import TerritoryRole
from ingenierie.ui.forms.link_lists import territory_links


def test_a_line_added_shows_its_role_and_remove_button_whole(qtbot):
    links = territory_links(lambda _text: [], ())
    qtbot.addWidget(links)
    links.resize(500, 300)
    links.show()
    qtbot.waitExposed(links)
    links.add(uuid.uuid4(), "Presqu’île de Plougastel", TerritoryRole.PERIMETRE)
    table = links.table
    for column in (1, 2):
        widget = table.cellWidget(0, column)
        assert table.columnWidth(column) >= widget.sizeHint().width()
