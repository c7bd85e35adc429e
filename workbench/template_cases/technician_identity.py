"""Case 3 (seed 003): checking that the technician at the door is genuine.

A home-services contact centre (a COPC-classified key customer service process). As-is:
agents search an outdated list in the knowledge base, and when the name is missing each does
something different: some tell the customer there is no such technician, some escalate, some
search the group intranet. A wrong answer makes the customer turn a genuine technician away.
To-be: one query method (the group intranet only), one not-found path (escalate at once to
the duty manager), one script (never simply "not our employee").
"""

from __future__ import annotations

from workbench.document import Document
from workbench.model import (
    ActivityItem,
    Checklist,
    Classification,
    DemandType,
    Goal,
    InputItem,
    InputVariant,
    LaneKind,
    OutputItem,
    Version,
)
from workbench.model import Direction as D
from workbench.model import KpiCategory as Cat
from workbench.model import MethodKind as M
from workbench.model import NodeKind as N
from workbench.model import ValueClass as V
from workbench.model import WasteKind as W
from workbench.template_cases.kit import (
    CALLS,
    EXAMPLE_SHARES,
    MONTHLY,
    PCT,
    SAMPLE,
    WEEKLY,
    Kit,
    Sketch,
    Text,
    template_metadata,
)

NAME = "technician-identity-check"

OWNER: Text = ("呼叫中心流程建设专员（示例）", "Contact-centre process specialist (example)")
KPI_OWNER: Text = ("呼叫中心质量主管（示例）", "Contact-centre quality lead (example)")
SCRIPT: Text = (
    "为了您的安全，我们正在进一步核实这位师傅的信息，请您稍候，核实后马上回复您。",
    "For your safety we are checking this technician's details further; please hold on, "
    "we will tell you as soon as it is confirmed.",
)
CONFIRM_SCRIPT: Text = (
    "已为您核实，××师傅是我们的服务人员，工号××，请放心。",
    "We have checked: <name> is our technician, staff number <no.>; you can let them in.",
)


def build(language: str) -> Document:
    kit = Kit(language)
    metadata = template_metadata(
        kit,
        title=("上门师傅身份核实", "Technician identity check"),
        description=(
            "家庭服务企业呼叫中心的关键客户服务流程（COPC：关键客户服务流程与关键支持流程合称"
            "业务流程，另有管理流程；流程管理分梳理、执行、检查、优化四大模块）。现状：知识库"
            "名单过时，查不到时坐席各自处理，答错会让客户怀疑真师傅。优化后：查询方法统一"
            "（只查集团内网），查不到的处理统一（立即升级值班经理），应答话术统一。",
            "A key customer service process of a home-services contact centre (COPC: key "
            "customer service and key support processes make up the business processes, "
            "beside management processes; process management runs as mapping, execution, "
            "inspection and optimisation). As-is: the knowledge-base list is out of date and "
            "each agent handles a missing name differently; a wrong answer makes the customer "
            "distrust a genuine technician. To-be: one query method (the group intranet "
            "only), one not-found path (escalate at once to the duty manager), one script.",
        ),
        owner=OWNER,
        team=("家庭服务呼叫中心（示例）", "Home-services contact centre (example)"),
        tags=(
            ("家庭服务", "home services"),
            ("身份核实", "identity check"),
            ("COPC", "COPC"),
            ("关键客户服务流程", "key customer service process"),
            ("流程统一", "one way of working"),
            ("话术", "script"),
        ),
        classification=Classification.KEY_CUSTOMER_SERVICE,
    )
    return Document(metadata, versions=[_as_is(kit), _to_be(kit)])


