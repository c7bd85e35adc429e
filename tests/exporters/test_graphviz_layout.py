"""Graphviz's ranking drawn on the swimlane grid, and the built-in fallback without `dot`."""

from __future__ import annotations

import pytest

from exporters import graphviz_layout
from exporters.graphviz_layout import (
    GraphvizUnavailable,
    dot_available,
    dot_source,
    layout_version,
    parse_plain,
)
from exporters.graphviz_layout import (
    graphviz_layout as dot_layout,
)
from tests.ui.conftest import installation_flow
from tests.workbench.test_layout import assert_tidy
from workbench.builder import VersionBuilder
from workbench.layout import back_edges

needs_dot = pytest.mark.skipif(not dot_available(), reason="Graphviz dot is not installed")


def rework_flow():
    b = VersionBuilder("Loop", version_id="v")
    customer = b.lane("Customer", "customer")
    agent = b.lane("Agent")
    start = b.start(customer)
    ask = b.task(customer, "Asks")
    check = b.task(agent, "Check")
    fix = b.task(agent, "Fix")
    end = b.end(customer)
    b.flow(start, ask)
    b.flow(ask, check)
    b.flow(check, fix)
    loop = b.flow(fix, check)
    b.flow(check, end)
    return b.build(), loop


def test_parse_plain_reads_node_centres():
    text = 'graph 1 4 2\nnode s0 0.5 1.25 1 0.5 "" solid box black lightgrey\nedge s0 s1 4 0 0\n'
    assert parse_plain(text) == {"s0": (0.5, 1.25)}


def test_loops_do_not_bend_the_ranks_in_the_dot_source():
    version, loop = rework_flow()
    source, names = dot_source(version, back_edges(version))
    assert "rankdir=LR" in source
    assert source.count("constraint=false") == 1
    assert set(names.values()) == set(version.nodes)


@needs_dot
def test_graphviz_layout_is_tidy():
    version, loop = rework_flow()
    layout = dot_layout(version)
    assert layout.back_edges == {loop}
    assert_tidy(version, layout)
    document, _ = installation_flow()
    outcome = layout_version(document.version("v1"))
    assert outcome.engine == "graphviz" and not outcome.note
    assert_tidy(document.version("v1"), outcome.layout)


def test_without_dot_the_built_in_layout_is_used_and_said(monkeypatch):
    monkeypatch.setattr(graphviz_layout.shutil, "which", lambda name: None)
    version, _ = rework_flow()
    with pytest.raises(GraphvizUnavailable):
        dot_layout(version)
    outcome = layout_version(version)
    assert outcome.engine == "built-in"
    assert "not installed" in outcome.note
    assert_tidy(version, outcome.layout)


def test_a_failing_dot_falls_back(monkeypatch, tmp_path):
    broken = tmp_path / "dot"
    broken.write_text("#!/bin/sh\nexit 3\n")
    broken.chmod(0o755)
    monkeypatch.setattr(graphviz_layout.shutil, "which", lambda name: str(broken))
    version, _ = rework_flow()
    outcome = layout_version(version)
    assert outcome.engine == "built-in" and "failed" in outcome.note
