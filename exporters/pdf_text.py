"""Labels drawn straight onto the canvas (the journey's chips, running headers) broken into
at most a given number of lines, the last one ending with an ellipsis when the label is
longer than its box, as on the canvas.

The breaking itself is the drawing engine's (`workbench.diagram.text.wrap`): one rule for
where Chinese and Latin text may break, measured here with reportlab's fonts.
"""

from __future__ import annotations

from functools import lru_cache

from exporters.text_metrics import ReportlabMetrics
from workbench.diagram.text import fit
from workbench.diagram.text import wrap as engine_wrap

ELLIPSIS = "..."


@lru_cache(maxsize=8192)
def wrap(text: str, font: str, size: float, width: float, max_lines: int) -> tuple[str, ...]:
    """The lines of `text` in `font` at `size`, each at most `width` wide, at most
    `max_lines` of them."""
    if max_lines < 1:
        return ()
    lines = engine_wrap(text, ReportlabMetrics(font), size, width)
    if len(lines) > max_lines:
        rest = " ".join(lines[max_lines - 1 :])
        lines = (*lines[: max_lines - 1], elide(rest, font, size, width))
    return lines


def elide(text: str, font: str, size: float, width: float) -> str:
    """`text` cut to `width` with an ellipsis when it does not fit."""
    metrics = ReportlabMetrics(font)
    if metrics.width(text, size) <= width:
        return text
    room = width - metrics.width(ELLIPSIS, size)
    cut = fit(text, metrics, size, room)
    return text[:cut].rstrip() + ELLIPSIS
