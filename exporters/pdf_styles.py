"""Paragraph styles of the report, built for the fonts a document needs.

Sizes are for reading on paper at arm's length in a workshop: body 9.5 pt, tables 8.5 pt,
nothing under 7.5 pt.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from exporters import pdf_theme as theme
from exporters.pdf_fonts import LATIN_REGULAR, ReportFonts
from workbench.diagram.text import is_wide


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    muted: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    cell_centre: ParagraphStyle
    cell_header: ParagraphStyle
    note: ParagraphStyle
    figure: ParagraphStyle


def build_styles(fonts: ReportFonts) -> Styles:
    regular, bold = fonts.regular, fonts.bold

    def style(name: str, size: float, font: str = regular, **extra: object) -> ParagraphStyle:
        values: dict[str, object] = {
            "fontName": font,
            "fontSize": size,
            "leading": size * 1.3,
            "textColor": theme.INK,
        }
        values.update(extra)
        return ParagraphStyle(name, **values)

    return Styles(
        title=style("title", 28, bold, leading=34, spaceAfter=10),
        subtitle=style("subtitle", 13, regular, textColor=theme.MUTED_INK, spaceAfter=18),
        h1=style("h1", 17, bold, spaceBefore=4, spaceAfter=10, keepWithNext=1),
        h2=style("h2", 12.5, bold, spaceBefore=12, spaceAfter=6, keepWithNext=1),
        h3=style("h3", 10.5, bold, spaceBefore=8, spaceAfter=4, keepWithNext=1),
        body=style("body", 9.5, spaceAfter=6),
        muted=style("muted", 8.5, textColor=theme.MUTED_INK, spaceAfter=6),
        cell=style("cell", 8.5, leading=10.5),
        cell_bold=style("cell_bold", 8.5, bold, leading=10.5),
        cell_right=style("cell_right", 8.5, leading=10.5, alignment=TA_RIGHT),
        cell_centre=style("cell_centre", 8.5, leading=10.5, alignment=TA_CENTER),
        cell_header=style("cell_header", 8.5, bold, leading=10.5),
        note=style("note", 7.5, textColor=theme.MUTED_INK, leading=9.5),
        figure=style("figure", 16, bold, leading=21),
    )


def fitting(style: ParagraphStyle, text: str) -> ParagraphStyle:
    """`style` for a paragraph of `text`. Chinese has no spaces, so a paragraph with Chinese
    may break between any two characters; any other paragraph breaks between words only,
    so a narrow column never cuts an English word ("work-ord|er")."""
    return _cjk(style) if has_wide_text(text) else style


@functools.lru_cache(maxsize=256)
def _cjk(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-cjk", parent=style, wordWrap="CJK")


def escape(text: str) -> str:
    """Text safe inside a Paragraph's mini-markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def has_wide_text(text: str) -> bool:
    return any(is_wide(ch) for ch in text)


_SYMBOL_ONLY = frozenset("\u2190\u2191\u2192\u2193\u2264\u2265\u2260\u221e\u2212\u2248")


def markup(text: str, fonts: ReportFonts) -> str:
    """`text` escaped for a Paragraph. With the standard Latin fonts, arrows and similar
    signs from generated text ("A → B") come from the Symbol font, which has them."""
    text = escape(text)
    if fonts.regular != LATIN_REGULAR:
        return text
    out = []
    for char in text:
        if char in _SYMBOL_ONLY:
            out.append(f'<font name="Symbol">{char}</font>')
        elif ord(char) > 0xFF and not _cp1252(char):
            out.append("?")
        else:
            out.append(char)
    return "".join(out)


def _cp1252(char: str) -> bool:
    try:
        char.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True
