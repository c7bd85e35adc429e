"""The pages that carry a version's diagram: a title with the legend, the drawing,
and, when the diagram is cut into tiles, an overview page and continuation marks that tell
the reader which page to turn to ("continued → page 7").

Each flowable fills exactly one page, so a tile's page is the first tile's page plus its
position in the plan: page references need no second pass over the document.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from exporters import pdf_theme as theme
from exporters.pdf_diagram import Diagram, Viewport, draw_tile
from exporters.pdf_fonts import SYMBOL, ReportFonts
from exporters.pdf_tiles import MAX_SCALE, MIN_TEXT, STRIP_GAP, Tile, TilePlan
from workbench.diagram import style
from workbench.diagram.tiles import Window, extent
from workbench.i18n import tr
from workbench.model import ValueClass
from workbench.vocabulary import FAIL_POINT

TITLE_BAND = 30.0
MARK_BAND = 20.0
TITLE_SIZE = 13.0
MIN_TITLE_SIZE = 9.0
LEGEND_GAP = 12.0  # between the title and the legend
MARK_SIZE = 9.0
LEGEND_SIZE = 8.5

Outline = tuple[str, int]  # a bookmark: title and outline level


def diagram_box(frame_width: float, frame_height: float) -> tuple[float, float]:
    """The room a tile's drawing gets inside a diagram page's frame."""
    return frame_width, frame_height - TITLE_BAND - MARK_BAND


class _Page(Flowable):
    """A flowable that takes the whole frame and draws one diagram page."""

    def __init__(
        self,
        diagram: Diagram,
        plan: TilePlan,
        title: str,
        fonts: ReportFonts,
        outline: Sequence[Outline] = (),
        key_prefix: str = "diagram",
        position: int = 0,
        frame: tuple[float, float] = (0.0, 0.0),
    ) -> None:
        super().__init__()
        self.diagram, self.plan, self.title, self.fonts = diagram, plan, title, fonts
        self.outline, self.key_prefix, self.position = tuple(outline), key_prefix, position
        self._width, self._height = frame[0], frame[1] - 1

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Always the whole frame (given when made), so each flowable is exactly
        one page and never squeezes into what a previous page left over."""
        return self._width, self._height

    def _bookmarks(self, c: Canvas) -> None:
        for index, (title, level) in enumerate(self.outline):
            key = f"{self.key_prefix}-{index}"
            c.bookmarkPage(key)
            c.addOutlineEntry(title, key, level, closed=level > 0)

    def _title(self, c: Canvas, text: str) -> None:
        """The title left, the legend right; on an upright page a long title is set
        smaller so it stops short of the legend."""
        baseline = self._height - TITLE_SIZE - 4
        room = _legend_left(self._width, self.fonts.regular) - LEGEND_GAP
        size = TITLE_SIZE
        width = stringWidth(text, self.fonts.bold, size)
        if width > room:
            size = max(MIN_TITLE_SIZE, size * room / width)
        c.setFillColor(theme.INK)
        c.setFont(self.fonts.bold, size)
        c.drawString(0, baseline, text)
        _legend(c, self._width, baseline, self.fonts.regular, self.fonts.bold)


class TilePage(_Page):
    """One page of a version's diagram: one tile, or several strips of a flat diagram, with
    marks to the pages the flow continues on."""

    def draw(self) -> None:
        c: Canvas = self.canv
        self._bookmarks(c)
        plan = self.plan
        part = (
            tr(" (part {part} of {parts})").format(part=self.position + 1, parts=plan.pages)
            if plan.pages > 1
            else ""
        )
        self._title(c, self.title + part)
        top = self._height - TITLE_BAND
        first_page = c.getPageNumber() - self.position
        for index in plan.on_page(self.position):
            tile = plan.tiles[index]
            view = Viewport(0.0, top, plan.scale_of(tile), tile.x0, tile.y0)
            draw_tile(c, self.diagram, tile, view)
            bottom = view.y(tile.y1)
            if plan.split:
                _exits(c, self.diagram, tile, view)
                self._marks(c, index, first_page, view.x(tile.x1), bottom, top)
            top = bottom - STRIP_GAP

    def _marks(
        self, c: Canvas, index: int, first_page: int, right: float, bottom: float, top: float
    ) -> None:
        plan, font = self.plan, self.fonts.regular
        tile = plan.tiles[index]
        y = bottom - MARK_SIZE - 6
        here = plan.page_of(index)

        def where(row: int, column: int) -> str | None:
            """Where that tile is ("page n", "below" or "above"); None when there is none."""
            other = plan.index(row, column)
            if other is None:
                return None
            if plan.page_of(other) == here:
                return "below" if other > index else "above"
            return tr("page {number}").format(number=first_page + plan.page_of(other))

        before, after = where(tile.row, tile.column - 1), where(tile.row, tile.column + 1)
        above, below = where(tile.row - 1, tile.column), where(tile.row + 1, tile.column)
        c.setFillColor(theme.ACCENT)
        if before is not None and before != "above":
            _mark(c, 0, y, [("\u2190", SYMBOL),
                            (" " + tr("continued from {place}").format(place=_place(before)),
                             font)])
        if after is not None:
            arrow = "\u2193" if after == "below" else "\u2192"
            _mark(
                c,
                right,
                y,
                [(tr("continued") + " ", font), (arrow, SYMBOL), (f" {_place(after)}", font)],
                align="right",
            )
            _edge(c, right, bottom, top)
        centre = []
        if above is not None:
            centre.append([(tr("lanes above") + " ", font), ("\u2191", SYMBOL),
                           (f" {above}", font)])
        if below is not None:
            centre.append([(tr("lanes continued") + " ", font), ("\u2193", SYMBOL),
                           (f" {below}", font)])
        for i, parts in enumerate(centre):
            _mark(c, right / 2 + (i - (len(centre) - 1) / 2) * 160, y, parts, "centre")


