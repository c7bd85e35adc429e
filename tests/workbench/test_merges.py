"""Converging gateways: a decision that only brings branches together (several flows in, one
out, as BPMN files often draw it) is a merge, not a decision missing its branches."""

import pytest

from workbench.builder import VersionBuilder
from workbench.checks import check_version
from workbench.document import Document
from workbench.measures import measure_version
from workbench.model import LaneKind, Metadata


def _help_desk(merge_kind: str = "decision", through_merge: bool = True):
    """Minutes. start → Asks (C, 5) → Known issue? (Agent decision, 1)
    → yes 0.6 → Answers (Agent, 5) → Merge; → no 0.4 → Investigates (Back office, 2 h)
    → Calls back (Agent, 5) → Merge; Merge (Agent, a decision or a parallel join)
    → Gets the answer (C, 1) → end. With `through_merge` False, only Answers leads into it."""
    b = VersionBuilder("Help desk", version_id="v1")
    customer = b.lane("Customer", LaneKind.CUSTOMER)
    agent = b.lane("Agent", LaneKind.FRONTSTAGE)
    back = b.lane("Back office", LaneKind.BACKSTAGE)
    ask = b.task(customer, "Asks", 5, value="necessary")
    known = b.decision(agent, "Known issue?", 1)
    answer = b.task(agent, "Answers", 5)
    investigate = b.task(back, "Investigates", 2, unit="h")
    call_back = b.task(agent, "Calls back", 5)
    merge = b.decision(agent, "") if merge_kind == "decision" else b.parallel(agent)
    heard = b.task(customer, "Gets the answer", 1, value="value")
    end = b.end(customer)
    b.chain(b.start(customer), ask, known)
    b.flow(known, answer, "yes", 0.6)
    b.flow(known, investigate, "no", 0.4)
    b.chain(answer, merge, heard, end)
    b.chain(investigate, call_back, merge if through_merge else heard)
    version = b.build()
    return Document(Metadata(title="Help desk"), versions=[version]), version


def _findings(document, version, prefix):
    return [f for f in check_version(document, version) if f.check_id.startswith(prefix)]


def test_a_decision_that_merges_branches_is_not_a_decision_without_branches():
    document, version = _help_desk()
    assert _findings(document, version, "decision-branches") == []
    # nothing is split there, so nothing is assumed about how cases split
    assert _findings(document, version, "probabilities") == []
    report = measure_version(version)
    assert not any("Assumed" in note for note in report.notes.values())
    # every case passes the merge once: 5 + 1 + 0.6 * 5 + 0.4 * (120 + 5) + 0 + 1 = 60 min
    assert report.values["lead_time_expected"] == pytest.approx(1.0)
    # longest: 5 + 1 + 120 + 5 + 1 = 132 min
    assert report.values["lead_time_critical"] == pytest.approx(132 / 60)


def test_a_join_merges_too():
    document, version = _help_desk("parallel")
    assert _findings(document, version, "decision-branches") == []
    assert _findings(document, version, "probabilities") == []


def test_a_decision_with_one_way_in_and_one_way_out_still_lacks_a_branch():
    document, version = _help_desk(through_merge=False)
    (finding,) = _findings(document, version, "decision-branches")
    assert "only one outgoing flow" in finding.message
    # one way on is taken by every case: no equal split to assume
    assert _findings(document, version, "probabilities") == []
