"""Document: the one door for edits, its events, and the values it returns for undo."""

import copy

import pytest

from workbench.builder import VersionBuilder
from workbench.document import Document, EditError, Placement
from workbench.events import (
    DocumentEdited,
    ElementAdded,
    ElementChanged,
    ElementKind,
    ElementMoved,
    ElementRemoved,
)
from workbench.model import (
    ActivityItem,
    AttachmentKind,
    Checklist,
    ChecklistElement,
    Duration,
    Flow,
    Goal,
    InputItem,
    InputVariant,
    Kpi,
    Lane,
    LaneKind,
    Node,
    NodeKind,
    OutputItem,
    Segment,
    Version,
)

VID = "v-as-is"


def make() -> Document:
    b = VersionBuilder("As-is")
    customer = b.lane("Customer", "customer")
    agent = b.lane("Agent")
    b.lane("Back office", "backstage")
    start = b.start(customer)
    ask = b.task(customer, "Ask", 2, value="value")
    answer = b.task(agent, "Answer", 5)
    end = b.end(customer)
    flows = b.chain(start, ask, answer, end)
    b.kpi("FCR", flows[1], target=80.0, unit="%", data_source="CRM")
    b.checklist(
        Checklist(
            goal=Goal("Answered first time", True, ("k1",)),
            inputs=(
                InputItem(
                    "in1", "Question", variants=(InputVariant("var1", "new", path_start=ask),)
                ),
            ),
            activities=(ActivityItem("act1", "Answer", kpi="k1", nodes=(answer,)),),
        )
    )
    return Document(segments=[Segment("s1", "Gold")], versions=[b.build()])


@pytest.fixture
def document():
    return make()


@pytest.fixture
def events(document):
    seen = []
    document.events.subscribe(seen.append)
    return seen


def test_change_emits_old_and_new_per_field_then_one_edited(document, events):
    old = document.change_node(VID, "n2", label="Ask again", fail_point=True)
    assert old.label == "Ask"
    assert events == [
        ElementChanged(ElementKind.NODE, VID, "n2", "label", "Ask", "Ask again"),
        ElementChanged(ElementKind.NODE, VID, "n2", "fail_point", False, True),
        DocumentEdited(frozenset({VID})),
    ]


def test_a_change_to_the_same_value_emits_nothing(document, events):
    document.change_node(VID, "n2", label="Ask")
    assert events == []


def test_edit_groups_several_calls_into_one_edited(document, events):
    with document.edit(VID):
        document.change_node(VID, "n2", label="A")
        document.change_node(VID, "n3", label="B")
    assert [type(e) for e in events] == [ElementChanged, ElementChanged, DocumentEdited]


def test_subscription_closes_once(document):
    seen = []
    subscription = document.events.subscribe(seen.append)
    subscription.close()
    subscription.close()
    document.change_node(VID, "n2", label="x")
    assert seen == [] and len(document.events) == 0


