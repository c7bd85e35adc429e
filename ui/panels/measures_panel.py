"""The measures of the current version, live: they follow the flow as it is drawn.

Computing them walks the whole flow, so the panel never does it on a keystroke: it waits
until edits pause (~150 ms) and recomputes once, and only for edits of the shown version.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.help_texts import how_measures_are_computed
from ui.i18n import domain_text, measure_description, measure_name, unit_abbreviation
from ui.panels.base import DeferredRefresh, DocumentPanel
from ui.panels.shared_analysis import SharedAnalysis
from workbench.document import Document
from workbench.events import DocumentEdited, Event
from workbench.measures import MEASURES, MeasureDef, measure_version
from workbench.model import Direction


def format_measure(measure: MeasureDef, value: float | int | None) -> str:
    """Hours as minutes, hours or days as fits; shares as percentages; missing as a dash."""
    if value is None:
        return "—"
    if measure.unit == "share":
        return f"{value * 100:.0f} %" if value >= 0.1 or value == 0 else f"{value * 100:.1f} %"
    if measure.unit == "h":
        if value == 0:
            return f"0 {unit_abbreviation('h')}"
        if value < 1:
            return f"{value * 60:.0f} {unit_abbreviation('min')}"
        if value < 48:
            return f"{value:.1f} {unit_abbreviation('h')}"
        return f"{value / 24:.1f} {unit_abbreviation('d')}"
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.2f}"


class MeasuresPanel(DocumentPanel):
    explain_requested = Signal(str)  # a measure's key, or "" for all of them

    def __init__(
        self, document: Document, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(document, undo_stack, parent)
        self.setObjectName("MeasuresPanel")
        self.setWindowTitle(self.tr("Measures"))
        self.computations = 0  # how often the measures were computed (tests, benchmarks)
        self._stale = False
        self.shared: SharedAnalysis | None = None  # the window's, shared with the findings
        self.deferred = DeferredRefresh(self.refresh, self)
        self.table = QTableWidget(len(MEASURES), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Measure"), self.tr("Value")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        how = how_measures_are_computed()
        for row, measure in enumerate(MEASURES):
            name = QTableWidgetItem(measure_name(measure))
            name.setToolTip(f"{measure_description(measure)}\n\n{how[measure.key]}")
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, QTableWidgetItem("—"))
        self.table.setToolTip(self.tr("Double-click a measure to read how it is computed"))
        self.table.cellDoubleClicked.connect(
            lambda row, _column: self.explain_requested.emit(MEASURES[row].key)
        )
        self.explain_button = QPushButton(self.tr("What do these mean?"), self)
        self.explain_button.clicked.connect(lambda: self.explain_requested.emit(""))
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.explain_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.table)

    def value_text(self, key: str) -> str:
        row = next(i for i, m in enumerate(MEASURES) if m.key == key)
        return self.table.item(row, 1).text()

    def on_event(self, event: Event) -> None:
        if isinstance(event, DocumentEdited) and self.version_id in event.version_ids:
            self.deferred.schedule()

    def refresh(self) -> None:
        if not self.isVisible():  # a hidden dock catches up when it is shown
            self._stale = True
            return
        self._stale = False
        version = self.version()
        report = None
        if version is not None:
            shared = self.shared
            graph, branching = shared.graph(version) if shared else (None, None)
            timing = shared.timing(version) if shared else None
            report = measure_version(version, graph, branching, timing)
        self.computations += 1
        for row, measure in enumerate(MEASURES):
            value = report.values.get(measure.key) if report else None
            note = domain_text(report.notes.get(measure.key, "")) if report else ""
            item = self.table.item(row, 1)
            item.setText(format_measure(measure, value))
            arrow = {Direction.HIGHER: "↑", Direction.LOWER: "↓"}.get(measure.better, "")
            better = self.tr("better: %1").replace("%1", arrow) if arrow else ""
            item.setToolTip("\n".join(t for t in (note, better) if t))

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale:
            self.refresh()
