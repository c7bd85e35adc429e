from workbench.builder import VersionBuilder
from workbench.document import Document, Placement
from workbench.edit_relevance import AnalysisRelevance, changes_timing
from workbench.events import DocumentEdited
from workbench.model import Duration, LaneKind, NodeKind


def run(edit) -> list[bool]:
    b = VersionBuilder("As-is")
    customer, agent = b.lane("Customer", "customer"), b.lane("Agent")
    b.chain(b.start(customer), b.task(agent, "Answer", 5), b.end(customer))
    document = Document(versions=[b.build()])
    relevance = AnalysisRelevance()
    verdicts: list[bool] = []
    document.events.subscribe(
        lambda e: verdicts.append(v) if (v := relevance.feed(e)) is not None else None
    )
    edit(document, "v-as-is")
    return verdicts


def test_moving_a_step_along_its_lane_is_layout_only():
    assert run(lambda d, v: d.move_nodes(v, {"n2": Placement(500, 10, "l2")})) == [False]
    assert run(lambda d, v: d.change_lane(v, "l1", height=300)) == [False]


def test_moving_a_step_into_another_lane_changes_the_analysis():
    assert run(lambda d, v: d.move_nodes(v, {"n2": Placement(500, 10, "l1")})) == [True]


def test_other_edits_change_the_analysis():
    assert run(lambda d, v: d.change_node(v, "n2", label="Reply")) == [True]
    assert run(lambda d, v: d.remove(v, ["f1"])) == [True]


def timing_verdicts(edit) -> list[bool]:  # noqa: ANN001
    b = VersionBuilder("As-is")
    customer, agent = b.lane("Customer", "customer"), b.lane("Agent")
    b.chain(b.start(customer), b.task(agent, "Answer", 5), b.end(customer))
    document = Document(versions=[b.build()])
    verdicts: list[bool] = []
    document.events.subscribe(
        lambda e: verdicts.append(changes_timing(e)) if not isinstance(e, DocumentEdited)
        else None
    )
    edit(document, "v-as-is")
    return verdicts


def test_a_move_into_another_lane_or_a_new_name_keeps_the_timing():
    assert not any(timing_verdicts(lambda d, v: d.move_nodes(v, {"n2": Placement(500, 10, "l1")})))
    assert not any(timing_verdicts(lambda d, v: d.change_node(v, "n2", label="Reply")))
    assert not any(timing_verdicts(lambda d, v: d.change_lane(v, "l2", kind=LaneKind.BACKSTAGE)))


def test_durations_kinds_and_connections_change_the_timing():
    assert all(timing_verdicts(lambda d, v: d.change_node(v, "n2", duration=Duration(9))))
    assert any(timing_verdicts(lambda d, v: d.remove(v, ["f1"])))
    assert all(timing_verdicts(lambda d, v: d.change_node(v, "n2", kind=NodeKind.WAIT)))
