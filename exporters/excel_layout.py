"""How every sheet of the workbook looks: one header style, real Excel tables, widths that
fit the text (Chinese characters count double), frozen headers, and pages that print.

The workbook is one a process owner keeps working in, so each list is an Excel table
(filter buttons, banded rows, structured references) rather than painted cells.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from exporters.excel_cached import Cached, remember
from workbench.i18n import tr

TABLE_STYLE = "TableStyleMedium2"
TITLE_FONT = Font(size=16, bold=True, color="1F3864")
SUBTITLE_FONT = Font(size=11, italic=True, color="595959")
LABEL_FONT = Font(bold=True, color="404040")
SECTION_FONT = Font(size=12, bold=True, color="1F3864")
BETTER_FILL = PatternFill("solid", start_color="C6EFCE", end_color="C6EFCE")
BETTER_FONT = Font(color="006100")
WORSE_FILL = PatternFill("solid", start_color="FFC7CE", end_color="FFC7CE")
WORSE_FONT = Font(color="9C0006")
ADDED_FONT = Font(color="2F5597")
REMOVED_FONT = Font(color="7F7F7F", strike=True)
GAP_FILL = PatternFill("solid", start_color="FFEB9C", end_color="FFEB9C")
GAP_FONT = Font(color="9C5700")
HEADER_FILL = PatternFill("solid", start_color="4472C4", end_color="4472C4")
HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_ALIGNMENT = Alignment(vertical="center", wrap_text=True)
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")

COUNT_FORMAT = "#,##0"
HOURS_FORMAT = "#,##0.00"
SHARE_FORMAT = "0.0%"
NUMBER_FORMAT = "#,##0.##"
VALUE_FORMATS = {"count": COUNT_FORMAT, "h": HOURS_FORMAT, "share": SHARE_FORMAT}

MIN_WIDTH, MAX_WIDTH = 6, 60
LINE_HEIGHT = 15
CHARS_PER_WIDTH = 1.15  # proportional fonts fit a few more characters than the width says
_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
MAX_SHEET_NAME = 31


def display_width(text: str) -> int:
    """Columns the text takes: East Asian wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in text)


class SheetNames:
    """Sheet names Excel accepts: no []:*?/\\, at most 31 characters, unique ignoring case."""

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def claim(self, wanted: str) -> str:
        base = _FORBIDDEN.sub("_", " ".join(wanted.split())).strip("'") or "Sheet"
        name, number = base[:MAX_SHEET_NAME], 2
        while name.casefold() in self._taken or name.casefold() == "history":
            suffix = f" ({number})"
            name = base[: MAX_SHEET_NAME - len(suffix)] + suffix
            number += 1
        self._taken.add(name.casefold())
        return name


class Formula(str):
    """A cell formula we wrote. Any other text starting with "=" is the user's words (a label
    like "= same as before") and is written as text, never evaluated.

    `result` is what it computes from the cells it refers to, saved with it for readers
    that do not calculate (see `exporters.excel_cached`)."""

    result: Cached

    def __new__(cls, text: str, result: Cached = None) -> Formula:
        formula = super().__new__(cls, text)
        formula.result = result
        return formula


def put(sheet: Worksheet, row: int, column: int, value: Any) -> Cell:
    """Write one cell safely: user text as text, without the control characters Excel
    refuses (pasted from other programs); numbers that are not finite left empty."""
    cell = sheet.cell(row, column)
    if isinstance(value, Formula):
        cell.value = str(value)
        remember(cell, value.result)
    elif isinstance(value, str):
        cell.value = ILLEGAL_CHARACTERS_RE.sub(" ", value)
        cell.data_type = "s"
    elif isinstance(value, float) and not math.isfinite(value):
        cell.value = None
    else:
        cell.value = value
    return cell


def write_title(sheet: Worksheet, title: str, subtitle: str = "") -> int:
    """A title (and subtitle) over a sheet's table; returns the next free row."""
    put(sheet, 1, 1, title).font = TITLE_FONT
    if subtitle:
        put(sheet, 2, 1, subtitle).font = SUBTITLE_FONT
    return 4 if subtitle else 3


def unique_headers(headers: Sequence[str]) -> list[str]:
    """Table headers Excel accepts: text, never empty, each different (ignoring case)."""
    seen: set[str] = set()
    unique = []
    for number, header in enumerate(headers, start=1):
        base = " ".join(ILLEGAL_CHARACTERS_RE.sub(" ", str(header)).split()) or f"Column {number}"
        name, copy = base, 2
        while name.casefold() in seen:
            name, copy = f"{base} ({copy})", copy + 1
        seen.add(name.casefold())
        unique.append(name)
    return unique


