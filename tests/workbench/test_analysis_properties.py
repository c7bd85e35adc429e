"""Properties the measures and checks must keep on any flow, not just the hand-drawn ones."""

import math

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.strategies import documents
from tests.workbench.random_flows import durations, flows
from workbench.checks import CHECKS, check_document
from workbench.measures import measure_version
from workbench.model import (
    Duration,
    Flow,
    Node,
    NodeKind,
    TimeUnit,
    ValueClass,
    WasteKind,
)


@settings(max_examples=200, deadline=None)
@given(flows(decisions=False, loops=False))
def test_without_decisions_the_expected_lead_time_is_the_critical_one(version):
    got = measure_version(version).values
    assert got["lead_time_expected"] == _close_to(got["lead_time_critical"])


@settings(max_examples=200, deadline=None)
@given(flows(loops=False))
def test_without_loops_the_expected_lead_time_is_at_most_the_critical_one(version):
    got = measure_version(version).values
    assert got["lead_time_expected"] <= got["lead_time_critical"] + 1e-9 * (
        1 + got["lead_time_critical"]
    )


@settings(max_examples=200, deadline=None)
@given(flows(), st.data())
def test_adding_a_waste_step_never_shortens_the_lead_time(version, data):
    before = measure_version(version).values
    assume(before["lead_time_expected"] is not None)
    flow = data.draw(st.sampled_from(sorted(version.flows)))
    old = version.flows[flow]
    hours = Duration(data.draw(durations), unit=TimeUnit.HOURS)
    customer = version.lanes[0].id
    version.nodes["w"] = Node("w", NodeKind.TASK, customer, "Waits", hours,
                              ValueClass.WASTE, WasteKind.WAITING)  # fmt: skip
    version.flows[flow] = Flow(old.id, old.source, "w", old.label, old.probability)
    version.flows["fw"] = Flow("fw", "w", old.target)
    after = measure_version(version).values
    tolerance = 1e-9 * (1 + before["lead_time_expected"])
    assert after["lead_time_expected"] >= before["lead_time_expected"] - tolerance
    assert after["customer_wait"] >= before["customer_wait"] - tolerance
    assert after["lead_time_critical"] >= before["lead_time_critical"] - tolerance


@settings(max_examples=150, deadline=None)
@given(documents())
def test_any_document_is_measured_and_checked_without_crashing(document):
    """Generated documents break every rule (self-loops, flows into starts, stray ids)."""
    for version_id, findings in check_document(document).items():
        assert all(f.version_id == version_id for f in findings)
        for finding in findings:
            assert finding.severity is CHECKS[finding.check_id].severity
            assert finding.message
    for version in document.versions:
        report = measure_version(version)
        for key, value in report.values.items():
            if value is None:
                assert report.notes.get(key), key
                continue
            assert math.isfinite(value), key
            if key in ("checklist_score", "kpi_coverage"):
                assert 0 <= value <= 1, key


def _close_to(value):
    return pytest.approx(value, rel=1e-9, abs=1e-9)
