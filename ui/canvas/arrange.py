"""Edit ▸ Auto-layout: the version's steps rearranged into a tidy swimlane drawing.

The layout itself is computed without Qt (Graphviz where installed, the built-in layout
otherwise); here it becomes one undo step: lanes that must grow, then one `MoveNodes`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from exporters.graphviz_layout import layout_version
from ui import commands
from ui.canvas.geometry import CELL_HEIGHT, CELL_WIDTH, GRID, HEADER_WIDTH
from workbench.layout import Grid
from workbench.model import Node

if TYPE_CHECKING:
    from ui.canvas.scene import SwimlaneScene

CANVAS_GRID = Grid(
    left=HEADER_WIDTH + 2 * GRID,
    column=CELL_WIDTH + 8 * GRID,
    cell_height=CELL_HEIGHT,
    row=CELL_HEIGHT + 3 * GRID,
    padding=2 * GRID,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("canvas", text)


def auto_layout(scene: SwimlaneScene) -> bool:
    """Lay the shown version out; says which engine did it, or that nothing had to move."""
    version = scene.version
    if version is None or not version.nodes:
        scene.status_message.emit(_tr("There are no steps to lay out."))
        return False
    outcome = layout_version(version, CANVAS_GRID)
    layout = outcome.layout
    moves = {
        node_id: place
        for node_id, place in layout.placements.items()
        if (place.x, place.y, place.lane) != _where(version.nodes[node_id])
    }
    children: list[commands.DocumentCommand] = [
        commands.ChangeLane(scene.document, scene.version_id, lane_id, height=height)
        for lane_id, height in layout.lane_heights.items()
    ]
    if moves:
        children.append(commands.MoveNodes(scene.document, scene.version_id, moves))
    if not children:
        scene.status_message.emit(_tr("The flow is already laid out."))
        return False
    command = commands.Compound(scene.document, scene.version_id, _tr("Auto-layout"), children)
    if not scene.push(command):
        return False
    if outcome.engine == "graphviz":
        scene.status_message.emit(_tr("Laid out with Graphviz."))
    else:
        scene.status_message.emit(
            _tr("Laid out with the built-in layout ({reason}).").format(reason=outcome.note)
        )
    return True


def _where(node: Node) -> tuple[float, float, str]:
    return node.x, node.y, node.lane
