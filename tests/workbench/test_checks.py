"""The lint over a version: a clean flow has no findings; each check fires on exactly what it
should when one thing is spoiled."""

import dataclasses

import pytest

from tests.workbench.field_cases import adsl_as_is, adsl_to_be
from workbench.builder import VersionBuilder
from workbench.checks import CHECKS, Finding, Severity, check_document, check_version
from workbench.document import Document
from workbench.model import (
    ActivityItem,
    Attachment,
    AttachmentKind,
    Checklist,
    Flow,
    Goal,
    InputItem,
    InputVariant,
    Lane,
    LaneKind,
    OutputItem,
    Segment,
    ValueClass,
)
from workbench.untitled import untitled_document

REQUIRED_IDS = {
    "no-start", "no-end", "unreachable", "dead-end", "decision-branches", "unlabeled-branch",
    "probabilities", "start-has-incoming", "end-has-outgoing", "customer-to-backstage",
    "missing-value-class", "missing-waste-kind", "interaction-without-kpi", "kpi-incomplete",
    "kpi-unknown-segment", "empty-checklist-element", "variant-without-path", "empty-lane",
    "task-without-duration",
}  # fmt: skip


def clean():
    """A help desk drawn with nothing missing.

    n1 start (Customer) → n2 Asks for help (C) → n3 Known issue? (Agent decision)
      yes 0.6 → n4 Answers on the call (Agent) → n5 Gets the answer (C) → n6 end
      no 0.4 → n7 Investigates (Back office) → n8 Logs the case (CRM) → n9 Calls back (Agent)
               → n5
    Interactions f2 n2→n3, f4 n4→n5, f9 n9→n5 each carry a complete KPI (k1, k2, k3).
    """
    b = VersionBuilder("As-is", version_id="v1")
    customer = b.lane("Customer", LaneKind.CUSTOMER)
    agent = b.lane("Agent", LaneKind.FRONTSTAGE)
    back = b.lane("Back office", LaneKind.BACKSTAGE)
    crm = b.lane("CRM", LaneKind.SUPPORT)
    start = b.start(customer)
    ask = b.task(customer, "Asks for help", 5, value="necessary")
    known = b.decision(agent, "Known issue?", 1)
    answer = b.task(agent, "Answers on the call", 5)
    heard = b.task(customer, "Gets the answer", 1, value="value")
    end = b.end(customer)
    investigate = b.task(back, "Investigates", 2, unit="h")
    log = b.task(crm, "Logs the case", 1)
    call_back = b.task(agent, "Calls back", 5)
    b.chain(start, ask, known)
    b.flow(known, answer, "yes", 0.6)
    b.chain(answer, heard, end)
    b.flow(known, investigate, "no", 0.4)
    b.chain(investigate, log, call_back, heard)
    complete = {"unit": "%", "data_source": "ACD"}
    b.kpi("Speed of answer", attach_to="f2", target=0.8, **complete)
    b.kpi("First-contact resolution", attach_to="f4", target=0.7,
          segment_targets=(("s1", 0.9),), **complete)  # fmt: skip
    b.kpi("Call-back promise kept", attach_to="f9", target=0.95, **complete)
    b.checklist(
        Checklist(
            Goal(
                "Every customer gets a correct answer the same day", True, ("k2",), "Head of care"
            ),
            (
                InputItem(
                    "in1",
                    "Help request",
                    "customer calls",
                    "customer",
                    "phone",
                    "account identified",
                    variants=(InputVariant("var1", "New question", path_start=ask),),
                ),
            ),  # fmt: skip
            (
                OutputItem(
                    "out1", "Answer", "customer", "question answered", "same day", True, False
                ),
            ),
            (ActivityItem("act1", "Answer", standard="within 5 min"),),
        )
    )
    version = b.build()
    return Document(segments=[Segment("s1", "Priority")], versions=[version]), version


def found(document, version, check_id):
    """(element id, element kind) of each finding of one check."""
    return [
        (f.element_id, f.element_kind)
        for f in check_version(document, version)
        if f.check_id == check_id
    ]


def message(document, version, check_id) -> str:
    return next(f.message for f in check_version(document, version) if f.check_id == check_id)


def change_node(version, node_id, **changes):
    version.nodes[node_id] = dataclasses.replace(version.nodes[node_id], **changes)


def change_flow(version, flow_id, **changes):
    version.flows[flow_id] = dataclasses.replace(version.flows[flow_id], **changes)


