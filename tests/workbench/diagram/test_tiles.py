"""Where a drawing too big for a page is cut: in the gaps between steps, so every step is
whole on one tile, no tile holds only the end of a connector, and lanes stay whole."""

from __future__ import annotations

import pytest

from bench.synthetic import synthetic_document
from workbench.diagram import EstimatedMetrics, build_drawing
from workbench.diagram.tiles import Cluster, column_cuts, extent, step_extent, windows
from workbench.examples import EXAMPLES


@pytest.mark.parametrize("steps", [40, 150])
@pytest.mark.parametrize("room", [(1100.0, 650.0), (800.0, 2000.0)])
def test_cuts_go_between_steps_and_every_tile_shows_a_step(
    steps: int, room: tuple[float, float]
) -> None:
    drawing = build_drawing(synthetic_document(steps).versions[0], EstimatedMetrics())
    tiles = windows(drawing, *room)
    assert len(tiles) > 1
    for tile in tiles:
        assert tile.steps, f"tile {tile.row},{tile.column} holds no step"
        assert tile.x1 - tile.x0 <= room[0] - 150 + 0.5
        for node_id in drawing.steps:
            whole = step_extent(drawing, node_id)
            assert not whole.x < tile.x0 < whole.right, f"cut at {tile.x0} through {node_id}"
    for node_id in drawing.steps:
        whole = step_extent(drawing, node_id)
        holding = [t for t in tiles if t.x0 <= whole.x and whole.right <= t.x1
                   and t.y0 <= whole.y and whole.bottom <= t.y1]
        assert len({(t.row, t.column) for t in holding}) >= 1, node_id


def test_lanes_are_grouped_into_rows_only_when_they_do_not_fit() -> None:
    drawing = build_drawing(synthetic_document(40).versions[0], EstimatedMetrics())
    tall = extent(drawing).h
    assert {t.row for t in windows(drawing, 1200.0, tall + 1)} == {0}
    rows = windows(drawing, 1200.0, tall / 2)
    assert {t.row for t in rows} >= {0, 1}
    for tile in rows:
        assert tile.y0 <= tile.bands[0].top and tile.bands[-1].bottom <= tile.y1


def test_a_flow_that_fits_is_one_tile() -> None:
    drawing = build_drawing(EXAMPLES["example"]().versions[0], EstimatedMetrics())
    whole = extent(drawing)
    assert len(windows(drawing, whole.w + 150 + 1, whole.h + 1)) == 1


def test_a_thin_remainder_is_not_left_on_a_tile_of_its_own() -> None:
    """The connectors' end past the last step goes with the last steps, never alone."""
    parts = [Cluster(150, 500, 2), Cluster(520, 900, 3)]
    cuts = column_cuts(parts, 150.0, 1200.0, 800.0)
    assert cuts and cuts[-1] < 520  # the last steps moved to the tile with the stub
    assert column_cuts(parts, 150.0, 950.0, 810.0) == []
