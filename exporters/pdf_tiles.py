"""How a diagram is cut into pages: one page when it stays readable, else a grid of tiles.

A swimlane diagram scaled to fit a sheet turns into grey dust past a few dozen steps, so
below `MIN_SCALE` (step labels under about 5.5 pt) the diagram is printed in tiles at a
readable scale instead. Tiles overlap by a step's width, so every step appears whole on
some page; lanes split only between lanes, never through one. Tiles run column by column
(all lanes of the first part of the flow, then the next part), the order a reader follows
the customer's story. A flat diagram (every lane in one tile) stacks its tiles as strips,
several to a page, like lines of text.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from exporters import pdf_theme as theme
from exporters.pdf_geometry import Band, DiagramLayout

MIN_SCALE = 0.5
MAX_SCALE = 1.1
OVERLAP = theme.CELL_WIDTH + 32.0
STRIP_GAP = 20.0  # points between strips on one page, room for their continuation marks


@dataclass(frozen=True)
class Tile:
    row: int
    column: int
    x0: float  # the scene window shown right of the lane headers
    x1: float
    y0: float
    y1: float
    bands: tuple[Band, ...]


@dataclass(frozen=True)
class TilePlan:
    scale: float
    rows: int
    columns: int
    tiles: tuple[Tile, ...]  # in reading order: column by column, top to bottom within one
    per_page: int = 1  # tiles stacked on one page (strips of a flat diagram)

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
        """The tile at row, column, if there is one."""
        if 0 <= row < self.rows and 0 <= column < self.columns:
            return column * self.rows + row
        return None

    def page_of(self, tile: int) -> int:
        return tile // self.per_page


def plan_tiles(layout: DiagramLayout, width: float, height: float) -> TilePlan:
    """Tiles for drawing `layout` in a box of `width` x `height` points."""
    fit = min(width / layout.width, height / layout.height) if layout.bands else 1.0
    if fit >= MIN_SCALE:
        scale = min(fit, MAX_SCALE)
        return _plan(layout, width, height, scale)
    tallest = max(bottom - top for top, bottom in layout.reach.values())
    ceiling = min(MAX_SCALE, height / tallest)
    scale = min(MIN_SCALE, ceiling)
    pages = _count(layout, width, height, scale)
    # As large as it can be without adding a page, so the tiles fill their sheets.
    low, high = scale, max(scale, ceiling)
    for _ in range(18):
        middle = (low + high) / 2
        if _count(layout, width, height, middle) <= pages:
            low = middle
        else:
            high = middle
    return _plan(layout, width, height, low)


def _count(layout: DiagramLayout, width: float, height: float, scale: float) -> int:
    """Pages the diagram takes at `scale`."""
    windows, rows = len(_windows(layout, width, scale)), _rows(layout, height, scale)
    return math.ceil(windows * len(rows) / _per_page(layout, height, scale, len(rows)))


def _per_page(layout: DiagramLayout, height: float, scale: float, rows: int) -> int:
    if rows != 1:
        return 1
    strip = layout.height * scale
    return max(1, int((height + STRIP_GAP) // (strip + STRIP_GAP)))


def _windows(layout: DiagramLayout, width: float, scale: float) -> list[tuple[float, float]]:
    room = width / scale - theme.HEADER_WIDTH
    left, right = theme.HEADER_WIDTH, layout.width
    if left + room >= right:
        return [(left, right)]
    step = max(room - OVERLAP, room / 2)
    count = 1 + math.ceil((right - left - room) / step)
    return [(left + k * step, left + k * step + room) for k in range(count)]


def _rows(layout: DiagramLayout, height: float, scale: float) -> list[tuple[Band, ...]]:
    """Consecutive lanes grouped so that all each group draws (steps hanging over a lane's
    edge, loops below the last lane) fits the page height."""
    room = height / scale
    rows: list[list[Band]] = []
    for band in layout.bands:
        if rows and _extent([*rows[-1], band], layout)[1] - _extent(rows[-1], layout)[0] <= room:
            rows[-1].append(band)
        else:
            rows.append([band])
    return [tuple(row) for row in rows]


def _extent(bands: list[Band] | tuple[Band, ...], layout: DiagramLayout) -> tuple[float, float]:
    spans = [layout.reach[band.lane.id] for band in bands]
    return min(top for top, _ in spans), max(bottom for _, bottom in spans)


def _plan(layout: DiagramLayout, width: float, height: float, scale: float) -> TilePlan:
    windows = _windows(layout, width, scale)
    rows = _rows(layout, height, scale) if layout.bands else [()]
    tiles = []
    for column, (x0, x1) in enumerate(windows):
        for row, bands in enumerate(rows):
            top, bottom = _extent(bands, layout) if bands else (0.0, layout.height)
            tiles.append(Tile(row, column, x0, x1, top, bottom, bands))
    per_page = _per_page(layout, height, scale, len(rows))
    return TilePlan(scale, len(rows), len(windows), tuple(tiles), per_page)
