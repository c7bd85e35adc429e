"""Export → import through our own program loses nothing: the version, its metadata and
segments come back equal, ids included. And where someone edited the file in another
tool, the edit wins over what our extension remembers."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from hypothesis import HealthCheck, given, settings

from exporters.bpmn import export_bytes, import_bpmn
from exporters.bpmn.names import BPMN, BPMNDI, DC, q
from tests.strategies import documents
from workbench.document import Document
from workbench.examples import EXAMPLES
from workbench.model import NodeKind


def _round_trip(document: Document, version_id: str) -> Document:
    return import_bpmn(export_bytes(document, version_id)).document


def _assert_same(document: Document, version_id: str, back: Document) -> None:
    assert back.metadata == document.metadata
    assert list(back.segments) == list(document.segments)
    (version,) = back.versions
    original = document.version(version_id)
    assert version.lanes == original.lanes
    assert version.nodes == original.nodes
    assert version.flows == original.flows
    assert version.kpis == original.kpis
    assert version.checklist == original.checklist
    assert (version.id, version.name, version.description, version.derived_from) == (
        original.id,
        original.name,
        original.description,
        original.derived_from,
    )


def test_both_versions_of_the_example_come_back_unchanged() -> None:
    document = EXAMPLES["example"]()
    for version in document.versions:
        _assert_same(document, version.id, _round_trip(document, version.id))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_any_valid_document_comes_back_unchanged(document: Document) -> None:
    for version in document.versions:
        _assert_same(document, version.id, _round_trip(document, version.id))


def test_the_summary_of_our_own_file_reports_nothing_lost() -> None:
    result = import_bpmn(export_bytes(EXAMPLES["example"]()))
    assert result.summary.with_our_extensions
    assert result.summary.notes == []
    assert "Nothing was dropped or approximated." in str(result.summary)


def _edit(data: bytes, change) -> bytes:
    root = ET.fromstring(data)
    change(root)
    return ET.tostring(root)


def test_a_step_moved_or_renamed_in_another_tool_keeps_the_move_and_the_name() -> None:
    document = EXAMPLES["example"]()
    before = document.versions[0].nodes["n2"]

    def move_and_rename(root: ET.Element) -> None:
        task = next(e for e in root.iter(q(BPMN, "task")) if e.get("id") == "n2")
        task.set("name", "Phone us")
        shape = next(e for e in root.iter(q(BPMNDI, "BPMNShape")) if e.get("bpmnElement") == "n2")
        bounds = shape.find(q(DC, "Bounds"))
        bounds.set("x", str(float(bounds.get("x")) + 200))

    back = import_bpmn(_edit(export_bytes(document), move_and_rename)).document
    after = back.versions[0].nodes["n2"]
    assert after.label == "Phone us"
    assert after.x == before.x + 200 and after.y == before.y
    assert after.duration == before.duration and after.value_class == before.value_class


def test_the_gateways_we_add_for_other_tools_fold_back_into_the_step() -> None:
    document = EXAMPLES["example"]()
    root = ET.fromstring(export_bytes(document))
    gateways = [e.get("id") for e in root.iter(q(BPMN, "exclusiveGateway"))]
    assert "n3_join" in gateways  # rework comes back to "Listen and record the complaint"
    back = import_bpmn(export_bytes(document)).document
    assert set(back.versions[0].nodes) == set(document.versions[0].nodes)


def test_a_wait_step_becomes_a_timer_with_its_duration() -> None:
    document = EXAMPLES["example"]()
    root = ET.fromstring(export_bytes(document))
    waits = [n for n in document.versions[0].nodes.values() if n.kind is NodeKind.WAIT]
    events = {e.get("id"): e for e in root.iter(q(BPMN, "intermediateCatchEvent"))}
    for wait in waits:
        duration = events[wait.id].find(
            f"{q(BPMN, 'timerEventDefinition')}/{q(BPMN, 'timeDuration')}"
        )
        assert duration is not None and duration.text.startswith("P")
