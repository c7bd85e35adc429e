"""Conformance against files no one here wrote: the OMG MIWG reference models as several
tools exported them, bpmn-js and bpmn-moddle fixtures, Camunda's test diagrams.

Every file imports, and for every kind of element the file's count equals what came across
plus what the summary says was dropped or merged, so nothing is lost without a word.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from exporters.bpmn import BpmnError, import_bpmn
from exporters.bpmn.summary import CATEGORIES
from tests.exporters.bpmn.chinese import english_left, in_chinese
from tests.exporters.bpmn.corpus import CORPUS, REFUSED, corpus_files, file_counts

FILES = corpus_files()
needs_corpus = pytest.mark.skipif(not FILES, reason=f"the BPMN corpus is not at {CORPUS}")


@needs_corpus
def test_the_corpus_is_all_there() -> None:
    assert len(FILES) >= 57


@needs_corpus
@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_every_file_imports_and_accounts_for_each_element(path: Path) -> None:
    if path.name in REFUSED:
        with pytest.raises(BpmnError, match=REFUSED[path.name]) as refused:
            import_bpmn(path)
        assert str(path) in str(refused.value)
        assert not english_left(refused.value), in_chinese(refused.value)
        return
    result = import_bpmn(path)
    summary, expected = result.summary, file_counts(path)
    for category in CATEGORIES:
        accounted = summary.imported[category] + summary.count(category)
        assert accounted == expected[category], (category, summary.lines())
    (version,) = result.document.versions
    assert len(version.nodes) == summary.imported["flow_nodes"]
    assert (
        len(version.flows) == summary.imported["sequence_flows"] + summary.imported["message_flows"]
    )
    assert len(version.lanes) >= summary.imported["lanes"]
    for note in summary.notes:
        assert note.reason, note


@needs_corpus
def test_nested_lanes_keep_their_parent_in_the_name() -> None:
    result = import_bpmn(CORPUS / "bpmn-js" / "vertical-pools.bpmn")
    names = [lane.name for lane in result.document.versions[0].lanes]
    assert "Pool with Lanes / Lane with Sublane / Sublane 2" in names, names
    assert "Collapsed Pool" in names  # a pool without a process is a lane of its own


@needs_corpus
def test_pools_and_message_flows_of_the_invoice_collaboration() -> None:
    result = import_bpmn(CORPUS / "miwg-test-suite" / "Reference" / "C.1.0.bpmn")
    version = result.document.versions[0]
    assert result.summary.imported["participants"] == 2
    assert result.summary.imported["message_flows"] == 5
    lanes = {lane.id: lane for lane in version.lanes}
    pools = {name.split(" / ")[0] for name in (lane.name for lane in version.lanes)}
    assert len(pools) == 2
    # the laid-out diagram is kept: steps move right along the flow, not all in one column
    xs = {round(node.x) for node in version.nodes.values()}
    assert len(xs) > 5
    for node in version.nodes.values():
        assert node.lane in lanes


@needs_corpus
def test_a_file_without_a_diagram_is_laid_out() -> None:
    result = import_bpmn(CORPUS / "bpmn-moddle" / "local-ns-no-di.bpmn")
    assert result.summary.auto_laid_out
    xs = [node.x for node in result.document.versions[0].nodes.values()]
    assert len(set(xs)) == len(xs)


@needs_corpus
def test_the_lanes_of_two_diagrams_are_not_interleaved() -> None:
    """This file holds two diagrams, each in its own coordinates: the lanes of the first
    come first, in their drawn order, then those of the second (its pool "process8")."""
    path = CORPUS / "miwg-test-suite" / "OMNITRACKER-BPMN-12.3" / "B.1.0-export.bpmn"
    names = [lane.name for lane in import_bpmn(path).document.versions[0].lanes]
    first = [i for i, name in enumerate(names) if name.startswith("Pool / ")]
    second = [i for i, name in enumerate(names) if name.startswith("process8 / ")]
    assert len(first) == 2 and len(second) == 2, names
    assert max(first) < min(second), names
