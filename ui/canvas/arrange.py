"""Edit ▸ Auto-layout: the version's steps rearranged into a tidy swimlane drawing.

The layout itself is the drawing engine's, computed without Qt and sized with the canvas's
fonts; here it becomes one undo step: lanes resized, then one `MoveNodes`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ui import commands
from ui.canvas.metrics import CANVAS_METRICS
from ui.canvas.style import canvas_words
from workbench.diagram.layout import auto_layout as engine_layout
from workbench.model import Node

if TYPE_CHECKING:
    from ui.canvas.scene import SwimlaneScene

def _tr(text: str) -> str:
    return QCoreApplication.translate("canvas", text)


def auto_layout(scene: SwimlaneScene) -> bool:
    """Lay the shown version out; says so, or that nothing had to move."""
    version = scene.version
    if version is None or not version.nodes:
        scene.status_message.emit(_tr("There are no steps to lay out."))
        return False
    layout = engine_layout(version, CANVAS_METRICS, canvas_words())
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
    scene.status_message.emit(_tr("Laid out: steps in columns along the flow, each in its lane."))
    return True


def _where(node: Node) -> tuple[float, float, str]:
    return node.x, node.y, node.lane