def _as_is(kit: Kit) -> Version:
    s = Sketch.start(
        kit,
        "v-as-is",
        ("现状", "As-is"),
        (
            "在知识库名单中查询；查不到时处理因人而异：直接答复查无此人、升级值班经理或再查集团"
            "内网。",
            "The agent searches the knowledge-base list; when the name is missing, each agent "
            "does something different: says there is no such technician, escalates, or searches "
            "the group intranet.",
        ),
    )
    c = s.lane("a-customer", ("客户", "Customer"), LaneKind.CUSTOMER)
    agent = s.lane("a-agent", ("客服代表", "Agent"), LaneKind.FRONTSTAGE, height=250)
    manager = s.lane("a-manager", ("现场值班经理", "Duty manager"), LaneKind.BACKSTAGE)
    kb = s.lane(
        "a-kb",
        ("知识库系统（各城市师傅名单）", "Knowledge base (technician lists)"),
        LaneKind.SUPPORT,
    )

    s.step("a-start", N.START, c, 0, ("师傅上门，想核实身份", "A technician is at the door"))
    s.step(
        "a-call",
        N.TASK,
        c,
        1,
        ("致电客服热线，报师傅姓名", "Calls the hotline with the technician's name"),
        time=(3, "min"),
        value=V.NECESSARY,
    )
    s.step(
        "a-take",
        N.TASK,
        agent,
        2,
        ("记录师傅姓名和所在城市", "Notes the name and city"),
        time=(1, "min"),
    )
    s.step(
        "a-search",
        N.TASK,
        kb,
        3,
        ("在知识库名单中查询", "Searches the knowledge-base list"),
        time=(2, "min"),
        fail_point=True,
        system=("知识库系统", "Knowledge base"),
        notes=(
            "名单因师傅流动更新不及时。",
            "The list lags behind technicians joining and leaving.",
        ),
    )
    s.step(
        "a-found",
        N.DECISION,
        agent,
        4,
        ("名单中查到？", "Found in the list?"),
        time=(1, "min"),
        notes=EXAMPLE_SHARES,
    )
    s.step(
        "a-confirm",
        N.TASK,
        agent,
        5,
        ("告知客户师傅身份属实", "Tells the customer the technician is genuine"),
        time=(2, "min"),
        shift=-70,
        notes=("没有统一话术。", "No standard script."),
    )
    s.step(
        "a-how",
        N.DECISION,
        agent,
        5,
        ("查不到时怎么办？（因人而异）", "Not found: what now? (each agent differs)"),
        time=(1, "min"),
        shift=70,
        notes=EXAMPLE_SHARES,
    )
    s.step(
        "a-deny",
        N.TASK,
        agent,
        7,
        ("直接答复“没有查到这位师傅”", "Says 'we have no such technician'"),
        time=(1, "min"),
        shift=-90,
        fail_point=True,
        notes=(
            "答错风险：真师傅被当成冒充者。",
            "Risk of a wrong answer: a genuine technician taken for an impostor.",
        ),
    )
    s.step(
        "a-intranet",
        N.TASK,
        agent,
        7,
        ("再去集团内网查询", "Searches the group intranet"),
        time=(5, "min"),
        system=("集团内网", "Group intranet"),
    )
    s.step(
        "a-escalate",
        N.TASK,
        agent,
        7,
        ("升级给现场值班经理", "Escalates to the duty manager"),
        time=(2, "min"),
        shift=90,
    )
    s.step(
        "a-distrust",
        N.TASK,
        c,
        8,
        ("怀疑师傅身份，拒绝上门服务", "Distrusts the technician and turns them away"),
        time=(2, "min"),
        value=V.WASTE,
        waste=W.OTHER,
        shift=-34,
    )
    s.step("a-lost", N.END, c, 9, ("上门服务流失", "Visit and its revenue lost"), shift=-34)
    s.step(
        "a-verify",
        N.TASK,
        manager,
        8,
        ("继续查询并核实", "Keeps searching and verifies"),
        time=(15, "min"),
    )
    s.step(
        "a-relay",
        N.TASK,
        agent,
        9,
        ("把核实结果告诉客户", "Tells the customer the result"),
        time=(2, "min"),
        shift=90,
    )
    s.step(
        "a-reassured",
        N.TASK,
        c,
        10,
        ("确认身份，放心接受服务", "Lets the technician in with confidence"),
        time=(2, "min"),
        value=V.VALUE,
    )
    s.step("a-end", N.END, c, 11, ("核实完成", "Identity checked"))

    s.chain("a-f", "a-start", "a-call", "a-take", "a-search", "a-found")
    s.flow("a-f-found", "a-found", "a-confirm", ("查到", "found"), 0.7)
    s.flow("a-f-missing", "a-found", "a-how", ("查不到", "not found"), 0.3)
    s.flow(
        "a-f-deny", "a-how", "a-deny", ("直接答复查无此人", "say there is no such technician"), 0.4
    )
    s.flow("a-f-intranet", "a-how", "a-intranet", ("再查集团内网", "search the intranet"), 0.3)
    s.flow("a-f-escalate", "a-how", "a-escalate", ("升级值班经理", "escalate"), 0.3)
    s.flow("a-f-denied", "a-deny", "a-distrust", ("答复查无此人", "'no such technician'"))
    s.flow("a-f-lost", "a-distrust", "a-lost")
    s.flow("a-f-intranet-found", "a-intranet", "a-confirm")
    s.chain("a-g", "a-escalate", "a-verify", "a-relay")
    s.flow("a-f-relayed", "a-relay", "a-reassured", ("核实结果", "result"))
    s.flow("a-f-confirmed", "a-confirm", "a-reassured", ("确认属实", "confirmed"))
    s.flow("a-f-end", "a-reassured", "a-end")

    _kpi_time(s, "a-k-time", "a-f2")
    _kpi_correct(s, "a-k-correct", "a-f-confirmed")
    s.kpi(
        "a-k-wrong",
        "a-f-denied",
        ("误答“查无此人”", "Genuine technicians reported unknown"),
        definition=(
            "把真师傅答复为“查无此人”或“非公司员工”的次数。",
            "Times a genuine technician is reported as unknown or not an employee.",
        ),
        formula=(
            "误答次数（城市公司反馈核实）",
            "wrong answers (confirmed from city companies' feedback)",
        ),
        unit=("次/月", "per month"),
        direction=D.LOWER,
        target=0,
        source=("城市公司问题反馈", "City companies' feedback"),
        category=Cat.QUALITY,
        frequency=MONTHLY,
        owner=KPI_OWNER,
    )
    _kpi_escalated(s, "a-k-escalated", "a-f-relayed")
    _kpi_lost(s, "a-k-lost")
    s.checklist(_as_is_checklist(kit))
    return s.version


