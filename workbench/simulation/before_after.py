"""Before and after, simulated: both versions with the same seed and the same customers,
and the figures the comparison, the workbook and the report chart from them.

Defined once here so that every place shows the same curve and the same tier figures.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from workbench.document import Document
from workbench.i18n import Msg
from workbench.model import Version
from workbench.simulation.customers import CustomerMix
from workbench.simulation.plan import SimulationError
from workbench.simulation.results import SimulationResult
from workbench.simulation.run import simulate_version
from workbench.simulation.settings import SimulationSettings

CURVE_POINTS = 61
CURVE_REACH = 99  # the curves run to the larger 99th percentile, not the rare longest case


@dataclass
class SimulatedPair:
    """`before`/`after` are None together, with the reason in `unavailable`."""

    before: SimulationResult | None
    after: SimulationResult | None
    unavailable: str | None = None
    cases: int = 0
    seed: int = 0

    def tier_rows(self) -> list[tuple[str, float | None, float | None]]:
        """(tier, share kept before, after): every tier of either version, top first."""
        if self.before is None or self.after is None:
            return []
        return [(name, *kept) for name, kept in tier_rows_of([self.before, self.after])]

    def curves(self) -> list[tuple[str, list[tuple[float, float]]]]:
        """Per version: the share of cases done by each lead time, on one scale of hours."""
        if self.before is None or self.after is None:
            return []
        return curves_of([self.before, self.after])


def curves_of(results: list[SimulationResult]) -> list[tuple[str, list[tuple[float, float]]]]:
    """Each result's cumulative lead-time curve, all on one scale of hours."""
    if not results:
        return []
    top = max(float(np.percentile(r.lead_time, CURVE_REACH)) for r in results)
    return [(r.version_name, cumulative_curve(r.lead_time, top)) for r in results]


def tier_rows_of(results: list[SimulationResult]) -> list[tuple[str, list[float | None]]]:
    """(tier, share keeping every time limit per result): every tier of any result, in the
    order they first appear (top tier first)."""
    names = list(dict.fromkeys(t.name for r in results for t in r.tiers))
    kept = [{t.name: t.kept for t in r.tiers} for r in results]
    return [(name, [k.get(name) for k in kept]) for name in names]


def cumulative_curve(lead_times: np.ndarray, top: float) -> list[tuple[float, float]]:
    """(hours, share of cases done within them) at evenly spaced hours from 0 to `top`."""
    hours = np.linspace(0.0, max(top, 1e-9), CURVE_POINTS)
    ordered = np.sort(lead_times)
    done = np.searchsorted(ordered, hours, side="right") / max(1, ordered.size)
    return list(zip(hours.tolist(), done.tolist(), strict=True))


def simulate_compared(document: Document, before_id: str, after_id: str) -> SimulatedPair:
    """The pair a comparison shows, when both of its versions are in `document`."""
    try:
        before, after = document.version(before_id), document.version(after_id)
    except ValueError as error:
        return SimulatedPair(None, None, reason_of(error))
    return simulate_pair(document, before, after)


def simulate_pair(
    document: Document,
    before: Version,
    after: Version,
    settings: SimulationSettings | None = None,
    mix: CustomerMix | None = None,
) -> SimulatedPair:
    """Both versions through the same cases; a version that cannot be simulated makes the
    pair unavailable, with the reason, instead of failing the export it is part of."""
    settings = settings or document.simulation
    try:
        first = simulate_version(before, settings, document.segments, mix)
        second = (
            first if after is before else simulate_version(after, settings, document.segments, mix)
        )
    except SimulationError as error:
        return SimulatedPair(None, None, reason_of(error), settings.cases, settings.seed)
    return SimulatedPair(first, second, None, settings.cases, settings.seed)


def reason_of(error: Exception) -> str:
    """The error's sentence as it was raised: a Msg stays one, to be shown in the reader's
    language (`str(error)` would fix it in English)."""
    first = error.args[0] if len(error.args) == 1 else None
    return first if isinstance(first, Msg) else str(error)
