"""The as-is/to-be comparison on the field cases, with every figure worked out by hand, and
the pairing of steps across versions: by copy lineage (either way, through chains, between
sibling copies) and by lane and label."""

from __future__ import annotations

import math

import pytest

from tests.workbench.field_cases import (
    adsl_as_is,
    adsl_to_be,
    complaint_flattened,
    complaint_linear,
)
from workbench.builder import VersionBuilder
from workbench.comparison import (
    ChangeKind,
    Comparison,
    ElementType,
    MatchKind,
    Verdict,
    compare_versions,
    judge,
    measure_change,
    pick_pair,
)
from workbench.document import Document, EditError
from workbench.examples import EXAMPLES
from workbench.measures import MEASURES, MEASURES_BY_KEY
from workbench.model import (
    Direction,
    Duration,
    Flow,
    LaneKind,
    Metadata,
    Node,
    NodeKind,
    TimeUnit,
)
from workbench.storage import dumps_document, loads_document


def figures(comparison: Comparison, key: str) -> tuple[object, object, object]:
    change = comparison.measure(key)
    return change.before, change.after, change.verdict


def names(comparison: Comparison, type: ElementType, change: ChangeKind) -> set[str]:
    return {e.name for e in comparison.changes(type, change)}


# ------------------------------------------------------------------ case 1


@pytest.fixture(scope="module")
def adsl() -> Comparison:
    return compare_versions(adsl_as_is(), adsl_to_be())


def test_case_1_one_stop_service(adsl: Comparison) -> None:
    # As-is: the customer reaches out three times (the first call n2→n3, the repeat call
    # n8→n9, the call to the installer n12→n13) and chases two roles (CSR, installer).
    # To-be: one call (n2→n3), one role (the CSR); the installer never receives a contact.
    assert figures(adsl, "customer_contacts") == (3, 1, Verdict.BETTER)
    assert figures(adsl, "roles_customer_contacts") == (2, 1, Verdict.BETTER)
    contacts = adsl.measure("customer_contacts")
    assert contacts.difference == -2
    assert contacts.relative == pytest.approx(-2 / 3)
    # Expected contacts per case: 1 + 1 + 0.5 (half the cases are told to call the installer).
    assert figures(adsl, "expected_customer_contacts") == (2.5, 1.0, Verdict.BETTER)


def test_case_1_waste_leaves_the_customer_lane(adsl: Comparison) -> None:
    # As-is customer steps: call, agree, repeat call, call the installer, ADSL working (the
    # all-morning wait is a wait node, not a task): 5; waste among them: repeat call and
    # calling the installer, plus the all-morning wait (waste of kind waiting): 3.
    # To-be: call, note the time, ADSL working: 3, no waste.
    assert figures(adsl, "customer_steps") == (5, 3, Verdict.BETTER)
    assert figures(adsl, "waste_steps") == (3, 0, Verdict.BETTER)
    assert adsl.measure("waste_steps").relative == -1.0
    # The morning at home (4 h of waiting waste) is gone.
    assert figures(adsl, "customer_wait") == (4.0, 0.0, Verdict.BETTER)
    # The value-adding step is the same one: no better, no worse.
    assert figures(adsl, "value_steps") == (1, 1, Verdict.SAME)


def test_case_1_lead_time_by_hand(adsl: Comparison) -> None:
    # As-is, in minutes: 5+5+10+5+2 + 240 (wait) + 10 + 3, then half the cases wait 72 h
    # for the new order and half spend 2+10 min; then 120 install + 5.
    before = (5 + 5 + 10 + 5 + 2 + 240 + 10 + 3 + 0.5 * 72 * 60 + 0.5 * 12 + 120 + 5) / 60
    # To-be: 5 + 2 + (0.8*10 + 0.2*5) + 10 + 5 + 3, then the slowest of the fork's branches
    # (1 min note; 120 install then 3 min confirm) + 5.
    after = (5 + 2 + 0.8 * 10 + 0.2 * 5 + 10 + 5 + 3 + 123 + 5) / 60
    change = adsl.measure("lead_time_expected")
    assert change.before == pytest.approx(before)
    assert change.after == pytest.approx(after)
    assert change.difference == pytest.approx(after - before)
    assert change.verdict is Verdict.BETTER