def _kpi_time(s: Sketch, kpi_id: str, flow: str, was: str | None = None) -> None:
    s.kpi(
        kpi_id,
        flow,
        ("核实答复时长", "Time to answer an identity check"),
        definition=(
            "从来电接通到告知客户核实结果的分钟数。",
            "Minutes from the call answered to the customer told the result.",
        ),
        formula=("答复时间 − 接通时间", "answer time − call answered"),
        unit="min",
        direction=D.LOWER,
        target=5,
        source=CALLS,
        category=Cat.SERVICE,
        frequency=WEEKLY,
        owner=KPI_OWNER,
        was=was,
    )


def _kpi_correct(s: Sketch, kpi_id: str, flow: str, was: str | None = None) -> None:
    s.kpi(
        kpi_id,
        flow,
        ("核实答复准确率", "Identity answers correct"),
        definition=(
            "抽检中核实结论与集团内网记录一致的通话占比。",
            "Share of sampled calls whose answer matches the intranet record.",
        ),
        formula=("准确的抽检通话 / 抽检通话", "correct sampled calls / sampled calls"),
        unit=PCT,
        direction=D.HIGHER,
        target=100,
        source=SAMPLE,
        category=Cat.QUALITY,
        frequency=WEEKLY,
        owner=KPI_OWNER,
        method=M.SAMPLING,
        sample=100,
        was=was,
    )


def _kpi_escalated(s: Sketch, kpi_id: str, flow: str, was: str | None = None) -> None:
    s.kpi(
        kpi_id,
        flow,
        ("升级后答复时长", "Time to answer after escalation"),
        definition=(
            "升级值班经理后到答复客户的分钟数。",
            "Minutes from escalation to the customer told the result.",
        ),
        formula=("答复时间 − 升级时间", "answer time − escalation time"),
        unit="min",
        direction=D.LOWER,
        target=15,
        source=CALLS,
        category=Cat.SERVICE,
        frequency=WEEKLY,
        owner=KPI_OWNER,
        was=was,
    )


def _kpi_lost(s: Sketch, kpi_id: str, was: str | None = None) -> None:
    s.kpi(
        kpi_id,
        None,
        ("核实后上门服务流失率", "Visits lost after an identity check"),
        definition=(
            "客户来电核实后拒绝上门服务的占比。",
            "Share of identity checks after which the customer turns the visit down.",
        ),
        formula=("核实后取消的上门 / 核实来电", "visits cancelled after a check / checks"),
        unit=PCT,
        direction=D.LOWER,
        target=0,
        source=("工单系统", "Work-order system"),
        category=Cat.REVENUE,
        frequency=MONTHLY,
        owner=KPI_OWNER,
        was=was,
    )


