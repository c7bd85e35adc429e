"""Each step's box, sized to its wrapped label, with the places of its icons and badges.

The step's stored (x, y) is the top-left of its 128 x 64 cell; the shape is centred on
the cell's centre and grows around it, so files made before labels sized their steps
still open where they were drawn.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from workbench.diagram import style
from workbench.diagram.geometry import Rect
from workbench.diagram.text import TextMetrics, is_wide, widest, wrap
from workbench.i18n import _t, tr
from workbench.model import Duration, Node, NodeKind, WasteKind

_rect = tuple.__new__  # a Rect made without its Python-level constructor: two per step
WAIT = NodeKind.WAIT  # looked up once: an enum member costs a lookup every time it is named
INSIDE = (NodeKind.TASK, NodeKind.WAIT)  # kinds whose label goes inside the shape
BADGE_WORDS = {
    WasteKind.WAITING: _t("waiting"),
    WasteKind.REPEAT_CONTACT: _t("repeat"),
    WasteKind.HAND_OFF: _t("hand-off"),
    WasteKind.REWORK: _t("rework"),
    WasteKind.CUSTOMER_WORK: _t("customer work"),
    WasteKind.OVER_PROCESSING: _t("over-processing"),
    WasteKind.OTHER: _t("waste"),
}


def _reader_badge(kind: WasteKind) -> str:
    return tr(BADGE_WORDS[kind])


def _plain_duration(duration: Duration) -> str:
    return f"{duration.expected:g} {tr(duration.unit.value)}"


@dataclass(frozen=True)
class Words:
    """The words a drawing shows besides the user's own: by default the current reader's
    (`workbench.i18n`), as the report draws them; the canvas passes the window's."""

    waste_badge: Callable[[WasteKind], str] = _reader_badge
    duration: Callable[[Duration], str] = _plain_duration


@dataclass(frozen=True)
class Icon:
    kind: str  # "clock", "fail-point" or "waste"
    rect: Rect
    text: str = ""


@dataclass(frozen=True)
class StepBox:
    node_id: str
    kind: NodeKind
    shape: Rect
    lines: tuple[str, ...]
    text: Rect  # where the label's lines go: inside a task, under an event or gateway
    text_size: float
    duration: str = ""
    duration_box: Rect | None = None
    icons: tuple[Icon, ...] = field(default=())

    @property
    def inside(self) -> bool:
        """Is the label drawn inside the shape (tasks, waits) rather than beside it?"""
        return self.kind in INSIDE

    def moved(self, dx: float, dy: float) -> StepBox:
        return StepBox(
            self.node_id, self.kind, self.shape.moved(dx, dy), self.lines,
            self.text.moved(dx, dy), self.text_size, self.duration,
            self.duration_box.moved(dx, dy) if self.duration_box else None,
            tuple(Icon(i.kind, i.rect.moved(dx, dy), i.text) for i in self.icons),
        )

    def with_caption(self, text: Rect) -> StepBox:
        return StepBox(self.node_id, self.kind, self.shape, self.lines, text, self.text_size,
                       self.duration, self.duration_box, self.icons)


def cell_centre(node: Node, lane_top: float) -> tuple[float, float]:
    return (node.x + style.CELL_WIDTH / 2, lane_top + node.y + style.CELL_HEIGHT / 2)


def step_box(
    node: Node, lane_top: float, metrics: TextMetrics, words: Words,
    lane_height: float | None = None,
) -> StepBox:
    """The step's box centred on its cell; a box grown taller than its cell is kept inside
    its lane (given `lane_height`), so a long label never spills into the next lane."""
    cx, cy = cell_centre(node, lane_top)
    if node.kind in INSIDE:
        box = _task(node, cx, cy, metrics, words)
    else:
        box = _small(node, cx, cy, metrics)
    if lane_height is None:
        return box
    top, bottom = box.shape.y, box.shape.bottom
    for icon in box.icons:
        top = min(top, icon.rect.y)
    if not box.inside:
        bottom = max(bottom, box.text.bottom)
    margin = 4.0
    if bottom - top > lane_height - 2 * margin:
        return box
    if top < lane_top + margin:
        return box.moved(0.0, lane_top + margin - top)
    if bottom > lane_top + lane_height - margin:
        return box.moved(0.0, lane_top + lane_height - margin - bottom)
    return box


