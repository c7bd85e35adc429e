"""Formulas that carry their results: each formula cell is saved with the value it computes
(a cached value, `<v>` beside `<f>` in the sheet's XML), the way Excel saves its own files.

openpyxl writes formulas without results, so every reader without a calculation engine
(pandas, openpyxl with `data_only=True`, file previews, mail and chat attachments) saw the
Summary's Difference, Change and Verdict columns empty. The formulas stay live: Excel and
LibreOffice still recalculate on open, and follow a figure a process owner types in.
"""

from __future__ import annotations

import os
import posixpath
import re
import zipfile
from collections.abc import Mapping
from typing import Any
from weakref import WeakKeyDictionary
from xml.etree import ElementTree as ET

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.worksheet.worksheet import Worksheet

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PACKAGE_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"

Cached = str | int | float | bool | None
_results: WeakKeyDictionary[Worksheet, dict[str, Cached]] = WeakKeyDictionary()


def remember(cell: Cell, result: Cached) -> None:
    """`result` is what the formula in `cell` computes from the figures written beside it."""
    _results.setdefault(cell.parent, {})[cell.coordinate] = result


def results(sheet: Worksheet) -> Mapping[str, Cached]:
    return _results.get(sheet, {})


def save(workbook: Workbook, path: str | os.PathLike[str]) -> None:
    """Save the workbook, then put each remembered result into its formula cell."""
    workbook.save(path)
    wanted = {title: dict(results(workbook[title])) for title in workbook.sheetnames}
    if not any(wanted.values()):
        return
    with zipfile.ZipFile(path) as archive:
        entries = {info.filename: archive.read(info) for info in archive.infolist()}
    for title, part in _sheet_parts(entries).items():
        if wanted.get(title):
            entries[part] = _with_results(entries[part].decode("utf-8"), wanted[title]).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)


def _sheet_parts(entries: Mapping[str, bytes]) -> dict[str, str]:
    """Sheet title -> the zip entry of its XML, read from the workbook's relationships."""
    book = ET.fromstring(entries["xl/workbook.xml"])
    rels = ET.fromstring(entries["xl/_rels/workbook.xml.rels"])
    targets = {r.get("Id"): r.get("Target", "") for r in rels.iter(f"{_PACKAGE_REL}Relationship")}
    parts = {}
    for sheet in book.iter(f"{_MAIN}sheet"):
        target = targets.get(sheet.get(f"{_REL}id"), "")
        path = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
        parts[sheet.get("name", "")] = posixpath.normpath(path)
    return parts


_FORMULA_CELL = re.compile(
    r'<c r="(?P<ref>[A-Z]+[0-9]+)"(?P<attrs>[^>]*)>(?P<f><f>.*?</f>)(?:<v\s*/>|<v>.*?</v>)?</c>',
    re.DOTALL,
)


def _with_results(xml: str, wanted: Mapping[str, Cached]) -> str:
    def fill(match: re.Match[str]) -> str:
        ref = match.group("ref")
        if ref not in wanted:
            return match.group(0)
        attrs = re.sub(r'\st="[^"]*"', "", match.group("attrs"))
        kind, value = _typed(wanted[ref])
        return f'<c r="{ref}"{attrs}{kind}>{match.group("f")}<v>{value}</v></c>'

    return _FORMULA_CELL.sub(fill, xml)


def _typed(result: Any) -> tuple[str, str]:
    """The cell's type attribute and the text of its cached value."""
    if isinstance(result, bool):
        return ' t="b"', "1" if result else "0"
    if isinstance(result, int | float):
        return "", repr(float(result)) if isinstance(result, float) else str(result)
    text = "" if result is None else str(result)
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return ' t="str"', escaped