def _input(kit: Kit, variants: tuple[InputVariant, ...]) -> InputItem:
    t = kit.t
    return InputItem(
        "in-check",
        t(("师傅身份核实请求", "Technician identity check")),
        trigger=t(("师傅上门，客户来电核实", "Customer calls while a technician is at the door")),
        supplier=t(("客户", "Customer")),
        channel=t(("电话", "Phone")),
        acceptance=t(
            (
                "师傅姓名、城市和服务工单号已记录",
                "Technician's name, city and the service order recorded",
            )
        ),
        demand=DemandType.VALUE,
        variants=variants,
    )


def _as_is_checklist(kit: Kit) -> Checklist:
    t = kit.t
    return Checklist(
        goal=Goal(
            t(
                (
                    "准确回答客户对上门师傅身份的询问，让客户放心接受服务。",
                    "Answer the customer's question about the technician correctly so they "
                    "accept the visit with confidence.",
                )
            ),
            customer_centred=True,
            kpis=("a-k-correct", "a-k-lost"),
            owner=t(OWNER),
        ),
        inputs=(
            _input(
                kit,
                (
                    InputVariant(
                        "var-listed",
                        t(("名单中有的师傅", "Technician on the list")),
                        t(("知识库能查到。", "Found in the knowledge base.")),
                        "a-confirm",
                    ),
                    InputVariant(
                        "var-unlisted",
                        t(("名单中查不到的师傅", "Technician not on the list")),
                        t(
                            (
                                "名单过时，处理因人而异。",
                                "The list is out of date; handling varies by agent.",
                            )
                        ),
                        "a-how",
                    ),
                ),
            ),
        ),
        outputs=(
            OutputItem(
                "out-confirmed",
                t(("确认师傅身份", "Technician confirmed")),
                recipient=t(("客户", "Customer")),
                definition_of_done=t(("客户得到明确答复", "The customer has a clear answer")),
                time_standard=t(("来电中", "On the call")),
                satisfies_customer=True,
                pushes_work_to_customer=False,
                judgement=t(("查得到时没有问题。", "Fine when the list is right.")),
            ),
            OutputItem(
                "out-denied",
                t(("答复“查无此人”", "'No such technician'")),
                recipient=t(("客户", "Customer")),
                definition_of_done=t(
                    ("客户被告知查不到", "The customer is told the name is not found")
                ),
                time_standard=t(("来电中", "On the call")),
                satisfies_customer=False,
                pushes_work_to_customer=False,
                judgement=t(
                    (
                        "答错风险：客户怀疑真师傅，上门服务和收入流失，影响公司形象。",
                        "Risk of a wrong answer: the customer distrusts a genuine "
                        "technician; the visit, its revenue and the company's "
                        "image suffer.",
                    )
                ),
            ),
        ),
        activities=(
            ActivityItem(
                "act-query",
                t(("查询师傅身份", "Look the technician up")),
                standard=t(("在知识库名单中查询", "Search the knowledge-base list")),
                kpi="a-k-time",
                nodes=("a-search",),
            ),
            ActivityItem(
                "act-notfound",
                t(("查不到时的处理", "When the name is not found")),
                nodes=("a-how", "a-deny", "a-intranet", "a-escalate"),
            ),
        ),
    )