def test_case_1_steps_are_paired_by_lane_and_label(adsl: Comparison) -> None:
    # No copy lineage between the two drawings: steps pair where lane and label agree.
    assert adsl.unchanged[ElementType.LANE] == 3
    kept = {"Start", "End", "Creates the work order", "Installs ADSL at home", "Has ADSL working"}
    assert adsl.unchanged[ElementType.STEP] == len(kept)
    removed = names(adsl, ElementType.STEP, ChangeKind.REMOVED)
    added = names(adsl, ElementType.STEP, ChangeKind.ADDED)
    assert not kept & (removed | added)
    assert {"Waits at home all morning", "Calls the installer", "Gives the installer's number"} <= (
        removed
    )
    assert {"Starts the urgent path", "Confirms completion"} <= added
    assert len(removed) == 11 + 4 - len(kept)  # 15 nodes as-is
    assert len(added) == 10 + 4 - len(kept)  # 14 nodes to-be
    # Only the flow Installs ADSL → Has ADSL working joins two kept steps, unchanged.
    assert adsl.unchanged[ElementType.FLOW] == 1


# ------------------------------------------------------------------ case 2


@pytest.fixture(scope="module")
def complaint() -> Comparison:
    return compare_versions(complaint_linear(), complaint_flattened())


def test_case_2_flattening_cuts_hand_offs_and_round_trips(complaint: Comparison) -> None:
    # Linear hand-offs: agent→expert, expert→dept, dept→expert, expert→agent = 4; round
    # trips: dept→expert (the expert already designed) and expert→agent (the agent already
    # recorded) = 2. Flattened: agent→expert, expert→dept, dept→agent = 3; one round trip,
    # the department reporting to the agent who looked the location up.
    assert figures(complaint, "hand_offs") == (4, 3, Verdict.BETTER)
    assert figures(complaint, "round_trips") == (2, 1, Verdict.BETTER)
    assert complaint.measure("round_trips").relative == -0.5
    assert complaint.measure("hand_offs").difference == -1


def test_case_2_lead_time_by_hand(complaint: Comparison) -> None:
    linear = (5 + 10 + 5 + 10 + 2) / 60 + 4 + 72 + 1
    known = (5 + 1) / 60
    new = 4 + 72 + (10 + 10 + 5 + 5 + 2) / 60
    flattened = (5 + 5 + 1) / 60 + 0.6 * known + 0.4 * new
    change = complaint.measure("lead_time_expected")
    assert (change.before, change.after) == (pytest.approx(linear), pytest.approx(flattened))
    assert change.relative == pytest.approx((flattened - linear) / linear)
    assert change.verdict is Verdict.BETTER


def test_case_2_the_department_now_meets_the_customer(complaint: Comparison) -> None:
    # Flattened: the department contacts the customer, who tells it the current need. Letting
    # the doer talk to the customer is the point of flattening: no better, no worse.
    assert figures(complaint, "customer_facing_roles") == (1, 2, Verdict.CHANGED)
    assert figures(complaint, "interactions") == (2, 5, Verdict.CHANGED)  # no better way
    assert figures(complaint, "steps") == (8, 11, Verdict.CHANGED)


def test_case_2_element_changes(complaint: Comparison) -> None:
    assert complaint.unchanged[ElementType.LANE] == 4
    assert not complaint.changes(ElementType.LANE)
    removed = names(complaint, ElementType.STEP, ChangeKind.REMOVED)
    added = names(complaint, ElementType.STEP, ChangeKind.ADDED)
    assert {"Passes the complaint to the expert", "Relays the result"} <= removed
    assert {"Known issue?", "Answers with the ready script", "Contacts the customer"} <= added
    assert "Executes the solution" not in removed | added  # same lane, same label
    added_flows = names(complaint, ElementType.FLOW, ChangeKind.ADDED)
    assert "Known issue? → Answers with the ready script" in added_flows


# ------------------------------------------------------------------ copies


def _copied(names_chain: tuple[str, ...] = ("To-be",)) -> Document:
    document = Document(Metadata(title="ADSL"), versions=[adsl_as_is()])
    source = document.versions[0].id
    for name in names_chain:
        source = document.copy_version(source, name).id
    return document


def _node_labelled(version, label: str) -> str:
    return next(n.id for n in version.nodes.values() if n.label == label)


def test_a_copy_pairs_every_element_by_derived_from() -> None:
    document = _copied()
    as_is, to_be = document.versions
    comparison = compare_versions(as_is, to_be, document)
    assert comparison.elements == ()
    assert comparison.unchanged[ElementType.STEP] == len(as_is.nodes)
    assert comparison.unchanged[ElementType.FLOW] == len(as_is.flows)
    assert all(m.verdict is Verdict.SAME for m in comparison.measures if m.before is not None)


