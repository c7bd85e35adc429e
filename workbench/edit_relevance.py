"""Which edits change what the measures and checks see.

Dragging a step along its lane or resizing a lane changes only the drawing; listeners with
costly work (measures, findings) skip those edits, so a drag never waits on analysis.
"""

from __future__ import annotations

from workbench.events import DocumentEdited, ElementChanged, ElementKind, Event

LAYOUT_FIELDS = frozenset({"x", "y", "waypoints", "height"})
_DRAWN_KINDS = frozenset({ElementKind.NODE, ElementKind.FLOW, ElementKind.LANE})


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
