"""A big flow shows its beginning at once and routes the rest of its connectors a batch
per event-loop turn; an edit, a check or a look at the connectors meets them all."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack

from bench.synthetic import synthetic_document
from ui.canvas import CanvasView
from ui.canvas.scene import ROUTE_AT_ONCE
from ui.commands import ChangeNode, push


def test_the_rest_of_a_big_flow_is_routed_in_the_background(qtbot):
    document = synthetic_document(400, seed=3)
    version = document.versions[0]
    assert len(version.flows) > ROUTE_AT_ONCE
    view = CanvasView(document, version.id, QUndoStack())
    qtbot.addWidget(view)
    scene = view.canvas()
    finished = []
    scene.routing_finished.connect(lambda: finished.append(True))
    assert scene.routing, "the connectors after the first screenful wait for the event loop"
    assert len(scene._flows) == ROUTE_AT_ONCE
    qtbot.waitUntil(lambda: not scene.routing, timeout=5000)
    assert finished == [True]
    assert len(scene.flow_items()) == len(version.flows)
    assert all(item.points for item in scene.flow_items().values())


def test_an_edit_while_routing_meets_the_connectors_it_touches(qtbot):
    document = synthetic_document(400, seed=4)
    version = document.versions[0]
    stack = QUndoStack()
    view = CanvasView(document, version.id, stack)
    qtbot.addWidget(view)
    scene = view.canvas()
    assert scene.routing
    last = max(version.nodes.values(), key=lambda n: n.x)
    touching = {f.id for f in version.flows.values() if last.id in (f.source, f.target)}
    assert touching and not touching & set(scene._flows), "still waiting their turn"
    push(stack, ChangeNode(document, version.id, last.id, label="Renamed late"))
    assert touching <= set(scene._flows), "routed for the edit"
    assert scene.routing, "the others keep their turn"
    assert scene.item_for(last.id).node.label == "Renamed late"
    qtbot.waitUntil(lambda: not scene.routing, timeout=5000)
    assert len(scene.flow_items()) == len(version.flows)