def _edit_copy(document: Document) -> tuple[str, str]:
    """Rename and shorten the wait, skip the installer call, add a text message step."""
    to_be = document.versions[-1]
    wait = _node_labelled(to_be, "Waits at home all morning")
    chase = _node_labelled(to_be, "Calls the installer")
    number = _node_labelled(to_be, "Gives the installer's number")
    install = _node_labelled(to_be, "Installs ADSL at home")
    customer = to_be.lanes[0].id
    document.change_node(
        to_be.id,
        wait,
        label="Waits for the 2-hour window",
        duration=Duration(2, unit=TimeUnit.HOURS),
    )
    document.remove(to_be.id, [chase])
    document.add_flow(to_be.id, Flow("f-direct", number, install))
    document.add_node(to_be.id, Node("n-sms", NodeKind.TASK, customer, "Gets a text message"))
    return wait, chase


def test_renamed_removed_and_added_steps_of_a_copy() -> None:
    document = _copied()
    _edit_copy(document)
    as_is, to_be = document.versions
    comparison = compare_versions(as_is, to_be, document)
    (renamed,) = comparison.changes(ElementType.STEP, ChangeKind.CHANGED)
    assert renamed.matched_by is MatchKind.COPY
    assert renamed.name == "Waits for the 2-hour window" and renamed.lane == "Customer"
    assert [(f.field, f.before, f.after) for f in renamed.fields] == [
        ("label", "Waits at home all morning", "Waits for the 2-hour window"),
        ("duration", "4 h", "2 h"),
    ]
    assert names(comparison, ElementType.STEP, ChangeKind.REMOVED) == {"Calls the installer"}
    assert names(comparison, ElementType.STEP, ChangeKind.ADDED) == {"Gets a text message"}
    # The removed step took its two flows with it; one new flow bridges the gap.
    assert names(comparison, ElementType.FLOW, ChangeKind.REMOVED) == {
        "Gives the installer's number → Calls the installer",
        "Calls the installer → Installs ADSL at home",
    }
    assert names(comparison, ElementType.FLOW, ChangeKind.ADDED) == {
        "Gives the installer's number → Installs ADSL at home"
    }
    assert figures(comparison, "customer_wait") == (4.0, 2.0, Verdict.BETTER)


def test_copies_pair_in_either_direction() -> None:
    document = _copied()
    _edit_copy(document)
    as_is, to_be = document.versions
    backwards = compare_versions(to_be, as_is, document)
    (renamed,) = backwards.changes(ElementType.STEP, ChangeKind.CHANGED)
    assert renamed.name == "Waits at home all morning"
    assert names(backwards, ElementType.STEP, ChangeKind.ADDED) == {"Calls the installer"}
    assert names(backwards, ElementType.STEP, ChangeKind.REMOVED) == {"Gets a text message"}


def test_copies_pair_through_a_chain_and_between_siblings() -> None:
    document = _copied(("Draft", "To-be"))
    _edit_copy(document)
    as_is, draft, to_be = document.versions
    for before, after in ((as_is, to_be), (to_be, as_is), (draft, to_be)):
        comparison = compare_versions(before, after, document)
        (renamed,) = comparison.changes(ElementType.STEP, ChangeKind.CHANGED)
        assert renamed.matched_by is MatchKind.COPY
        assert {f.field for f in renamed.fields} == {"label", "duration"}
    sibling = document.copy_version(as_is.id, "To-be B")
    comparison = compare_versions(to_be, sibling, document)
    (renamed,) = comparison.changes(ElementType.STEP, ChangeKind.CHANGED)
    assert renamed.name == "Waits at home all morning"


def test_lineage_outweighs_labels() -> None:
    """Two steps swap labels in the copy: they are still the steps they were copied from."""
    document = _copied()
    as_is, to_be = document.versions
    call = _node_labelled(to_be, "Calls the hotline to open ADSL")
    again = _node_labelled(to_be, "Calls the hotline again")
    document.change_node(to_be.id, call, label="Calls the hotline again")
    document.change_node(to_be.id, again, label="Calls the hotline to open ADSL")
    comparison = compare_versions(as_is, to_be, document)
    changed = comparison.changes(ElementType.STEP, ChangeKind.CHANGED)
    assert {(e.after_id, e.fields[0].after) for e in changed} == {
        (call, "Calls the hotline again"),
        (again, "Calls the hotline to open ADSL"),
    }


