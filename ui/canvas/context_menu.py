"""Right-click menus on the canvas: lanes (header), steps, flows and the empty canvas.

Each entry is one command on the undo stack, like every other gesture. The menu opens with
`popup` (not `exec`), so it never blocks the event loop and tests can pick its entries.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, QPointF
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from ui import commands
from ui.canvas import arrange, clipboard, style
from ui.canvas.flow_item import FlowItem
from ui.canvas.gestures import customer_lanes_on_top
from ui.canvas.lane_item import LaneItem
from ui.canvas.lane_order import index_for_kind
from ui.canvas.node_item import NodeItem
from ui.i18n import domain_translator
from workbench.ids import new_id
from workbench.model import Lane, LaneKind, ValueClass, WasteKind
from workbench.vocabulary import FAIL_POINT

if TYPE_CHECKING:
    from ui.canvas.scene import SwimlaneScene


def _tr(text: str) -> str:
    return QCoreApplication.translate("canvas", text)


def _add(
    menu: QMenu, text: str, slot: Callable[[], object], checked: bool | None = None
) -> QAction:
    action = menu.addAction(text)
    if checked is not None:
        action.setCheckable(True)
        action.setChecked(checked)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def _exclusive(menu: QMenu) -> None:
    """The submenu's entries are one choice among several: drawn and checked as radio items."""
    group = QActionGroup(menu)  # owned by the menu, gone with it
    for action in menu.actions():
        group.addAction(action)


