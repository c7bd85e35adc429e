"""A hypothesis strategy for random but well-formed flows, shared by the property tests."""

import math

from hypothesis import strategies as st

from workbench.builder import VersionBuilder
from workbench.model import Flow, LaneKind, Version

durations = st.floats(0, 100, allow_nan=False)


@st.composite
def flows(draw, decisions: bool = True, loops: bool = True, forks: bool = True) -> Version:
    """A random flow through steps 0..n-1 (0 the start, n-1 the end). Every step has a flow
    to a later step, so every step reaches the end; a decision may also send a share of its
    cases back to an earlier step (rework). Tasks with several outgoing flows are forks
    (unless `forks` is False: then a task has one outgoing flow)."""
    b = VersionBuilder("Random")
    lanes = [
        b.lane("Customer", LaneKind.CUSTOMER),
        b.lane("Agent", LaneKind.FRONTSTAGE),
        b.lane("Back office", LaneKind.BACKSTAGE),
    ]
    size = draw(st.integers(3, 12))
    ids = [b.start(lanes[0])]
    for _ in range(size - 2):
        lane = draw(st.sampled_from(lanes))
        if decisions and draw(st.booleans()):
            ids.append(b.decision(lane, "choose", draw(durations)))
        else:
            ids.append(b.task(lane, "work", draw(durations)))
    ids.append(b.end(lanes[0]))
    for i, node_id in enumerate(ids[:-1]):
        is_decision = b.version.nodes[node_id].kind == "decision"
        most = 3 if forks or is_decision else 1
        later = sorted(draw(st.sets(st.integers(i + 1, size - 1), min_size=1, max_size=most)))
        targets = [ids[j] for j in later]
        if is_decision and loops and i > 1 and draw(st.booleans()):
            targets.append(ids[draw(st.integers(1, i))])  # rework: back to an earlier step
        if not is_decision:
            for target in targets:
                b.flow(node_id, target)
            continue
        weights = [draw(st.floats(0.05, 1)) for _ in targets]
        if len(targets) > len(later):  # keep some cases leaving the loop
            weights[-1] = min(weights[-1], 0.9 * sum(weights[:-1]))
        for target, weight in zip(targets, weights, strict=True):
            b.flow(node_id, target, "branch", weight / sum(weights))
        _normalise(b.version, node_id)
    return b.build()


def _normalise(version: Version, node_id: str) -> None:
    """Make the branch probabilities sum to exactly 1 despite rounding."""
    out = [f for f in version.flows.values() if f.source == node_id]
    rest = 1.0 - math.fsum(f.probability for f in out[1:])
    version.flows[out[0].id] = Flow(out[0].id, node_id, out[0].target, "branch", rest)
