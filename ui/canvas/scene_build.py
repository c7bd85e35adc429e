"""Building a big flow's picture where it is looked at first, and the rest in the background.

A flow of thousands of steps opens faster than it can be drawn whole: each step's box needs
its label wrapped, each connector a route. So a big flow is built where the view shows it,
just before it is painted (the steps there and around, and every connector that meets the
visible part, routed round all steps near it), and the rest follows in short background
turns, steps left to right first, then connectors in reading order. The background yields
to the user: after an edit or a gesture it waits a moment before its next turn.

Anything that needs the whole picture (Select All, printing, the diagram check, a lane
edit) finishes the building first; anything that needs one element builds that element.

Mixed into `SwimlaneScene`, which holds the items, the indexes and the drawing engine.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from workbench.diagram.geometry import Rect
from workbench.diagram.style import CELL_HEIGHT, CELL_WIDTH
from workbench.model import Flow, Node, Version

if TYPE_CHECKING:
    from ui.canvas.scene import SwimlaneScene

BUILD_AT_ONCE = 300  # steps: a flow this small is built whole when it is opened
COLUMN = 256.0  # waiting steps and connectors are found by the x of their cells
REACH = 360.0  # steps this far round the visible part are built with it
OBSTACLE_REACH = 200.0  # a connector is routed with the steps this far round its ends built
SLICE_S = 0.008  # one background turn...
PAUSE_MS = 4  # ...and the pause after it, in which a key or a repaint is served
START_MS = 150  # a scene no view paints starts its background building after this
QUIET_S = 0.3  # after an edit or a gesture the background waits this long


class LazyBuild:
    """Mixed into `SwimlaneScene`: what of a big flow is not built yet, and building it."""

    def _reset_pending(self: SwimlaneScene) -> None:
        self._pending_nodes: dict[str, Node] = {}
        self._node_columns: dict[int, set[str]] = defaultdict(set)
        self._pending_flows: dict[str, Flow] = {}
        self._in_reading_order = True  # are the waiting connectors in reading order?
        self._pending_at: dict[str, set[str]] = defaultdict(set)  # step -> its waiting ones
        self._flow_columns: dict[int, set[str]] = defaultdict(set)
        self._quiet_until = 0.0
        self._cursor = 0  # no waiting step stands left of this column
        self._told = True  # has `routing_finished` been sent for this build (if it was big)?
        if not hasattr(self, "_build_timer"):
            self._build_timer = QTimer(self)
            self._build_timer.setSingleShot(True)
            self._build_timer.timeout.connect(self._build_some)
        self._build_timer.stop()

    def _build_version(self: SwimlaneScene, version: Version) -> None:
        """A small flow whole, as before, and untangled as the drawing engine does; a big
        one only noted, to be built where seen."""
        self._router.expect(len(version.flows))
        if len(version.nodes) <= BUILD_AT_ONCE:
            for node in version.nodes.values():
                self._add_node(node)
            for flow in sorted(version.flows.values(), key=self._reading_key):
                self._add_flow(flow)
            self._untangle()
            return
        columns = self._node_columns
        for node in version.nodes.values():
            self._pending_nodes[node.id] = node
            columns[int(node.x // COLUMN)].add(node.id)
        self._cursor = min(columns)
        nodes, flow_columns = version.nodes, self._flow_columns
        for flow in version.flows.values():  # put in reading order after the first paint
            source, target = nodes.get(flow.source), nodes.get(flow.target)
            if source is None or target is None:
                self._add_flow(flow)  # never drawn, but known, as on a small flow
                continue
            self._pending_flows[flow.id] = flow
            self._pending_at[flow.source].add(flow.id)
            self._pending_at[flow.target].add(flow.id)
            left, right = int(source.x // COLUMN), int(target.x // COLUMN)
            if left == right:
                flow_columns[left].add(flow.id)
            else:
                for column in range(min(left, right), max(left, right) + 1):
                    flow_columns[column].add(flow.id)
        self._in_reading_order = False
        self._told = False
        self._build_timer.start(START_MS)

    # ------------------------------------------------------------------ public

    @property
    def routing(self: SwimlaneScene) -> bool:
        """Is part of a big flow still waiting to be built (steps or connectors)?"""
        return bool(self._pending_flows or self._pending_nodes)

    def ensure_shown(self: SwimlaneScene, visible: Rect) -> None:
        """Build what a view is about to paint: the steps in and round `visible`, and every
        connector that meets it, routed round the steps near it."""
        if not self.routing:
            return
        self._build_nodes(self._pending_nodes_in(visible.grown(REACH)))
        self.route_now(self._pending_flows_in(visible))

    def painted(self: SwimlaneScene) -> None:
        """A view has painted: the rest may follow in the background."""
        timer = self._build_timer
        if self.routing and (not timer.isActive() or timer.remainingTime() > PAUSE_MS):
            timer.start(PAUSE_MS)

    def user_active(self: SwimlaneScene) -> None:
        """An edit or a gesture: the background building waits, so the user is served first."""
        self._quiet_until = time.perf_counter() + QUIET_S

    def route_now(self: SwimlaneScene, flow_ids: Iterable[str]) -> None:
        """Route these waiting connectors at once (an edit touches them, or they are seen),
        with their ends and the steps round them built first."""
        flows = [f for f in (self._pending_flows.pop(i, None) for i in list(flow_ids)) if f]
        if not flows:
            return
        version = self.version
        nodes = version.nodes if version is not None else {}
        needed: set[str] = set()
        for flow in flows:
            for end in (flow.source, flow.target):
                self._pending_at.get(end, set()).discard(flow.id)
            source, target = nodes.get(flow.source), nodes.get(flow.target)
            if source is None or target is None:
                continue
            for column in _columns(min(source.x, target.x), max(source.x, target.x)):
                self._flow_columns.get(column, set()).discard(flow.id)
            needed.update((flow.source, flow.target))
            needed.update(self._pending_nodes_in(self._cell_box(source).united(
                self._cell_box(target)).grown(OBSTACLE_REACH)))
        self._build_nodes(needed)
        for flow in sorted(flows, key=self._reading_key):
            if flow.id not in self._flows:
                self._add_flow(flow)
        self._tell_if_finished()

    def _tell_if_finished(self: SwimlaneScene) -> None:
        """Once per big flow, when its last step and connector are in place."""
        if not self._told and not self.routing:
            self._told = True
            self.routing_finished.emit()

    def build_node_now(self: SwimlaneScene, node_id: str) -> None:
        """Build one waiting step (an edit or a look-up needs its item)."""
        if node_id in self._pending_nodes:
            self._build_nodes([node_id])
            self._tell_if_finished()

    def finish_routing(self: SwimlaneScene) -> None:
        """Build every step and route every connector still waiting (Select All, printing,
        the diagram check need them all)."""
        if not self.routing:
            return
        self._build_nodes(list(self._pending_nodes))
        self.route_now(list(self._pending_flows))
        self._tell_if_finished()

    # ------------------------------------------------------------ building

    def _build_some(self: SwimlaneScene) -> None:
        """One background turn: a few steps left to right, then connectors in reading order."""
        if not self.routing:
            return
        now = time.perf_counter()
        if now < self._quiet_until:
            self._build_timer.start(int((self._quiet_until - now) * 1000) + 1)
            return
        until = now + SLICE_S
        while self._pending_nodes and time.perf_counter() < until:
            self._build_nodes(self._leftmost_pending(8))
        if not self._pending_nodes and not self._in_reading_order:
            self._put_in_reading_order()
        while not self._pending_nodes and self._pending_flows and time.perf_counter() < until:
            self.route_now([next(iter(self._pending_flows))])
        if self.routing:
            self._build_timer.start(PAUSE_MS)
        else:
            self._tell_if_finished()

    def _put_in_reading_order(self: SwimlaneScene) -> None:
        version = self.version
        nodes = version.nodes if version is not None else {}
        waiting = sorted(self._pending_flows.values(), key=lambda f: _model_order(f, nodes))
        self._pending_flows = {flow.id: flow for flow in waiting}
        self._in_reading_order = True

    def _build_nodes(self: SwimlaneScene, node_ids: Iterable[str]) -> None:
        """Give these steps their boxes and items; connectors already routed through where
        they stand go round them now."""
        passing: set[str] = set()
        version = self.version
        current = version.nodes if version is not None else {}
        for node_id in list(node_ids):
            node = self._pending_nodes.pop(node_id, None)
            if node is None:
                continue
            column = self._node_columns.get(int(node.x // COLUMN))
            if column is not None:
                column.discard(node_id)
            self._add_node(current.get(node_id, node))  # as the model has it now
            if self._flows:
                passing.update(self._flows_passing(self._nodes[node_id].shape_rect()))
        if not passing or version is None:
            return
        flows = [(version.flows[f], self._flows[f]) for f in passing
                 if f in version.flows and f in self._flows]
        for _, item in sorted(flows, key=lambda pair: self._reading_key(pair[0])):
            self._reroute(item)

    def _leftmost_pending(self: SwimlaneScene, count: int) -> list[str]:
        columns = self._node_columns
        while columns:
            ids = columns.get(self._cursor)
            if ids:
                return sorted(ids, key=lambda i: self._pending_nodes[i].x)[:count]
            columns.pop(self._cursor, None)
            self._cursor += 1
        return []

    def _pending_nodes_in(self: SwimlaneScene, area: Rect) -> list[str]:
        found = []
        bands = self._bands
        for column in _columns(area.x - CELL_WIDTH, area.right):
            for node_id in self._node_columns.get(column, ()):
                node = self._pending_nodes[node_id]
                band = bands.get(node.lane)
                top = band.top if band is not None else 0.0
                if area.intersects(Rect(node.x, top + node.y, CELL_WIDTH, CELL_HEIGHT)):
                    found.append(node_id)
        return found

    def _pending_flows_in(self: SwimlaneScene, area: Rect) -> list[str]:
        """Waiting connectors whose ends' cells, with a margin for going round, meet `area`."""
        version = self.version
        if version is None:
            return []
        nodes, found = version.nodes, []
        candidates: set[str] = set()
        for column in _columns(area.x - OBSTACLE_REACH, area.right + OBSTACLE_REACH):
            candidates |= self._flow_columns.get(column, set())
        for flow_id in candidates:
            flow = self._pending_flows.get(flow_id)
            if flow is None:
                continue
            source, target = nodes.get(flow.source), nodes.get(flow.target)
            if source is None or target is None:
                continue
            reach = self._cell_box(source).united(self._cell_box(target)).grown(CELL_HEIGHT)
            if reach.intersects(area):
                found.append(flow_id)
        return found

    def _cell_box(self: SwimlaneScene, node: Node) -> Rect:
        band = self._bands.get(node.lane)
        return Rect(node.x, (band.top if band is not None else 0.0) + node.y,
                    CELL_WIDTH, CELL_HEIGHT)


def _columns(left: float, right: float) -> range:
    return range(int(left // COLUMN), int(right // COLUMN) + 1)


def _model_order(flow: Flow, nodes: dict[str, Node]) -> tuple:
    """Reading order from the stored places (forward flows first, then rework), close to
    the order the boxes give once built."""
    source, target = nodes.get(flow.source), nodes.get(flow.target)
    if source is None or target is None:
        return (2, 0.0, 0.0, flow.id)
    return (1 if target.x < source.x - 1 else 0, source.x, source.y, flow.id)
