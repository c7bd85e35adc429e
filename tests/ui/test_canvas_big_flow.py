"""A big flow is built where the view looks first: the first paint shows the visible part
with every connector on it routed round the steps, the rest follows in background turns
that wait while the user works; whatever needs one element or all of them gets it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QUndoStack

from bench.synthetic import synthetic_document
from tests.ui.canvas_driver import at
from ui.canvas import CanvasView
from ui.canvas.flow_item import FlowItem
from ui.canvas.node_item import NodeItem
from ui.canvas.scene_build import BUILD_AT_ONCE, QUIET_S
from ui.commands import ChangeNode, MoveNodes, push
from workbench.diagram.geometry import Rect, segment_crosses
from workbench.document import Placement

STEPS = 420


def shown_view(qtbot, document, stack=None):  # noqa: ANN001, ANN201
    view = CanvasView(document, document.versions[0].id, stack or QUndoStack())
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitUntil(lambda: view.paints > 0, timeout=5000)
    return view


def visible(view: CanvasView) -> Rect:
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    return Rect(shown.x(), shown.y(), shown.width(), shown.height())


def clipped(p, q, area: Rect):  # noqa: ANN001, ANN201 - axis-parallel segment inside area
    x0, x1 = sorted((p[0], q[0]))
    y0, y1 = sorted((p[1], q[1]))
    x0, x1 = max(x0, area.x), min(x1, area.right)
    y0, y1 = max(y0, area.y), min(y1, area.bottom)
    if x0 > x1 or y0 > y1:
        return None
    return (x0, y0), (x1, y1)


def test_a_small_flow_is_built_whole_at_once(qtbot, flow_document):
    document, _ids = flow_document
    view = CanvasView(document, document.versions[0].id, QUndoStack())
    qtbot.addWidget(view)
    scene = view.canvas()
    assert not scene.routing
    assert len(scene._nodes) == len(document.versions[0].nodes)
    assert all(item.points for item in scene._flows.values())


def test_the_first_paint_shows_the_visible_part_with_its_connectors(qtbot):
    document = synthetic_document(STEPS, seed=3)
    version = document.versions[0]
    assert len(version.nodes) > BUILD_AT_ONCE
    view = CanvasView(document, version.id, QUndoStack())
    qtbot.addWidget(view)
    scene = view.canvas()
    assert scene.routing and not scene._nodes, "nothing drawn before the view looks"
    view.resize(1100, 700)
    view.show()
    qtbot.waitUntil(lambda: view.paints > 0, timeout=5000)
    area = visible(view)
    first_nodes = set(scene._nodes)
    first_routes = {f: item.points for f, item in scene._flows.items()}
    assert 0 < len(first_nodes) < len(version.nodes) / 2, "only round the visible part"
    assert scene.routing

    scene.finish_routing()
    for node_id, item in scene._nodes.items():
        if item.shape_rect().intersects(area):
            assert node_id in first_nodes, f"step {node_id} on screen was not drawn"
    for flow_id, item in scene._flows.items():
        pairs = zip(item.points, item.points[1:], strict=False)
        if any(clipped(p, q, area) for p, q in pairs):
            assert flow_id in first_routes, f"connector {flow_id} on screen was not drawn"
    for flow_id, points in first_routes.items():  # no connector through a step on screen
        flow = version.flows[flow_id]
        for p, q in zip(points, points[1:], strict=False):
            part = clipped(p, q, area)
            if part is None:
                continue
            for node_id, item in scene._nodes.items():
                if node_id in (flow.source, flow.target):
                    continue
                shape = item.shape_rect()
                assert not (shape.intersects(area) and segment_crosses(*part, shape, 1.0)), \
                    f"connector {flow_id} runs through step {node_id} at the first paint"


def test_the_rest_is_built_in_the_background(qtbot):
    document = synthetic_document(STEPS, seed=3)
    version = document.versions[0]
    view = shown_view(qtbot, document)
    scene = view.canvas()
    finished = []
    scene.routing_finished.connect(lambda: finished.append(True))
    assert scene.routing
    qtbot.waitUntil(lambda: not scene.routing, timeout=10000)
    assert finished == [True]
    assert set(scene._nodes) == set(version.nodes)
    assert set(scene._flows) == set(version.flows)
    assert all(item.points for item in scene._flows.values())


def test_a_scene_no_view_paints_is_built_all_the_same(qtbot):
    from ui.canvas.scene import SwimlaneScene

    document = synthetic_document(STEPS, seed=5)
    scene = SwimlaneScene(document, document.versions[0].id, QUndoStack())
    qtbot.waitUntil(lambda: not scene.routing, timeout=10000)
    assert len(scene._flows) == len(document.versions[0].flows)
    scene.close()


def test_the_background_waits_while_the_user_edits(qtbot):
    document = synthetic_document(STEPS, seed=3)
    version = document.versions[0]
    stack = QUndoStack()
    view = shown_view(qtbot, document, stack)
    scene = view.canvas()
    node = next(n for n in version.nodes.values() if n.id in scene._nodes
                and n.kind.value == "task")
    built = len(scene._nodes) + len(scene._flows)
    push(stack, MoveNodes(document, version.id, {node.id: Placement(node.x + 24, node.y,
                                                                    node.lane)}))
    touched = len(scene._nodes) + len(scene._flows)
    qtbot.wait(int(QUIET_S * 1000 / 2))
    assert len(scene._nodes) + len(scene._flows) == touched, "no turn while the user works"
    assert touched >= built
    qtbot.waitUntil(lambda: not scene.routing, timeout=10000)


def test_an_edit_while_building_meets_the_steps_and_connectors_it_touches(qtbot):
    document = synthetic_document(STEPS, seed=4)
    version = document.versions[0]
    stack = QUndoStack()
    view = shown_view(qtbot, document, stack)
    scene = view.canvas()
    last = max(version.nodes.values(), key=lambda n: n.x)
    touching = {f.id for f in version.flows.values() if last.id in (f.source, f.target)}
    assert last.id not in scene._nodes and not touching & set(scene._flows)
    push(stack, ChangeNode(document, version.id, last.id, label="Renamed late"))
    assert touching <= set(scene._flows), "routed for the edit"
    assert scene._nodes[last.id].node.label == "Renamed late"
    assert scene.routing, "the others keep their turn"
    qtbot.waitUntil(lambda: not scene.routing, timeout=10000)
    assert len(scene.flow_items()) == len(version.flows)


def test_selecting_and_revealing_a_step_not_built_yet(qtbot):
    document = synthetic_document(STEPS, seed=6)
    version = document.versions[0]
    view = shown_view(qtbot, document)
    scene = view.canvas()
    last = max(version.nodes.values(), key=lambda n: n.x)
    assert last.id not in scene._nodes
    assert view.select_element(last.id)
    assert view.selected_ids() == [last.id]
    assert view.reveal(last.id)
    qtbot.wait(10)
    item = scene.item_for(last.id)
    assert isinstance(item, NodeItem)
    assert visible(view).intersects(item.shape_rect()), "scrolled to it"
    qtbot.waitUntil(lambda: view.paints > 1)
    flows = [f.id for f in version.flows.values() if last.id in (f.source, f.target)]
    assert all(f in scene._flows for f in flows), "its connectors drawn where it is shown"


def test_select_all_selects_every_step_and_flow_of_a_big_flow(qtbot):
    document = synthetic_document(STEPS, seed=7)
    version = document.versions[0]
    view = shown_view(qtbot, document)
    assert view.canvas().routing
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert set(view.selected_ids()) == set(version.nodes) | set(version.flows)


def test_rubber_band_and_click_reach_what_the_first_paint_shows(qtbot):
    document = synthetic_document(STEPS, seed=8)
    version = document.versions[0]
    view = shown_view(qtbot, document)
    scene = view.canvas()
    area = visible(view)
    inside = [i for i in scene._nodes.values() if area.intersects(i.shape_rect())
              and i.shape_rect().x > area.x + 150]
    assert inside
    target = inside[0].shape_rect()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=at(view, QPointF(target.cx, target.cy)))
    assert view.selected_ids() == [inside[0].element_id]
    assert scene.routing or len(scene._nodes) == len(version.nodes)


def test_fit_all_sees_the_whole_flow_before_it_is_built(qtbot):
    document = synthetic_document(STEPS, seed=9)
    view = shown_view(qtbot, document)
    scene = view.canvas()
    view.fit_all()
    early = view.zoom()
    scene.finish_routing()
    view.fit_all()
    assert early == pytest.approx(view.zoom(), rel=0.02)


def differing(one, other) -> int:  # noqa: ANN001 - QImages of one size
    return sum(1 for x in range(one.width()) for y in range(one.height())
               if one.pixel(x, y) != other.pixel(x, y))


def test_a_big_thumbnail_draws_the_start_of_the_flow(qtbot, monkeypatch):
    from ui.canvas.scene import SwimlaneScene
    from ui.template_thumbnails import render_document

    document = synthetic_document(STEPS, seed=10)
    lazy = render_document(document, scale=1.0)
    monkeypatch.setattr(SwimlaneScene, "ensure_shown", lambda self, rect: self.finish_routing())
    whole = render_document(document, scale=1.0)
    monkeypatch.setattr(SwimlaneScene, "ensure_shown", lambda self, rect: None)
    blank = render_document(document, scale=1.0)
    drawn = differing(whole, blank)
    assert drawn > 500, "steps and connectors show on the card"
    assert differing(lazy, whole) < drawn / 10, "the same card as when built whole"


def test_printing_a_big_flow_draws_all_of_it(qtbot, tmp_path):
    from PySide6.QtGui import QPageLayout
    from PySide6.QtPrintSupport import QPrinter

    from ui.export_actions import ExportActions

    document = synthetic_document(STEPS, seed=11)
    view = shown_view(qtbot, document)
    assert view.canvas().routing

    class Window:  # what render_diagram reads of the main window
        pass

    window = Window()
    window.view = view
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "flow.pdf"))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    ExportActions.render_diagram(type("A", (), {"window": window})(), printer)
    assert not view.canvas().routing
    assert len(view.canvas()._flows) == len(document.versions[0].flows)
    assert isinstance(next(iter(view.canvas()._flows.values())), FlowItem)


def test_the_end_of_the_building_is_told_once_even_when_a_lone_step_comes_last(qtbot):
    from ui.canvas.scene import SwimlaneScene
    from workbench.model import Node, NodeKind

    document = synthetic_document(STEPS, seed=13)
    version = document.versions[0]
    far = max(n.x for n in version.nodes.values()) + 2000
    document.add_node(version.id, Node("lone", NodeKind.TASK, version.lanes[0].id, "Alone",
                                       x=far))
    scene = SwimlaneScene(document, version.id, QUndoStack())
    told = []
    scene.routing_finished.connect(lambda: told.append(True))
    scene.route_now(list(scene._pending_flows))
    assert scene.routing and told == [], "the lone step is still to come"
    assert isinstance(scene.item_for("lone"), NodeItem)
    assert not scene.routing and told == [True]
    scene.finish_routing()
    assert told == [True]
    scene.close()
