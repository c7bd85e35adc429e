"""Step outlines and arrowheads as ready-made PDF drawing operators ("stamps").

A 500-step before/after report draws thousands of rounded boxes; built through reportlab's
path calls, each costs some forty numbers formatted in pure Python, which was half the
export's time. A stamp is the operator text for one kind of shape in one colour at one
scale, made once and placed with a single translation, so a step costs two numbers.
"""

from __future__ import annotations

import math
from functools import lru_cache

from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.pathobject import PDFPathObject

from exporters import pdf_theme as theme
from workbench.model import NodeKind, ValueClass

ARROW_LENGTH = 9.0
ARROW_HALF_WIDTH = 4.0


def place(c: Canvas, stamp: str, x: float, y: float) -> None:
    """Draw `stamp` with its origin at page point x, y; the graphics state is restored."""
    c.addLiteral(f"q 1 0 0 1 {x:.2f} {y:.2f} cm\n{stamp}\nQ")


def polyline(c: Canvas, points: list[tuple[float, float]]) -> None:
    """A stroked open path in the current stroke colour and width."""
    parts = [f"{points[0][0]:.2f} {points[0][1]:.2f} m"]
    parts += [f"{x:.2f} {y:.2f} l" for x, y in points[1:]]
    parts.append("S")
    c.addLiteral(" ".join(parts))


def _rgb(colour: Color) -> str:
    return f"{colour.red:.3f} {colour.green:.3f} {colour.blue:.3f}"


@lru_cache(maxsize=512)
def step_stamp(kind: NodeKind, value: ValueClass | None, width: float, height: float,
               scale: float) -> str:
    """The outline of a step of `kind`, `width` x `height` points, origin at its shape's
    bottom-left corner, with its kind's mark (the + of a parallel gateway)."""
    fill, border = theme.value_fill(value), theme.value_border(value)
    line = max(0.3, (3.2 if kind is NodeKind.END else 1.3) * scale)
    path = PDFPathObject()
    if kind in (NodeKind.TASK, NodeKind.WAIT):
        path.roundRect(0, 0, width, height, theme.CORNER_RADIUS * scale)
    elif kind in (NodeKind.DECISION, NodeKind.PARALLEL):
        path.moveTo(width / 2, height)
        path.lineTo(width, height / 2)
        path.lineTo(width / 2, 0)
        path.lineTo(0, height / 2)
        path.close()
    else:
        path.circle(width / 2, height / 2, width / 2)
    ops = [f"{_rgb(fill)} rg {_rgb(border)} RG {line:.2f} w", path.getCode(), "B"]
    if kind is NodeKind.PARALLEL:
        arm = width * 0.22
        cx, cy = width / 2, height / 2
        ops.append(
            f"{3.0 * scale:.2f} w 0 J {cx - arm:.2f} {cy:.2f} m {cx + arm:.2f} {cy:.2f} l "
            f"{cx:.2f} {cy - arm:.2f} m {cx:.2f} {cy + arm:.2f} l S"
        )
    return "\n".join(ops)


@lru_cache(maxsize=64)
def clock_stamp(size: float) -> str:
    """A wait's clock filling a `size`-point square, origin at its bottom-left corner."""
    cx = cy = size / 2
    radius = size / 2
    face = PDFPathObject()
    face.circle(cx, cy, radius)
    angle = math.radians(30)
    hand_x, hand_y = cx + math.cos(angle) * radius * 0.55, cy - math.sin(angle) * radius * 0.55
    return (
        f"{_rgb(theme.INK)} RG {max(0.3, size / 11):.2f} w {face.getCode()} S "
        f"{cx:.2f} {cy:.2f} m {cx:.2f} {cy + radius * 0.7:.2f} l "
        f"{cx:.2f} {cy:.2f} m {hand_x:.2f} {hand_y:.2f} l S"
    )


@lru_cache(maxsize=64)
def arrow_stamp(dx: int, dy: int, scale: float) -> str:
    """A filled arrowhead with its tip at the origin, pointing along (dx, dy)."""
    angle = math.atan2(dy, dx)
    cos, sin = math.cos(angle), math.sin(angle)
    length, half = ARROW_LENGTH * scale, ARROW_HALF_WIDTH * scale
    bx, by = -length * cos, -length * sin
    return (
        f"{_rgb(theme.INK)} rg 0 0 m {bx - sin * half:.2f} {by + cos * half:.2f} l "
        f"{bx + sin * half:.2f} {by - cos * half:.2f} l h f"
    )


def direction(before: tuple[float, float], tip: tuple[float, float]) -> tuple[int, int]:
    """The arrow's heading, one of the four axis directions (connectors are orthogonal)."""
    dx, dy = tip[0] - before[0], tip[1] - before[1]
    if abs(dx) >= abs(dy):
        return (1 if dx >= 0 else -1), 0
    return 0, (1 if dy >= 0 else -1)