def write_table(
    sheet: Worksheet,
    name: str,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    first_row: int = 1,
    formats: dict[int, str] | None = None,
    wrap: Iterable[int] = (),
    empty: str | None = None,
) -> tuple[int, int]:
    """Write `rows` under `headers` as an Excel table called `name`; returns the header row
    and the last row. A table with no rows gets one row saying so (Excel needs one)."""
    formats, wrap = formats or {}, set(wrap)
    empty = tr("(none)") if empty is None else empty
    for column, header in enumerate(unique_headers(headers), start=1):
        cell = put(sheet, first_row, column, header)
        # The table style colours the header in Excel; LibreOffice and WPS need it painted.
        cell.fill, cell.font, cell.alignment = HEADER_FILL, HEADER_FONT, HEADER_ALIGNMENT
    last = first_row
    for last, row in enumerate(rows, start=first_row + 1):
        for column, value in enumerate(row, start=1):
            cell = put(sheet, last, column, value)
            if column in formats:
                cell.number_format = formats[column]
            cell.alignment = WRAP if column in wrap else TOP
    if last == first_row:
        last += 1
        sheet.cell(last, 1, empty)
    ref = f"A{first_row}:{get_column_letter(len(headers))}{last}"
    table = Table(displayName=name, ref=ref)
    table.tableStyleInfo = TableStyleInfo(name=TABLE_STYLE, showRowStripes=True)
    sheet.add_table(table)
    return first_row, last


def fit_columns(sheet: Worksheet, first_row: int = 1, widths: dict[int, int] | None = None) -> None:
    """Each column as wide as its longest line of text (from `first_row` down), within
    limits; `widths` fixes chosen columns (long text that wraps)."""
    widths = dict(widths or {})
    longest: dict[int, int] = {}
    for row in sheet.iter_rows(min_row=first_row):
        for cell in row:
            if cell.value is None:
                continue
            text = _shown(cell.value, cell.number_format)
            # The header wraps, so it needs room for its longest word only.
            pieces = text.split() if cell.row == first_row else text.split("\n")
            width = max(display_width(piece) for piece in pieces or [""]) + 2
            longest[cell.column] = max(longest.get(cell.column, 0), width)
    for column, width in longest.items():
        chosen = widths.get(column, min(MAX_WIDTH, max(MIN_WIDTH, width)))
        sheet.column_dimensions[get_column_letter(column)].width = chosen
    _fit_rows(sheet, first_row)


def _fit_rows(sheet: Worksheet, first_row: int) -> None:
    """Rows tall enough for their wrapped text: Excel grows rows itself when a file opens,
    LibreOffice and the printout do not."""
    for row in sheet.iter_rows(min_row=first_row):
        lines = 1
        for cell in row:
            if not isinstance(cell.value, str) or not cell.alignment.wrap_text:
                continue
            width = sheet.column_dimensions[get_column_letter(cell.column)].width or 10
            factor = 1.0 if cell.font and cell.font.b else CHARS_PER_WIDTH  # bold is wider
            room = max(1.0, (width - 1) * factor)
            needed = sum(wrapped_lines(part, room) for part in cell.value.split("\n"))
            lines = max(lines, needed)
        if lines > 1:
            sheet.row_dimensions[row[0].row].height = LINE_HEIGHT * lines + 2


def _shown(value: Any, number_format: str) -> str:
    if isinstance(value, str) and value.startswith("="):
        return "+100.0%"  # a formula shows a short number
    if isinstance(value, float):
        return f"{value:,.1f}" if "%" not in number_format else f"{value * 100:.1f}%"
    return str(value)


def wrapped_lines(text: str, room: float) -> int:
    """Lines `text` takes when wrapped at word breaks into lines of `room` columns; a word
    longer than a line (or Chinese text, which has no spaces) breaks anywhere."""
    lines, used = 1, 0.0
    for word in text.split():
        width = display_width(word)
        if used and used + 1 + width <= room:
            used += 1 + width
            continue
        if used:
            lines += 1
        extra = max(0, math.ceil(width / room) - 1)
        lines += extra
        used = width - extra * room
    return lines


def prepare_page(sheet: Worksheet, header_row: int, freeze_column: str = "A") -> None:
    """Frozen header, landscape pages one page wide, the header row repeated on each page,
    and a footer with the sheet's name and page number."""
    sheet.freeze_panes = f"{freeze_column}{header_row + 1}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.oddFooter.left.text = "&A"
    sheet.oddFooter.right.text = tr("Page &P of &N")
    sheet.oddHeader.right.text = "&F"