class CanvasMenus:
    """Builds the menu for what is under the mouse and carries out its entries."""

    def __init__(self, scene: SwimlaneScene) -> None:
        self.scene = scene
        self.menu: QMenu | None = None  # the menu last shown, kept alive while it is open

    def open(self, scene_pos: QPointF, screen_pos: QPoint) -> QMenu:
        menu = self.build(scene_pos)
        self.menu = menu
        menu.popup(screen_pos)
        return menu

    def build(self, scene_pos: QPointF) -> QMenu:
        item = self.scene.top_item_at(scene_pos)
        menu = QMenu()
        if isinstance(item, NodeItem):
            self._select_for_menu(item)
            self._step_menu(menu, item)
        elif isinstance(item, FlowItem):
            self._select_for_menu(item)
            self._flow_menu(menu, item)
        elif isinstance(item, LaneItem) and item.header_rect().contains(
            item.mapFromScene(scene_pos)
        ):
            self._select_for_menu(item)
            self._lane_menu(menu, item)
        else:
            self._canvas_menu(menu, scene_pos)
        return menu

    def _select_for_menu(self, item: NodeItem | FlowItem | LaneItem) -> None:
        """Right-click on something outside the selection selects it alone, as file managers do."""
        if not item.isSelected():
            self.scene.clearSelection()
            item.setSelected(True)

    # ------------------------------------------------------------------ steps

    def _step_menu(self, menu: QMenu, item: NodeItem) -> None:
        scene, node = self.scene, item.node
        _add(menu, _tr("Cut"), lambda: clipboard.cut(scene))
        _add(menu, _tr("Copy"), lambda: clipboard.copy(scene))
        _add(menu, _tr("Duplicate"), lambda: clipboard.duplicate(scene))
        _add(menu, _tr("Delete"), scene.delete_selection)
        menu.addSeparator()
        values = menu.addMenu(_tr("Value class"))
        for value in ValueClass:
            _add(
                values,
                style.value_class_name(value),
                lambda v=value: self._change_steps(_tr("Set value class"), value_class=v),
                node.value_class is value,
            )
        _add(
            values,
            _tr("Not classed"),
            lambda: self._change_steps(_tr("Set value class"), value_class=None, waste_kind=None),
            node.value_class is None,
        )
        _exclusive(values)
        wastes = menu.addMenu(_tr("Waste kind"))
        for kind in WasteKind:
            _add(
                wastes,
                style.waste_badge_text(kind),
                lambda k=kind: self._change_steps(
                    _tr("Set waste kind"), value_class=ValueClass.WASTE, waste_kind=k
                ),
                node.waste_kind is kind,
            )
        _exclusive(wastes)
        _add(
            menu,
            domain_translator()(FAIL_POINT),  # the word the diagram's legend uses
            lambda: self._change_steps(_tr("Mark fail point"), fail_point=not node.fail_point),
            node.fail_point,
        )
        menu.addSeparator()
        _add(menu, _tr("Rename"), lambda: scene.label_edit_requested.emit(item.element_id))

    def _change_steps(self, text: str, **changes: object) -> bool:
        """The same change on every selected step, as one undo step."""
        scene = self.scene
        version = scene.version
        if version is None:
            return False
        ids = [i for i in scene.selected_ids() if i in version.nodes]
        children: list[commands.DocumentCommand] = [
            commands.ChangeNode(scene.document, scene.version_id, node_id, **changes)
            for node_id in ids
            if any(getattr(version.nodes[node_id], k) != v for k, v in changes.items())
        ]
        if not children:
            return False
        if len(children) == 1:
            children[0].setText(text)
            return scene.push(children[0])
        return scene.push(commands.Compound(scene.document, scene.version_id, text, children))

    # ------------------------------------------------------------------ flows

    def _flow_menu(self, menu: QMenu, item: FlowItem) -> None:
        scene = self.scene
        _add(menu, _tr("Edit label"), lambda: scene.label_edit_requested.emit(item.element_id))
        _add(menu, _tr("Delete"), scene.delete_selection)

    # ------------------------------------------------------------------ lanes

    def _lane_menu(self, menu: QMenu, item: LaneItem) -> None:
        scene, lane = self.scene, item.lane
        _add(menu, _tr("Rename"), lambda: scene.label_edit_requested.emit(lane.id))
        kinds = menu.addMenu(_tr("Kind"))
        for kind in LaneKind:
            _add(
                kinds,
                style.lane_kind_name(kind),
                lambda k=kind: self.change_lane_kind(lane.id, k),
                lane.kind is kind,
            )
        _exclusive(kinds)
        menu.addSeparator()
        _add(menu, _tr("Add lane above"), lambda: self.add_lane(lane.id, below=False))
        _add(menu, _tr("Add lane below"), lambda: self.add_lane(lane.id, below=True))
        menu.addSeparator()
        _add(menu, _tr("Delete lane"), lambda: self.delete_lane(lane.id))

    def change_lane_kind(self, lane_id: str, kind: LaneKind) -> bool:
        """Change a lane's kind; a lane that must cross the line of interaction moves too."""
        scene = self.scene
        version = scene.version
        if version is None or version.lane(lane_id).kind is kind:
            return False
        change = commands.ChangeLane(scene.document, scene.version_id, lane_id, kind=kind)
        index = index_for_kind(version.lanes, lane_id, kind)
        if index == version.lane_index(lane_id):
            return scene.push(change)
        move = commands.MoveLane(scene.document, scene.version_id, lane_id, index)
        text = _tr("Change lane kind")
        if not scene.push(
            commands.Compound(scene.document, scene.version_id, text, [change, move])
        ):
            return False
        scene.status_message.emit(customer_lanes_on_top())
        return True

    def add_lane(self, beside: str | None = None, below: bool = True) -> str | None:
        """A new lane next to `beside` (of the same kind, so the blueprint order holds), or
        at the bottom; its name is then edited in place."""
        scene = self.scene
        version = scene.version
        if version is None:
            return None
        if beside is None:
            index = len(version.lanes)
            kind = version.lanes[-1].kind if version.lanes else LaneKind.CUSTOMER
        else:
            index = version.lane_index(beside) + (1 if below else 0)
            kind = version.lane(beside).kind
        lane = Lane(new_id("lane"), _tr("New lane"), kind)
        if not scene.push(commands.AddLane(scene.document, scene.version_id, lane, index)):
            return None
        scene.select_element(lane.id)
        scene.label_edit_requested.emit(lane.id)
        return lane.id

    def delete_lane(self, lane_id: str) -> bool:
        scene = self.scene
        command = commands.Remove(scene.document, scene.version_id, [lane_id], _tr("Delete lane"))
        return scene.push(command)

    # ----------------------------------------------------------------- canvas

    def _canvas_menu(self, menu: QMenu, scene_pos: QPointF) -> None:
        scene = self.scene
        _add(menu, _tr("Add lane"), lambda: self.add_lane())
        _add(menu, _tr("Paste"), lambda: clipboard.paste(scene, scene_pos))
        menu.addSeparator()
        _add(menu, _tr("Auto-layout"), lambda: arrange.auto_layout(scene))
