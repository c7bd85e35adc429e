"""Fragments: what copy takes, how it travels as text, and how paste re-ids and places it."""

import copy
import json

import pytest

from tests.ui.conftest import installation_flow, snapshot
from workbench.document import Document
from workbench.fragment import (
    Fragment,
    FragmentError,
    extract,
    from_json,
    matching_lane,
    paste_plan,
    to_json,
)
from workbench.i18n import translator
from workbench.model import (
    Attachment,
    AttachmentKind,
    Kpi,
    Lane,
    LaneKind,
    Node,
    NodeKind,
    Segment,
    Version,
)
from workbench.storage import dumps_document, loads_document


def test_extract_takes_steps_the_flows_between_them_and_their_kpis():
    document, ids = installation_flow()
    version = document.version("v1")
    fragment = extract(version, [ids["start"], ids["explain"], ids["decide"], ids["f4"]])
    assert {n.id for n in fragment.nodes} == {ids["start"], ids["explain"], ids["decide"]}
    assert {f.id for f in fragment.flows} == {ids["f1"], ids["f2"]}
    assert [k.id for k in fragment.kpis] == [ids["k1"]]
    assert {lane.id for lane in fragment.lanes} == {ids["customer"], ids["agent"]}
    assert "Calls hotline" in fragment.labels().splitlines()


def test_json_round_trip_keeps_every_field():
    document, ids = installation_flow()
    fragment = extract(document.version("v1"), list(document.version("v1").nodes))
    assert from_json(to_json(fragment)) == fragment
    assert from_json(to_json(fragment).encode()) == fragment


@pytest.mark.parametrize(
    "text",
    [
        "",
        "just some words",
        "[1, 2]",
        json.dumps({"format": "something-else"}),
        json.dumps({"format": "process-workbench-fragment", "format_version": 99}),
        json.dumps({"format": "process-workbench-fragment", "format_version": 1, "nodes": 3}),
        json.dumps(
            {
                "format": "process-workbench-fragment",
                "format_version": 1,
                "nodes": [{"id": "n1", "kind": "teleport", "lane": "l1"}],
            }
        ),
        json.dumps(
            {
                "format": "process-workbench-fragment",
                "format_version": 1,
                "nodes": [{"id": "n1", "kind": "task", "lane": "nowhere"}],
            }
        ),
        "[" * 100_000,
        json.dumps(
            {
                "format": "process-workbench-fragment",
                "format_version": 1,
                "lanes": [{"id": "l1", "name": "Agent"}],
                "nodes": [{"id": "n1", "kind": "task", "lane": "l1"}],
                "kpis": [
                    {"id": "k1", "name": "FCR", "attached_to": {"kind": "interaction", "ref": "n1"}}
                ],
            }
        ),
    ],
)
def test_bad_clipboard_text_is_refused_with_a_reason(text):
    with pytest.raises(FragmentError) as refused:
        from_json(text)
    assert str(refused.value)
    assert "剪贴板" in translator("zh-CN").render(refused.value.args[0]), "said in Chinese too"


def test_paste_into_the_same_version_gets_fresh_ids_and_a_free_spot():
    document, ids = installation_flow()
    version = document.version("v1")
    fragment = extract(version, [ids["explain"], ids["decide"], ids["book"]])
    plan = paste_plan(fragment, version, cell_height=64)
    old_ids = set(version.nodes) | set(version.flows) | set(version.kpis)
    assert not old_ids & set(plan.element_ids())
    taken = {(n.lane, n.x, n.y) for n in version.nodes.values()}
    assert not taken & {(n.lane, n.x, n.y) for n in plan.nodes}
    assert {n.lane for n in plan.nodes} == {ids["agent"]}
    sources = {f.source for f in plan.flows} | {f.target for f in plan.flows}
    assert sources <= {n.id for n in plan.nodes}


def test_paste_restores_and_removes_to_the_exact_document():
    document, ids = installation_flow()
    before = snapshot(document)
    version = document.version("v1")
    plan = paste_plan(extract(version, list(version.nodes)), version, cell_height=64)
    document.restore(plan)
    assert len(version.nodes) == 12 and len(version.kpis) == 2
    pasted_kpi = next(k for k in plan.kpis)
    assert pasted_kpi.attached_to.kind is AttachmentKind.INTERACTION
    assert pasted_kpi.attached_to.ref in {f.id for f in plan.flows}
    document.remove(plan.version_id, plan.element_ids())
    assert document == before