@pytest.mark.parametrize(
    "call, message",
    [
        (lambda d: d.add_node(VID, Node("n9", NodeKind.TASK, "l-missing")), "no lane 'l-missing'"),
        (lambda d: d.add_node(VID, Node("n1", NodeKind.TASK, "l1")), "already used"),
        (lambda d: d.add_flow(VID, Flow("f9", "n4", "n1")), "nothing flows out of an end"),
        (lambda d: d.add_flow(VID, Flow("f9", "n2", "n1")), "nothing flows into a start"),
        (lambda d: d.add_flow(VID, Flow("f9", "n2", "n2")), "cannot flow into itself"),
        (lambda d: d.add_flow(VID, Flow("f9", "n1", "n2")), "already connected"),
        (lambda d: d.add_flow(VID, Flow("f9", "n2", "n4", probability=2.0)), "between 0 and 1"),
        (lambda d: d.change_node(VID, "n2", colour="red"), "no field 'colour'"),
        (lambda d: d.change_node(VID, "n2", id="other"), "id cannot change"),
        (lambda d: d.change_node(VID, "n2", lane="nowhere"), "no lane 'nowhere'"),
        (lambda d: d.change_lane(VID, "l1", height=0), "height must be more than zero"),
        (lambda d: d.change_version(VID, name=" "), "needs a name"),
        (lambda d: d.add_lane(VID, Lane("l9", "Flat", height=0)), "height must be more than 0"),
        (
            lambda d: d.change_node(VID, "n2", duration=Duration(-1.0)),
            "must not be negative",
        ),
        (
            lambda d: d.add_node(VID, Node("n9", NodeKind.TASK, "l1", duration=Duration(5, 9))),
            "minimum duration 9 is more than the most likely 5",
        ),
        (lambda d: d.add_version(Version("v9", "")), "needs a name"),
        (lambda d: d.copy_version(VID, "  "), "needs a name"),
        (lambda d: d.set_goal(VID, Goal("g", kpis=("k-gone",))), "no KPI 'k-gone'"),
        (
            lambda d: d.add_checklist_item(VID, ChecklistElement.OUTPUTS, OutputItem("in1", "x")),
            "used more than once",
        ),
        (
            lambda d: d.add_checklist_item(
                VID, ChecklistElement.ACTIVITIES, ActivityItem("act9", "x", nodes=("n-gone",))
            ),
            "no step 'n-gone'",
        ),
        (
            lambda d: d.change_checklist_item(VID, ChecklistElement.ACTIVITIES, "act1", kpi="k9"),
            "no KPI 'k9'",
        ),
        (lambda d: d.version("v-x"), "no version 'v-x'"),
        (lambda d: d.remove(VID, ["zzz"]), "not an element"),
        (
            lambda d: (
                d.remove_segment("s1")
                if d.change_kpi(VID, "k1", segment_targets=(("s1", 90.0),))
                else None
            ),
            "has a target for this segment",
        ),
        (
            lambda d: d.add_kpi(VID, Kpi("k9", "x", segment_targets=(("s-none", 1.0),))),
            "unknown segment",
        ),
    ],
)
def test_inconsistent_edits_are_refused_and_change_nothing(document, call, message):
    before = copy.deepcopy(make())
    with pytest.raises(EditError, match=message):
        call(document)
    if "segment" not in message:
        assert document == before


def test_removing_a_lane_takes_its_steps_and_their_flows_and_restore_puts_all_back(
    document, events
):
    before = copy.deepcopy(document)
    removal = document.remove(VID, ["l2"])
    version = document.version(VID)
    assert [lane.id for lane in version.lanes] == ["l1", "l3"]
    assert "n3" not in version.nodes
    assert set(version.flows) == {"f1"}
    # The KPI on the removed interaction is kept, bound to the process instead.
    assert version.kpis["k1"].attached_to.kind is AttachmentKind.PROCESS
    # Checklist references to the removed step are dropped, so the file stays loadable.
    assert version.checklist.activities[0].nodes == ()
    kinds = [(type(e), e.kind) for e in events if not isinstance(e, DocumentEdited)]
    assert (ElementRemoved, ElementKind.LANE) in kinds and (
        ElementRemoved,
        ElementKind.NODE,
    ) in kinds
    document.restore(removal)
    assert document == before


def test_moving_nodes_returns_old_placements(document, events):
    old = document.move_nodes(VID, {"n2": Placement(400, 20, "l2"), "n3": Placement(500, 30, "l3")})
    assert old["n2"] == Placement(320.0, 40.0, "l1")
    assert document.version(VID).nodes["n2"].lane == "l2"
    assert sum(isinstance(e, DocumentEdited) for e in events) == 1
    document.move_nodes(VID, old)
    assert document == make()


def test_lanes_and_versions_move(document, events):
    assert document.move_lane(VID, "l3", 0) == 2
    assert [lane.id for lane in document.version(VID).lanes] == ["l3", "l1", "l2"]
    assert events[0] == ElementMoved(ElementKind.LANE, VID, "l3", 2, 0)
    document.move_lane(VID, "l3", 2)
    assert document == make()


def test_add_lane_at_index(document):
    document.add_lane(VID, Lane("l9", "Second customer", LaneKind.CUSTOMER), 1)
    assert [lane.id for lane in document.version(VID).lanes] == ["l1", "l9", "l2", "l3"]


