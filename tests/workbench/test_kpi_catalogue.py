"""The KPI catalogue: every preset of DOMAIN.md §4 is there, complete, and makes a valid KPI."""

from __future__ import annotations

import pytest

from workbench.builder import VersionBuilder
from workbench.document import Document
from workbench.kpi_catalogue import CATALOGUE, PRESETS_BY_KEY
from workbench.model import Attachment, AttachmentKind, Direction, LaneKind

NAMED_IN_THE_DOMAIN_BRIEF = (
    "service_level",
    "asa",
    "abandonment",
    "aht",
    "fcr",
    "repeat_contact",
    "failure_demand",
    "transfer",
    "escalation",
    "critical_error_accuracy",
    "csat",
    "ces",
    "nps",
    "complaint_resolution_time",
    "sla_attainment",
    "promise_kept",
    "pce",
)


def test_every_kpi_of_the_brief_is_offered_once():
    assert sorted(PRESETS_BY_KEY) == sorted(NAMED_IN_THE_DOMAIN_BRIEF)
    assert len(CATALOGUE) == len(PRESETS_BY_KEY)


@pytest.mark.parametrize("preset", CATALOGUE, ids=lambda p: p.key)
def test_a_preset_is_complete(preset):
    for field in ("name", "definition", "formula", "unit", "where"):
        assert getattr(preset, field).strip(), field


def test_directions_follow_the_catalogue():
    lower = {p.key for p in CATALOGUE if p.direction is Direction.LOWER}
    assert {"asa", "abandonment", "repeat_contact", "ces"} <= lower
    assert PRESETS_BY_KEY["fcr"].direction is Direction.HIGHER


def test_a_preset_becomes_a_kpi_the_document_accepts():
    b = VersionBuilder("As-is", version_id="v1")
    customer, agent = b.lane("Customer", LaneKind.CUSTOMER), b.lane("CSR")
    call = b.flow(b.start(customer), b.task(agent, "Answer"))
    document = Document(versions=[b.build()])
    kpi = PRESETS_BY_KEY["csat"].kpi("k-csat", Attachment(AttachmentKind.INTERACTION, call))
    document.add_kpi("v1", kpi)
    stored = document.version("v1").kpis["k-csat"]
    assert stored.name == "CSAT" and stored.unit == "%" and stored.target is None
    assert PRESETS_BY_KEY["nps"].kpi("k2").attached_to.kind is AttachmentKind.PROCESS
