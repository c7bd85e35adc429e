"""Breaking labels into lines that fit a box, for text drawn straight onto the canvas.

Platypus wraps paragraphs itself; diagram labels are drawn by hand, so they need their own
breaker. Chinese wraps between any two characters, Latin text between words; a label longer
than its box ends its last line with an ellipsis, as on the canvas.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.pdfbase.pdfmetrics import stringWidth

ELLIPSIS = "..."


def is_wide(char: str) -> bool:
    """Characters a line may break before or after (CJK ideographs, kana, full-width forms)."""
    code = ord(char)
    return (
        0x2E80 <= code <= 0x9FFF
        or 0xAC00 <= code <= 0xD7AF
        or 0xF900 <= code <= 0xFAFF
        or 0xFF00 <= code <= 0xFFEF
        or 0x3000 <= code <= 0x303F
    )


# No line may start with a closing mark or end with an opening one (kinsoku shori).
CLOSING = frozenset("）」』】〕〉》，。、；：？！%)]}.,;:?!")
OPENING = frozenset("（「『【〔〈《([{")


def _tokens(text: str) -> list[str]:
    """Words, single wide characters and single spaces, in order; punctuation stays with
    the character it belongs to."""
    tokens: list[str] = []
    word = ""
    for char in text:
        if char == " " or is_wide(char):
            if word:
                tokens.append(word)
                word = ""
            if char in CLOSING and tokens and tokens[-1] != " ":
                tokens[-1] += char
            else:
                tokens.append(char)
        else:
            word += char
    if word:
        tokens.append(word)
    merged: list[str] = []
    for token in tokens:
        if merged and merged[-1][-1] in OPENING and token != " ":
            merged[-1] += token
        else:
            merged.append(token)
    return merged


@lru_cache(maxsize=8192)
def wrap(text: str, font: str, size: float, width: float, max_lines: int) -> tuple[str, ...]:
    """The lines of `text` in `font` at `size`, each at most `width` wide."""
    text = " ".join(text.split())
    if not text or max_lines < 1:
        return ()
    lines: list[str] = []
    line = ""
    for token in _tokens(text):
        candidate = line + token
        if line and stringWidth(candidate.rstrip(), font, size) > width:
            lines.append(line.rstrip())
            line = "" if token == " " else token
        else:
            line = candidate
        while stringWidth(line, font, size) > width and len(line) > 1:
            cut = _fit(line, font, size, width)  # a word longer than the whole line
            lines.append(line[:cut])
            line = line[cut:]
    if line.strip():
        lines.append(line.strip())
    if len(lines) > max_lines:
        rest = " ".join(lines[max_lines - 1 :])
        lines = [*lines[: max_lines - 1], elide(rest, font, size, width)]
    return tuple(lines)


def elide(text: str, font: str, size: float, width: float) -> str:
    """`text` cut to `width` with an ellipsis when it does not fit."""
    if stringWidth(text, font, size) <= width:
        return text
    room = width - stringWidth(ELLIPSIS, font, size)
    cut = _fit(text, font, size, room)
    return text[:cut].rstrip() + ELLIPSIS


def _fit(text: str, font: str, size: float, width: float) -> int:
    """How many leading characters of `text` fit in `width` (at least one)."""
    low, high = 1, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle], font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return low
