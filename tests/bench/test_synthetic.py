"""The benchmark's synthetic flows are valid documents, so its timings mean something.
(Only 200 steps here: this is not a timing test.)"""

from __future__ import annotations

from pathlib import Path

from bench.synthetic import LANES, synthetic_document
from workbench.checks import Severity, check_document
from workbench.model import LaneKind, NodeKind
from workbench.storage import load_document, save_document


def test_exactly_the_steps_asked_for_over_twelve_lanes() -> None:
    version = synthetic_document(200, seed=3).versions[0]
    assert len(version.nodes) == 200
    kinds = [lane.kind for lane in version.lanes]
    assert len(kinds) == len(LANES) == 12
    assert [kinds.count(k) for k in LaneKind] == [2, 4, 4, 2]


def test_the_same_seed_draws_the_same_flow() -> None:
    assert synthetic_document(200, seed=7) == synthetic_document(200, seed=7)
    assert synthetic_document(200, seed=7) != synthetic_document(200, seed=8)


def test_it_looks_like_a_real_flow() -> None:
    version = synthetic_document(200, seed=1).versions[0]
    kinds = [node.kind for node in version.nodes.values()]
    assert kinds.count(NodeKind.START) == kinds.count(NodeKind.END) == 1
    assert kinds.count(NodeKind.DECISION) >= 5 and kinds.count(NodeKind.PARALLEL) >= 2
    for node in version.nodes.values():
        if node.kind is NodeKind.DECISION:
            out = [f.probability for f in version.flows.values() if f.source == node.id]
            assert len(out) >= 2 and abs(sum(out) - 1) < 1e-9
    assert version.kpis and all(k.has_target() and k.unit for k in version.kpis.values())
    assert len({(n.x, n.y, n.lane) for n in version.nodes.values()}) == len(version.nodes)


def test_no_errors_from_the_checks() -> None:
    for seed in (1, 2, 3):
        document = synthetic_document(200, seed)
        findings = [f for fs in check_document(document).values() for f in fs]
        errors = [f for f in findings if f.severity is Severity.ERROR]
        assert errors == [], (seed, errors[:3])


def test_saves_and_loads_back_equal(tmp_path: Path) -> None:
    document = synthetic_document(200, seed=2)
    path = tmp_path / "synthetic.pwb"
    save_document(document, path)
    assert load_document(path) == document