def test_registry_has_every_required_check_with_stable_ids():
    assert set(CHECKS) >= REQUIRED_IDS
    for check_id, check in CHECKS.items():
        assert check.id == check_id and check.title and check.description
    assert CHECKS["no-start"].severity is Severity.ERROR
    assert CHECKS["task-without-duration"].severity is Severity.INFO


def test_a_clean_flow_has_no_findings():
    document, version = clean()
    assert check_version(document, version) == []


# ------------------------------------------------------------------ the drawing


def test_no_start_and_no_end():
    document, version = clean()
    del version.nodes["n1"], version.flows["f1"]
    del version.nodes["n6"], version.flows["f5"]
    assert found(document, version, "no-start") == [(None, "version")]
    assert found(document, version, "no-end") == [(None, "version")]
    assert "'As-is' has no start" in message(document, version, "no-start")


def test_a_flow_without_steps_gets_one_hint_not_structural_errors():
    """A new document: no "no start"/"no end" errors and no empty lanes, one hint instead."""
    document, version = clean()
    version.nodes.clear()
    version.flows.clear()
    version.kpis.clear()
    findings = check_version(document, version)
    ids = {f.check_id for f in findings}
    assert not ids & {"no-start", "no-end", "empty-lane"}
    assert not [f for f in check_version(document, version) if f.severity is Severity.ERROR]
    assert "draw the first customer step" in message(document, version, "empty-flow")


def test_a_new_document_lists_what_to_do_first_at_the_top():
    document = untitled_document()
    findings = check_version(document, document.versions[0])
    assert findings[0].check_id == "empty-flow"
    assert "empty-checklist-element" in {f.check_id for f in findings}  # listed after it
    assert not [f for f in findings if f.severity is Severity.ERROR]


def test_the_structural_checks_return_with_the_first_step():
    document, version = clean()
    first = version.nodes["n2"]
    version.nodes.clear()
    version.flows.clear()
    version.kpis.clear()
    version.nodes[first.id] = first
    ids = {f.check_id for f in check_version(document, version)}
    assert {"no-start", "no-end", "empty-lane"} <= ids
    assert "empty-flow" not in ids


def test_unreachable_step():
    document, version = clean()
    version.nodes["n10"] = dataclasses.replace(version.nodes["n4"], id="n10", label="Escalates")
    version.flows["f10"] = Flow("f10", "n10", "n6")
    assert found(document, version, "unreachable") == [("n10", "node")]
    assert "'Escalates' in lane 'Agent'" in message(document, version, "unreachable")


def test_dead_end_names_only_where_cases_stop():
    document, version = clean()
    # Answers on the call also hands to n10 (a fork): n10 leads nowhere
    version.nodes["n10"] = dataclasses.replace(version.nodes["n4"], id="n10", label="Escalates")
    version.flows["f10"] = Flow("f10", "n4", "n10")
    assert found(document, version, "dead-end") == [("n10", "node")]
    assert "has no outgoing flow" in message(document, version, "dead-end")


def test_dead_end_loop():
    document, version = clean()
    for node_id, label in (("n10", "Asks manager"), ("n11", "Manager asks back")):
        version.nodes[node_id] = dataclasses.replace(version.nodes["n4"], id=node_id, label=label)
    version.flows["f10"] = Flow("f10", "n4", "n10")
    version.flows["f11"] = Flow("f11", "n10", "n11")
    version.flows["f12"] = Flow("f12", "n11", "n10")
    assert found(document, version, "dead-end") == [("n10", "node"), ("n11", "node")]
    assert "loop with no way out" in message(document, version, "dead-end")


def test_a_step_that_only_loops_onto_itself_is_a_loop_with_no_way_out():
    document, version = clean()
    version.nodes["n10"] = dataclasses.replace(version.nodes["n4"], id="n10", label="Retries")
    version.flows["f10"] = Flow("f10", "n4", "n10")
    version.flows["f11"] = Flow("f11", "n10", "n10")  # a file can hold what the editor forbids
    assert found(document, version, "dead-end") == [("n10", "node")]
    assert "loop with no way out" in message(document, version, "dead-end")


def test_decision_with_fewer_than_two_branches():
    document, version = clean()
    del version.flows["f6"]  # the "no" branch; the investigation is now unreachable
    assert found(document, version, "decision-branches") == [("n3", "node")]
    assert "only one outgoing flow" in message(document, version, "decision-branches")


def test_unlabeled_branch():
    document, version = clean()
    change_flow(version, "f6", label="  ")
    assert found(document, version, "unlabeled-branch") == [("f6", "flow")]
    assert "'Known issue?'" in message(document, version, "unlabeled-branch")


