"""The properties of what is selected on the canvas, editable in place.

One page per kind of selection: steps (one or several), a flow, a lane, or nothing (the
version and the document). Every edit is a command; the page follows the model when it
changes from elsewhere (the canvas, undo) without moving the cursor of a field being typed in.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from ui.panels.base import DocumentPanel
from ui.panels.document_form import DocumentForm
from ui.panels.element_forms import FlowForm, LaneForm
from ui.panels.node_form import NodeForm
from ui.panels.scrolling import scrolling_form
from workbench.document import Document
from workbench.model import Version


class PropertiesPanel(DocumentPanel):
    def __init__(
        self, document: Document, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(document, undo_stack, parent)
        self.setObjectName("PropertiesPanel")
        self.setWindowTitle(self.tr("Properties"))
        self._selection: list[str] = []
        self.node_form = NodeForm(self)
        self.flow_form = FlowForm(self)
        self.lane_form = LaneForm(self)
        self.document_form = DocumentForm(self)
        self.other = QLabel(self)
        self.other.setWordWrap(True)
        self.pages = QStackedWidget(self)
        for page in (
            self.document_form,
            self.node_form,
            self.flow_form,
            self.lane_form,
            self.other,
        ):
            self.pages.addWidget(page)
        scroll = scrolling_form(self.pages, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.error)
        layout.addWidget(scroll, 1)
        self.refresh()

    def set_selection(self, element_ids: list[str]) -> None:
        self._selection = list(element_ids)
        self.error.clear_error()
        self.refresh()

    def selection(self) -> list[str]:
        return list(self._selection)

    def refresh(self) -> None:
        version = self.version()
        if version is None:
            self._selection = []
        else:  # elements removed elsewhere (delete, undo) drop out of the selection
            self._selection = [i for i in self._selection if _exists(version, i)]
        self._show(version)

    def _show(self, version: Version | None) -> None:
        ids = self._selection
        if version is None or not ids:
            self.document_form.load(self.document, version)
            self.pages.setCurrentWidget(self.document_form)
        elif all(i in version.nodes for i in ids):
            self.node_form.load(version, ids)
            self.pages.setCurrentWidget(self.node_form)
        elif len(ids) == 1 and ids[0] in version.flows:
            self.flow_form.load(version, ids[0])
            self.pages.setCurrentWidget(self.flow_form)
        elif len(ids) == 1 and any(lane.id == ids[0] for lane in version.lanes):
            self.lane_form.load(version, ids[0])
            self.pages.setCurrentWidget(self.lane_form)
        else:
            self.other.setText(
                self.tr(
                    "%n elements selected. Select only steps to mark them together.", "", len(ids)
                )
            )
            self.pages.setCurrentWidget(self.other)


def _exists(version: Version, element_id: str) -> bool:
    return (
        element_id in version.nodes
        or element_id in version.flows
        or any(lane.id == element_id for lane in version.lanes)
    )
