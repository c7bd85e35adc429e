"""Built-in example documents, so a newcomer has something real to open, check and change.

`process-workbench new` without a template writes one, in the reader's language. The
example is a complaint-handling process drawn the way a process owner would: the customer
in their own lane, the agent they talk to, the specialist behind the line of visibility,
and the CRM that carries the work order. The to-be is copied from the as-is (so every step
knows where it came from) and then redesigned through `Document`'s own edits.

Every text is written once as a (Simplified Chinese, English) pair, like the bundled cases,
so the two editions can never differ in shape, figures or times: only in their words.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from workbench.builder import VersionBuilder
from workbench.diagram.layout import lay_out_document
from workbench.document import Document
from workbench.example_checklist import checklist
from workbench.model import (
    ChecklistElement,
    Classification,
    Direction,
    Duration,
    Flow,
    KpiCategory,
    LaneKind,
    Metadata,
    Method,
    MethodKind,
    Node,
    NodeKind,
    Segment,
    Status,
    TimeUnit,
    ValueClass,
    Version,
    WasteKind,
)
from workbench.template_cases.kit import Kit, Text

LANGUAGES = ("en", "zh-CN")  # the editions of every example; English is the default
Words = Callable[[Text], str]
CALL: Text = ("来电", "phone call")
PCT = "%"


def _segments(t: Words) -> tuple[Segment, ...]:
    return (
        Segment("seg-priority", t(("重点客户", "Priority customers")),
                t(("客户价值排名前15%", "Top 15 % by customer value")), 0.15,
                t(("综合价值 = ARPU得分 × 在网时长得分，取前15%",
                   "composite value = ARPU score x tenure score, top 15 %"))),
        Segment("seg-standard", t(("普通客户", "Standard customers")),
                t(("其余客户", "Everyone else")), 0.85,
                t(("重点客户以外的全部客户", "all customers outside the priority segment"))),
    )


def example_metadata(language: str = "en") -> Metadata:
    """The example's card, without drawing the example (the template library lists it)."""
    t = Kit(language).t
    return Metadata(
        title=t(("投诉处理", "Complaint handling")),
        description=t(("客户投诉如何受理、调查和答复。",
                       "How a customer complaint is taken, investigated and answered.")),
        owner=t(("客户服务部负责人", "Head of Customer Care")),
        team=t(("客户服务部", "Customer Care")),
        author=t(("Process Workbench 内置示例", "Process Workbench example")),
        classification=Classification.KEY_CUSTOMER_SERVICE,
        status=Status.DRAFT,
        next_review="2027-06-30",
        tags=tuple(t(tag) for tag in (("投诉", "complaints"), ("呼叫中心", "contact centre"),
                                      ("示例", "example"))),
        language=language,
    )


def complaint_handling(language: str = "en") -> Document:
    """A small complaint-handling process with an as-is and a redesigned to-be, in
    `language` ("en" or "zh-CN")."""
    t = Kit(language).t
    as_is, ids = _as_is(t)
    document = Document(
        metadata=example_metadata(language), segments=_segments(t), versions=[as_is]
    )
    to_be = document.copy_version(as_is.id, t(("优化后", "To-be")), "v-to-be")
    _redesign(document, to_be, ids, t)
    return lay_out_document(document)