@lru_cache(maxsize=8192)
def task_text(label: str, metrics: TextMetrics) -> tuple[float, tuple[str, ...]]:
    """The narrowest task width whose wrapped label keeps to the line limit, and its lines
    (kept per label and metrics: a big flow says "Check the request" many times, and a
    step dragged about is measured again on every move)."""
    size = style.LABEL_SIZE
    lines: tuple[str, ...] = ()
    for width in style.TASK_WIDTHS:
        inner = width - 2 * style.TASK_PAD_X
        lines = wrap(label, metrics, size, inner)
        if len(lines) <= style.TASK_MAX_LINES and not _broken_word(label, lines):
            return width, lines
    return style.TASK_WIDTHS[-1], lines


def _broken_word(label: str, lines: tuple[str, ...]) -> bool:
    """Was a Latin word split across lines (the box is too narrow for it)?"""
    words = set(label.split())
    return any(line and not any(is_wide(c) for c in line) and " " not in line
               and line not in words
               and line.strip(".,;:!?()") not in words for line in lines)


def _task(node: Node, cx: float, cy: float, metrics: TextMetrics, words: Words) -> StepBox:
    width, lines = task_text(node.label, metrics)
    line_height = metrics.line_height(style.LABEL_SIZE)
    top_pad = style.TASK_PAD_Y
    if node.kind is WAIT or node.fail_point:
        top_pad += style.ICON_STRIP
    elif node.waste_kind is not None:
        top_pad += style.BADGE_HEIGHT / 2
    duration = words.duration(node.duration) if node.duration is not None else ""
    bottom_pad = style.TASK_PAD_Y + (style.DURATION_STRIP if duration else 0.0)
    height = max(style.MIN_TASK_HEIGHT, top_pad + len(lines) * line_height + bottom_pad)
    height = -(-height // 2) * 2
    shape = _rect(Rect, (cx - width / 2, cy - height / 2, width, height))  # Rect.around
    text = _rect(Rect, (shape.x + style.TASK_PAD_X, shape.y + top_pad,
                        width - 2 * style.TASK_PAD_X, height - top_pad - bottom_pad))
    icons: list[Icon] = []
    if node.kind is WAIT:
        icons.append(Icon("clock", Rect(shape.x + 5, shape.y + 5, 13, 13)))
    if node.fail_point:
        x = shape.x + (22 if node.kind is WAIT else 4)
        icons.append(Icon("fail-point", Rect(x, shape.y - 6, 16, 16)))
    if node.waste_kind is not None:
        badge = words.waste_badge(node.waste_kind)
        badge_width = metrics.width(badge, style.SMALL_SIZE) + 10
        icons.append(Icon("waste", Rect(shape.right - badge_width + 4,
                                        shape.y - style.BADGE_HEIGHT / 2 - 1,
                                        badge_width, style.BADGE_HEIGHT), badge))
    duration_box = None
    if duration:
        duration_box = Rect(shape.x + 4, shape.bottom - style.DURATION_STRIP - 2,
                            width - 8, style.DURATION_STRIP)
    return StepBox(node.id, node.kind, shape, lines, text, style.LABEL_SIZE, duration,
                   duration_box, tuple(icons))


def _small(node: Node, cx: float, cy: float, metrics: TextMetrics) -> StepBox:
    width, height = style.SMALL_SHAPES[node.kind]
    shape = _rect(Rect, (cx - width / 2, cy - height / 2, width, height))  # Rect.around
    size = style.CAPTION_SIZE
    lines = wrap(node.label, metrics, size, style.CAPTION_WIDTH)
    text_width = widest(lines, metrics, size)
    text_height = len(lines) * metrics.line_height(size)
    text = _rect(Rect, (cx - text_width / 2, shape.bottom + style.CAPTION_GAP, text_width,
                        text_height))
    icons: tuple[Icon, ...] = ()
    if node.fail_point:
        icons = (Icon("fail-point", Rect(shape.x - 8, shape.y - 8, 16, 16)),)
    return StepBox(node.id, node.kind, shape, lines, text, size, icons=icons)


def caption_places(box: StepBox, metrics: TextMetrics) -> list[Rect]:
    """Where an event's or gateway's caption may go, best first: under the shape (where
    BPMN readers put it), above it, then to the right and to the left."""
    shape, text = box.shape, box.text
    w, h = text.w, text.h
    gap = style.CAPTION_GAP
    return [
        Rect(shape.cx - w / 2, shape.bottom + gap, w, h),
        Rect(shape.cx - w / 2, shape.y - gap - h, w, h),
        Rect(shape.right + gap + 2, shape.bottom - 2, w, h),
        Rect(shape.x - gap - 2 - w, shape.bottom - 2, w, h),
        Rect(shape.right + gap + 2, shape.y - h + 2, w, h),
        Rect(shape.x - gap - 2 - w, shape.y - h + 2, w, h),
    ]