class OverviewPage(_Page):
    """The map of the tiles: the whole diagram's lanes, lines and shapes on one sheet,
    without text (it would be too small to read), each tile outlined with its page number:
    what a workshop pins on the wall before following the detail pages. A long flow is
    wrapped into strips, like lines of text, so the map stays as large as the sheet allows."""

    def draw(self) -> None:
        c: Canvas = self.canv
        self._bookmarks(c)
        first_page = c.getPageNumber() + 1
        last_page = first_page + self.plan.pages - 1
        self._title(c, tr("{title}: overview (detail on pages {first}\u2013{last})").format(
            title=self.title, first=first_page, last=last_page))
        width, height = diagram_box(self._width, self._height)
        drawing = self.diagram.drawing
        whole = extent(drawing)
        strips, scale = overview_strips(whole.x, whole.right, whole.h, width, height)
        top = self._height - TITLE_BAND
        for x0, x1 in strips:
            strip = Window(0, 0, x0, x1, whole.y, whole.bottom, tuple(drawing.bands), ())
            view = Viewport(0.0, top, scale, x0, whole.y)
            draw_tile(c, self.diagram, strip, view, text=False)
            c.saveState()
            path = c.beginPath()
            left, right = view.x(x0), view.x(x1)
            bottom = view.y(whole.bottom)
            path.rect(left, bottom, right - left, top - bottom)
            c.clipPath(path, stroke=0, fill=0)
            for index, tile in enumerate(self.plan.tiles):
                if tile.x1 > x0 and tile.x0 < x1:
                    page = first_page + self.plan.page_of(index)
                    labelled = x0 <= (tile.x0 + tile.x1) / 2 < x1
                    self._outline_tile(c, tile, view, page, labelled, view.x(x0))
            c.restoreState()
            top = bottom - STRIP_GAP

    def _outline_tile(
        self, c: Canvas, tile: Tile, view: Viewport, page: int, labelled: bool, edge: float
    ) -> None:
        """The tile's frame, and its page number at its top left (kept inside the strip)."""
        left, right = view.x(tile.x0), view.x(tile.x1)
        top, bottom = view.y(tile.y0), view.y(tile.y1)
        c.setStrokeColor(theme.ACCENT)
        c.setLineWidth(0.9)
        c.setDash(4, 2)
        c.rect(left + 1, bottom + 1, right - left - 2, top - bottom - 2, stroke=1, fill=0)
        c.setDash()
        if not labelled:
            return
        size = max(MIN_TEXT + 1, min(10.0, (top - bottom) / 3))
        text = tr("page {number}").format(number=page)
        width = stringWidth(text, self.fonts.bold, size) + size * 0.9
        x = max(left, edge) + 3
        c.setFillColor(theme.ACCENT)
        c.roundRect(x, top - size * 1.7 - 2, width, size * 1.6, 2, stroke=0, fill=1)
        c.setFillColor(theme.WHITE)
        c.setFont(self.fonts.bold, size)
        c.drawString(x + size * 0.45, top - size * 1.3 - 2, text)