@pytest.mark.parametrize(("yes", "no"), [(0.6, 0.6), (0.3, 0.3), (1.2, None), (-0.2, 1.2)])
def test_wrong_probabilities(yes, no):
    document, version = clean()
    change_flow(version, "f3", probability=yes)
    change_flow(version, "f6", probability=no)
    assert found(document, version, "probabilities") == [("n3", "node")]
    assert CHECKS["probabilities"].severity is Severity.ERROR
    assert "expected lead time" in message(document, version, "probabilities")


def test_probabilities_left_out_are_assumed_and_said_so():
    document, version = clean()
    change_flow(version, "f3", probability=None)
    change_flow(version, "f6", probability=None)
    findings = [f for f in check_version(document, version) if f.check_id.startswith("prob")]
    assert [(f.check_id, f.severity, f.element_id) for f in findings] == [
        ("probabilities-assumed", Severity.INFO, "n3")
    ]
    assert "equal split of 0.5" in findings[0].message


def test_flow_into_a_start_and_out_of_an_end():
    document, version = clean()
    version.flows["f10"] = Flow("f10", "n9", "n1")
    version.flows["f11"] = Flow("f11", "n6", "n2")
    assert found(document, version, "start-has-incoming") == [("n1", "node")]
    assert found(document, version, "end-has-outgoing") == [("n6", "node")]


def test_customer_sent_straight_to_the_back_office():
    document, version = clean()
    version.flows["f10"] = Flow("f10", "n2", "n7")  # the customer calls the back office
    assert found(document, version, "customer-to-backstage") == [("f10", "flow")]
    assert "backstage lane 'Back office'" in message(document, version, "customer-to-backstage")
    # a flow from the back office to the customer is allowed (an installer at the door)
    document, version = clean()
    version.flows["f10"] = Flow("f10", "n7", "n5")
    assert found(document, version, "customer-to-backstage") == []


def test_case_1_as_is_sends_the_customer_to_the_installer_and_the_to_be_does_not():
    as_is, to_be = adsl_as_is(), adsl_to_be()
    document = Document(versions=[as_is, to_be])
    by_version = check_document(document)
    flagged = [f for f in by_version[as_is.id] if f.check_id == "customer-to-backstage"]
    # f1..f8 run start..n9, f9 n9→n10, f10 n9→n11, f11 n10→n13, f12 n11→n12, f13 n12→n13
    assert [f.element_id for f in flagged] == ["f13"]  # n12 Calls the installer → n13
    assert "'Calls the installer'" in flagged[0].message
    assert not [f for f in by_version[to_be.id] if f.check_id == "customer-to-backstage"]


def test_empty_lane():
    document, version = clean()
    version.lanes.append(Lane("l9", "Supervisor", LaneKind.BACKSTAGE))
    assert found(document, version, "empty-lane") == [("l9", "lane")]
    assert "'Supervisor'" in message(document, version, "empty-lane")


def test_step_without_duration():
    document, version = clean()
    change_node(version, "n7", duration=None)
    assert found(document, version, "task-without-duration") == [("n7", "node")]
    assert CHECKS["task-without-duration"].severity is Severity.INFO


def test_broken_references():
    document, version = clean()
    version.flows["f10"] = Flow("f10", "n9", "ghost")
    change_node(version, "n8", lane="l-gone")
    version.kpis["k1"] = dataclasses.replace(
        version.kpis["k1"], attached_to=Attachment(AttachmentKind.INTERACTION, "f-gone")
    )
    assert found(document, version, "broken-reference") == [
        ("n8", "node"),
        ("f10", "flow"),
        ("k1", "kpi"),
    ]


# ------------------------------------------------------------------ the content


def test_customer_step_without_value_class():
    document, version = clean()
    change_node(version, "n2", value_class=None)
    change_node(version, "n4", value_class=None)  # not a customer step: not flagged
    assert found(document, version, "missing-value-class") == [("n2", "node")]
    assert "'Asks for help' in lane 'Customer'" in message(document, version, "missing-value-class")


def test_waste_without_kind():
    document, version = clean()
    change_node(version, "n2", value_class=ValueClass.WASTE)
    assert found(document, version, "missing-waste-kind") == [("n2", "node")]


def test_interaction_without_kpi():
    document, version = clean()
    del version.kpis["k3"]
    assert found(document, version, "interaction-without-kpi") == [("f9", "flow")]
    assert "'Calls back'" in message(document, version, "interaction-without-kpi")


def test_incomplete_kpi_says_what_is_missing():
    document, version = clean()
    version.kpis["k1"] = dataclasses.replace(version.kpis["k1"], target=None, data_source="")
    assert found(document, version, "kpi-incomplete") == [("k1", "kpi")]
    assert message(document, version, "kpi-incomplete") == (
        "KPI 'Speed of answer' has no target or data source."
    )


