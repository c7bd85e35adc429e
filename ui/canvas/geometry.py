"""Where things go on the canvas: the editor's grid, snapping and lane hit-testing.

Coordinates: lanes are stacked from y=0 in the version's order, each as tall as its
`Lane.height`, with a header of `HEADER_WIDTH` on the left. A step's `Node.x` is the scene x
of its cell's left edge; `Node.y` is the cell's top measured from its lane's top; the
drawing engine (`workbench.diagram`) centres the step's box, sized to its label, on the
cell's centre and does all the rest (lane bands, zone lines, routes, captions).
"""

from __future__ import annotations

from collections.abc import Sequence

from workbench.diagram.lanes import LaneBand, band_at, lane_bands, zone_lines
from workbench.diagram.style import CELL_HEIGHT, CELL_WIDTH, GRID, HEADER_WIDTH

__all__ = [
    "CELL_HEIGHT", "CELL_WIDTH", "GRID", "HEADER_WIDTH", "LaneBand", "band_at", "cell_in_band",
    "lane_bands", "lane_insert_index", "snap", "zone_lines",
]

MIN_LANE_HEIGHT = 80.0
MIN_LANE_WIDTH = 1400.0
RIGHT_MARGIN = 240.0
LANE_EDGE_GRIP = 5.0


def snap(value: float, grid: float = GRID) -> float:
    return round(value / grid) * grid


def cell_in_band(band: LaneBand, x: float, y: float) -> tuple[float, float]:
    """A snapped cell position (x, offset in lane) for a cell whose top-left is at scene x, y."""
    cell_x = max(HEADER_WIDTH + GRID, snap(x))
    offset = snap(y - band.top)
    offset = max(0.0, min(offset, max(0.0, band.height - CELL_HEIGHT)))
    return cell_x, offset


def lane_insert_index(bands: Sequence[LaneBand], lane_id: str, y: float) -> int:
    """The index a dragged lane takes when dropped at scene y (among the other lanes)."""
    others = [b for b in bands if b.lane_id != lane_id]
    return sum(1 for b in others if b.top + b.height / 2 < y)