def _to_be(kit: Kit) -> Version:
    s = Sketch.start(
        kit,
        "v-to-be",
        ("优化后", "To-be"),
        (
            "查询方法统一：只查集团内网；查不到的处理统一：立即升级当日值班经理继续查询；"
            "应答话术统一：不得简单答复“非公司员工”。",
            "One query method: the group intranet only; one not-found path: escalate at once to "
            "the day's duty manager; one script: never simply 'not our employee'.",
        ),
        derived_from="v-as-is",
    )
    c = s.lane("t-customer", ("客户", "Customer"), LaneKind.CUSTOMER, was="a-customer")
    agent = s.lane(
        "t-agent", ("客服代表", "Agent"), LaneKind.FRONTSTAGE, was="a-agent", height=200
    )
    manager = s.lane(
        "t-manager",
        ("当日值班经理", "Duty manager of the day"),
        LaneKind.BACKSTAGE,
        was="a-manager",
    )
    intranet = s.lane(
        "t-intranet",
        ("集团内网（唯一查询来源）", "Group intranet (the single source)"),
        LaneKind.SUPPORT,
        (
            "知识库不再发布师傅名单，倒逼各公司实时更新内网信息。",
            "The knowledge base no longer lists technicians, so "
            "companies keep the intranet current.",
        ),
    )

    s.step(
        "t-start",
        N.START,
        c,
        0,
        ("师傅上门，想核实身份", "A technician is at the door"),
        was="a-start",
    )
    s.step(
        "t-call",
        N.TASK,
        c,
        1,
        ("致电客服热线，报师傅姓名", "Calls the hotline with the technician's name"),
        time=(3, "min"),
        value=V.NECESSARY,
        was="a-call",
    )
    s.step(
        "t-take",
        N.TASK,
        agent,
        2,
        ("记录师傅姓名和所在城市", "Notes the name and city"),
        time=(1, "min"),
        was="a-take",
    )
    s.step(
        "t-query",
        N.TASK,
        intranet,
        3,
        ("在集团内网查询（以当时结果为准）", "Queries the group intranet (its answer counts)"),
        time=(2, "min"),
        system=("集团内网（网页/客户端）", "Group intranet (web / client)"),
    )
    s.step(
        "t-found",
        N.DECISION,
        agent,
        4,
        ("内网查到？", "Found on the intranet?"),
        time=(1, "min"),
        notes=EXAMPLE_SHARES,
        was="a-found",
    )
    s.step(
        "t-confirm",
        N.TASK,
        agent,
        5,
        ("按标准话术确认师傅身份", "Confirms with the standard script"),
        time=(2, "min"),
        shift=-55,
        script=CONFIRM_SCRIPT,
        was="a-confirm",
    )
    s.step(
        "t-escalate",
        N.TASK,
        agent,
        5,
        (
            "按标准话术请客户稍候，立即升级值班经理",
            "Asks the customer to hold (script) and escalates at once",
        ),
        time=(2, "min"),
        shift=55,
        script=SCRIPT,
        was="a-escalate",
        rules=(
            "查不到时不得直接答复“查无此人”或“非公司员工”。",
            "Never say 'no such technician' or 'not our employee' when the name is missing.",
        ),
    )
    s.step("t-fork", N.PARALLEL, agent, 6, ("已升级", "Escalated"), shift=55)
    s.step(
        "t-hold",
        N.WAIT,
        c,
        7,
        ("稍候，等待核实结果", "Holds for the result"),
        time=(10, "min"),
        value=V.WASTE,
        waste=W.WAITING,
        shift=34,
    )
    s.step(
        "t-verify",
        N.TASK,
        manager,
        7,
        (
            "继续查询核实，并按规定处理师傅信息",
            "Keeps searching and follows up the technician's record",
        ),
        time=(10, "min"),
        was="a-verify",
    )
    s.step(
        "t-reply",
        N.TASK,
        agent,
        8,
        ("按标准话术答复核实结果", "Tells the result with the standard script"),
        time=(2, "min"),
        shift=55,
        script=CONFIRM_SCRIPT,
        was="a-relay",
    )
    s.step("t-join", N.PARALLEL, c, 9, ("得到结果", "Result given"), shift=34)
    s.step(
        "t-reassured",
        N.TASK,
        c,
        10,
        ("得到统一明确的答复，放心接受服务", "Lets the technician in with confidence"),
        time=(2, "min"),
        value=V.VALUE,
        was="a-reassured",
    )
    s.step("t-end", N.END, c, 11, ("核实完成", "Identity checked"), was="a-end")

    s.flow("t-f1", "t-start", "t-call", was="a-f1")
    s.flow("t-f2", "t-call", "t-take", was="a-f2")
    s.chain("t-g", "t-take", "t-query", "t-found")
    s.flow("t-f-found", "t-found", "t-confirm", ("查到", "found"), 0.9, was="a-f-found")
    s.flow("t-f-missing", "t-found", "t-escalate", ("查不到", "not found"), 0.1)
    s.flow(
        "t-f-confirmed", "t-confirm", "t-reassured", ("确认属实", "confirmed"), was="a-f-confirmed"
    )
    s.flow("t-f-fork", "t-escalate", "t-fork")
    s.flow("t-f-hold", "t-fork", "t-hold", ("请客户稍候", "asked to hold"))
    s.flow("t-f-verify", "t-fork", "t-verify", was="a-g1")
    s.flow("t-f-verified", "t-verify", "t-reply", was="a-g2")
    s.flow("t-f-reply", "t-reply", "t-join", ("核实结果", "result"), was="a-f-relayed")
    s.flow("t-f-held", "t-hold", "t-join")
    s.flow("t-f-result", "t-join", "t-reassured")
    s.flow("t-f-end", "t-reassured", "t-end", was="a-f-end")

    _kpi_time(s, "t-k-time", "t-f2", was="a-k-time")
    _kpi_correct(s, "t-k-correct", "t-f-confirmed", was="a-k-correct")
    s.kpi(
        "t-k-script",
        "t-f-hold",
        ("查不到时标准话术使用率", "Standard script used when not found"),
        definition=(
            "查不到师傅时按标准话术应答并立即升级的通话占比。",
            "Share of not-found calls answered with the script and escalated at once.",
        ),
        formula=(
            "合规的抽检通话 / 查不到的抽检通话",
            "compliant sampled calls / sampled not-found calls",
        ),
        unit=PCT,
        direction=D.HIGHER,
        target=100,
        source=SAMPLE,
        category=Cat.QUALITY,
        frequency=WEEKLY,
        owner=KPI_OWNER,
        method=M.SAMPLING,
        sample=50,
    )
    _kpi_escalated(s, "t-k-escalated", "t-f-reply", was="a-k-escalated")
    s.kpi(
        "t-k-current",
        "t-query",
        ("内网师傅信息更新及时率", "Technician records kept current"),
        definition=(
            "师傅入职、离职后24小时内在集团内网更新的占比。",
            "Share of technicians joining or leaving updated on the intranet within 24 hours.",
        ),
        formula=("24小时内更新的变动 / 变动", "changes updated within 24 h / changes"),
        unit=PCT,
        direction=D.HIGHER,
        target=100,
        source=("集团内网更新日志", "Intranet update log"),
        category=Cat.QUALITY,
        frequency=MONTHLY,
        owner=KPI_OWNER,
    )
    _kpi_lost(s, "t-k-lost", was="a-k-lost")
    s.checklist(_to_be_checklist(kit))
    return s.version


