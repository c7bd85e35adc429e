"""The canvas widget a main window embeds: zoom, pan, keyboard, legend, in-place editing.

    view = CanvasView(document, version_id, undo_stack)
    view.selection_changed.connect(panel.show_elements)   # list of element ids
    view.status_message.connect(status_bar.showMessage)
    view.set_tool(NodeKind.DECISION)                      # palette
    view.select_element(finding.element_id); view.reveal(finding.element_id)
    view.dispose()                                        # before dropping the document
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QShowEvent,
    QUndoStack,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QWidget

from ui.canvas import arrange, clipboard, frozen_headers, style
from ui.canvas.flow_item import FlowItem
from ui.canvas.label_editor import LabelEditor
from ui.canvas.lane_item import LaneItem
from ui.canvas.legend import HEIGHT as LEGEND_HEIGHT
from ui.canvas.legend import ValueLegend
from ui.canvas.node_item import NodeItem
from ui.canvas.scene import SwimlaneScene
from ui.canvas.start_hint import StartHint
from workbench.diagram.geometry import Rect
from workbench.diagram.style import LABEL_SIZE
from workbench.document import Document
from workbench.model import NodeKind

ZOOM_STEP = 1.2
MIN_ZOOM = 0.05
MAX_ZOOM = 4.0
READABLE_ZOOM = 11.0 / LABEL_SIZE  # step text at 11 px on screen


class CanvasView(QGraphicsView):
    selection_changed = Signal(list)  # element ids
    status_message = Signal(str)
    tool_changed = Signal(object)  # NodeKind | None
    template_requested = Signal()  # the empty canvas's hint: start from a template
    first_painted = Signal()  # the canvas has been painted once (a big flow's panels follow)

    def __init__(
        self, document: Document, version_id: str, undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._scene = SwimlaneScene(document, version_id, undo_stack, self)
        self.setScene(self._scene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setBackgroundBrush(style.CANVAS_BACKGROUND)
        self._panning: QPoint | None = None
        self._mouse: QPointF | None = None  # scene point under the mouse, for paste
        self._space_held = False
        self.editor = LabelEditor(self.viewport())
        self.editor.committed.connect(self._scene.rename_element)
        self.editor.closed.connect(self._editor_closed)
        self.legend = ValueLegend(self)
        self.setViewportMargins(0, 0, 0, LEGEND_HEIGHT)
        self.start_hint = StartHint(document, version_id, self)
        self.start_hint.template_requested.connect(self.template_requested)
        self._scene.selection_changed.connect(self.selection_changed)
        self._scene.status_message.connect(self.status_message)
        self._scene.tool_changed.connect(self._tool_changed)
        self._scene.label_edit_requested.connect(self.edit_label)
        self._shown_once = False
        self.paints = 0  # paints of the canvas so far: a benchmark waits for the first

    # ------------------------------------------------------------------- API

    def canvas(self) -> SwimlaneScene:
        return self._scene

    def set_version(self, version_id: str) -> None:
        self.editor.cancel()
        self._scene.set_version(version_id)
        self.start_hint.set_version(version_id)

    def dispose(self) -> None:
        """Stop listening to the document (the one subscription is closed)."""
        self.editor.cancel()
        self._scene.close()
        self.start_hint.close_subscription()

    def selected_ids(self) -> list[str]:
        return self._scene.selected_ids()

    def select_element(self, element_id: str) -> bool:
        return self._scene.select_element(element_id)

    def reveal(self, element_id: str) -> bool:
        """Scroll so the element is in sight (a finding double-clicked in a panel)."""
        item = self._scene.item_for(element_id)
        if item is None:
            return False
        if isinstance(item, LaneItem):  # its header is always in sight sideways (frozen)
            header = frozen_headers.header_rect(self, item)
            middle = self.mapToScene(self.viewport().rect().center()).x()
            self.ensureVisible(QRectF(middle, header.top(), 1, header.height()), 0, 60)
            return True
        rect = item.shape_in_scene() if isinstance(item, NodeItem) else item.sceneBoundingRect()
        self.ensureVisible(rect, 80, 60)
        return True

    def set_tool(self, kind: NodeKind | None) -> None:
        self._scene.set_tool(kind)

    def delete_selection(self) -> bool:
        return self._scene.delete_selection()

    def copy(self) -> bool:
        """Copy the selected steps, their flows and KPIs to the system clipboard."""
        return clipboard.copy(self._scene)

    def cut(self) -> bool:
        return clipboard.cut(self._scene)

    def paste(self) -> bool:
        """Paste steps; those whose lane this version lacks go to the lane under the mouse."""
        return clipboard.paste(self._scene, self._mouse)

    def duplicate(self) -> bool:
        return clipboard.duplicate(self._scene)

    def auto_layout(self) -> bool:
        """Rearrange the version into columns along the flow, each step in its lane."""
        return arrange.auto_layout(self._scene)

    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        target = max(MIN_ZOOM, min(MAX_ZOOM, self.zoom() * factor))
        factor = target / self.zoom()
        self.scale(factor, factor)

    def zoom_in(self) -> None:
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / ZOOM_STEP)

    def fit_all(self) -> None:
        """Ctrl+0: the whole version in sight, never enlarged beyond 100 %."""
        rect = self._scene.itemsBoundingRect() if self._scene.items() else QRectF()
        if rect.isEmpty():
            return
        self.fitInView(rect.adjusted(-10, -10, 10, 10), Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > 1.0:
            self.resetTransform()

    def show_beginning(self) -> None:
        """On opening: the whole flow if it fits at a readable size, else its start at that
        size; a workshop reads the labels before it sees the whole."""
        rect = self._scene.itemsBoundingRect() if self._scene.items() else QRectF()
        self.resetTransform()
        if rect.isEmpty():
            return
        viewport = self.viewport().size()
        fit = min(viewport.width() / rect.width(), viewport.height() / rect.height())
        zoom = max(READABLE_ZOOM, min(1.0, fit))
        self.scale(zoom, zoom)
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())

    def edit_label(self, element_id: str | None = None) -> bool:
        """F2 / double-click: edit the label of a step, flow or lane where it is drawn."""
        if element_id is None:
            ids = self.selected_ids()
            if len(ids) != 1:
                return False
            element_id = ids[0]
        item = self._scene.item_for(element_id)
        if item is None:
            return False
        if isinstance(item, NodeItem):
            rect = item.shape_in_scene()
        elif isinstance(item, LaneItem):
            rect = frozen_headers.header_rect(self, item)
        else:
            assert isinstance(item, FlowItem)
            rect = item.sceneBoundingRect()
        self.reveal(element_id)
        where = self.mapFromScene(rect).boundingRect()
        self.editor.open(element_id, self._scene.label_of(element_id), where)
        return True

    # ---------------------------------------------------------------- events

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._handle_key(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def _handle_key(self, event: QKeyEvent) -> bool:
        key, ctrl = event.key(), event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if event.matches(QKeySequence.StandardKey.Delete) or key == Qt.Key.Key_Backspace:
            return self.delete_selection() or True
        if key == Qt.Key.Key_F2:
            return self.edit_label() or True
        for standard, action in (
            (QKeySequence.StandardKey.Copy, self.copy),
            (QKeySequence.StandardKey.Cut, self.cut),
            (QKeySequence.StandardKey.Paste, self.paste),
        ):
            if event.matches(standard):
                return action() or True
        if ctrl and key == Qt.Key.Key_D:
            return self.duplicate() or True
        if ctrl and event.modifiers() & Qt.KeyboardModifier.ShiftModifier and key == Qt.Key.Key_L:
            return self.auto_layout() or True
        if event.matches(QKeySequence.StandardKey.ZoomIn) or (ctrl and key == Qt.Key.Key_Equal):
            self.zoom_in()
            return True
        if event.matches(QKeySequence.StandardKey.ZoomOut) or (ctrl and key == Qt.Key.Key_Minus):
            self.zoom_out()
            return True
        if ctrl and key == Qt.Key.Key_0:
            self.fit_all()
            return True
        if event.matches(QKeySequence.StandardKey.SelectAll):
            self._scene.finish_routing()
            for item in self._scene.items():
                if isinstance(item, NodeItem | FlowItem):
                    item.setSelected(True)
            return True
        if key == Qt.Key.Key_Escape:
            self._scene.gestures.cancel()
            self._scene.set_tool(None)
            self._scene.clearSelection()
            return True
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_held = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            return True
        return False

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_held = False
            self._update_cursor()
        super().keyReleaseEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.zoom_by(ZOOM_STEP ** steps)
            event.accept()
            return
        super().wheelEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._mouse = None
        super().leaveEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        """A big flow still being built gets what this paint shows built first."""
        scene = self._scene
        if scene.routing:
            shown = self.mapToScene(self.viewport().rect()).boundingRect()
            scene.ensure_shown(Rect(shown.x(), shown.y(), shown.width(), shown.height()))
        super().paintEvent(event)
        self.paints += 1
        if self.paints == 1:
            self.first_painted.emit()
        if scene.routing:
            scene.painted()

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802
        super().drawForeground(painter, rect)
        frozen_headers.paint(self, painter, rect)

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802
        super().scrollContentsBy(dx, dy)
        column = frozen_headers.column(self, dx)
        if column is not None:
            self.viewport().update(column)

    def _on_real_header(self, event: QMouseEvent) -> QMouseEvent:
        """A press on a frozen lane header, passed on as a press on the real header."""
        real = frozen_headers.real_point(self, event.position()) if self.isInteractive() else None
        if real is None:
            return event
        return QMouseEvent(event.type(), real, event.globalPosition(), event.button(),
                           event.buttons(), event.modifiers())

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        super().mouseDoubleClickEvent(self._on_real_header(event))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        real = frozen_headers.real_point(self, QPointF(event.pos()))
        if real is not None:
            event = QContextMenuEvent(event.reason(), real.toPoint(), event.globalPos(),
                                      event.modifiers())
        super().contextMenuEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._mouse = self.mapToScene(event.position().toPoint())
        pan = event.button() == Qt.MouseButton.MiddleButton or (
            event.button() == Qt.MouseButton.LeftButton and self._space_held
        )
        if pan:
            self._panning = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(self._on_real_header(event))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._mouse = self.mapToScene(event.position().toPoint())
        if self._panning is not None:
            now = event.position().toPoint()
            delta = now - self._panning
            self._panning = now
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._panning is not None:
            self._panning = None
            self._update_cursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def show_start(self) -> None:
        """Scroll to where a flow begins: the top-left corner, lane headers in sight."""
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.show_start()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        viewport = self.viewport().geometry()
        self.legend.setGeometry(viewport.left(), viewport.bottom() + 1, viewport.width(),
                                LEGEND_HEIGHT)
        self.start_hint.place(viewport)

    def _tool_changed(self, kind: NodeKind | None) -> None:
        self._update_cursor()
        self.tool_changed.emit(kind)

    def _update_cursor(self) -> None:
        if self._space_held:
            return
        if self._scene.tool is None:
            self.viewport().unsetCursor()
        else:
            self.viewport().setCursor(Qt.CursorShape.CrossCursor)

    def _editor_closed(self) -> None:
        self.setFocus(Qt.FocusReason.OtherFocusReason)
