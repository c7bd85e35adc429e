"""Customer tiers by the method of case 2 (CASES.md): value = ARPU score x tenure score,
customers ranked by value, tiers taking the top 5 / next 10 / 15 / 40 / 30 %, thresholds
at those percentile ranks rounded to a multiple of 10, and a customer who reaches several
tiers' thresholds placed in the highest.

Plain Python, so the tiering of a customer list is the same on the command line, in the
window and in tests. Reading a list reports the line and column of anything wrong.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from workbench import customer_tier_messages as messages
from workbench.i18n import Msg
from workbench.model import Segment
from workbench.simulation.settings import TenureScore, TierMethod

ARPU_NAMES = ("arpu", "arpu (yuan)", "月均消费", "平均月消费")
TENURE_NAMES = ("tenure_months", "tenure", "tenure months", "网龄", "在网时长", "网龄（月）")
MOST_CUSTOMERS = 5_000_000


class CustomerListError(ValueError):
    """A customer list that cannot be read; the message says what and where."""


@dataclass(frozen=True)
class Customer:
    arpu: float  # average monthly billed revenue of the last 12 months, in yuan
    tenure_months: float


@dataclass(frozen=True)
class Tiering:
    """Thresholds (least value per tier, top tier first; the last is 0) and how many of the
    customers fall in each tier."""

    thresholds: tuple[float, ...]
    counts: tuple[int, ...]
    values: tuple[float, ...]  # each customer's value, in the list's order
    tiers: tuple[int, ...]  # each customer's tier number (0 = top)

    def shares(self) -> tuple[float, ...]:
        total = sum(self.counts) or 1
        return tuple(c / total for c in self.counts)


def tenure_score(months: float, table: Sequence[TenureScore]) -> float:
    """The score of the last row whose `min_months` the tenure reaches."""
    score = None
    for row in sorted(table, key=lambda r: r.min_months):
        if months >= row.min_months:
            score = row.score
    if score is None:
        raise CustomerListError(Msg(messages.TENURE_BELOW_TABLE, months=_fmt(months)))
    return score


def customer_value(customer: Customer, table: Sequence[TenureScore]) -> float:
    """ARPU score (1 point per yuan, rounded half up) times the tenure score."""
    return math.floor(customer.arpu + 0.5) * tenure_score(customer.tenure_months, table)


def tier_customers(customers: Sequence[Customer], method: TierMethod) -> Tiering:
    if not customers:
        raise CustomerListError(Msg(messages.NO_CUSTOMERS))
    shares = method.shares
    if not shares or any(s <= 0 for s in shares) or abs(sum(shares) - 1.0) > 1e-6:
        raise CustomerListError(
            Msg(messages.BAD_SHARES, shares=" / ".join(_fmt(100 * s) for s in shares))
        )
    if method.rounding <= 0:
        raise CustomerListError(Msg(messages.BAD_ROUNDING, rounding=_fmt(method.rounding)))
    values = [customer_value(c, method.tenure_scores) for c in customers]
    ranked = sorted(values, reverse=True)
    thresholds = []
    cumulative = 0.0
    for share in shares[:-1]:
        cumulative += share
        rank = max(1, math.ceil(cumulative * len(ranked) - 1e-9))  # 1-based, from the top
        thresholds.append(_round_to(ranked[rank - 1], method.rounding))
    thresholds.append(0.0)
    tiers = [_tier_of(value, thresholds) for value in values]
    counts = [0] * len(thresholds)
    for tier in tiers:
        counts[tier] += 1
    return Tiering(tuple(thresholds), tuple(counts), tuple(values), tuple(tiers))


def _tier_of(value: float, thresholds: Sequence[float]) -> int:
    """The highest tier whose threshold the value reaches."""
    for number, threshold in enumerate(thresholds):
        if value >= threshold:
            return number
    return len(thresholds) - 1


def _round_to(value: float, multiple: float) -> float:
    return math.floor(value / multiple + 0.5) * multiple


def segment_changes(
    segments: Sequence[Segment], tiering: Tiering
) -> list[tuple[str, dict[str, float]]]:
    """The edits that store a tiering in the document: each segment's least value and its
    share of the customers (segments in order, top tier first)."""
    if len(segments) != len(tiering.thresholds):
        raise CustomerListError(
            Msg(messages.TIER_COUNT, segments=len(segments), tiers=len(tiering.thresholds))
        )
    return [
        (segment.id, {"min_value": threshold, "share": share})
        for segment, threshold, share in zip(
            segments, tiering.thresholds, tiering.shares(), strict=True
        )
    ]


def read_customers(path: str | Path) -> list[Customer]:
    try:
        raw = Path(path).read_bytes()
    except OSError as error:
        raise CustomerListError(
            Msg(messages.CANNOT_READ, path=str(path), reason=error.strerror or str(error))
        ) from None
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return parse_customers(raw.decode(encoding), str(path))
        except UnicodeDecodeError:
            continue
    raise CustomerListError(Msg(messages.NOT_TEXT, path=str(path)))


def parse_customers(text: str, where: str = Msg("the list")) -> list[Customer]:
    """Customers from CSV text with a header row naming an ARPU and a tenure column."""
    rows = csv.reader(io.StringIO(text))
    header = next(rows, None)
    if header is None:
        raise CustomerListError(Msg(messages.NO_CUSTOMERS))
    names = [h.strip().casefold() for h in header]
    arpu, tenure = _column(names, ARPU_NAMES), _column(names, TENURE_NAMES)
    if arpu is None or tenure is None:
        raise CustomerListError(
            Msg(messages.MISSING_COLUMNS, where=where, found=", ".join(header) or Msg("nothing"))
        )
    customers = []
    for line, row in enumerate(rows, start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(customers) >= MOST_CUSTOMERS:
            raise CustomerListError(Msg(messages.TOO_MANY, most=MOST_CUSTOMERS))
        customers.append(
            Customer(
                _number(row, arpu, header, line, where),
                _number(row, tenure, header, line, where),
            )
        )
    return customers


def _column(names: list[str], wanted: Sequence[str]) -> int | None:
    for index, name in enumerate(names):
        if name in wanted:
            return index
    return None


def _number(row: list[str], index: int, header: list[str], line: int, where: str) -> float:
    cell = row[index].strip() if index < len(row) else ""
    try:
        value = float(cell.replace(",", ""))
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or value < 0:
        raise CustomerListError(
            Msg(messages.BAD_NUMBER, where=where, line=line, column=header[index], cell=cell)
        )
    return value


def _fmt(value: float) -> str:
    return f"{value:g}"
