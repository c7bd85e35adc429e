"""The blueprint's rule for lane order: customer lanes stay above the line of interaction.

A lane dragged across the line snaps back to the nearest place on its own side, and a lane
whose kind changes moves to the side its new kind belongs on; the canvas says so in the
status bar. Plain functions over the lane list, so the rule is tested without a scene.
"""

from __future__ import annotations

from collections.abc import Sequence

from workbench.model import Lane, LaneKind


def _leading_customers(lanes: Sequence[Lane]) -> int:
    count = 0
    for lane in lanes:
        if not lane.is_customer:
            break
        count += 1
    return count


def allowed_index(
    lanes: Sequence[Lane], lane_id: str, index: int, kind: LaneKind | None = None
) -> int:
    """Where a lane may go when asked for `index` (its place among the other lanes, as
    `Document.move_lane` counts): customer lanes above all others, the rest below them."""
    lane = next(x for x in lanes if x.id == lane_id)
    others = [x for x in lanes if x.id != lane_id]
    customers = _leading_customers(others)
    if (kind or lane.kind) is LaneKind.CUSTOMER:
        return min(index, customers)
    return max(index, customers)


def index_for_kind(lanes: Sequence[Lane], lane_id: str, kind: LaneKind) -> int:
    """The index a lane must move to when its kind becomes `kind` (its own if it may stay)."""
    current = next(i for i, x in enumerate(lanes) if x.id == lane_id)
    return allowed_index(lanes, lane_id, current, kind)