def test_copy_version_records_where_each_element_came_from(document, events):
    copy_ = document.copy_version(VID, "To-be")
    source = document.version(VID)
    assert copy_.derived_from == VID
    assert {n.derived_from for n in copy_.nodes.values()} == set(source.nodes)
    assert set(copy_.nodes).isdisjoint(source.nodes)
    for flow in copy_.flows.values():
        assert flow.source in copy_.nodes and flow.target in copy_.nodes
    kpi = next(iter(copy_.kpis.values()))
    assert kpi.attached_to.ref in copy_.flows
    assert copy_.checklist.goal.kpis == (kpi.id,)
    assert copy_.checklist.activities[0].nodes[0] in copy_.nodes
    assert isinstance(events[0], ElementAdded) and events[0].kind is ElementKind.VERSION
    # Editing the copy leaves the source alone.
    first = next(iter(copy_.nodes))
    document.change_node(copy_.id, first, label="changed")
    assert document.version(VID) == make().version(VID)


def test_checklist_items_add_change_remove(document, events):
    document.add_checklist_item(VID, ChecklistElement.OUTPUTS, _output())
    old = document.change_checklist_item(
        VID, ChecklistElement.OUTPUTS, "out1", satisfies_customer=True
    )
    assert old.satisfies_customer is None
    item, index = document.remove_checklist_item(VID, ChecklistElement.OUTPUTS, "out1")
    assert index == 0 and item.satisfies_customer is True
    assert [type(e) for e in events if not isinstance(e, DocumentEdited)] == [
        ElementAdded,
        ElementChanged,
        ElementRemoved,
    ]
    old_goal = document.change_goal(VID, statement="New goal")
    assert old_goal.statement == "Answered first time"
    with pytest.raises(EditError):
        document.add_checklist_item(VID, ChecklistElement.INPUTS, _output())


def test_a_kpi_made_for_the_goal_is_added_and_ticked_as_one_edit(document, events):
    document.add_goal_kpi(VID, Kpi("k-goal", "First contact resolution", unit="%"))
    version = document.version(VID)
    assert version.kpis["k-goal"].name == "First contact resolution"
    assert version.checklist.goal.kpis == ("k1", "k-goal")
    assert [e for e in events if isinstance(e, DocumentEdited)] == [
        DocumentEdited(frozenset({VID}))
    ]
    document.remove(VID, ["k-goal"])  # what undo does
    assert "k-goal" not in version.kpis
    assert document.version(VID).checklist.goal.kpis == ("k1",)


def test_a_goal_kpi_with_a_used_id_changes_nothing(document):
    before = copy.deepcopy(document.version(VID))
    with pytest.raises(EditError):
        document.add_goal_kpi(VID, Kpi("k1", "Twice"))
    assert document.version(VID) == before


def test_metadata_and_segments(document, events):
    old = document.change_metadata(title="装机", tags=("a",))
    assert old.title == ""
    document.add_segment(Segment("s2", "Silver"), 0)
    assert [s.id for s in document.segments] == ["s2", "s1"]
    document.change_segment("s2", share=0.1)
    assert document.remove_segment("s2")[1] == 0


def test_version_add_remove_rename(document):
    version, index = document.remove_version(VID)
    assert document.versions == ()
    document.add_version(version, index)
    old = document.change_version(VID, name="现状")
    assert old == {"name": "As-is"}
    assert document.version_named("现状").id == VID
    with pytest.raises(EditError, match="versions: '现状'"):
        document.version_named("To-be")


def _output():
    from workbench.model import OutputItem

    return OutputItem("out1", "Answer given", recipient="customer")


def test_a_new_document_has_the_blueprint_zones_ready():
    from workbench.model import LaneKind
    from workbench.untitled import untitled_document

    document = untitled_document()
    lanes = document.versions[0].lanes
    assert [lane.kind for lane in lanes] == [
        LaneKind.CUSTOMER,
        LaneKind.FRONTSTAGE,
        LaneKind.BACKSTAGE,
    ]
    assert untitled_document("zh-CN").versions[0].lanes[0].name == "客户"


def test_enum_fields_given_as_text_are_stored_as_members(document):
    from workbench.model import ValueClass

    document.change_lane(VID, "l2", kind="backstage")
    assert document.version(VID).lane("l2").kind is LaneKind.BACKSTAGE
    document.change_node(VID, "n2", value_class="waste")
    assert document.version(VID).nodes["n2"].value_class is ValueClass.WASTE
    with pytest.raises(EditError, match="'bogus' is not a lane's kind"):
        document.change_lane(VID, "l2", kind="bogus")