def _as_is(t: Words) -> tuple[Version, dict[str, str]]:
    """Today's flow: the agent can rarely answer, so the customer waits, and some call again.

    Returns the version and its elements' ids by name, for the redesign to refer to.
    """
    b = VersionBuilder(t(("现状", "As-is")), "v-as-is")
    ids: dict[str, str] = {}
    customer = ids["customer"] = b.lane(t(("客户", "Customer")), LaneKind.CUSTOMER)
    agent = ids["agent"] = b.lane(t(("客服代表", "Service agent")), LaneKind.FRONTSTAGE)
    specialist = b.lane(t(("投诉处理专员", "Complaints specialist")), LaneKind.BACKSTAGE)
    crm = ids["crm"] = b.lane(t(("CRM及工单系统", "CRM and order system")), LaneKind.SUPPORT)

    start = b.start(customer, t(("客户遇到问题", "Customer has a problem")))
    call = b.task(customer, t(("拨打热线说明问题", "Call the hotline and explain the problem")),
                  6, value=ValueClass.NECESSARY)
    record = ids["record"] = b.task(
        agent, t(("倾听并记录投诉", "Listen and record the complaint")), 8,
        script=t(("感谢客户来电，复述问题，核对订单号。",
                  "Thank the customer, restate the problem, confirm the order number.")))
    can_answer = ids["can_answer"] = b.decision(
        agent, t(("能否当场答复？", "Can the agent answer now?")), 1)
    answer = b.task(agent, t(("向客户说明答复", "Explain the answer")), 5,
                    script=t(("用客户听得懂的话说明发生了什么、我们会怎么处理。",
                              "Explain what happened and what we will do, in plain words.")))
    heard = b.task(customer, t(("得到答复", "Receive the answer")), 3, value=ValueClass.VALUE)
    ticket = ids["ticket"] = b.task(crm, t(("生成工单", "Log the work order")), 2,
                                    it_system="CRM")
    fork = ids["fork"] = b.parallel(agent, t(("承诺回电", "Promise a call back")))
    wait = ids["wait"] = b.wait(customer, t(("等待回电", "Wait for a call back")), 3,
                                unit=TimeUnit.DAYS, value=ValueClass.WASTE,
                                waste=WasteKind.WAITING)
    investigate = ids["investigate"] = b.task(
        specialist, t(("调查投诉", "Investigate the complaint")), 2, unit=TimeUnit.DAYS,
        rules=t(("退款超过200元须经班组长审批。",
                 "Refunds above 200 need a team leader's approval.")), fail_point=True)
    relay = ids["relay"] = b.task(
        specialist, t(("把调查结果转告客服代表", "Send the result to the agent")), 4,
        unit=TimeUnit.HOURS)
    call_back = b.task(agent, t(("回电告知客户处理结果", "Call the customer back with the result")),
                       10)
    join = b.parallel(customer, t(("接到回电", "Call back arrives")))
    result = b.task(customer, t(("听取处理结果", "Hear the result")), 5, value=ValueClass.VALUE)
    satisfied = ids["satisfied"] = b.decision(
        customer, t(("对处理结果满意吗？", "Satisfied with the result?")))
    again = b.task(customer, t(("再次来电要求重新处理", "Call again to reopen the complaint")), 8,
                   value=ValueClass.WASTE, waste=WasteKind.REPEAT_CONTACT)
    done = b.end(customer, t(("投诉办结", "Complaint closed")))

    b.flow(start, call)
    first_call = b.flow(call, record, t(CALL))
    ids["record_to_decision"] = b.flow(record, can_answer)
    ids["known"] = b.flow(can_answer, answer, t(("能，已知问题", "yes, known issue")), 0.4)
    ids["unknown"] = b.flow(can_answer, ticket, t(("不能", "no")), 0.6)
    answered = b.flow(answer, heard, t(("当场答复", "answer on the call")))
    b.flow(heard, done)
    b.flow(ticket, fork)
    ids["promise"] = promised = b.flow(
        fork, wait, t(("承诺3天内回电", "promise of a call back in 3 days")))
    b.flow(fork, investigate)
    b.flow(wait, join)
    b.chain(investigate, relay, call_back)
    called_back = b.flow(call_back, join, t(("回电", "call back")))
    b.flow(join, result)
    b.flow(result, satisfied)
    ids["accepted"] = b.flow(satisfied, done, t(("满意", "yes")), 0.75)
    ids["reopened"] = b.flow(satisfied, again, t(("不满意", "no")), 0.25)
    reopen_call = b.flow(again, record, t(CALL))

    _layout(b.version, [
        (start, 0), (call, 1), (record, 2), (can_answer, 3), (answer, 4), (heard, 5),
        (ticket, 4), (fork, 5), (wait, 6), (investigate, 6), (relay, 7), (call_back, 8),
        (join, 9), (result, 10), (satisfied, 11), (again, 12), (done, 13),
    ])

    kpi = _KpiWriter(b, t)
    crm_times: Text = ("CRM工单时间戳", "CRM work-order timestamps")
    fcr = ids["fcr"] = kpi(
        ("一次解决率", "First-contact resolution"), first_call,
        ("首次来电即得到答复、无需生成工单的投诉所占比例。",
         "Share of complaints answered in the first call, without a work order."),
        ("首次来电即答复的投诉数 / 投诉总数",
         "complaints answered on the first call / all complaints"), PCT, Direction.HIGHER,
        40.0, 35.0, ("CRM通话结果代码", "CRM call disposition codes"), KpiCategory.SERVICE,
        ("每月", "monthly"), segments=(("seg-priority", 60.0), ("seg-standard", 40.0)))
    kpi(("答复清晰度", "Answer clarity"), answered,
        ("抽检通话中客户听懂答复的比例。",
         "Share of sampled calls where the customer understood the answer."),
        ("答复清楚的通话数 / 抽检通话数", "clear answers / sampled calls"), PCT,
        Direction.HIGHER, 90.0, 82.0, ("质检抽样", "Quality monitoring sample"),
        KpiCategory.QUALITY, ("每周", "weekly"),
        method=Method(MethodKind.SAMPLING, sample_size=60, confidence=0.95))
    ids["promise_kpi"] = kpi(
        ("回电承诺兑现率", "Call-back promise kept"), promised,
        ("承诺回电中在承诺时间内回电的比例。",
         "Share of promised call-backs that happen within the promised time."),
        ("按时回电数 / 承诺回电数", "call-backs on time / call-backs promised"), PCT,
        Direction.HIGHER, 95.0, 70.0, crm_times, KpiCategory.SERVICE, ("每周", "weekly"))
    resolve = ids["resolve"] = kpi(
        ("投诉解决时长", "Time to resolve"), called_back,
        ("从客户首次来电到告知处理结果所用的工作日数。",
         "Working days from the first call to the result given to the customer."),
        ("告知结果日期 − 首次来电日期", "result date - first call date"),
        ("工作日", "working days"), Direction.LOWER, 3.0, 4.5, crm_times, KpiCategory.SERVICE,
        ("每月", "monthly"), segments=(("seg-priority", 1.0), ("seg-standard", 3.0)))
    kpi(("投诉重开率", "Reopened complaints"), reopen_call,
        ("已答复的投诉中，客户再次来电要求重新处理的比例。",
         "Share of answered complaints that the customer calls again to reopen."),
        ("重开投诉数 / 已答复投诉数", "reopened / answered"), PCT, Direction.LOWER, 5.0, 25.0,
        ("CRM重开标记", "CRM reopen flag"), KpiCategory.QUALITY, ("每月", "monthly"))
    satisfaction = kpi(
        ("投诉处理满意度", "Complaint satisfaction"), None,
        ("对投诉处理过程满意的客户比例（取“满意”和“非常满意”两档）。",
         "Customers satisfied with how their complaint was handled (top-two box)."),
        ("满意及非常满意的回答数 / 调查回答数", "top-two-box answers / survey answers"), PCT,
        Direction.HIGHER, 85.0, 68.0, ("来电后满意度调查", "Post-contact survey"),
        KpiCategory.SATISFACTION, ("每月", "monthly"),
        method=Method(MethodKind.SURVEY, sample_size=400, confidence=0.95))

    b.checklist(checklist(
        t, goal_kpis=(fcr, resolve, satisfaction), first_contact_kpi=fcr, resolve_kpi=resolve,
        new_start=call, reopen_start=again, record=record, investigate=investigate,
        call_back=call_back))
    return b.build(), ids