def overview_strips(
    left: float, right: float, tall: float, width: float, height: float
) -> tuple[list[tuple[float, float]], float]:
    """The scene x ranges of the overview's strips and their common scale: as many strips
    as make the drawing largest."""
    content = right - left
    best_count, best_scale = 1, 0.0
    for count in range(1, 41):
        part = content / count
        room = height - (count - 1) * STRIP_GAP
        if room <= 0:
            break
        scale = min(width / (style.HEADER_WIDTH + part), room / (count * tall))
        if scale > best_scale:
            best_count, best_scale = count, scale
    part = content / best_count
    strips = [(left + k * part, left + (k + 1) * part) for k in range(best_count)]
    return strips, min(best_scale, MAX_SCALE)


def _exits(c: Canvas, diagram: Diagram, tile: Tile, view: Viewport) -> None:
    """A chevron where a connector leaves the tile across a cut, pointing the way it runs
    on; the marks under the tile say on which page."""
    c.setFillColor(theme.ACCENT)
    size = 5.0
    for connector in diagram.drawing.connectors.values():
        points = connector.points
        for (ax, ay), (bx, by) in zip(points, points[1:], strict=False):
            if abs(ay - by) < 0.5 and tile.y0 <= ay <= tile.y1:
                for edge in (tile.x0, tile.x1):
                    if min(ax, bx) < edge < max(ax, bx):
                        _chevron(c, view.x(edge), view.y(ay), 1 if bx > ax else -1, 0, size)
            elif abs(ax - bx) < 0.5 and tile.x0 <= ax <= tile.x1:
                for edge in (tile.y0, tile.y1):
                    if min(ay, by) < edge < max(ay, by):
                        _chevron(c, view.x(ax), view.y(edge), 0, -1 if by > ay else 1, size)


def _chevron(c: Canvas, x: float, y: float, dx: int, dy: int, size: float) -> None:
    path = c.beginPath()
    path.moveTo(x + dx * size, y + dy * size)
    path.lineTo(x - dy * size * 0.8, y + dx * size * 0.8)
    path.lineTo(x + dy * size * 0.8, y - dx * size * 0.8)
    path.close()
    c.drawPath(path, stroke=0, fill=1)


def _legend_left(right: float, font: str) -> float:
    """Where the legend that ends at `right` begins."""
    names = [tr(theme.VALUE_CLASS_NAMES[v]) for v in ValueClass]
    width = stringWidth(tr(FAIL_POINT), font, LEGEND_SIZE) + 14
    return right - width - sum(16 + stringWidth(name, font, LEGEND_SIZE) for name in names)


def _legend(c: Canvas, right: float, baseline: float, font: str, bold: str) -> None:
    """Swatches for the value classes and the fail-point mark, left to right from where
    `_legend_left` says they begin, so they end at `right` on the title's line."""
    x = _legend_left(right, font)
    for value in ValueClass:
        name = tr(theme.VALUE_CLASS_NAMES[value])
        c.setFillColor(theme.VALUE_FILL[value])
        c.setStrokeColor(theme.VALUE_BORDER[value])
        c.setLineWidth(0.8)
        c.roundRect(x, baseline - 1, 10, 10, 2, stroke=1, fill=1)
        c.setFont(font, LEGEND_SIZE)
        c.setFillColor(theme.INK)
        c.drawString(x + 14, baseline, name)
        x += 16 + stringWidth(name, font, LEGEND_SIZE)
    c.setFillColor(theme.FAIL_POINT)
    c.circle(x + 5, baseline + 3, 5, stroke=0, fill=1)
    c.setFillColor(theme.WHITE)
    c.setFont(bold, LEGEND_SIZE)
    c.drawCentredString(x + 5, baseline + 0.4, "F")
    c.setFont(font, LEGEND_SIZE)
    c.setFillColor(theme.INK)
    c.drawString(x + 14, baseline, tr(FAIL_POINT))


def _place(where: str) -> str:
    """ "below" and "above" are kept as words for the logic above; shown, they are read."""
    return {"below": tr("below"), "above": tr("above")}.get(where, where)


def _mark(c: Canvas, x: float, y: float, parts: list[tuple[str, str]], align: str = "left") -> None:
    """A line of text in several fonts (the arrows come from Symbol), aligned at x."""
    widths = [stringWidth(text, font, MARK_SIZE) for text, font in parts]
    total = sum(widths)
    start = {"left": x, "right": x - total, "centre": x - total / 2}[align]
    for (text, font), width in zip(parts, widths, strict=True):
        c.setFont(font, MARK_SIZE)
        c.drawString(start, y, text)
        start += width


def _edge(c: Canvas, x: float, bottom: float, top: float) -> None:
    """A heavy bar on the cut edge: the flow runs on past this side."""
    c.setFillColor(theme.ACCENT)
    c.rect(x - 2, bottom, 2, top - bottom, stroke=0, fill=1)