# ------------------------------------------------------------------ labels


def _tiny(name: str, agent_lane: str = "Agent", answer_lane: str = "agent", probability=0.5):
    """A small flow drawn from scratch; `name` gives it its own version id."""
    b = VersionBuilder(name)
    customer = b.lane("Customer", LaneKind.CUSTOMER)
    lanes = {"agent": b.lane(agent_lane), "expert": b.lane("Expert", LaneKind.BACKSTAGE)}
    start = b.start(customer)
    call = b.task(customer, "Calls", 5, value="necessary")
    answer = b.task(lanes[answer_lane], "Answers", 5)
    ask = b.decision(lanes["agent"], "Solved?", 1)
    end = b.end(customer)
    b.chain(start, call, answer, ask)
    b.flow(ask, end, "yes", probability)
    b.flow(ask, call, "no", round(1 - probability, 2))
    b.kpi("First-contact resolution", "f2", unit="%", target=70.0, measured=60.0)
    return b.build()


def test_lane_and_label_pair_independent_drawings() -> None:
    comparison = compare_versions(_tiny("Before"), _tiny("After", probability=0.8))
    assert comparison.unchanged[ElementType.STEP] == 5
    changed = comparison.changes(ElementType.FLOW, ChangeKind.CHANGED)
    assert {
        (e.name, e.fields[0].field, e.fields[0].before, e.fields[0].after) for e in changed
    } == {
        ("Solved? → End", "probability", "0.5", "0.8"),
        ("Solved? → Calls", "probability", "0.5", "0.2"),
    }
    assert all(e.matched_by is MatchKind.LABEL for e in changed)


def test_a_step_moved_to_another_lane_is_changed_not_replaced() -> None:
    comparison = compare_versions(_tiny("Before"), _tiny("After", answer_lane="expert"))
    (moved,) = comparison.changes(ElementType.STEP)
    assert moved.change is ChangeKind.CHANGED and moved.name == "Answers"
    assert [(f.field, f.before, f.after) for f in moved.fields] == [("lane", "Agent", "Expert")]
    assert not comparison.changes(ElementType.FLOW)  # its flows follow it


def test_a_renamed_lane_is_a_new_lane_without_lineage() -> None:
    comparison = compare_versions(_tiny("Before"), _tiny("After", agent_lane="Case owner"))
    assert names(comparison, ElementType.LANE, ChangeKind.REMOVED) == {"Agent"}
    assert names(comparison, ElementType.LANE, ChangeKind.ADDED) == {"Case owner"}
    # Its steps keep their labels, so they are paired and shown as moved.
    assert {e.name for e in comparison.changes(ElementType.STEP, ChangeKind.CHANGED)} == {
        "Answers",
        "Solved?",
    }


# ------------------------------------------------------------------ KPIs, checklist


def test_kpi_targets_and_measured_values_before_and_after() -> None:
    document = EXAMPLES["example"]()
    comparison = compare_versions(*pick_pair(document), document)
    fcr = next(k for k in comparison.kpis if k.name == "First-contact resolution")
    assert fcr.change is ChangeKind.CHANGED
    assert (fcr.target_before, fcr.target_after) == (40.0, 70.0)
    assert fcr.segment_targets_after == (("Priority customers", 80.0), ("Standard customers", 70.0))
    assert (fcr.measured_before, fcr.measured_after) == (35.0, None)
    assert fcr.measured_verdict is Verdict.UNKNOWN
    kept = next(k for k in comparison.kpis if k.name == "Committed time kept")
    assert kept.change is ChangeKind.CHANGED and kept.target_after == 98.0
    (kpi_change,) = [e for e in comparison.changes(ElementType.KPI) if e.name == kept.name]
    assert kpi_change.fields[0].field == "name"
    assert "attached to" not in {f.field for f in kpi_change.fields}  # same interaction
    unchanged = [k for k in comparison.kpis if k.change is ChangeKind.UNCHANGED]
    assert {k.name for k in unchanged} == {
        "Answer clarity",
        "Reopened complaints",
        "Complaint satisfaction",
    }


def test_checklist_and_kpi_coverage_before_and_after() -> None:
    document = EXAMPLES["example"]()
    comparison = compare_versions(*pick_pair(document), document)
    checklist = comparison.checklist
    assert checklist.score_before == comparison.measure("checklist_score").before
    assert [e.name for e in checklist.elements] == ["Goal", "Input", "Output", "Activity"]
    assert comparison.kpi_coverage == (
        comparison.measure("kpi_coverage").before,
        comparison.measure("kpi_coverage").after,
    )
    empty = compare_versions(complaint_linear(), complaint_flattened()).checklist
    assert (empty.score_before, empty.score_after) == (0.0, 0.0)
    assert len(empty.gaps_before) == 4 and not empty.gaps_closed


