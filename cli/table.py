"""Plain-text tables with aligned columns, counting wide (Chinese) characters as two."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence


def display_width(text: str) -> int:
    """Columns a terminal uses for `text`: East Asian wide characters take two."""
    width = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def pad(text: str, width: int, align_right: bool = False) -> str:
    gap = " " * max(0, width - display_width(text))
    return gap + text if align_right else text + gap


def format_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    right_aligned: Sequence[int] = (),
) -> str:
    """Columns separated by two spaces; the last column is not padded, so long messages
    wrap naturally instead of pushing everything right."""
    table = [list(headers), *[list(row) for row in rows]]
    widths = [max(display_width(row[i]) for row in table) for i in range(len(headers))]
    last = len(headers) - 1
    lines = []
    for row in table:
        cells = [
            cell if i == last and i not in right_aligned
            else pad(cell, widths[i], i in right_aligned)
            for i, cell in enumerate(row)
        ]
        lines.append("  ".join(cells).rstrip())
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)
