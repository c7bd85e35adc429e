"""A comparison's changes in the order the eye reads the two diagrams: lanes top to bottom,
then steps and flows together from left to right (each flow just after the step it
leaves), then the KPIs, which the diagrams do not draw.

`Comparison.elements` groups by type and, within a type, lists what was removed or changed
before what was added; a reader walking both diagrams wants one list that runs with them,
so an added step appears between its neighbours instead of at the end.
"""

from __future__ import annotations

from collections.abc import Iterable

from workbench.comparison_elements import ChangeKind, ElementChange, ElementType
from workbench.model import Version

_Key = tuple[float, ...]


def in_reading_order(
    changes: Iterable[ElementChange], before: Version, after: Version
) -> list[ElementChange]:
    """The changes sorted for reading; each placed where its own diagram draws it (a
    removed element by the before version, the others by the after version)."""
    indexed = list(enumerate(changes))
    return [change for _, change in sorted(
        indexed, key=lambda pair: (*_place(pair[1], before, after), pair[0])
    )]


def _place(change: ElementChange, before: Version, after: Version) -> _Key:
    removed = change.change is ChangeKind.REMOVED
    version = before if removed else after
    element_id = (change.before_id if removed else change.after_id) or ""
    if change.type is ElementType.LANE:
        return (0.0, float(_lane_index(version, element_id)), 0.0, 0.0)
    if change.type is ElementType.STEP:
        node = version.nodes.get(element_id)
        return (1.0, node.x, 0.0, node.y) if node else (1.0, 0.0, 0.0, 0.0)
    if change.type is ElementType.FLOW:
        flow = version.flows.get(element_id)
        if flow is None:
            return (1.0, 0.0, 1.0, 0.0)
        source, target = version.nodes.get(flow.source), version.nodes.get(flow.target)
        return (1.0, source.x if source else 0.0, 1.0, target.x if target else 0.0)
    return (2.0, 0.0, 0.0, 0.0)  # KPIs keep their listed order


def _lane_index(version: Version, lane_id: str) -> int:
    for index, lane in enumerate(version.lanes):
        if lane.id == lane_id:
            return index
    return len(version.lanes)
