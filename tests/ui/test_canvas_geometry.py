"""Pure placement rules of the canvas: lane bands, zone lines, snapping."""

from __future__ import annotations

from ui.canvas.geometry import (
    HEADER_WIDTH,
    band_at,
    cell_in_band,
    lane_bands,
    lane_insert_index,
    zone_lines,
)
from workbench.model import Lane, LaneKind

LANES = [
    Lane("c", "Customer", LaneKind.CUSTOMER, height=100),
    Lane("f", "Agent", LaneKind.FRONTSTAGE, height=150),
    Lane("b", "Installer", LaneKind.BACKSTAGE, height=120),
]


def test_bands_stack_in_model_order():
    bands = lane_bands(LANES)
    assert [(b.lane_id, b.top, b.bottom) for b in bands] == [
        ("c", 0, 100), ("f", 100, 250), ("b", 250, 370)
    ]
    assert band_at(bands, 120).lane_id == "f"
    assert band_at(bands, 999).lane_id == "b"


def test_zone_lines_sit_between_the_zones():
    assert zone_lines(lane_bands(LANES)) == {"interaction": 100, "visibility": 250}
    assert zone_lines(lane_bands(LANES[:1])) == {}


def test_cells_snap_and_stay_inside_their_lane():
    band = lane_bands(LANES)[1]
    assert cell_in_band(band, 333, 104) == (330, 0)
    assert cell_in_band(band, 10, 400) == (HEADER_WIDTH + 10, 150 - 64)


def test_lane_insert_index_counts_lanes_above_the_drop():
    bands = lane_bands(LANES)
    assert lane_insert_index(bands, "b", 10) == 0
    assert lane_insert_index(bands, "c", 360) == 2
