"""Text measured by whoever draws it, and broken into lines the same way everywhere.

The engine never measures text itself: the canvas passes Qt's font metrics, the PDF and
BPMN writers reportlab's, each for the font it draws with. `EstimatedMetrics` stands in
where no font is at hand (tests of the geometry, a headless check without reportlab).
Chinese wraps between any two characters, Latin text between words; no line starts with
a closing mark or ends with an opening one.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Protocol


class TextMetrics(Protocol):
    """How wide a string is, and how far apart lines are, at a size in scene units."""

    def width(self, text: str, size: float) -> float: ...

    def line_height(self, size: float) -> float: ...


def is_wide(char: str) -> bool:
    """CJK ideographs, kana, hangul and full-width forms: one em wide, breakable anywhere."""
    code = ord(char)
    return (
        0x2E80 <= code <= 0x9FFF
        or 0xAC00 <= code <= 0xD7AF
        or 0xF900 <= code <= 0xFAFF
        or 0xFF00 <= code <= 0xFFEF
        or 0x3000 <= code <= 0x303F
    )


class EstimatedMetrics:
    """Widths from character classes of a typical sans-serif face (DejaVu / Micro Hei)."""

    _NARROW = frozenset("iljtfrI.,;:!'|()[]{} ")
    _WIDE_LATIN = frozenset("mwMW@%")

    def __init__(self) -> None:
        self._ems: dict[str, float] = {}

    def width(self, text: str, size: float) -> float:
        ems = self._ems
        total = 0.0
        for char in text:
            em = ems.get(char)
            if em is None:
                em = ems[char] = self._em(char)
            total += em
        return size * total

    def _em(self, char: str) -> float:
        if is_wide(char):
            return 1.0
        if char in self._NARROW:
            return 0.3
        if char in self._WIDE_LATIN:
            return 0.85
        if char.isupper() or char.isdigit():
            return 0.64
        return 0.55

    def line_height(self, size: float) -> float:
        return size * 1.25


# No line may start with a closing mark or end with an opening one (kinsoku shori).
CLOSING = frozenset("）」』】〕〉》，。、；：？！%)]}.,;:?!\u00a0")
OPENING = frozenset("（「『【〔〈《([{")


@lru_cache(maxsize=4096)
def tokens(text: str) -> tuple[str, ...]:
    """Words, single wide characters and single spaces, in order; punctuation stays with
    the character it belongs to, and a no-break space joins its neighbours."""
    found: list[str] = []
    word = ""
    for char in text:
        if char == " " or is_wide(char):
            if word:
                found.append(word)
                word = ""
            if char in CLOSING and found and found[-1] != " ":
                found[-1] += char
            else:
                found.append(char)
        else:
            word += char
    if word:
        found.append(word)
    merged: list[str] = []
    for token in found:
        if merged and merged[-1][-1] in OPENING and token != " ":
            merged[-1] += token
        else:
            merged.append(token)
    return tuple(merged)


@lru_cache(maxsize=65536)
def wrap(text: str, metrics: TextMetrics, size: float, width: float) -> tuple[str, ...]:
    """The lines of `text` at `size`, each at most `width` wide; a word wider than the
    whole line is broken between characters. Nothing is cut off."""
    text = " ".join(text.split())
    if not text:
        return ()
    lines: list[str] = []
    line = ""
    for token in tokens(text):
        candidate = line + token
        if line and metrics.width(candidate.rstrip(), size) > width:
            lines.append(line.rstrip())
            line = "" if token == " " else token
        else:
            line = candidate
        while len(line) > 1 and metrics.width(line, size) > width:
            cut = fit(line, metrics, size, width)
            lines.append(line[:cut])
            line = line[cut:]
    if line.strip():
        lines.append(line.strip())
    return tuple(lines)


def fit(text: str, metrics: TextMetrics, size: float, width: float) -> int:
    """How many leading characters of `text` fit in `width` (at least one)."""
    low, high = 1, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if metrics.width(text[:middle], size) <= width:
            low = middle
        else:
            high = middle - 1
    return low


def at_most(lines: tuple[str, ...], count: int, metrics: TextMetrics, size: float,
            width: float) -> tuple[str, ...]:
    """The first `count` lines, the last of them ending in "…" when text is left over:
    for a name in a box it cannot grow (a lane's header), rather than text over the next."""
    if len(lines) <= count:
        return lines
    count = max(count, 1)
    rest = lines[count - 1]
    for line in lines[count:]:  # Chinese was broken between characters, not at a space
        rest += ("" if max(rest[-1:], line[:1]) >= "\u2e80" else " ") + line
    room = width - metrics.width("…", size)
    return (*lines[:count - 1], rest[:fit(rest, metrics, size, room)].rstrip() + "…")


def widest(lines: tuple[str, ...], metrics: TextMetrics, size: float) -> float:
    return max((metrics.width(line, size) for line in lines), default=0.0)
