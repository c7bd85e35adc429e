"""Auto-layout ranks and order from Graphviz `dot`, where it is installed.

`dot` is good at what a swimlane drawing needs most: columns (ranks) that follow the flow
and an order within each column with few crossings. We hand it the steps and flows, read
back where it put them (`-Tplain`), and `workbench.layout.place` then draws it on the swimlane
grid exactly as it draws the built-in ranking. Without `dot` (or when it fails or takes too
long) the built-in layout is used and the caller is told so.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass

import graphviz

from workbench.layout import Grid, Layout, Ranking, auto_layout, back_edges, place
from workbench.model import Version

TIMEOUT_SECONDS = 20.0


class GraphvizUnavailable(RuntimeError):
    """`dot` is not installed, failed, or took too long; the message says which."""


@dataclass(frozen=True)
class LayoutOutcome:
    layout: Layout
    engine: str  # "graphviz" or "built-in"
    note: str = ""  # why the built-in layout was used, for the status bar


def dot_available() -> bool:
    return shutil.which("dot") is not None


def layout_version(version: Version, grid: Grid | None = None) -> LayoutOutcome:
    """Graphviz where it works, the built-in layout otherwise, saying which was used."""
    try:
        return LayoutOutcome(graphviz_layout(version, grid), "graphviz")
    except GraphvizUnavailable as reason:
        return LayoutOutcome(auto_layout(version, grid), "built-in", str(reason))


def graphviz_layout(version: Version, grid: Grid | None = None) -> Layout:
    back = back_edges(version)
    return place(version, graphviz_ranking(version, back), grid, back)


def dot_source(version: Version, back: set[str]) -> tuple[str, dict[str, str]]:
    """The version as a `dot` graph: short safe names, loops that do not bend the ranks."""
    names = {node_id: f"s{i}" for i, node_id in enumerate(version.nodes)}
    graph = graphviz.Digraph(graph_attr={"rankdir": "LR", "nodesep": "0.3", "ranksep": "0.5"})
    graph.attr("node", shape="box", width="1.3", height="0.6", fixedsize="true", label="")
    lane_index = {lane.id: i for i, lane in enumerate(version.lanes)}
    for node_id in sorted(
        version.nodes,
        key=lambda n: (
            lane_index.get(version.nodes[n].lane, 0),
            version.nodes[n].y,
            version.nodes[n].x,
        ),
    ):
        graph.node(names[node_id])  # lane by lane: dot's first order, refined by its sweeps
    for flow in version.flows.values():
        if flow.source not in names or flow.target not in names:
            continue
        extra = {"constraint": "false"} if flow.id in back else {}
        graph.edge(names[flow.source], names[flow.target], **extra)
    return graph.source, {name: node_id for node_id, name in names.items()}


def graphviz_ranking(version: Version, back: set[str]) -> Ranking:
    """Columns from `dot`'s x positions, order within a column from its y (top first)."""
    executable = shutil.which("dot")
    if executable is None:
        raise GraphvizUnavailable("Graphviz (dot) is not installed")
    if not version.nodes:
        return Ranking({}, {})
    source, ids = dot_source(version, back)
    try:
        result = subprocess.run(
            [executable, "-Tplain"],
            input=source.encode("utf-8"),
            capture_output=True,
            timeout=TIMEOUT_SECONDS,
            check=True,
        )
    except subprocess.TimeoutExpired:
        raise GraphvizUnavailable("Graphviz took too long on a flow this size") from None
    except (subprocess.CalledProcessError, OSError) as error:
        raise GraphvizUnavailable(f"Graphviz failed ({error})") from None
    positions = parse_plain(result.stdout.decode("utf-8", "replace"))
    if set(positions) != set(ids):
        raise GraphvizUnavailable("Graphviz left some steps out")
    columns = sorted({round(x, 1) for x, _ in positions.values()})
    column_of = {x: i for i, x in enumerate(columns)}
    rank = {ids[name]: column_of[round(x, 1)] for name, (x, _) in positions.items()}
    order = {ids[name]: -y for name, (_, y) in positions.items()}  # dot's y grows upwards
    return Ranking(rank, order)


def parse_plain(text: str) -> dict[str, tuple[float, float]]:
    """Node centres from `dot -Tplain` output ("node name x y width height ...")."""
    positions = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 4 and parts[0] == "node":
            try:
                positions[parts[1].strip('"')] = (float(parts[2]), float(parts[3]))
            except ValueError:
                continue
    return positions