def test_the_example_redesign_lists_what_a_process_owner_changed() -> None:
    document = EXAMPLES["example"]()
    comparison = compare_versions(*pick_pair(document), document)
    assert comparison.before.version_name == "As-is" and comparison.after.version_name == "To-be"
    assert names(comparison, ElementType.STEP, ChangeKind.ADDED) == {
        "Look up known issues and the answer script"
    }
    moved = next(e for e in comparison.changes(ElementType.STEP) if "work order" in e.name)
    assert ("lane", "CRM and order system", "Service agent (case owner)") in {
        (f.field, f.before, f.after) for f in moved.fields
    }
    lanes = comparison.changes(ElementType.LANE, ChangeKind.CHANGED)
    assert {e.name for e in lanes} == {"Service agent (case owner)", "CRM and knowledge base"}


def test_two_documents_compare_version_by_version() -> None:
    first = Document(Metadata(title="Linear"), versions=[complaint_linear()])
    second = Document(Metadata(title="Flattened"), versions=[complaint_flattened()])
    comparison = compare_versions(first.versions[0], second.versions[0], first, second)
    assert (comparison.before.document_title, comparison.after.document_title) == (
        "Linear",
        "Flattened",
    )
    assert figures(comparison, "round_trips") == (2, 1, Verdict.BETTER)


# ------------------------------------------------------------------ verdicts


def test_every_measure_is_listed_in_order() -> None:
    comparison = compare_versions(complaint_linear(), complaint_flattened())
    assert [m.key for m in comparison.measures] == [m.key for m in MEASURES]


@pytest.mark.parametrize(
    ("before", "after", "better", "verdict"),
    [
        (3, 1, Direction.LOWER, Verdict.BETTER),
        (1, 3, Direction.LOWER, Verdict.WORSE),
        (0.2, 0.5, Direction.HIGHER, Verdict.BETTER),
        (2, 2, Direction.HIGHER, Verdict.SAME),
        (0.1 + 0.2, 0.3, Direction.LOWER, Verdict.SAME),
        (2, 5, None, Verdict.CHANGED),
        (None, 5, Direction.LOWER, Verdict.UNKNOWN),
        (5, None, None, Verdict.UNKNOWN),
        (math.nan, 1, Direction.LOWER, Verdict.UNKNOWN),
    ],
)
def test_verdicts(before, after, better, verdict) -> None:
    assert judge(before, after, better) is verdict


def test_a_missing_figure_gives_no_difference_and_a_zero_no_ratio() -> None:
    lead = MEASURES_BY_KEY["lead_time_expected"]
    missing = measure_change(lead, None, 3.0, "Cases can get stuck.")
    assert (missing.difference, missing.relative) == (None, None)
    assert missing.note_before == "Cases can get stuck."
    from_zero = measure_change(MEASURES_BY_KEY["round_trips"], 0, 3)
    assert (from_zero.difference, from_zero.relative, from_zero.verdict) == (3, None, Verdict.WORSE)
    both_zero = measure_change(MEASURES_BY_KEY["round_trips"], 0, 0)
    assert (both_zero.relative, both_zero.verdict) == (0.0, Verdict.SAME)


def test_pick_pair_defaults_and_names() -> None:
    document = _copied(("Draft", "To-be"))
    first, last = pick_pair(document)
    assert (first.name, last.name) == ("As-is", "To-be")
    assert pick_pair(document, "draft", None)[0].name == "Draft"
    with pytest.raises(EditError, match="no version named 'Later'"):
        pick_pair(document, None, "Later")


def test_a_copy_of_the_file_pairs_by_the_same_ids() -> None:
    """A colleague's edited copy of the file: the same ids, compared across two documents."""
    saved = dumps_document(_copied())
    ours, theirs = loads_document(saved), loads_document(saved)
    as_is = theirs.versions[0]
    theirs.change_node(as_is.id, _node_labelled(as_is, "Agrees the morning visit"), label="Agrees")
    comparison = compare_versions(ours.versions[0], as_is, ours, theirs)
    (changed,) = comparison.elements
    assert changed.matched_by is MatchKind.SAME_ID and changed.name == "Agrees"
