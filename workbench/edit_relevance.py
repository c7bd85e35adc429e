"""Which edits change what the measures and checks see.

Dragging a step along its lane or resizing a lane changes only the drawing; listeners with
costly work (measures, findings) skip those edits, so a drag never waits on analysis.
Moving a step into another lane, renaming or reclassing changes the counts but not the
flow's timing (lead times, visits), which the measures then keep.
"""

from __future__ import annotations

from workbench.events import DocumentEdited, ElementChanged, ElementKind, Event

LAYOUT_FIELDS = frozenset({"x", "y", "waypoints", "height"})
_DRAWN_KINDS = frozenset({ElementKind.NODE, ElementKind.FLOW, ElementKind.LANE})


_TIMELESS_NODE_FIELDS = LAYOUT_FIELDS | {"lane", "label", "value_class", "waste_kind",
                                         "fail_point", "script", "rules", "it_system"}
_TIMELESS_FLOW_FIELDS = LAYOUT_FIELDS | {"label"}


def changes_timing(event: Event) -> bool:
    """Can this event change the flow's timing: its steps' kinds and durations, its
    connections or branch probabilities? Lanes, KPIs and the checklist never do."""
    if isinstance(event, DocumentEdited):
        return False
    if event.kind is ElementKind.NODE:
        return not (isinstance(event, ElementChanged) and event.field in _TIMELESS_NODE_FIELDS)
    if event.kind is ElementKind.FLOW:
        return not (isinstance(event, ElementChanged) and event.field in _TIMELESS_FLOW_FIELDS)
    return event.kind is ElementKind.VERSION


def changes_analysis(event: Event) -> bool:
    return not (
        isinstance(event, ElementChanged)
        and event.kind in _DRAWN_KINDS
        and event.field in LAYOUT_FIELDS
    )


class AnalysisRelevance:
    """Folds the events of one edit; on its `DocumentEdited` says whether analysis must rerun."""

    def __init__(self) -> None:
        self._relevant = False

    def feed(self, event: Event) -> bool | None:
        if isinstance(event, DocumentEdited):
            relevant, self._relevant = self._relevant, False
            return relevant
        if changes_analysis(event):
            self._relevant = True
        return None
