"""How a version's drawing is spread over pages: one page when it fits at a
legible scale, else tiles cut between steps (`workbench.diagram.tiles`).

The scale never drops below `MIN_SCALE`, where the drawing's smallest text (durations and
badges, `style.SMALL_SIZE`) prints at 7 pt; it is the largest, up to 1, that keeps the
fewest pages. A flat diagram (every lane in one row) stacks its tiles as strips, several to
a page when they fit, like lines of text.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from workbench.diagram import style
from workbench.diagram.drawing import Drawing
from workbench.diagram.tiles import Window, extent, windows

MIN_TEXT = 7.0  # points: no diagram text is printed smaller
MIN_SCALE = MIN_TEXT / style.SMALL_SIZE
MAX_SCALE = 1.0
STRIP_GAP = 20.0  # points between strips on one page, room for their continuation marks

Tile = Window


@dataclass(frozen=True)
class TilePlan:
    scale: float
    tiles: tuple[Tile, ...]  # in reading order: column by column, top to bottom within one
    per_page: int = 1  # tiles stacked on one page (strips of a flat diagram)
    width: float = 0.0  # the page's room for a tile, in points
    height: float = 0.0

    @property
    def split(self) -> bool:
        return len(self.tiles) > 1

    @property
    def pages(self) -> int:
        return math.ceil(len(self.tiles) / self.per_page)

    def on_page(self, page: int) -> tuple[int, ...]:
        """The tiles (indices) drawn on the diagram's `page`-th page, top to bottom."""
        first = page * self.per_page
        return tuple(range(first, min(first + self.per_page, len(self.tiles))))

    def index(self, row: int, column: int) -> int | None:
        """The tile at row, column, if there is one (a part of the grid with no step has
        none)."""
        for number, tile in enumerate(self.tiles):
            if tile.row == row and tile.column == column:
                return number
        return None

    def page_of(self, tile: int) -> int:
        return tile // self.per_page

    def scale_of(self, tile: Tile) -> float:
        """The plan's scale, or less for a tile the cuts could not keep within the page
        (steps packed closer than a page's width): never below `MIN_SCALE`."""
        needed = max((style.HEADER_WIDTH + tile.x1 - tile.x0) / self.width,
                     (tile.y1 - tile.y0) / self.height)
        return max(MIN_SCALE, min(self.scale, 1 / needed))


def plan_tiles(drawing: Drawing, width: float, height: float) -> TilePlan:
    """Tiles for drawing `drawing` in a box of `width` x `height` points."""
    whole = extent(drawing)
    fit = min(width / (style.HEADER_WIDTH + whole.w), height / whole.h, MAX_SCALE)
    if fit >= MIN_SCALE:
        return _plan(drawing, width, height, fit)
    ceiling = max(MIN_SCALE, min(MAX_SCALE, height / whole.h))
    pages = _plan(drawing, width, height, MIN_SCALE).pages
    low, high = MIN_SCALE, ceiling  # as large as it can be without adding a page
    if _plan(drawing, width, height, high).pages <= pages:
        low = high
    for _ in range(16):
        if high - low < 0.005:
            break
        middle = (low + high) / 2
        if _plan(drawing, width, height, middle).pages <= pages:
            low = middle
        else:
            high = middle
    return _plan(drawing, width, height, low)


def _plan(drawing: Drawing, width: float, height: float, scale: float) -> TilePlan:
    tiles = tuple(windows(drawing, width / scale, height / scale))
    per_page = 1
    if all(tile.row == 0 for tile in tiles):
        strip = max(tile.y1 - tile.y0 for tile in tiles) * scale
        per_page = max(1, int((height + STRIP_GAP) // (strip + STRIP_GAP)))
    return TilePlan(scale, tiles, per_page, width, height)
