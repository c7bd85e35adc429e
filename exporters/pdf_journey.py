"""The customer's journey: the customer-lane steps in the order a case meets them, as a
strip of chips coloured value, necessary or waste, with a bar of where the customer's time
goes. It is the page a workshop reads aloud: "first they call, then they wait three days".
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Sequence

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from exporters import pdf_theme as theme
from exporters.pdf_fonts import ReportFonts
from exporters.pdf_format import number
from exporters.pdf_text import wrap
from workbench.i18n import tr
from workbench.model import Node, NodeKind, ValueClass, Version
from workbench.topology import customer_lane_ids

CHIP_WIDTH = 88.0
CHIP_HEIGHT = 50.0
GAP = 16.0
ROW_GAP = 26.0  # room under a chip for its waste kind
LABEL_SIZE = 8.0
SMALL_SIZE = 7.5
JOURNEY_KINDS = (NodeKind.TASK, NodeKind.WAIT)


def customer_journey(version: Version) -> list[Node]:
    """Customer-lane tasks and waits in flow order: a walk from the starts that takes the
    likelier branch first; steps no start reaches follow, left to right."""
    customer = customer_lane_ids(version)
    outgoing: dict[str, list[tuple[float, float, str]]] = {}
    for flow in version.flows.values():
        target = version.nodes.get(flow.target)
        if target is None:
            continue
        likelihood = -(flow.probability if flow.probability is not None else 0.5)
        outgoing.setdefault(flow.source, []).append((likelihood, target.x, target.id))
    starts = sorted(
        (n for n in version.nodes.values() if n.kind is NodeKind.START), key=lambda n: n.x
    )
    seen: set[str] = set()
    order: list[str] = []
    queue = deque(n.id for n in starts)
    seen.update(queue)
    while queue:
        node_id = queue.popleft()
        order.append(node_id)
        for _, _, target in sorted(outgoing.get(node_id, ())):
            if target not in seen:
                seen.add(target)
                queue.append(target)
    rest = sorted((n for n in version.nodes.values() if n.id not in seen), key=lambda n: n.x)
    order += [n.id for n in rest]
    return [
        node
        for node in (version.nodes[i] for i in order)
        if node.lane in customer and node.kind in JOURNEY_KINDS
    ]


class JourneyStrip(Flowable):
    """Chips in rows that wrap at the frame's width; splits between rows across pages."""

    def __init__(self, steps: Sequence[Node], fonts: ReportFonts, first: int = 0) -> None:
        super().__init__()
        self.steps, self.fonts, self.first = list(steps), fonts, first
        self._per_row = 1

    def _rows(self) -> int:
        return math.ceil(len(self.steps) / self._per_row) if self.steps else 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._per_row = max(1, int((available_width - 8 + GAP) // (CHIP_WIDTH + GAP)))
        self.width = available_width
        self.height = self._rows() * (CHIP_HEIGHT + ROW_GAP)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        rows = int(available_height // (CHIP_HEIGHT + ROW_GAP))
        if rows < 1 or rows >= self._rows():
            return []
        cut = rows * self._per_row
        return [
            JourneyStrip(self.steps[:cut], self.fonts, self.first),
            JourneyStrip(self.steps[cut:], self.fonts, self.first + cut),
        ]

    def draw(self) -> None:
        c: Canvas = self.canv
        for index, node in enumerate(self.steps):
            row, column = divmod(index, self._per_row)
            x = 4 + column * (CHIP_WIDTH + GAP)
            top = self.height - row * (CHIP_HEIGHT + ROW_GAP)
            self._chip(c, node, self.first + index + 1, x, top)
            last = index == len(self.steps) - 1
            if not last and column < self._per_row - 1:
                _arrow(c, x + CHIP_WIDTH + 3, x + CHIP_WIDTH + GAP - 3, top - CHIP_HEIGHT / 2)

    def _chip(self, c: Canvas, node: Node, number_: int, x: float, top: float) -> None:
        value = node.value_class
        c.setFillColor(theme.VALUE_FILL[value] if value else theme.UNCLASSED_FILL)
        c.setStrokeColor(theme.VALUE_BORDER[value] if value else theme.MUTED_INK)
        c.setLineWidth(1.1)
        c.roundRect(x, top - CHIP_HEIGHT, CHIP_WIDTH, CHIP_HEIGHT, 6, stroke=1, fill=1)
        font, bold = self.fonts.regular, self.fonts.bold
        c.setFillColor(theme.MUTED_INK)
        c.setFont(bold, SMALL_SIZE)
        c.drawString(x + 5, top - 10, str(number_))
        if node.kind is NodeKind.WAIT:
            _clock(c, x + CHIP_WIDTH - 9, top - 8, 4.0)
        lines = wrap(node.label or node.kind.value, font, LABEL_SIZE, CHIP_WIDTH - 10, 3)
        c.setFillColor(theme.INK)
        c.setFont(font, LABEL_SIZE)
        text_top = top - 14 - (3 - len(lines)) * LABEL_SIZE * 0.55
        for i, line in enumerate(lines):
            c.drawCentredString(x + CHIP_WIDTH / 2, text_top - 8 - i * LABEL_SIZE * 1.15, line)
        c.setFillColor(theme.MUTED_INK)
        c.setFont(font, SMALL_SIZE)
        under = tr(theme.VALUE_CLASS_NAMES[value]) if value else tr("not classed")
        if node.duration is not None:
            duration = f"{number(node.duration.expected)} {tr(node.duration.unit.value)}"
            c.drawRightString(x + CHIP_WIDTH - 5, top - CHIP_HEIGHT + 4, duration)
        if node.waste_kind is not None:
            under = tr(theme.WASTE_NAMES[node.waste_kind])
        c.setFillColor(theme.VALUE_BORDER[value] if value else theme.MUTED_INK)
        c.drawCentredString(x + CHIP_WIDTH / 2, top - CHIP_HEIGHT - 10, under)


class TimeShareBar(Flowable):
    """Where the customer's step time goes: one bar split value / necessary / waste."""

    def __init__(self, hours: dict[ValueClass, float], fonts: ReportFonts) -> None:
        super().__init__()
        self.hours, self.fonts = hours, fonts

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = available_width, 34.0
        return self.width, self.height

    def draw(self) -> None:
        c: Canvas = self.canv
        total = sum(self.hours.values())
        if total <= 0:
            return
        x, bar_top, bar_height = 0.0, self.height, 14.0
        font = self.fonts.regular
        for value in ValueClass:
            share = self.hours.get(value, 0.0) / total
            width = share * self.width
            if width <= 0:
                continue
            c.setFillColor(theme.VALUE_FILL[value])
            c.setStrokeColor(theme.VALUE_BORDER[value])
            c.setLineWidth(0.8)
            c.rect(x, bar_top - bar_height, width, bar_height, stroke=1, fill=1)
            text = f"{tr(theme.VALUE_CLASS_NAMES[value])} {share * 100:.0f} %"
            c.setFillColor(theme.VALUE_BORDER[value])
            c.setFont(font, SMALL_SIZE)
            if stringWidth(text, font, SMALL_SIZE) < width - 4:
                c.drawString(x + 3, bar_top - bar_height - 10, text)
            x += width


def _arrow(c: Canvas, x0: float, x1: float, y: float) -> None:
    c.setStrokeColor(theme.MUTED_INK)
    c.setFillColor(theme.MUTED_INK)
    c.setLineWidth(1.0)
    c.line(x0, y, x1 - 4, y)
    path = c.beginPath()
    path.moveTo(x1, y)
    path.lineTo(x1 - 5, y + 3)
    path.lineTo(x1 - 5, y - 3)
    path.close()
    c.drawPath(path, stroke=0, fill=1)


def _clock(c: Canvas, cx: float, cy: float, radius: float) -> None:
    c.setStrokeColor(theme.MUTED_INK)
    c.setLineWidth(0.8)
    c.circle(cx, cy, radius, stroke=1, fill=0)
    c.line(cx, cy, cx, cy + radius * 0.7)
    c.line(cx, cy, cx + radius * 0.5, cy - radius * 0.3)
