"""KPI results from a table: the documented column layout, read row by row, with a message
naming the row and column of anything wrong. Nothing is imported unless every row reads.

Layout (the first row names the columns, in any order; other columns are ignored):
  kpi          the KPI's id or its name, as in the KPI panel
  period       "2026-01" for a month ("2026-Q1", "2026-W05" also sort correctly)
  value        the measured value, in the KPI's unit (82.5 for 82.5 %)
  sample_size  optional: transactions sampled, for sampled KPIs and p-charts
  note         optional

The CSV reader lives here; a workbook's rows are read in exporters/ and handed to
`results_from_rows` the same way.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Iterable, Sequence
from typing import Any

from workbench.audit_texts import RESULT_IMPORT
from workbench.governance import KpiResult
from workbench.i18n import Joined, Msg
from workbench.model import Kpi, Version

COLUMNS = ("kpi", "period", "value", "sample_size", "note")
REQUIRED = ("kpi", "period", "value")


class ResultImportError(ValueError):
    """A table that cannot be imported; the message (a Msg, args[0]) names the row and column."""


def read_csv_results(data: bytes, version: Version) -> dict[str, tuple[KpiResult, ...]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ResultImportError(Msg(RESULT_IMPORT["not-text"])) from None
    return results_from_rows(csv.reader(io.StringIO(text)), version)


def results_from_rows(
    rows: Iterable[Sequence[Any]], version: Version
) -> dict[str, tuple[KpiResult, ...]]:
    """KPI id → its results after the import (the table's periods replace the same periods
    already recorded; other periods stay)."""
    iterator = iter(rows)
    header = next(iterator, None)
    if header is None:
        raise ResultImportError(Msg(RESULT_IMPORT["empty"], columns=Joined(COLUMNS)))
    names = [_cell(c).lower() for c in header]
    for column in REQUIRED:
        if column not in names:
            raise ResultImportError(
                Msg(RESULT_IMPORT["missing-column"], column=column, columns=Joined(COLUMNS))
            )
    where = {column: names.index(column) for column in COLUMNS if column in names}
    by_key = _kpi_lookup(version)
    new: dict[str, dict[str, tuple[KpiResult, int]]] = {}
    for number, row in enumerate(iterator, start=2):
        cells = {c: _cell(row[i]) if i < len(row) else "" for c, i in where.items()}
        if not any(cells.values()):
            continue  # a blank line
        kpi = _kpi(cells["kpi"], by_key, number)
        period = cells["period"]
        if not period:
            raise ResultImportError(Msg(RESULT_IMPORT["no-period"], row=number, column="period"))
        result = KpiResult(period, _number(cells["value"], number),
                           _size(cells.get("sample_size", ""), number), cells.get("note", ""))
        periods = new.setdefault(kpi.id, {})
        if period in periods:
            raise ResultImportError(Msg(RESULT_IMPORT["twice"],
                row=number, column="period", kpi=kpi.name, value=period, first=periods[period][1]))
        periods[period] = (result, number)
    return {
        kpi_id: _merged(version.kpis[kpi_id], {p: r for p, (r, _) in periods.items()})
        for kpi_id, periods in new.items()
    }


def results_to_rows(kpis: Iterable[Kpi]) -> list[list[Any]]:
    """The same layout back out, for a template to fill in or a round trip."""
    rows: list[list[Any]] = [list(COLUMNS)]
    for kpi in kpis:
        for r in sorted(kpi.results, key=lambda r: r.period):
            rows.append([kpi.id, r.period, r.value, r.sample_size or "", r.note])
    return rows


def _merged(kpi: Kpi, periods: dict[str, KpiResult]) -> tuple[KpiResult, ...]:
    kept = [r for r in kpi.results if r.period not in periods]
    return tuple(sorted([*kept, *periods.values()], key=lambda r: r.period))


def _kpi_lookup(version: Version) -> dict[str, Kpi]:
    lookup = {kpi.name.strip().casefold(): kpi for kpi in version.kpis.values()}
    lookup.update({kpi.id.casefold(): kpi for kpi in version.kpis.values()})
    return lookup


def _kpi(text: str, by_key: dict[str, Kpi], row: int) -> Kpi:
    kpi = by_key.get(text.strip().casefold())
    if kpi is None:
        raise ResultImportError(Msg(RESULT_IMPORT["unknown-kpi"],
            row=row, column="kpi", value=text))
    return kpi


def _number(text: str, row: int) -> float:
    cleaned = text.replace(",", "").replace("%", "").strip()
    try:
        value = float(cleaned)
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        raise ResultImportError(Msg(RESULT_IMPORT["bad-number"],
            row=row, column="value", value=text))
    return value


def _size(text: str, row: int) -> int | None:
    if not text:
        return None
    try:
        size = float(text)
    except ValueError:
        size = 0.0
    if not math.isfinite(size) or size < 1 or size != int(size):
        raise ResultImportError(Msg(RESULT_IMPORT["bad-size"],
            row=row, column="sample_size", value=text))
    return int(size)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if hasattr(value, "strftime"):  # a spreadsheet turned "2026-01" into a date
        return f"{value:%Y-%m}"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()