def _to_be_checklist(kit: Kit) -> Checklist:
    t = kit.t
    return Checklist(
        goal=Goal(
            t(
                (
                    "客户核实师傅身份时得到准确、统一的答复，放心接受上门服务。",
                    "Customers checking a technician get a correct, consistent answer and "
                    "accept the visit with confidence.",
                )
            ),
            customer_centred=True,
            kpis=("t-k-correct", "t-k-lost"),
            owner=t(OWNER),
        ),
        inputs=(
            _input(
                kit,
                (
                    InputVariant(
                        "var-listed",
                        t(("内网查得到的师傅", "Technician on the intranet")),
                        t(("按标准话术确认。", "Confirmed with the script.")),
                        "t-confirm",
                    ),
                    InputVariant(
                        "var-unlisted",
                        t(("内网查不到的师傅", "Technician not on the intranet")),
                        t(("立即升级值班经理。", "Escalated at once.")),
                        "t-escalate",
                    ),
                ),
            ),
        ),
        outputs=(
            OutputItem(
                "out-confirmed",
                t(("统一、明确的核实答复", "A consistent, clear answer")),
                recipient=t(("客户", "Customer")),
                definition_of_done=t(
                    (
                        "客户按标准话术得到核实结果",
                        "The customer is told the result in the standard words",
                    )
                ),
                time_standard=t(
                    (
                        "查到：来电中；查不到：15分钟内（示例）",
                        "Found: on the call; not found: within 15 minutes (example)",
                    )
                ),
                satisfies_customer=True,
                pushes_work_to_customer=False,
                judgement=t(
                    (
                        "不再误答，客户不再因答复怀疑真师傅。",
                        "No more wrong answers that make customers distrust a genuine technician.",
                    )
                ),
            ),
        ),
        activities=(
            ActivityItem(
                "act-query",
                t(("查询师傅身份", "Look the technician up")),
                standard=t(
                    (
                        "只查集团内网，以当时结果为准",
                        "Group intranet only; its answer at the time counts",
                    )
                ),
                kpi="t-k-current",
                nodes=("t-query",),
            ),
            ActivityItem(
                "act-notfound",
                t(("查不到时的处理", "When the name is not found")),
                standard=t(
                    ("立即升级当日值班经理继续查询", "Escalate at once to the day's duty manager")
                ),
                kpi="t-k-escalated",
                nodes=("t-escalate", "t-verify"),
            ),
            ActivityItem(
                "act-script",
                t(("统一应答话术", "One script")),
                standard=t(
                    (
                        "不得直接答复“查无此人”或“非公司员工”",
                        "Never just say 'no such technician' or 'not our employee'",
                    )
                ),
                kpi="t-k-script",
                nodes=("t-confirm", "t-reply"),
            ),
        ),
    )
