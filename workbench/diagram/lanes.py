"""Lane bands stacked in the version's order, and the blueprint's two zone lines."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from workbench.model import Lane, LaneKind


@dataclass(frozen=True)
class LaneBand:
    lane_id: str
    name: str
    kind: LaneKind
    top: float
    height: float

    @property
    def bottom(self) -> float:
        return self.top + self.height


def lane_bands(lanes: Sequence[Lane]) -> list[LaneBand]:
    bands, top = [], 0.0
    for lane in lanes:
        bands.append(LaneBand(lane.id, lane.name, lane.kind, top, lane.height))
        top += lane.height
    return bands


def band_at(bands: Sequence[LaneBand], y: float) -> LaneBand | None:
    """The band containing y; above the first or below the last clamps to it."""
    if not bands:
        return None
    for band in bands:
        if y < band.bottom:
            return band
    return bands[-1]


def zone_lines(bands: Sequence[LaneBand]) -> dict[str, float]:
    """y of the line of interaction (below the last customer lane, when a non-customer
    lane follows) and of the line of visibility (above the first backstage lane, when
    something is drawn above it)."""
    lines: dict[str, float] = {}
    customer = [b for b in bands if b.kind is LaneKind.CUSTOMER]
    if customer and customer[-1] is not bands[-1]:
        lines["interaction"] = customer[-1].bottom
    backstage = [b for b in bands if b.kind is LaneKind.BACKSTAGE]
    if backstage and backstage[0].top > 0:
        lines["visibility"] = backstage[0].top
    return lines
