"""The built-in example is what a newcomer sees first: it must be a complete, clean design
whose to-be is visibly better than its as-is."""

from __future__ import annotations

import pytest

from workbench.checks import check_document
from workbench.examples import EXAMPLES
from workbench.measures import measure_version
from workbench.model import LaneKind, NodeKind
from workbench.storage import dumps_document, loads_document


@pytest.fixture(params=sorted(EXAMPLES))
def example(request: pytest.FixtureRequest):
    return EXAMPLES[request.param]()


def test_nothing_for_a_reviewer_to_flag(example) -> None:
    findings = [f for fs in check_document(example).values() for f in fs]
    assert [f for f in findings if f.severity != "info"] == []


def test_the_to_be_is_derived_from_the_as_is(example) -> None:
    as_is, to_be = example.versions
    assert to_be.derived_from == as_is.id
    copied = [n for n in to_be.nodes.values() if n.derived_from]
    assert copied and all(n.derived_from in as_is.nodes for n in copied)
    assert any(n.derived_from is None for n in to_be.nodes.values())  # something new


def test_a_full_design(example) -> None:
    meta = example.metadata
    assert meta.title and meta.owner and meta.team and meta.tags and meta.language
    for version in example.versions:
        assert [lane.kind for lane in version.lanes][:1] == [LaneKind.CUSTOMER]
        assert {lane.kind for lane in version.lanes} == set(LaneKind)
        tasks = [n for n in version.nodes.values() if n.kind is NodeKind.TASK]
        assert all(n.duration for n in tasks)
        assert any(n.kind is NodeKind.DECISION for n in version.nodes.values())
        report = measure_version(version)
        assert report.values["checklist_score"] == 1.0
        assert report.values["kpi_coverage"] == 1.0
        assert report.values["lead_time_expected"] is not None


def test_the_redesign_pays_off(example) -> None:
    as_is, to_be = (measure_version(v).values for v in example.versions)
    for key in ("lead_time_expected", "customer_wait", "expected_customer_contacts"):
        assert to_be[key] < as_is[key], key


def test_it_saves_and_loads_back_equal(example) -> None:
    assert loads_document(dumps_document(example)) == example
