"""The check findings of the current version: what a reviewer would flag, each pointing at
the element to fix. Double-click asks the main window to select and reveal it.

Checks walk the whole flow, so like the measures they run once edits pause, not per keystroke.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyle,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.canvas.metrics import CANVAS_METRICS
from ui.i18n import domain_translator
from ui.panels.base import DeferredRefresh, DocumentPanel
from ui.panels.element_forms import flow_title
from ui.panels.row_models import FindingsModel
from ui.panels.shared_analysis import SharedAnalysis
from workbench.checks import Finding, Severity, check_version, sort_findings
from workbench.diagram import Drawing
from workbench.diagram.check import diagram_findings
from workbench.document import Document
from workbench.events import DocumentEdited, Event
from workbench.findings import check_title
from workbench.model import Version

LIVE_DIAGRAM_STEPS = 3000  # up to this size a drag's diagram check stays under ~0.1 s

_CHECKLIST_KINDS = {
    "goal": "Goal",
    "inputs": "Inputs",
    "outputs": "Outputs",
    "activities": "Activities",
}
_ICONS = {
    Severity.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
    Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Severity.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
}


def element_name(version: Version, finding: Finding) -> str:
    """The element as the user calls it: a step's label, a flow's route, a lane's name…"""
    element_id = finding.element_id
    if element_id is None:
        name = _CHECKLIST_KINDS.get(finding.element_kind or "", "")
        return QCoreApplication.translate("FindingsPanel", name) if name else ""
    if element_id in version.nodes:
        return version.nodes[element_id].label or element_id
    if element_id in version.flows:
        return flow_title(version, element_id)
    if element_id in version.kpis:
        return version.kpis[element_id].name
    for lane in version.lanes:
        if lane.id == element_id:
            return lane.name
    checklist = version.checklist
    for item in (*checklist.inputs, *checklist.outputs, *checklist.activities):
        if item.id == element_id:
            return item.name
    return finding.element_kind or element_id


def _texts(version: Version, finding: Finding) -> tuple[str, str, str]:
    """The check's title (its stable id is for files and CI), the element, the message."""
    tr = domain_translator()
    return (check_title(finding.check_id, tr), element_name(version, finding),
            tr.render(finding.message))


class FindingsPanel(DocumentPanel):
    element_activated = Signal(str, str)  # version id, element id
    # version id, checklist element ("goal", "inputs", …) for findings about a whole element
    checklist_activated = Signal(str, str)

    def __init__(
        self, document: Document, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(document, undo_stack, parent)
        self.setObjectName("FindingsPanel")
        self.setWindowTitle(self.tr("Findings"))
        self.computations = 0
        # the diagram as drawn for a version id (the canvas's), for the diagram check
        self.drawing_source: Callable[[str], Drawing | None] | None = None
        self._flow_findings: tuple[str, list[Finding]] | None = None  # all but the diagram's
        self._stale = False
        self._findings: list[Finding] = []
        self.shared: SharedAnalysis | None = None  # the window's, shared with the measures
        self.deferred = DeferredRefresh(self.refresh, self)
        self.header = QLabel(self)
        self.filters: dict[Severity, QToolButton] = {}
        icons = {s: self.style().standardIcon(_ICONS[s]) for s in Severity}  # once, not per row
        filters = QHBoxLayout()
        filters.addWidget(self.header, 1)
        for severity in Severity:
            button = QToolButton(self)
            button.setCheckable(True)
            button.setChecked(True)
            button.setIcon(icons[severity])
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.toggled.connect(self._fill)
            self.filters[severity] = button
            filters.addWidget(button)
        headers = [self.tr("Check"), self.tr("Element"), self.tr("Message")]
        self.model = FindingsModel(headers, _texts, icons, self)
        self.table = table = QTableView(self)
        table.setModel(self.model)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(0)  # fit the rows on screen, not thousands
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        table.setColumnWidth(1, 160)
        table.doubleClicked.connect(self._activate)
        table.activated.connect(self._activate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

    def findings(self) -> list[Finding]:
        return list(self._findings)

    def on_event(self, event: Event) -> None:
        if isinstance(event, DocumentEdited) and self.version_id in event.version_ids:
            self._flow_findings = None  # the flow itself changed: check everything again
            self.deferred.schedule()

    def _on_event(self, event: Event) -> None:
        """A step dragged along its lane changes only the drawing: recheck the diagram (on a
        very big flow that takes long enough to be felt, so it waits for the next real edit
        there)."""
        if self._relevance.feed(event) is False:
            version = self.version()
            small = version is not None and len(version.nodes) <= LIVE_DIAGRAM_STEPS
            if small and isinstance(event, DocumentEdited) and self.version_id in event.version_ids:
                self.deferred.schedule()
            return
        self.on_event(event)

    def refresh(self) -> None:
        if not self.isVisible():
            self._stale = True
            self._flow_findings = None
            return
        self._stale = False
        version = self.version()
        self._findings = []
        if version is not None:
            if self._flow_findings is None or self._flow_findings[0] != version.id:
                graph, branching = self.shared.graph(version) if self.shared else (None, None)
                flow = check_version(self.document, version, graph, branching)
                self._flow_findings = (version.id, flow)
            drawing = self.drawing_source(version.id) if self.drawing_source else None
            diagram = diagram_findings(version, drawing, CANVAS_METRICS) if drawing else []
            self._findings = sort_findings(version, [*self._flow_findings[1], *diagram])
        self.computations += 1
        self._fill()

    def _fill(self) -> None:
        version = self.version()
        counts = {s: sum(1 for f in self._findings if f.severity is s) for s in Severity}
        names = {
            Severity.ERROR: self.tr("errors"),
            Severity.WARNING: self.tr("warnings"),
            Severity.INFO: self.tr("notes"),
        }
        for severity, button in self.filters.items():
            button.setText(f"{counts[severity]} {names[severity]}")
        shown = [f for f in self._findings if self.filters[f.severity].isChecked()]
        self.model.set_rows(version, shown)
        total = len(self._findings)
        text = self.tr("Findings: %n", "", total)  # reads right for 1 and for 7
        if len(shown) != total:
            text += " " + self.tr("(%1 shown)").replace("%1", str(len(shown)))
        self.header.setText(f"<b>{text}</b>")

    def _activate(self, index: QModelIndex) -> None:
        if self.version_id is None or not index.isValid():
            return
        finding = self.model.entry(index.row())
        element_id, kind = finding.element_id, finding.element_kind
        if element_id:
            self.element_activated.emit(self.version_id, element_id)
        elif kind in _CHECKLIST_KINDS:
            self.checklist_activated.emit(self.version_id, kind)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale:
            self.refresh()
