"""A version's swimlane diagram as geometry: what the canvas, the PDF and the BPMN writer
draw, computed once here so the three cannot disagree.

`build_drawing` lays every step's box out from its wrapped label, places the captions of
events and gateways, routes every connector round the steps it does not join, then places
the branch labels and KPI markers where they cover no text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from workbench.diagram import style
from workbench.diagram.captions import (
    Caption,
    Places,
    choose,
    flow_caption,
    flow_caption_box,
    kpi_marker,
    marker_rect,
)
from workbench.diagram.geometry import Point, Rect, SpatialIndex, bounding
from workbench.diagram.lanes import LaneBand, lane_bands, zone_lines
from workbench.diagram.router import Router
from workbench.diagram.steps import StepBox, Words, caption_places, step_box
from workbench.diagram.text import TextMetrics
from workbench.gc_pause import without_collector
from workbench.model import AttachmentKind, Flow, LaneKind, Node, NodeKind, Version


@dataclass(frozen=True)
class Connector:
    flow_id: str
    source: str
    target: str
    points: tuple[Point, ...]
    caption: Caption | None = None
    interaction: bool = False  # between a customer lane and another: carries a KPI marker
    marker: Point | None = None  # the KPI marker's centre, on interactions


@dataclass(eq=False)  # one drawing is one picture: compared (and cached) by identity
class Drawing:
    bands: list[LaneBand]
    steps: dict[str, StepBox]
    connectors: dict[str, Connector]
    zones: dict[str, float]
    measured: set[str] = field(default_factory=set)  # interactions with a KPI
    _index: tuple[SpatialIndex, SpatialIndex] | None = field(default=None, repr=False)

    def near(self, window: Rect) -> tuple[list[StepBox], list[Connector]]:
        """The steps and connectors drawn in or by `window` (a page's tile), in the
        drawing's order, found through an index built on first use."""
        if self._index is None:
            steps, connectors = SpatialIndex(), SpatialIndex()
            for node_id, box in self.steps.items():
                steps.put(node_id, box.shape.grown(20))
            for flow_id, connector in self.connectors.items():
                xs = [p[0] for p in connector.points] or [0.0]
                ys = [p[1] for p in connector.points] or [0.0]
                connectors.put(flow_id, Rect(min(xs) - 10, min(ys) - 10,
                                             max(xs) - min(xs) + 20, max(ys) - min(ys) + 20))
            self._index = (steps, connectors)
        steps, connectors = self._index
        hit_steps, hit_flows = set(steps.hits(window)), set(connectors.hits(window))
        return ([box for key, box in self.steps.items() if key in hit_steps],
                [c for key, c in self.connectors.items() if key in hit_flows])

    def content(self) -> Rect | None:
        """Everything drawn right of the lane headers: shapes, captions, connectors."""
        return bounding(self.rects())

    def rects(self) -> Iterable[Rect]:
        for box in self.steps.values():
            yield box.shape
            yield box.text
            for icon in box.icons:
                yield icon.rect
        for connector in self.connectors.values():
            xs = [p[0] for p in connector.points]
            ys = [p[1] for p in connector.points]
            if xs:
                yield Rect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
            if connector.caption is not None:
                yield connector.caption.box
            if connector.marker is not None:
                yield marker_rect(connector.marker)

    @property
    def lanes_height(self) -> float:
        return self.bands[-1].bottom if self.bands else 0.0


@without_collector  # thousands of boxes and routes that all live on: see gc_pause
def build_drawing(version: Version, metrics: TextMetrics, words: Words | None = None) -> Drawing:
    words = words or Words()
    bands = lane_bands(version.lanes)
    by_lane = {band.lane_id: band for band in bands}
    steps = {node.id: _box(node, by_lane.get(node.lane), metrics, words)
             for node in version.nodes.values()}
    router = Router(0.0, bands[-1].bottom if bands else float("inf"), len(version.flows))
    places = Places(router.tracks.lines)
    for box in steps.values():
        take_step(places, box)
    for node_id in _reading_order(steps):
        box = steps[node_id]
        if not box.inside and box.lines:
            steps[node_id] = place_step_caption(places, box, metrics)
    for node_id, box in steps.items():
        router.set_shape(node_id, box.shape)
    lane_kind = {band.lane_id: band.kind for band in bands}
    flows = sorted(version.flows.values(), key=lambda f: _flow_order(f, steps))
    routes = {flow.id: router.route(flow.id, flow.source, flow.target, flow.waypoints)
              for flow in flows if flow.source in steps and flow.target in steps}
    router.untangle({f.id: (f.source, f.target) for f in flows
                     if f.id in routes and not f.waypoints}, routes)
    measured = {k.attached_to.ref for k in version.kpis.values()
                if k.attached_to.kind is AttachmentKind.INTERACTION and k.attached_to.ref}
    connectors = {}
    for flow in flows:
        if flow.id not in routes or not routes[flow.id]:
            continue
        connectors[flow.id] = place_connector(
            flow, routes[flow.id], lane_kind, version, metrics, places)
    return Drawing(bands, steps, connectors, zone_lines(bands),
                   {f for f in measured if f in connectors})


def _box(node: Node, band: LaneBand | None, metrics: TextMetrics, words: Words) -> StepBox:
    if band is None:
        return step_box(node, 0.0, metrics, words)
    return step_box(node, band.top, metrics, words, band.height)


def take_step(places: Places, box: StepBox) -> None:
    places.take(f"{box.node_id}#shape", box.shape.grown(1))
    for index, icon in enumerate(box.icons):
        places.take(f"{box.node_id}#icon{index}", icon.rect)


def place_step_caption(places: Places, box: StepBox, metrics: TextMetrics) -> StepBox:
    """An event's or gateway's caption under it, or beside it where that is taken."""
    pad = style.CAPTION_PAD
    candidates = [r.grown(pad) for r in caption_places(box, metrics)]
    chosen = choose(candidates, box.node_id, places)
    places.take(f"{box.node_id}#caption", chosen)
    return box.with_caption(chosen.grown(-pad))


def place_connector(
    flow: Flow, points: list[Point], lane_kind: dict[str, LaneKind], version: Version,
    metrics: TextMetrics, places: Places,
) -> Connector:
    """The connector's KPI marker (on an interaction) and caption, placed where free."""
    source, target = version.nodes[flow.source], version.nodes[flow.target]
    customer = LaneKind.CUSTOMER
    in_customer = lane_kind.get(source.lane) is customer
    interaction = in_customer != (lane_kind.get(target.lane) is customer)
    marker = None
    if interaction:
        marker = kpi_marker(points)
        places.take(f"{flow.id}#marker", marker_rect(marker))
    caption = None
    text = flow_caption(flow)
    if text:
        near = source.kind is NodeKind.DECISION
        caption = flow_caption_box(flow.id, text, points, near, metrics, places)
        places.take(f"{flow.id}#caption", caption.box)
    return Connector(flow.id, flow.source, flow.target, tuple(points), caption, interaction,
                     marker)


def _reading_order(steps: dict[str, StepBox]) -> list[str]:
    return sorted(steps, key=lambda n: (steps[n].shape.x, steps[n].shape.y, n))


def _flow_order(flow: Flow, steps: dict[str, StepBox]) -> tuple:
    """Connectors are routed in reading order, forward flows before rework, so the main
    line takes the straight corridors and loops go round it."""
    source, target = steps.get(flow.source), steps.get(flow.target)
    if source is None or target is None:
        return (2, 0.0, 0.0, flow.id)
    backward = target.shape.cx < source.shape.cx - 1
    return (1 if backward else 0, source.shape.x, source.shape.y, flow.id)
