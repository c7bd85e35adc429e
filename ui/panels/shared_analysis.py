"""The flow graph and branch shares of the shown version, built once per edit and shared by
the measures and the findings panels: at 10,000 steps building them is a third of each
panel's recomputation, so after a move into another lane the second panel reuses the first's.
The flow's timing (lead times, visits) is kept across edits that cannot change it, such as
a move into another lane, so the measures then recount without solving the flow again.
"""

from __future__ import annotations

from workbench.branching import Branching, branch_shares
from workbench.document import Document
from workbench.edit_relevance import changes_timing
from workbench.events import Event
from workbench.flowgraph import FlowGraph
from workbench.measures import Timing, flow_timing
from workbench.model import Version


class SharedAnalysis:
    """Forgets what it built on any change of the document, so nothing stale is ever shared."""

    def __init__(self, document: Document) -> None:
        self._built: tuple[Version, FlowGraph, Branching] | None = None
        self._timing: tuple[Version, Timing] | None = None
        self.builds = 0  # how often a graph was built (tests)
        self.timings = 0  # how often the timing was worked out (tests)
        self._subscription = document.events.subscribe(self._forget)

    def graph(self, version: Version) -> tuple[FlowGraph, Branching]:
        built = self._built
        if built is None or built[0] is not version:
            graph = FlowGraph(version)
            built = self._built = (version, graph, branch_shares(graph))
            self.builds += 1
        return built[1], built[2]

    def timing(self, version: Version) -> Timing:
        kept = self._timing
        if kept is None or kept[0] is not version:
            graph, branching = self.graph(version)
            kept = self._timing = (version, flow_timing(graph, branching))
            self.timings += 1
        return kept[1]

    def close(self) -> None:
        self._subscription.close()
        self._built = self._timing = None

    def _forget(self, event: Event) -> None:
        self._built = None
        if changes_timing(event):
            self._timing = None