def _redesign(document: Document, to_be: Version, as_is: dict[str, str], t: Words) -> None:
    """The to-be: the agent answers from the knowledge base and owns the case to the end.

    The specialist works behind the agent, faster; a committed time replaces the open-ended
    promise, so fewer customers call again.
    """
    vid = to_be.id
    copied = _derived(to_be)

    def new(name: str) -> str:
        return copied[as_is[name]]

    with document.edit(vid):
        document.change_version(vid, description=t((
            "客服代表首问负责、跟进到底；已知问题在首次来电中答复。",
            "The agent owns the complaint to the end; known issues are answered in the first "
            "call.")))
        document.change_lane(vid, new("agent"),
                             name=t(("客服代表（首问负责人）", "Service agent (case owner)")))
        document.change_lane(vid, new("crm"), name=t(("CRM及知识库", "CRM and knowledge base")))

        # A knowledge-base look-up lets the agent answer most complaints on the call.
        document.remove(vid, [new("record_to_decision")])
        document.add_node(vid, Node(
            "n-lookup", NodeKind.TASK, new("crm"),
            t(("查询已知问题及答复话术", "Look up known issues and the answer script")),
            duration=Duration(1, 0.5, 2, TimeUnit.MINUTES),
            it_system=t(("知识库", "Knowledge base")), x=_x(3), y=70.0))
        document.add_flow(vid, Flow("f-lookup", new("record"), "n-lookup",
                                    t(("查询", "search"))))
        document.add_flow(vid, Flow("f-lookup-back", "n-lookup", new("can_answer"),
                                    t(("现成答复", "ready answer"))))
        document.change_flow(vid, new("known"), probability=0.7)
        document.change_flow(vid, new("unknown"), probability=0.3)
        # The agent logs the work order while still on the call: no hand-off to a back office.
        document.change_node(vid, new("ticket"), lane=new("agent"),
                             label=t(("在CRM中生成工单", "Log the work order in the CRM")))

        # A committed time, agreed on the call, replaces the open-ended promise.
        document.change_node(vid, new("fork"), label=t(("约定承诺时间", "Agree a committed time")))
        document.change_flow(vid, new("promise"),
                             label=t(("通话中约定承诺时间", "committed time agreed on the call")))
        document.change_node(
            vid, new("wait"),
            label=t(("在约定时间等待结果", "Wait for the result at the committed time")),
            duration=Duration(1, 0.5, 2, TimeUnit.DAYS))
        document.change_node(vid, new("investigate"),
                             label=t(("与客服代表协同调查", "Investigate with the agent")),
                             duration=Duration(6, 2, 16, TimeUnit.HOURS))
        document.change_node(vid, new("relay"),
                             label=t(("与客服代表商定答复", "Agree the answer with the agent")),
                             duration=Duration(30, unit=TimeUnit.MINUTES))
        document.change_flow(vid, new("accepted"), probability=0.9)
        document.change_flow(vid, new("reopened"), probability=0.1)

        _retarget_kpis(document, vid, new, t)
        document.change_goal(vid, statement=t((
            "每一件投诉都在首次来电中答复，或由同一位负责人在与客户约定的时间答复。",
            "Every complaint is answered in the first call, or by one owner at a time the "
            "customer agreed to.")))
        document.change_checklist_item(
            vid, ChecklistElement.OUTPUTS, "out-2", satisfies_customer=True,
            pushes_work_to_customer=False,
            time_standard=t(("约定时间内，1个工作日", "At the committed time, 1 working day")),
            judgement=t(("客服代表首问负责：客户无需催问，始终只对接一个人。",
                         "The agent owns the case: no chasing, one voice to the customer.")))
        document.change_checklist_item(
            vid, ChecklistElement.ACTIVITIES, "act-1", nodes=(new("record"), "n-lookup"),
            standard=t(("已知问题按知识库话术当场答复。",
                        "Known issues answered on the call with the knowledge-base script.")))