def test_kpi_target_for_an_unknown_segment():
    document, version = clean()
    version.kpis["k2"] = dataclasses.replace(version.kpis["k2"], segment_targets=(("s9", 0.9),))
    assert found(document, version, "kpi-unknown-segment") == [("k2", "kpi")]
    # once the document defines the segment, nothing is reported
    assert found(Document(segments=[Segment("s9", "Gold")], versions=[version]), version,
                 "kpi-unknown-segment") == []  # fmt: skip


def test_empty_checklist_elements():
    document, version = clean()
    version.checklist = dataclasses.replace(
        version.checklist, goal=Goal(owner="Head of care"), outputs=()
    )
    assert found(document, version, "empty-checklist-element") == [
        (None, "goal"),
        (None, "outputs"),
    ]
    # an empty element is reported once, not again as a gap
    assert found(document, version, "checklist-gap") == []


def test_checklist_gap():
    document, version = clean()
    item = dataclasses.replace(version.checklist.inputs[0], supplier="")
    version.checklist = dataclasses.replace(version.checklist, inputs=(item,))
    assert found(document, version, "checklist-gap") == [("in1", "inputs")]
    assert message(document, version, "checklist-gap") == "Input 'Help request': no supplier."


@pytest.mark.parametrize(
    ("first_steps", "flagged", "words"),
    [
        ((None,), ["var1"], "has no path of its own"),
        (("n-gone",), ["var1"], "not a step of this version"),
        (("n10",), ["var1"], "which no start reaches"),
        (("n2", "n2"), ["var1", "var2"], "shares its first step"),
        (("n2", "n7"), [], ""),  # new question vs follow-up: each its own path
    ],
)
def test_input_variant_without_its_own_path(first_steps, flagged, words):
    document, version = clean()
    version.nodes["n10"] = dataclasses.replace(version.nodes["n4"], id="n10", label="Orphan")
    version.flows["f10"] = Flow("f10", "n10", "n5")
    variants = tuple(
        InputVariant(f"var{i + 1}", f"Variant {i + 1}", path_start=step)
        for i, step in enumerate(first_steps)
    )
    item = dataclasses.replace(version.checklist.inputs[0], variants=variants)
    version.checklist = dataclasses.replace(version.checklist, inputs=(item,))
    findings = [f for f in check_version(document, version) if f.check_id == "variant-without-path"]
    assert [f.element_id for f in findings] == ["in1"] * len(flagged)
    assert [f.element_kind for f in findings] == ["inputs"] * len(flagged)
    for finding, variant in zip(findings, flagged, strict=True):
        assert f"Variant '{variant.replace('var', 'Variant ')}'" in finding.message
        assert words in finding.message


# ------------------------------------------------------------------ order and shape


def test_findings_are_sorted_by_severity_then_check_then_place():
    document, version = clean()
    change_node(version, "n7", duration=None)  # info
    change_node(version, "n5", value_class=None)  # warning
    change_node(version, "n2", value_class=None)  # warning, earlier step
    change_flow(version, "f3", probability=0.9)  # error: 0.9 + 0.4
    findings = check_version(document, version)
    assert [(f.severity, f.check_id, f.element_id) for f in findings] == [
        (Severity.ERROR, "probabilities", "n3"),
        (Severity.WARNING, "missing-value-class", "n2"),
        (Severity.WARNING, "missing-value-class", "n5"),
        (Severity.INFO, "task-without-duration", "n7"),
    ]
    assert all(isinstance(f, Finding) and f.version_id == "v1" for f in findings)
    assert check_version(document, version) == findings  # the same every time


def test_every_finding_matches_its_registered_severity():
    document = Document(versions=[adsl_as_is(), adsl_to_be()])
    for findings in check_document(document).values():
        for finding in findings:
            assert finding.severity is CHECKS[finding.check_id].severity


def test_unlabelled_steps_are_named_by_kind_and_id():
    document, version = clean()
    change_node(version, "n7", label="", duration=None)
    assert message(document, version, "task-without-duration").startswith(
        "The unlabelled task n7 in lane 'Back office'"
    )


def test_check_document_covers_every_version():
    document, version = clean()
    second = dataclasses.replace(version, id="v2", name="To-be", nodes={}, flows={})
    document = Document(segments=document.segments, versions=[version, second])
    result = check_document(document)
    assert list(result) == ["v1", "v2"]
    assert result["v1"] == []
    assert "empty-flow" in {f.check_id for f in result["v2"]}
