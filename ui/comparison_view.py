"""Version ▸ Compare: the before and after diagrams side by side with the measures between
them, zoomed and scrolled together, and what changed outlined on each side.

The two canvases are read-only: they get their own undo stack and no mouse interaction,
so nothing done here can edit the document.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QPen, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ui.canvas.view import CanvasView
from ui.comparison_changes import HIGHLIGHT, ChangeList
from ui.comparison_simulation import SimulatedComparison
from ui.i18n import domain_translator, measure_description, measure_name
from ui.panels.measures_panel import format_measure
from workbench.comparison import ChangeKind, Comparison, ElementChange, Verdict, compare_versions
from workbench.comparison_reading import in_reading_order
from workbench.document import Document
from workbench.model import AttachmentKind

__all__ = ["HIGHLIGHT", "ComparisonDialog"]

VERDICT_COLOURS = {
    Verdict.BETTER: QColor("#dff0d8"),
    Verdict.WORSE: QColor("#f8d7da"),
}
# the verdict words are the domain's (its catalogue translates them, as in the report)
VERDICT_MARKS = {Verdict.BETTER: ("▲ ", "better"), Verdict.WORSE: ("▼ ", "worse"),
                 Verdict.SAME: ("=", "")}


class ComparisonDialog(QDialog):
    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare versions"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.document = document
        self.comparison: Comparison | None = None
        self._stack = QUndoStack(self)  # the canvases' edits, if any, go nowhere
        self._outlines: list[QGraphicsRectItem | QGraphicsPathItem] = []
        self._syncing = False
        versions = document.versions
        self.before_box, self.after_box = QComboBox(), QComboBox()
        for box in (self.before_box, self.after_box):
            for version in versions:
                box.addItem(version.name, version.id)
            box.currentIndexChanged.connect(self.refresh)
        self.before_view = self._make_view(versions[0].id)
        self.after_view = self._make_view(versions[-1].id)
        self.table = self._make_table()
        self.changes = ChangeList(self)
        self.changes.change_chosen.connect(self.show_change)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.simulated = SimulatedComparison(document, self)
        self._layout()
        self.resize(1500, 860)
        self.before_box.blockSignals(True)
        self.after_box.setCurrentIndex(len(versions) - 1)
        self.before_box.blockSignals(False)
        self.refresh()

    # ------------------------------------------------------------- building

    def _make_view(self, version_id: str) -> CanvasView:
        view = CanvasView(self.document, version_id, self._stack, self)
        view.setInteractive(False)
        view.start_hint.switch_off()
        view.setDragMode(CanvasView.DragMode.ScrollHandDrag)
        view.viewport().installEventFilter(self)
        view.horizontalScrollBar().valueChanged.connect(lambda _v, v=view: self._sync_scroll(v))
        view.verticalScrollBar().valueChanged.connect(lambda _v, v=view: self._sync_scroll(v))
        return view

    def _make_table(self) -> QTableWidget:
        table = QTableWidget(0, 4, self)
        table.setHorizontalHeaderLabels(
            [self.tr("Measure"), self.tr("Before"), self.tr("After"), self.tr("Change")]
        )
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        return table

    def _layout(self) -> None:
        choose = QHBoxLayout()
        choose.addWidget(QLabel(self.tr("Before:")))
        choose.addWidget(self.before_box)
        choose.addSpacing(24)
        choose.addWidget(QLabel(self.tr("After:")))
        choose.addWidget(self.after_box)
        choose.addStretch(1)
        for text, slot in (
            (self.tr("Zoom in"), lambda: self._zoom(1.2)),
            (self.tr("Zoom out"), lambda: self._zoom(1 / 1.2)),
            (self.tr("Fit"), self.fit),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            choose.addWidget(button)
        legend = QLabel(
            self.tr(
                "Outlined: <span style='color:#2e8b57'>added</span> · "
                "<span style='color:#c0392b'>removed</span> · "
                "<span style='color:#d68910'>changed</span>"
            )
        )
        choose.addWidget(legend)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        lists = QSplitter(Qt.Orientation.Vertical, middle)
        lists.addWidget(self.table)
        changes_box = QWidget()
        changes_layout = QVBoxLayout(changes_box)
        changes_layout.setContentsMargins(0, 4, 0, 0)
        changes_layout.addWidget(QLabel(self.tr("What changed, in reading order (choose one to "
                                                "see it in both diagrams):")))
        changes_layout.addWidget(self.changes, 1)
        lists.addWidget(changes_box)
        lists.addWidget(self.simulated)
        lists.setSizes([300, 160, 480])
        middle_layout.addWidget(lists, 1)
        middle_layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        for widget in (self.before_view, middle, self.after_view):
            splitter.addWidget(widget)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setStretchFactor(2, 3)
        splitter.setSizes([560, 400, 560])
        self.table.setMinimumWidth(360)
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(splitter, 1)

    # --------------------------------------------------------------- content

    def refresh(self) -> None:
        before_id, after_id = self.before_box.currentData(), self.after_box.currentData()
        if before_id is None or after_id is None:
            return
        self.simulated.set_pair(before_id, after_id)
        if self.before_view.canvas().version_id != before_id:
            self.before_view.set_version(before_id)
        if self.after_view.canvas().version_id != after_id:
            self.after_view.set_version(after_id)
        before, after = self.document.version(before_id), self.document.version(after_id)
        self.comparison = compare_versions(before, after, self.document)
        self._fill_table(self.comparison)
        self.changes.fill(in_reading_order(self.comparison.elements, before, after))
        self._outline(self.comparison)
        QTimer.singleShot(0, self.show_beginning)

    def _fill_table(self, comparison: Comparison) -> None:
        self.table.setRowCount(len(comparison.measures))
        for row, change in enumerate(comparison.measures):
            measure = change.measure
            cells = [
                measure_name(measure),
                format_measure(measure, change.before),
                format_measure(measure, change.after),
                _verdict(change.verdict),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(measure_description(measure))
                colour = VERDICT_COLOURS.get(change.verdict)
                if colour is not None and column == 3:
                    item.setBackground(QBrush(colour))
                self.table.setItem(row, column, item)
        counts = {kind: len(comparison.changes(change=kind)) for kind in HIGHLIGHT}
        self.summary.setText(
            self.tr("{0} added, {1} removed, {2} changed; checklist {3:.0%} → {4:.0%}").format(
                counts[ChangeKind.ADDED],
                counts[ChangeKind.REMOVED],
                counts[ChangeKind.CHANGED],
                comparison.checklist.score_before,
                comparison.checklist.score_after,
            )
        )

    def _outline(self, comparison: Comparison) -> None:
        for outline in self._outlines:
            # A canvas that switched versions has already dropped its items.
            if isValid(outline) and outline.scene() is not None:
                outline.scene().removeItem(outline)
        self._outlines.clear()
        for change in comparison.elements:
            colour = HIGHLIGHT.get(change.change)
            if colour is None:
                continue
            sides = []
            if change.before_id and change.change is not ChangeKind.ADDED:
                sides.append((self.before_view, change.before_id))
            if change.after_id and change.change is not ChangeKind.REMOVED:
                sides.append((self.after_view, change.after_id))
            for view, element_id in sides:
                self._outline_item(view, element_id, colour)

    def _outline_item(self, view: CanvasView, element_id: str, colour: QColor) -> None:
        scene = view.canvas()
        item = scene.item_for(element_id)
        if item is None or type(item).__name__ == "LaneItem":
            return
        if type(item).__name__ == "FlowItem":  # trace the connector itself, not its box
            outline = QGraphicsPathItem(item.mapToScene(item.shape()))
            faded = QColor(colour)
            faded.setAlpha(150)
            outline.setPen(QPen(faded, 4))
        else:
            rect: QRectF = item.sceneBoundingRect().adjusted(-4, -4, 4, 4)
            outline = QGraphicsRectItem(rect)
            outline.setPen(QPen(colour, 3, Qt.PenStyle.SolidLine))
        outline.setBrush(Qt.BrushStyle.NoBrush)
        outline.setZValue(1000)
        outline.setData(0, element_id)
        scene.addItem(outline)
        self._outlines.append(outline)

    def outlined(self, view: CanvasView) -> dict[str, str]:
        """Element id → outline colour name on one side (for tests and screenshots)."""
        return {
            o.data(0): o.pen().color().name()
            for o in self._outlines
            if isValid(o) and o.scene() is view.canvas()
        }

    def show_change(self, change: ElementChange) -> None:
        """Select the changed element in both diagrams (the side that has it) and bring it
        into sight on each; a KPI shows as the step or interaction it is attached to."""
        self._syncing = True  # each side scrolls to its own element
        try:
            for view, element_id in (
                (self.before_view, change.before_id),
                (self.after_view, change.after_id),
            ):
                view.canvas().clearSelection()
                target = _on_canvas(view, element_id)
                if target is not None and view.select_element(target):
                    view.reveal(target)
        finally:
            self._syncing = False

    # ---------------------------------------------------------- view sync

    def fit(self) -> None:
        """As much of the flows as fits with their labels still readable: a scrolled
        diagram is better than one too small to read."""
        self.show_beginning()

    def show_beginning(self) -> None:
        self.before_view.show_beginning()
        self._copy_transform(self.before_view, self.after_view)

    def _zoom(self, factor: float) -> None:
        self.before_view.zoom_by(factor)
        self._copy_transform(self.before_view, self.after_view)

    def _copy_transform(self, source: CanvasView, target: CanvasView) -> None:
        self._syncing = True
        target.setTransform(source.transform())
        self._syncing = False
        self._sync_scroll(source)

    def _sync_scroll(self, source: CanvasView) -> None:
        if self._syncing:
            return
        target = self.after_view if source is self.before_view else self.before_view
        self._syncing = True
        for mine, theirs in (
            (source.horizontalScrollBar(), target.horizontalScrollBar()),
            (source.verticalScrollBar(), target.verticalScrollBar()),
        ):
            span = max(1, mine.maximum() - mine.minimum())
            share = (mine.value() - mine.minimum()) / span
            theirs.setValue(round(theirs.minimum() + share * (theirs.maximum() - theirs.minimum())))
        self._syncing = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Wheel:
            source = self.before_view if watched is self.before_view.viewport() else self.after_view
            other = self.after_view if source is self.before_view else self.before_view
            QTimer.singleShot(0, lambda: self._copy_transform(source, other))
        return super().eventFilter(watched, event)

    def done(self, result: int) -> None:
        self.simulated.stop()
        for view in (self.before_view, self.after_view):
            view.dispose()
        super().done(result)


def _on_canvas(view: CanvasView, element_id: str | None) -> str | None:
    """The element to select on a canvas: itself, or for a KPI what it is attached to."""
    version = view.canvas().version
    if element_id is None or version is None:
        return None
    kpi = version.kpis.get(element_id)
    if kpi is None:
        return element_id
    attached = kpi.attached_to
    if attached.kind in (AttachmentKind.NODE, AttachmentKind.INTERACTION):
        return attached.ref
    return None


def _verdict(verdict: Verdict) -> str:
    mark, word = VERDICT_MARKS.get(verdict, ("", ""))
    return mark + domain_translator()(word)