def test_a_kpi_pasted_into_another_document_drops_targets_for_segments_it_lacks():
    source = Document(
        segments=[Segment("s-gold", "Gold")],
        versions=[Version("v", "As-is", lanes=[Lane("l", "Agent")])],
    )
    source.add_node("v", Node("n", NodeKind.TASK, "l", "Answer"))
    bound = Attachment(AttachmentKind.NODE, "n")
    targets = (("s-gold", 30.0),)
    source.add_kpi("v", Kpi("k", "AHT", attached_to=bound, target=60.0, segment_targets=targets))
    fragment = from_json(to_json(extract(source.version("v"), ["n"])))

    target = Document(versions=[Version("w", "To-be", lanes=[Lane("x", "Agent")])])
    target.restore(paste_plan(fragment, target.version("w")))

    (kpi,) = target.version("w").kpis.values()
    assert kpi.segment_targets == () and kpi.target == 60.0
    assert loads_document(dumps_document(target)) == target


def test_paste_into_a_derived_version_keeps_the_lanes():
    document, ids = installation_flow()
    to_be = document.copy_version("v1", "To-be")
    fragment = extract(document.version("v1"), [ids["wait"], ids["book"]])
    plan = paste_plan(fragment, to_be, cell_height=64)
    lanes = {lane.derived_from: lane.id for lane in to_be.lanes}
    assert {n.lane for n in plan.nodes} == {lanes[ids["customer"]], lanes[ids["agent"]]}


def test_paste_without_a_matching_lane_goes_to_the_fallback_or_the_first_lane():
    document, ids = installation_flow()
    fragment = extract(document.version("v1"), [ids["book"]])
    other = Version("v2", "Other", lanes=[Lane("a", "Sales"), Lane("b", "Ops")])
    assert paste_plan(fragment, other).nodes[0].lane == "a"
    assert paste_plan(fragment, other, fallback_lane="b").nodes[0].lane == "b"
    assert paste_plan(fragment, other, fallback_lane="gone").nodes[0].lane == "a"


def test_paste_into_a_version_without_lanes_brings_the_lanes_along():
    document, ids = installation_flow()
    fragment = extract(document.version("v1"), [ids["start"], ids["explain"]])
    empty = Version("v2", "Empty")
    target = Document(versions=[empty])
    plan = paste_plan(fragment, empty)
    target.restore(plan)
    assert [lane.name for lane in empty.lanes] == ["Customer", "CSR"]
    assert {n.lane for n in empty.nodes.values()} <= {lane.id for lane in empty.lanes}


def test_steps_stay_inside_their_lane_when_shifted():
    document, ids = installation_flow()
    version = document.version("v1")
    for _ in range(3):
        plan = paste_plan(extract(version, [ids["book"]]), version, cell_height=64)
        document.restore(plan)
    heights = {lane.id: lane.height for lane in version.lanes}
    assert all(0 <= n.y <= heights[n.lane] - 64 for n in version.nodes.values())
    spots = [(n.lane, n.x, n.y) for n in version.nodes.values()]
    assert len(spots) == len(set(spots))


def test_matching_lane_by_id_derivation_or_name():
    lane = Lane("l1", "Back Office", LaneKind.BACKSTAGE)
    assert matching_lane(lane, Version("v", "v", lanes=[Lane("l1", "x")])) == "l1"
    assert matching_lane(lane, Version("v", "v", lanes=[Lane("z", "x", derived_from="l1")])) == "z"
    assert matching_lane(lane, Version("v", "v", lanes=[Lane("z", "back office ")])) == "z"
    assert matching_lane(lane, Version("v", "v", lanes=[Lane("z", "Sales")])) is None


def test_an_empty_fragment_is_false():
    assert not Fragment()
    document, _ = installation_flow()
    assert not extract(copy.deepcopy(document.version("v1")), [])