def _retarget_kpis(document: Document, vid: str, new: Callable[[str], str], t: Words) -> None:
    """The to-be's targets: what the redesign promises, measured against today's figures."""
    document.change_kpi(vid, new("fcr"), target=70.0, measured=None,
                        segment_targets=(("seg-priority", 80.0), ("seg-standard", 70.0)))
    document.change_kpi(vid, new("promise_kpi"),
                        name=t(("承诺时间兑现率", "Committed time kept")), target=98.0,
                        measured=None)
    document.change_kpi(vid, new("resolve"), target=1.0, measured=None,
                        segment_targets=(("seg-priority", 0.5), ("seg-standard", 1.0)))


@dataclasses.dataclass
class _KpiWriter:
    """Writes the example's KPIs, each text a (Chinese, English) pair, all owned by the team
    leader."""

    b: VersionBuilder
    t: Words

    def __call__(
        self, name: Text, flow: str | None, definition: Text, formula: Text, unit: Text | str,
        direction: Direction, target: float, measured: float, source: Text,
        category: KpiCategory, frequency: Text, *, segments: tuple[tuple[str, float], ...] = (),
        method: Method | None = None,
    ) -> str:
        t = self.t
        return self.b.kpi(
            t(name), flow, definition=t(definition), formula=t(formula),
            unit=unit if isinstance(unit, str) else t(unit), direction=direction,
            target=target, segment_targets=segments, baseline=measured, measured=measured,
            data_source=t(source), method=method or Method(MethodKind.SYSTEM),
            frequency=t(frequency), owner=t(("客户服务部班组长", "Team leader, Customer Care")),
            category=category,
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


EXAMPLES: dict[str, Callable[..., Document]] = {
    "example": complaint_handling,  # called with a language of LANGUAGES, English by default
}
EXAMPLE_CARDS: dict[str, Callable[[str], Metadata]] = {"example": example_metadata}
