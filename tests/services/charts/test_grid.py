"""The power/interest grid as plain data: four quadrants tiling the 5 × 5 scores."""

from __future__ import annotations

from ingenierie.models.vocabulary import Quadrant
from ingenierie.services.charts.grid import QUADRANTS, SCORES, quadrant_area


def test_the_quadrants_tile_the_grid_as_the_vocabulary_classifies_scores():
    covered = [(influence, interest, area.quadrant) for area in QUADRANTS
               for influence in area.influence for interest in area.interest]
    assert len(covered) == len(SCORES) ** 2
    assert {(i, j) for i, j, _ in covered} == {(i, j) for i in SCORES for j in SCORES}
    assert all(Quadrant.of(i, j) is quadrant for i, j, quadrant in covered)


def test_each_quadrant_is_a_block_read_from_its_top_left_cell():
    for area in QUADRANTS:
        assert list(area.influence) == list(range(area.influence[0], area.influence[-1] - 1, -1))
        assert list(area.interest) == list(range(area.interest[0], area.interest[-1] + 1))


def test_manage_closely_is_the_top_right_block_with_its_french_label_and_colours():
    area = quadrant_area(Quadrant.GERER_DE_PRES)
    assert (area.label, area.influence, area.interest) == ("Gérer de près", (5, 4, 3), (3, 4, 5))
    assert (area.tint, area.ink) == ("#fde4df", "#a3261a")
    assert [a.label for a in QUADRANTS] == ["Gérer de près", "Tenir satisfait", "Tenir informé",
                                            "Surveiller"]
