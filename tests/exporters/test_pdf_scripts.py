"""Every script (话术) of a customer-facing step of every bundled template is printed in the
report beside its step, in both languages, whether or not the redesign changed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.exporters.template_reports import TEMPLATES, report_text, squeeze
from tests.workbench.field_cases import adsl_as_is
from workbench.customer_facing import customer_facing_steps
from workbench.model import LaneKind


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: p.stem)
def test_every_customer_facing_script_is_printed_with_its_step(template: Path) -> None:
    document, text = report_text(template)
    for version in document.versions:
        lanes = {lane.id: lane for lane in version.lanes}
        facing = customer_facing_steps(version)
        for node in version.nodes.values():
            if node.script and lanes[node.lane].kind is LaneKind.FRONTSTAGE:
                assert node in facing, f"{node.label} speaks to the customer"
        for node in facing:
            if node.script:
                row = node.label + lanes[node.lane].name + node.script
                assert squeeze(row) in text, f"{version.name}: {node.label}"


def test_the_missed_visit_apology_is_printed() -> None:
    template = next(p for p in TEMPLATES if p.name == "adsl-installation.zh-CN.pwb")
    _, text = report_text(template)
    assert squeeze("很抱歉我们失约了，我现在就为您协调，今天一定上门。") in text


def test_customer_facing_steps_are_the_organisation_s_side_of_each_touchpoint() -> None:
    version = adsl_as_is()
    lanes = {lane.id: lane.kind for lane in version.lanes}
    facing = customer_facing_steps(version)
    assert facing and all(lanes[n.lane] is not LaneKind.CUSTOMER for n in facing)
    assert len({n.id for n in facing}) == len(facing)
