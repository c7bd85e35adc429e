"""Built-in example documents, so a newcomer has something real to open, check and change.

`process-workbench new` and `make run` use them until bundled templates exist. The example
is a complaint-handling process drawn the way a process owner would: the customer in their
own lane, the agent they talk to, the specialist behind the line of visibility, and the
CRM that carries the work order. The to-be is copied from the as-is (so every step knows
where it came from) and then redesigned through `Document`'s own edits.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from workbench.builder import VersionBuilder
from workbench.diagram.layout import lay_out_document
from workbench.document import Document
from workbench.model import (
    ActivityItem,
    Checklist,
    ChecklistElement,
    Classification,
    DemandType,
    Direction,
    Duration,
    Flow,
    Goal,
    InputItem,
    InputVariant,
    KpiCategory,
    LaneKind,
    Metadata,
    Method,
    MethodKind,
    Node,
    NodeKind,
    OutputItem,
    Segment,
    Status,
    TimeUnit,
    ValueClass,
    Version,
    WasteKind,
)

_SEGMENTS = (
    Segment("seg-priority", "Priority customers", "Top 15 % by customer value", 0.15,
            "composite value = ARPU score x tenure score, top 15 %"),
    Segment("seg-standard", "Standard customers", "Everyone else", 0.85,
            "all customers outside the priority segment"),
)


def complaint_handling() -> Document:
    """A small complaint-handling process with an as-is and a redesigned to-be."""
    as_is, ids = _as_is()
    document = Document(
        metadata=Metadata(
            title="Complaint handling",
            description="How a customer complaint is taken, investigated and answered.",
            owner="Head of Customer Care",
            team="Customer Care",
            author="Process Workbench example",
            classification=Classification.KEY_CUSTOMER_SERVICE,
            status=Status.DRAFT,
            next_review="2027-06-30",
            tags=("complaints", "contact centre", "example"),
            language="en",
        ),
        segments=_SEGMENTS,
        versions=[as_is],
    )
    _redesign(document, document.copy_version(as_is.id, "To-be", "v-to-be"), ids)
    return lay_out_document(document)


def _as_is() -> tuple[Version, dict[str, str]]:
    """Today's flow: the agent can rarely answer, so the customer waits, and some call again.

    Returns the version and its elements' ids by name, for the redesign to refer to.
    """
    b = VersionBuilder("As-is", "v-as-is")
    ids: dict[str, str] = {}
    customer = ids["customer"] = b.lane("Customer", LaneKind.CUSTOMER)
    agent = ids["agent"] = b.lane("Service agent", LaneKind.FRONTSTAGE)
    specialist = b.lane("Complaints specialist", LaneKind.BACKSTAGE)
    crm = ids["crm"] = b.lane("CRM and order system", LaneKind.SUPPORT)

    start = b.start(customer, "Customer has a problem")
    call = b.task(customer, "Call the hotline and explain the problem", 6,
                  value=ValueClass.NECESSARY)
    record = ids["record"] = b.task(
        agent, "Listen and record the complaint", 8,
        script="Thank the customer, restate the problem, confirm the order number.")
    can_answer = ids["can_answer"] = b.decision(agent, "Can the agent answer now?", 1)
    answer = b.task(agent, "Explain the answer", 5,
                    script="Explain what happened and what we will do, in plain words.")
    heard = b.task(customer, "Receive the answer", 3, value=ValueClass.VALUE)
    ticket = ids["ticket"] = b.task(crm, "Log the work order", 2, it_system="CRM")
    fork = ids["fork"] = b.parallel(agent, "Promise a call back")
    wait = ids["wait"] = b.wait(customer, "Wait for a call back", 3, unit=TimeUnit.DAYS,
                                value=ValueClass.WASTE, waste=WasteKind.WAITING)
    investigate = ids["investigate"] = b.task(
        specialist, "Investigate the complaint", 2, unit=TimeUnit.DAYS,
        rules="Refunds above 200 need a team leader's approval.", fail_point=True)
    relay = ids["relay"] = b.task(specialist, "Send the result to the agent", 4,
                                  unit=TimeUnit.HOURS)
    call_back = b.task(agent, "Call the customer back with the result", 10)
    join = b.parallel(customer, "Call back arrives")
    result = b.task(customer, "Hear the result", 5, value=ValueClass.VALUE)
    satisfied = ids["satisfied"] = b.decision(customer, "Satisfied with the result?")
    again = b.task(customer, "Call again to reopen the complaint", 8,
                   value=ValueClass.WASTE, waste=WasteKind.REPEAT_CONTACT)
    done = b.end(customer, "Complaint closed")

    b.flow(start, call)
    first_call = b.flow(call, record, "phone call")
    ids["record_to_decision"] = b.flow(record, can_answer)
    ids["known"] = b.flow(can_answer, answer, "yes, known issue", 0.4)
    ids["unknown"] = b.flow(can_answer, ticket, "no", 0.6)
    answered = b.flow(answer, heard, "answer on the call")
    b.flow(heard, done)
    b.flow(ticket, fork)
    ids["promise"] = promised = b.flow(fork, wait, "promise of a call back in 3 days")
    b.flow(fork, investigate)
    b.flow(wait, join)
    b.chain(investigate, relay, call_back)
    called_back = b.flow(call_back, join, "call back")
    b.flow(join, result)
    b.flow(result, satisfied)
    ids["accepted"] = b.flow(satisfied, done, "yes", 0.75)
    ids["reopened"] = b.flow(satisfied, again, "no", 0.25)
    reopen_call = b.flow(again, record, "phone call")

    _layout(b.version, [
        (start, 0), (call, 1), (record, 2), (can_answer, 3), (answer, 4), (heard, 5),
        (ticket, 4), (fork, 5), (wait, 6), (investigate, 6), (relay, 7), (call_back, 8),
        (join, 9), (result, 10), (satisfied, 11), (again, 12), (done, 13),
    ])

    fcr = ids["fcr"] = _kpi(
        b, "First-contact resolution", first_call,
        "Share of complaints answered in the first call, without a work order.",
        "complaints answered on the first call / all complaints", "%", Direction.HIGHER,
        40.0, 35.0, "CRM call disposition codes", KpiCategory.SERVICE, "monthly",
        segments=(("seg-priority", 60.0), ("seg-standard", 40.0)))
    _kpi(b, "Answer clarity", answered,
         "Share of sampled calls where the customer understood the answer.",
         "clear answers / sampled calls", "%", Direction.HIGHER, 90.0, 82.0,
         "Quality monitoring sample", KpiCategory.QUALITY, "weekly",
         method=Method(MethodKind.SAMPLING, sample_size=60, confidence=0.95))
    ids["promise_kpi"] = _kpi(
        b, "Call-back promise kept", promised,
        "Share of promised call-backs that happen within the promised time.",
        "call-backs on time / call-backs promised", "%", Direction.HIGHER, 95.0, 70.0,
        "CRM work-order timestamps", KpiCategory.SERVICE, "weekly")
    resolve = ids["resolve"] = _kpi(
        b, "Time to resolve", called_back,
        "Working days from the first call to the result given to the customer.",
        "result date - first call date", "working days", Direction.LOWER, 3.0, 4.5,
        "CRM work-order timestamps", KpiCategory.SERVICE, "monthly",
        segments=(("seg-priority", 1.0), ("seg-standard", 3.0)))
    _kpi(b, "Reopened complaints", reopen_call,
         "Share of answered complaints that the customer calls again to reopen.",
         "reopened / answered", "%", Direction.LOWER, 5.0, 25.0,
         "CRM reopen flag", KpiCategory.QUALITY, "monthly")
    satisfaction = _kpi(
        b, "Complaint satisfaction", None,
        "Customers satisfied with how their complaint was handled (top-two box).",
        "top-two-box answers / survey answers", "%", Direction.HIGHER, 85.0, 68.0,
        "Post-contact survey", KpiCategory.SATISFACTION, "monthly",
        method=Method(MethodKind.SURVEY, sample_size=400, confidence=0.95))

    b.checklist(_checklist(
        goal_kpis=(fcr, resolve, satisfaction), first_contact_kpi=fcr, resolve_kpi=resolve,
        new_start=call, reopen_start=again, record=record, investigate=investigate,
        call_back=call_back))
    return b.build(), ids


def _redesign(document: Document, to_be: Version, as_is: dict[str, str]) -> None:
    """The to-be: the agent answers from the knowledge base and owns the case to the end.

    The specialist works behind the agent, faster; a committed time replaces the open-ended
    promise, so fewer customers call again.
    """
    vid = to_be.id
    copied = _derived(to_be)

    def new(name: str) -> str:
        return copied[as_is[name]]

    with document.edit(vid):
        document.change_version(vid, description="The agent owns the complaint to the end; "
                                "known issues are answered in the first call.")
        document.change_lane(vid, new("agent"), name="Service agent (case owner)")
        document.change_lane(vid, new("crm"), name="CRM and knowledge base")

        # A knowledge-base look-up lets the agent answer most complaints on the call.
        document.remove(vid, [new("record_to_decision")])
        document.add_node(vid, Node(
            "n-lookup", NodeKind.TASK, new("crm"), "Look up known issues and the answer script",
            duration=Duration(1, 0.5, 2, TimeUnit.MINUTES), it_system="Knowledge base",
            x=_x(3), y=70.0))
        document.add_flow(vid, Flow("f-lookup", new("record"), "n-lookup", "search"))
        document.add_flow(vid, Flow("f-lookup-back", "n-lookup", new("can_answer"),
                                    "ready answer"))
        document.change_flow(vid, new("known"), probability=0.7)
        document.change_flow(vid, new("unknown"), probability=0.3)
        # The agent logs the work order while still on the call: no hand-off to a back office.
        document.change_node(vid, new("ticket"), lane=new("agent"),
                             label="Log the work order in the CRM")

        # A committed time, agreed on the call, replaces the open-ended promise.
        document.change_node(vid, new("fork"), label="Agree a committed time")
        document.change_flow(vid, new("promise"), label="committed time agreed on the call")
        document.change_node(vid, new("wait"), label="Wait for the result at the committed time",
                             duration=Duration(1, 0.5, 2, TimeUnit.DAYS))
        document.change_node(vid, new("investigate"), label="Investigate with the agent",
                             duration=Duration(6, 2, 16, TimeUnit.HOURS))
        document.change_node(vid, new("relay"), label="Agree the answer with the agent",
                             duration=Duration(30, unit=TimeUnit.MINUTES))
        document.change_flow(vid, new("accepted"), probability=0.9)
        document.change_flow(vid, new("reopened"), probability=0.1)

        _retarget_kpis(document, vid, new)
        document.change_goal(vid, statement="Every complaint is answered in the first call, "
                             "or by one owner at a time the customer agreed to.")
        document.change_checklist_item(
            vid, ChecklistElement.OUTPUTS, "out-2", satisfies_customer=True,
            pushes_work_to_customer=False, time_standard="At the committed time, 1 working day",
            judgement="The agent owns the case: no chasing, one voice to the customer.")
        document.change_checklist_item(
            vid, ChecklistElement.ACTIVITIES, "act-1", nodes=(new("record"), "n-lookup"),
            standard="Known issues answered on the call with the knowledge-base script.")


def _retarget_kpis(document: Document, vid: str, new: Callable[[str], str]) -> None:
    """The to-be's targets: what the redesign promises, measured against today's figures."""
    document.change_kpi(vid, new("fcr"), target=70.0, measured=None,
                        segment_targets=(("seg-priority", 80.0), ("seg-standard", 70.0)))
    document.change_kpi(vid, new("promise_kpi"), name="Committed time kept", target=98.0,
                        measured=None)
    document.change_kpi(vid, new("resolve"), target=1.0, measured=None,
                        segment_targets=(("seg-priority", 0.5), ("seg-standard", 1.0)))


def _kpi(
    b: VersionBuilder, name: str, flow: str | None, definition: str, formula: str, unit: str,
    direction: Direction, target: float, measured: float, source: str,
    category: KpiCategory, frequency: str, *, segments: tuple[tuple[str, float], ...] = (),
    method: Method | None = None,
) -> str:
    return b.kpi(
        name, flow, definition=definition, formula=formula, unit=unit, direction=direction,
        target=target, segment_targets=segments, baseline=measured, measured=measured,
        data_source=source, method=method or Method(MethodKind.SYSTEM), frequency=frequency,
        owner="Team leader, Customer Care", category=category,
    )


def _checklist(
    *, goal_kpis: tuple[str, ...], first_contact_kpi: str, resolve_kpi: str,
    new_start: str, reopen_start: str, record: str, investigate: str, call_back: str,
) -> Checklist:
    """The four elements, filled in as a process owner would for the as-is."""
    return Checklist(
        goal=Goal(
            statement="Every complaint gets a fair answer the customer accepts, within the "
                      "time we promised, without the customer having to chase us.",
            customer_centred=True,
            kpis=goal_kpis,
            owner="Head of Customer Care",
        ),
        inputs=(InputItem(
            "in-1", "Customer complaint", trigger="Customer calls the hotline",
            supplier="Customer", channel="Phone", acceptance="Order number and problem stated",
            demand=DemandType.FAILURE,
            variants=(
                InputVariant("var-1", "New complaint", "First call about this problem",
                             new_start),
                InputVariant("var-2", "Reopening an answered complaint",
                             "The customer calls again because the answer did not settle it",
                             reopen_start),
            ),
        ),),
        outputs=(
            OutputItem("out-1", "Answer on the call", recipient="Customer",
                       definition_of_done="Customer confirms they understood the answer",
                       time_standard="During the first call", satisfies_customer=True,
                       pushes_work_to_customer=False,
                       judgement="Good: the customer is answered at once."),
            OutputItem("out-2", "Answer after investigation", recipient="Customer",
                       definition_of_done="Result explained and the complaint closed",
                       time_standard="Within 3 working days", satisfies_customer=False,
                       pushes_work_to_customer=True,
                       judgement="Too slow, and a quarter of customers must call again."),
        ),
        activities=(
            ActivityItem("act-1", "Take and record the complaint",
                         standard="Recorded during the call, order number confirmed",
                         kpi=first_contact_kpi, nodes=(record,)),
            ActivityItem("act-2", "Investigate the complaint",
                         standard="Investigation finished within 2 working days",
                         kpi=resolve_kpi, nodes=(investigate,)),
            ActivityItem("act-3", "Give the result to the customer",
                         standard="Call back within the promised time",
                         kpi=resolve_kpi, nodes=(call_back,)),
        ),
    )


def _derived(version: Version) -> dict[str, str]:
    """Ids in a copied version, looked up by the id of the element they were copied from."""
    elements = [*version.lanes, *version.nodes.values(), *version.flows.values(),
                *version.kpis.values()]
    return {e.derived_from: e.id for e in elements if e.derived_from is not None}


def _x(column: int) -> float:
    return 80.0 + 170.0 * column


def _layout(version: Version, columns: list[tuple[str, int]]) -> None:
    """Place steps in columns left to right, centred in their lanes (before anyone listens)."""
    for node_id, column in columns:
        node = version.nodes[node_id]
        version.nodes[node_id] = dataclasses.replace(node, x=_x(column), y=70.0)


EXAMPLES: dict[str, Callable[[], Document]] = {
    "example": complaint_handling,
}
