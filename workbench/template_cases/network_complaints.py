"""Case 2 (seed 002): mobile-network complaints, from a linear relay to a flattened flow.

As-is: the agent can only soothe and pass the complaint on; expert, executing department,
expert again and agent relay it in a line, and any new or changed request runs the whole
chain again (round trips, waiting, repeat complaints). To-be: a support system puts the
network status and a ready answer script in front of the agent, so known issues are answered
in the first contact; otherwise the expert hands authority straight to the executing
department, which contacts the customer itself and reports straight to the agent. Resolution
time limits follow the customer's star tier (five document segments, 5★ to 1★).
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
    Segment,
    Version,
)
from workbench.model import Direction as D
from workbench.model import KpiCategory as Cat
from workbench.model import MethodKind as M
from workbench.model import NodeKind as N
from workbench.model import ValueClass as V
from workbench.model import WasteKind as W
from workbench.template_cases.kit import (
    EXAMPLE_SHARES,
    MONTHLY,
    PCT,
    WEEKLY,
    Kit,
    Sketch,
    Text,
    template_metadata,
)

NAME = "network-complaints"

OWNER: Text = ("投诉管理负责人（示例）", "Head of complaint management (example)")
KPI_OWNER: Text = ("客服质量经理（示例）", "Service quality manager (example)")
ORDERS: Text = ("投诉工单系统时间戳", "Complaint work-order timestamps")

# Star tiers: (id, stars, share of customers, maintenance hours, construction days).
TIERS = (
    ("seg-5star", 5, 0.05, 8, 20),
    ("seg-4star", 4, 0.10, 24, 30),
    ("seg-3star", 3, 0.15, 48, 45),
    ("seg-2star", 2, 0.40, 72, 60),
    ("seg-1star", 1, 0.30, 96, 90),
)
MAINTENANCE = tuple((tier, float(hours)) for tier, _, _, hours, _ in TIERS)
CONSTRUCTION = tuple((tier, float(days)) for tier, _, _, _, days in TIERS)
TIER_NOTE: Text = (
    "原文给出两端：维护类8–96小时，建设类20–90天，各分五档；中间档（示例）为自拟。",
    "The article gives the ends: maintenance 8–96 h, construction 20–90 days, five levels "
    "each; the levels between (example) are ours.",
)
TIER_RULE: Text = (
    "按客户星级处理，同时符合多个级别的就高：维护类5★8小时…1★96小时；建设类5★20天…1★90天。",
    "By the customer's star tier, the highest that applies: maintenance 8 h (5★) to 96 h "
    "(1★); construction 20 days (5★) to 90 days (1★).",
)


def build(language: str) -> Document:
    kit = Kit(language)
    metadata = template_metadata(
        kit,
        title=(
            "移动网络投诉处理：从线性传递到扁平化",
            "Mobile network complaints: linear vs flattened",
        ),
        description=(
            "客户投诉手机信号差。现状：一线坐席只能安抚和转单，经网络专家、执行部门、网络专家、"
            "坐席逐级传递，新增或变更需求要整条链再走一遍（折返跑）。优化后：客服支撑系统向坐席"
            "推送网络状况和应答口径，已知问题一次答复；其余由专家把处理权限直接交给执行部门，"
            "执行部门直接联系客户并把结果直接反馈坐席。处理时限按五星至一星客户分级。",
            "A customer complains of poor mobile coverage. As-is: the agent can only soothe and "
            "pass the complaint on; it relays through expert, executing department, expert and "
            "agent, and any new or changed request runs the chain again (round trips). To-be: "
            "a support system gives the agent the network status and a ready answer script, so "
            "known issues are answered in the first contact; otherwise the expert hands "
            "authority straight to the executing department, which contacts the customer and "
            "reports straight to the agent. Time limits follow five customer star tiers.",
        ),
        owner=OWNER,
        team=("省公司客户服务中心（示例）", "Provincial customer service centre (example)"),
        tags=(
            ("电信", "telecom"),
            ("投诉", "complaints"),
            ("扁平化", "flattening"),
            ("折返跑", "round trips"),
            ("客户分级", "customer tiers"),
            ("一次答复", "first-contact answer"),
        ),
        classification=Classification.KEY_CUSTOMER_SERVICE,
    )
    return Document(metadata, _segments(kit), [_as_is(kit), _to_be(kit)])


def _segments(kit: Kit) -> list[Segment]:
    """The star tiers: composite value = ARPU score × tenure score, cut at fixed shares."""
    cut = {5: "≥ P5", 4: "P5–P15", 3: "P15–P30", 2: "P30–P70", 1: "< P70"}
    segments = []
    for tier, stars, share, _, _ in TIERS:
        rule = kit.t(
            (
                f"综合价值 = ARPU得分 × 网龄得分（ARPU取近12个月平均出账收入，1元1分；网龄得分表由"
                f"用户提供）；由高到低排名 {cut[stars]}，分级阈值按10的整数倍取整。",
                f"composite value = ARPU score × tenure score (ARPU: average monthly billed "
                f"revenue of the last 12 months, 1 point per yuan; tenure table supplied by you); "
                f"ranked from the top {cut[stars]}, thresholds rounded to a multiple of 10.",
            )
        )
        description = kit.t(
            (
                f"综合价值排名占比 {share:.0%} 的客户",
                f"The {share:.0%} of customers at this rank of composite value",
            )
        )
        name = kit.t((f"{stars}★ 客户", f"{stars}★ customers"))
        segments.append(Segment(tier, name, description, share, rule))
    return segments


def _as_is(kit: Kit) -> Version:
    s = Sketch.start(
        kit,
        "v-as-is",
        ("现状（线性流程）", "As-is (linear)"),
        (
            "坐席安抚并转单，专家出方案，执行部门处理后反馈专家，专家再转坐席，坐席再回复客户；"
            "新增或变更需求整条链再走一遍。",
            "The agent soothes and passes the complaint on; the expert designs, the department "
            "executes and reports to the expert, who relays to the agent, who replies; a new or "
            "changed request runs the whole chain again.",
        ),
    )
    c = s.lane("a-customer", ("客户", "Customer"), LaneKind.CUSTOMER)
    agent = s.lane("a-agent", ("一线坐席", "Front-line agent"), LaneKind.FRONTSTAGE)
    expert = s.lane("a-expert", ("后台网络专家", "Back-office network expert"), LaneKind.BACKSTAGE)
    dept = s.lane(
        "a-dept",
        ("执行部门（维护/建设）", "Executing department (maintenance / construction)"),
        LaneKind.SUPPORT,
        (
            "另一个部门：经网上流程接收专家的方案并执行，客户从不与它打交道，所以在支撑区。",
            "Another department: it receives the expert's solution through the online "
            "workflow and executes it; the customer never deals with it, so it sits in the "
            "support zone.",
        ),
    )

    s.step("a-start", N.START, c, 0, ("发现手机信号差", "Notices poor mobile coverage"))
    s.step(
        "a-complain",
        N.TASK,
        c,
        1,
        ("致电投诉信号差", "Calls to complain about coverage"),
        time=(5, "min"),
        value=V.NECESSARY,
    )
    s.step(
        "a-soothe",
        N.TASK,
        agent,
        2,
        ("首次安抚，询问并记录投诉信息", "Soothes the customer and records the complaint"),
        time=(10, "min"),
        script=(
            "非常抱歉给您带来不便，我们会尽快处理。",
            "We're sorry for the trouble; we will handle it as soon as possible.",
        ),
        notes=(
            "坐席不了解网络状况，无法在首次沟通中答复。",
            "The agent does not know the network status and cannot answer on the call.",
        ),
    )
    s.step("a-fork", N.PARALLEL, agent, 3, ("答复“尽快处理”", "Promises 'as soon as possible'"))
    s.step(
        "a-wait",
        N.WAIT,
        c,
        4,
        ("等待回复，不知道进展", "Waits for a reply without news"),
        time=(72, "h"),
        value=V.WASTE,
        waste=W.WAITING,
    )
    s.step(
        "a-pass",
        N.TASK,
        agent,
        4,
        ("形成投诉工单，传给后台网络专家", "Passes the complaint to the network expert"),
        time=(5, "min"),
    )
    s.step(
        "a-design",
        N.TASK,
        expert,
        5,
        ("分析问题，制定解决方案", "Analyses and designs a solution"),
        time=(4, "h"),
    )
    s.step(
        "a-send",
        N.TASK,
        expert,
        6,
        ("经线上流程派给执行部门", "Sends it to the department through the online workflow"),
        time=(10, "min"),
    )
    s.step(
        "a-type",
        N.DECISION,
        dept,
        7,
        ("维护类还是建设类问题？", "Maintenance or construction?"),
        time=(5, "min"),
        notes=EXAMPLE_SHARES,
    )
    s.step(
        "a-maint",
        N.TASK,
        dept,
        8,
        ("维护处理", "Carries out the maintenance"),
        time=(48, "h"),
        rules=TIER_RULE,
        shift=-34,
        notes=("时长取三星客户时限（示例）。", "Duration taken as the 3★ limit (example)."),
    )
    s.step(
        "a-build",
        N.TASK,
        dept,
        8,
        ("建设处理（如新建基站）", "Carries out the construction (e.g. a new site)"),
        time=(45, "d"),
        rules=TIER_RULE,
        shift=34,
        notes=("时长取三星客户时限（示例）。", "Duration taken as the 3★ limit (example)."),
    )
    s.step(
        "a-report",
        N.TASK,
        dept,
        9,
        ("把处理结果反馈给网络专家", "Reports the result to the expert"),
        time=(15, "min"),
    )
    s.step(
        "a-relay",
        N.TASK,
        expert,
        10,
        ("把处理意见转给一线坐席", "Relays the result to the agent"),
        time=(1, "h"),
    )
    s.step(
        "a-reply",
        N.TASK,
        agent,
        11,
        ("回复客户处理结果", "Replies to the customer"),
        time=(10, "min"),
    )
    s.step("a-join", N.PARALLEL, c, 12, ("收到回复", "Reply received"))
    s.step(
        "a-hear",
        N.TASK,
        c,
        13,
        ("得到处理结果", "Hears the result"),
        time=(5, "min"),
        value=V.VALUE,
    )
    s.step(
        "a-more",
        N.DECISION,
        c,
        14,
        ("有新增或变更需求？", "A new or changed request?"),
        notes=EXAMPLE_SHARES,
    )
    s.step(
        "a-again",
        N.TASK,
        c,
        15,
        ("再次来电提出新增或变更需求", "Calls again with a new or changed request"),
        time=(5, "min"),
        value=V.WASTE,
        waste=W.REPEAT_CONTACT,
        shift=-34,
    )
    s.step("a-end", N.END, c, 15, ("投诉关闭", "Complaint closed"), shift=34)

    s.chain("a-f", "a-start", "a-complain", "a-soothe", "a-fork")
    s.flow(
        "a-f-wait",
        "a-fork",
        "a-wait",
        ("答复尽快处理，无时限", "'as soon as possible', no time given"),
    )
    s.chain("a-g", "a-fork", "a-pass", "a-design", "a-send", "a-type")
    s.flow("a-f-maint", "a-type", "a-maint", ("维护类", "maintenance"), 0.8)
    s.flow("a-f-build", "a-type", "a-build", ("建设类", "construction"), 0.2)
    s.flow("a-f-maint-done", "a-maint", "a-report")
    s.flow("a-f-build-done", "a-build", "a-report")
    s.chain("a-h", "a-report", "a-relay", "a-reply", "a-join", "a-hear", "a-more")
    s.flow("a-f-waited", "a-wait", "a-join")
    s.flow("a-f-again", "a-more", "a-again", ("有", "yes"), 0.3)
    s.flow("a-f-done", "a-more", "a-end", ("没有", "no"), 0.7)
    s.flow("a-f-rerun", "a-again", "a-soothe", ("整条链再走一遍", "the whole chain again"))

    _kpi_first(s, "a-k-first", "a-f2", baseline=0)
    s.kpi(
        "a-k-told",
        "a-f-wait",
        ("告知处理时限的比例", "Customers told when to expect an answer"),
        definition=(
            "转单时向客户告知明确处理时限的投诉占比。",
            "Share of passed-on complaints where the customer is told a time limit.",
        ),
        formula=(
            "告知时限的投诉 / 转后台的投诉",
            "complaints with a time told / complaints passed on",
        ),
        unit=PCT,
        direction=D.HIGHER,
        target=100,
        source=("质检抽样", "Quality monitoring sample"),
        category=Cat.SERVICE,
        frequency=WEEKLY,
        owner=KPI_OWNER,
        method=M.SAMPLING,
        sample=100,
    )
    s.kpi(
        "a-k-reply",
        "a-h3",
        ("回复时长", "Time to reply"),
        definition=(
            "从投诉到坐席回复客户处理结果的小时数。",
            "Hours from the complaint to the agent's reply with the result.",
        ),
        formula=("回复时间 − 投诉时间", "reply time − complaint time"),
        unit="h",
        direction=D.LOWER,
        target=None,
        segments=MAINTENANCE,
        source=ORDERS,
        category=Cat.SERVICE,
        frequency=MONTHLY,
        owner=KPI_OWNER,
        note=TIER_NOTE,
    )
    _tier_kpis(s, "a-k-maint", "a-maint", "a-k-build", "a-build")
    s.kpi(
        "a-k-repeat",
        "a-f-rerun",
        ("重复投诉率", "Repeat complaints"),
        definition=(
            "同一问题再次来电投诉的占比。",
            "Share of complaints followed by another call about the same problem.",
        ),
        formula=("重复投诉 / 投诉", "repeat complaints / complaints"),
        unit=PCT,
        direction=D.LOWER,
        target=5,
        baseline=30,
        source=ORDERS,
        category=Cat.QUALITY,
        frequency=MONTHLY,
        owner=KPI_OWNER,
    )
    _kpi_process(s, "a-k-escalated", "a-k-csat", was=False)
    s.checklist(_as_is_checklist(kit))
    return s.version


def _kpi_first(
    s: Sketch, kpi_id: str, flow: str, *, baseline: float | None = None, was: str | None = None
) -> None:
    s.kpi(
        kpi_id,
        flow,
        ("一次答复率", "First-contact answer rate"),
        definition=(
            "首次来电即得到明确答复的投诉占比。",
            "Share of complaints answered clearly in the first contact.",
        ),
        formula=("首次来电答复的投诉 / 投诉", "complaints answered on the first call / complaints"),
        unit=PCT,
        direction=D.HIGHER,
        target=60,
        baseline=baseline,
        source=ORDERS,
        category=Cat.SERVICE,
        frequency=MONTHLY,
        owner=KPI_OWNER,
        was=was,
    )


def _tier_kpis(
    s: Sketch, maint_id: str, maint: str, build_id: str, build: str, was: bool = False
) -> None:
    """Resolution time limits per star tier, on the steps that do the work."""
    s.kpi(
        maint_id,
        maint,
        ("维护类问题处理时限", "Maintenance resolution time"),
        definition=(
            "维护类网络问题从派单到处理完成的小时数，按客户星级考核。",
            "Hours from dispatch to a maintenance issue resolved, by customer tier.",
        ),
        formula=("处理完成时间 − 派单时间", "resolved time − dispatch time"),
        unit="h",
        direction=D.LOWER,
        target=None,
        segments=MAINTENANCE,
        source=ORDERS,
        category=Cat.SERVICE,
        frequency=MONTHLY,
        owner=KPI_OWNER,
        note=TIER_NOTE,
        was="a-k-maint" if was else None,
    )
    s.kpi(
        build_id,
        build,
        ("建设类问题处理时限", "Construction resolution time"),
        definition=(
            "建设类网络问题从派单到处理完成的天数，按客户星级考核。",
            "Days from dispatch to a construction issue resolved, by customer tier.",
        ),
        formula=("处理完成日期 − 派单日期", "resolved date − dispatch date"),
        unit=("天", "d"),
        direction=D.LOWER,
        target=None,
        segments=CONSTRUCTION,
        source=ORDERS,
        category=Cat.SERVICE,
        frequency=MONTHLY,
        owner=KPI_OWNER,
        note=TIER_NOTE,
        was="a-k-build" if was else None,
    )


def _kpi_process(s: Sketch, escalated: str, csat: str, *, was: bool) -> None:
    s.kpi(
        escalated,
        None,
        ("升级投诉率", "Escalated complaints"),
        definition=(
            "升级到上级或监管部门的投诉占比。",
            "Share of complaints escalated to management or the regulator.",
        ),
        formula=("升级投诉 / 投诉", "escalated complaints / complaints"),
        unit=PCT,
        direction=D.LOWER,
        target=1,
        source=ORDERS,
        category=Cat.QUALITY,
        frequency=MONTHLY,
        owner=KPI_OWNER,
        was="a-k-escalated" if was else None,
    )
    s.kpi(
        csat,
        None,
        ("投诉处理满意度", "Complaint satisfaction"),
        definition=(
            "回访中对投诉处理表示满意（4–5分）的客户占比。",
            "Share of customers rating the handling of their complaint 4 or 5 of 5.",
        ),
        formula=("4–5分回答 / 回答", "answers of 4–5 / answers"),
        unit=PCT,
        direction=D.HIGHER,
        target=85,
        source=("投诉回访调查", "Complaint follow-up survey"),
        category=Cat.SATISFACTION,
        frequency=MONTHLY,
        owner=KPI_OWNER,
        method=M.SURVEY,
        sample=400,
        was="a-k-csat" if was else None,
    )


def _input(kit: Kit, variants: tuple[InputVariant, ...]) -> InputItem:
    t = kit.t
    return InputItem(
        "in-complaint",
        t(("网络质量投诉", "Network quality complaint")),
        trigger=t(("客户来电投诉信号差", "Customer calls about poor coverage")),
        supplier=t(("客户", "Customer")),
        channel=t(("电话", "Phone")),
        acceptance=t(
            (
                "号码、位置、问题现象和客户星级已记录",
                "Number, location, symptoms and the customer's tier recorded",
            )
        ),
        demand=DemandType.FAILURE,
        variants=variants,
    )


def _as_is_checklist(kit: Kit) -> Checklist:
    t = kit.t
    return Checklist(
        goal=Goal(
            t(
                (
                    "把投诉传到后台处理，并把处理结果回复客户。",
                    "Pass each complaint to the back office and reply with the result.",
                )
            ),
            customer_centred=False,
            kpis=("a-k-reply", "a-k-csat"),
            owner=t(OWNER),
        ),
        inputs=(
            _input(
                kit,
                (
                    InputVariant(
                        "var-new",
                        t(("新投诉", "New complaint")),
                        t(("首次来电投诉。", "First call about the problem.")),
                        "a-complain",
                    ),
                    InputVariant(
                        "var-change",
                        t(("新增或变更需求", "New or changed request")),
                        t(
                            (
                                "处理中客户提出新需求，整条线性流程再走一遍。",
                                "The customer adds or changes a request; the linear chain runs "
                                "again.",
                            )
                        ),
                        "a-again",
                    ),
                ),
            ),
        ),
        outputs=(
            OutputItem(
                "out-reply",
                t(("经专家转回的处理结果", "Result relayed back through the expert")),
                recipient=t(("客户", "Customer")),
                definition_of_done=t(
                    ("坐席把处理结果回复客户", "The agent tells the customer the result")
                ),
                time_standard=t(TIER_RULE),
                satisfies_customer=False,
                pushes_work_to_customer=True,
                judgement=t(
                    (
                        "逐级传递耗时长；需求一变客户就得再投诉一次，容易重复投诉和升级投诉。",
                        "Slow relay; any change makes the customer complain again, breeding "
                        "repeat and escalated complaints.",
                    )
                ),
            ),
        ),
        activities=(
            ActivityItem(
                "act-record",
                t(("安抚并记录", "Soothe and record")),
                standard=t(
                    (
                        "首次来电完整记录位置和现象",
                        "Location and symptoms recorded on the first call",
                    )
                ),
                kpi="a-k-first",
                nodes=("a-soothe", "a-pass"),
            ),
            ActivityItem(
                "act-design",
                t(("制定方案", "Design the solution")),
                standard=t(("4小时内（示例）", "Within 4 hours (example)")),
                nodes=("a-design", "a-send"),
            ),
            ActivityItem(
                "act-execute",
                t(("执行处理", "Execute")),
                standard=t(TIER_RULE),
                kpi="a-k-maint",
                nodes=("a-maint", "a-build"),
            ),
            ActivityItem(
                "act-reply",
                t(("逐级反馈并回复", "Relay and reply")),
                kpi="a-k-reply",
                nodes=("a-report", "a-relay", "a-reply"),
            ),
        ),
    )


def _to_be(kit: Kit) -> Version:
    s = Sketch.start(
        kit,
        "v-to-be",
        ("优化后（扁平化）", "To-be (flattened)"),
        (
            "坐席借助客服支撑系统一次答复已知问题；其余由专家直接授权执行部门，执行部门直接联系"
            "客户、按星级时限处理，并把结果直接反馈坐席。",
            "With the support system the agent answers known issues at once; otherwise the "
            "expert hands authority to the executing department, which contacts the customer, "
            "works to the tier's time limit and reports straight to the agent.",
        ),
        derived_from="v-as-is",
    )
    c = s.lane("t-customer", ("客户", "Customer"), LaneKind.CUSTOMER, was="a-customer")
    agent = s.lane(
        "t-agent",
        ("一线坐席（使用客服支撑系统）", "Front-line agent (with the support system)"),
        LaneKind.FRONTSTAGE,
        was="a-agent",
    )
    expert = s.lane(
        "t-expert",
        ("后台网络专家", "Back-office network expert"),
        LaneKind.BACKSTAGE,
        (
            "负责方案，并及时把网络信息录入客服支撑系统。",
            "Designs solutions and keeps the network status in the support system up to date.",
        ),
        was="a-expert",
    )
    dept = s.lane(
        "t-dept",
        ("执行部门（直接接触客户）", "Executing department (in direct contact)"),
        LaneKind.FRONTSTAGE,
        (
            "扁平化后直接联系客户、了解实时需求：角色变了，所以从现状的支撑区移到前台。",
            "After flattening it contacts the customer directly and learns the current need: "
            "its role changes, so it moves from the as-is support zone to the frontstage.",
        ),
        was="a-dept",
    )

    s.step(
        "t-start", N.START, c, 0, ("发现手机信号差", "Notices poor mobile coverage"), was="a-start"
    )
    s.step(
        "t-complain",
        N.TASK,
        c,
        1,
        ("致电投诉信号差", "Calls to complain about coverage"),
        time=(5, "min"),
        value=V.NECESSARY,
        was="a-complain",
    )
    s.step(
        "t-soothe",
        N.TASK,
        agent,
        2,
        ("安抚并记录投诉信息", "Soothes and records the complaint"),
        time=(5, "min"),
        was="a-soothe",
    )
    s.step(
        "t-lookup",
        N.TASK,
        agent,
        3,
        ("查询投诉地点的网络状况和应答口径", "Looks up the location's network status and script"),
        time=(2, "min"),
        system=("客服支撑系统", "Customer-service support system"),
        rules=(
            "按普通投诉/专题投诉区分，关联投诉点周边已知问题。",
            "Ordinary or topical complaint; match known issues around the location.",
        ),
    )
    s.step(
        "t-known",
        N.DECISION,
        agent,
        4,
        ("已知问题，有现成口径？", "Known issue with a ready answer?"),
        time=(1, "min"),
        notes=EXAMPLE_SHARES,
    )
    s.step(
        "t-answer",
        N.TASK,
        agent,
        5,
        ("按应答口径一次答复", "Answers with the ready script"),
        time=(5, "min"),
        shift=-34,
        script=(
            "您所在区域正在进行网络优化，预计××日恢复，给您带来不便非常抱歉。",
            "Your area is under network work, expected to be restored by <date>; we "
            "are sorry for the trouble.",
        ),
    )
    s.step(
        "t-heard",
        N.TASK,
        c,
        6,
        ("当场得到明确答复", "Gets a clear answer on the call"),
        time=(3, "min"),
        value=V.VALUE,
        shift=-34,
    )
    s.step(
        "t-end-answered",
        N.END,
        c,
        7,
        ("投诉一次答复关闭", "Closed on the first contact"),
        shift=-34,
    )
    s.step(
        "t-promise",
        N.TASK,
        agent,
        5,
        ("按客户星级告知处理时限", "Tells the time limit for the customer's tier"),
        time=(2, "min"),
        rules=TIER_RULE,
        shift=34,
    )
    s.step(
        "t-fork",
        N.PARALLEL,
        agent,
        6,
        ("转专家并告知时限", "Passed on, time limit told"),
        shift=34,
        was="a-fork",
    )
    s.step(
        "t-wait",
        N.WAIT,
        c,
        7,
        ("在承诺时限内等待", "Waits within the promised limit"),
        time=(48, "h"),
        value=V.WASTE,
        waste=W.WAITING,
        shift=34,
        was="a-wait",
    )
    s.step(
        "t-design",
        N.TASK,
        expert,
        7,
        (
            "制定方案，把处理权限直接交给执行部门",
            "Designs the solution and hands authority to the department",
        ),
        time=(4, "h"),
        was="a-design",
    )
    s.step(
        "t-contact",
        N.TASK,
        dept,
        8,
        ("直接联系客户，了解当前需求", "Contacts the customer to learn the current need"),
        time=(15, "min"),
    )
    s.step("t-fork2", N.PARALLEL, dept, 9, ("已联系客户", "Customer contacted"))
    s.step(
        "t-need",
        N.TASK,
        c,
        10,
        ("向执行部门说明现场实际需求", "Tells the department what is needed on site"),
        time=(5, "min"),
        value=V.NECESSARY,
    )
    s.step(
        "t-type",
        N.DECISION,
        dept,
        10,
        ("维护类还是建设类问题？", "Maintenance or construction?"),
        time=(5, "min"),
        notes=EXAMPLE_SHARES,
        was="a-type",
    )
    s.step(
        "t-maint",
        N.TASK,
        dept,
        11,
        ("维护处理", "Carries out the maintenance"),
        time=(48, "h"),
        rules=TIER_RULE,
        shift=-34,
        was="a-maint",
        notes=("时长取三星客户时限（示例）。", "Duration taken as the 3★ limit (example)."),
    )
    s.step(
        "t-build",
        N.TASK,
        dept,
        11,
        ("建设处理（如新建基站）", "Carries out the construction (e.g. a new site)"),
        time=(45, "d"),
        rules=TIER_RULE,
        shift=34,
        was="a-build",
        notes=("时长取三星客户时限（示例）。", "Duration taken as the 3★ limit (example)."),
    )
    s.step(
        "t-report",
        N.TASK,
        dept,
        12,
        ("把处理结果直接反馈给一线坐席", "Reports the result straight to the agent"),
        time=(15, "min"),
        was="a-report",
    )
    s.step(
        "t-confirm",
        N.TASK,
        agent,
        13,
        ("确认结果并回复客户", "Confirms and tells the customer"),
        time=(10, "min"),
        was="a-reply",
        rules=(
            "坐席如需进一步询问，直接找执行部门，不再经过专家。",
            "Any follow-up question goes straight to the department, not via the expert.",
        ),
    )
    s.step("t-join", N.PARALLEL, c, 14, ("问题解决", "Resolved"), was="a-join")
    s.step(
        "t-hear",
        N.TASK,
        c,
        15,
        ("得到处理结果", "Hears the result"),
        time=(5, "min"),
        value=V.VALUE,
        was="a-hear",
    )
    s.step("t-end", N.END, c, 16, ("投诉关闭", "Complaint closed"), was="a-end")

    s.flow("t-f1", "t-start", "t-complain", was="a-f1")
    s.flow("t-f2", "t-complain", "t-soothe", was="a-f2")
    s.chain("t-g", "t-soothe", "t-lookup", "t-known")
    s.flow("t-f-known", "t-known", "t-answer", ("是，已知问题", "yes, known issue"), 0.6)
    s.flow("t-f-unknown", "t-known", "t-promise", ("否", "no"), 0.4)
    s.flow("t-f-answer", "t-answer", "t-heard", ("一次答复", "answered on the call"))
    s.flow("t-f-answered", "t-heard", "t-end-answered")
    s.flow("t-f-promise", "t-promise", "t-fork")
    s.flow("t-f-wait", "t-fork", "t-wait", ("告知星级时限", "tier time limit told"), was="a-f-wait")
    s.flow("t-f-design", "t-fork", "t-design")
    s.flow("t-f-authority", "t-design", "t-contact", ("授权执行部门", "authority handed over"))
    s.flow("t-f-contact", "t-contact", "t-fork2")
    s.flow("t-f-need", "t-fork2", "t-need", ("执行部门来电", "the department calls"))
    s.flow("t-f-need-told", "t-need", "t-join")
    s.flow("t-f-type", "t-fork2", "t-type")
    s.flow("t-f-maint", "t-type", "t-maint", ("维护类", "maintenance"), 0.8, was="a-f-maint")
    s.flow("t-f-build", "t-type", "t-build", ("建设类", "construction"), 0.2, was="a-f-build")
    s.flow("t-f-maint-done", "t-maint", "t-report", was="a-f-maint-done")
    s.flow("t-f-build-done", "t-build", "t-report", was="a-f-build-done")
    s.flow("t-f-report", "t-report", "t-confirm", ("直接反馈坐席", "straight to the agent"))
    s.flow("t-f-reply", "t-confirm", "t-join", ("回复结果", "result told"), was="a-h3")
    s.flow("t-f-waited", "t-wait", "t-join", was="a-f-waited")
    s.flow("t-f-hear", "t-join", "t-hear", was="a-h4")
    s.flow("t-f-end", "t-hear", "t-end")

    _kpi_first(s, "t-k-first", "t-f2", was="a-k-first")
    s.kpi(
        "t-k-script",
        "t-f-answer",
        ("应答口径准确率", "Answer script accuracy"),
        definition=(
            "抽检中按口径答复且内容准确的通话占比。",
            "Share of sampled calls answered accurately with the ready script.",
        ),
        formula=("准确答复的抽检通话 / 抽检通话", "accurate sampled calls / sampled calls"),
        unit=PCT,
        direction=D.HIGHER,
        target=95,
        source=("质检抽样", "Quality monitoring sample"),
        category=Cat.QUALITY,
        frequency=WEEKLY,
        owner=KPI_OWNER,
        method=M.SAMPLING,
        sample=100,
    )
    s.kpi(
        "t-k-told",
        "t-f-wait",
        ("告知星级时限的比例", "Customers told their tier's time limit"),
        definition=(
            "转专家时向客户告知其星级对应处理时限的投诉占比。",
            "Share of passed-on complaints where the customer is told the tier's time limit.",
        ),
        formula=(
            "告知时限的投诉 / 转专家的投诉",
            "complaints with the limit told / complaints passed on",
        ),
        unit=PCT,
        direction=D.HIGHER,
        target=100,
        source=("质检抽样", "Quality monitoring sample"),
        category=Cat.SERVICE,
        frequency=WEEKLY,
        owner=KPI_OWNER,
        method=M.SAMPLING,
        sample=100,
        was="a-k-told",
    )
    s.kpi(
        "t-k-contact",
        "t-f-need",
        ("执行部门联系及时率", "Department contacts the customer in time"),
        definition=(
            "收到授权后2小时内联系到客户的工单占比。",
            "Share of orders where the department reaches the customer within 2 h of "
            "getting authority.",
        ),
        formula=("2小时内联系的工单 / 授权工单", "orders contacted within 2 h / orders authorised"),
        unit=PCT,
        direction=D.HIGHER,
        target=95,
        source=ORDERS,
        category=Cat.SERVICE,
        frequency=WEEKLY,
        owner=KPI_OWNER,
    )
    s.kpi(
        "t-k-reply",
        "t-f-reply",
        ("星级时限达标率", "Resolved within the tier's time limit"),
        definition=(
            "在客户星级对应时限内解决并回复的投诉占比。",
            "Share of complaints resolved and answered within the tier's limit.",
        ),
        formula=(
            "时限内解决的投诉 / 转后台的投诉",
            "complaints resolved in time / complaints passed on",
        ),
        unit=PCT,
        direction=D.HIGHER,
        target=95,
        segments=(
            ("seg-5star", 100.0),
            ("seg-4star", 98.0),
            ("seg-3star", 95.0),
            ("seg-2star", 95.0),
            ("seg-1star", 90.0),
        ),
        source=ORDERS,
        category=Cat.SERVICE,
        frequency=MONTHLY,
        owner=KPI_OWNER,
        was="a-k-reply",
    )
    _tier_kpis(s, "t-k-maint", "t-maint", "t-k-build", "t-build", was=True)
    s.kpi(
        "t-k-status",
        "t-lookup",
        ("网络信息录入及时率", "Network status entered on time"),
        definition=(
            "网络故障和优化信息在规定时间内录入客服支撑系统的占比。",
            "Share of network faults and works entered in the support system in time.",
        ),
        formula=("及时录入的信息 / 应录入的信息", "entries on time / entries due"),
        unit=PCT,
        direction=D.HIGHER,
        target=98,
        source=("客服支撑系统录入日志", "Support-system entry log"),
        category=Cat.QUALITY,
        frequency=WEEKLY,
        owner=KPI_OWNER,
    )
    s.kpi(
        "t-k-repeat",
        None,
        ("重复投诉率", "Repeat complaints"),
        definition=(
            "同一问题再次来电投诉的占比。",
            "Share of complaints followed by another call about the same problem.",
        ),
        formula=("重复投诉 / 投诉", "repeat complaints / complaints"),
        unit=PCT,
        direction=D.LOWER,
        target=5,
        source=ORDERS,
        category=Cat.QUALITY,
        frequency=MONTHLY,
        owner=KPI_OWNER,
        was="a-k-repeat",
    )
    _kpi_process(s, "t-k-escalated", "t-k-csat", was=True)
    s.checklist(_to_be_checklist(kit))
    return s.version


def _to_be_checklist(kit: Kit) -> Checklist:
    t = kit.t
    return Checklist(
        goal=Goal(
            t(
                (
                    "已知问题首次来电即答复；其余按客户星级时限一步到位解决，客户不必反复追问。",
                    "Known issues answered in the first contact; the rest resolved in one "
                    "go within the customer's tier limit, with no chasing.",
                )
            ),
            customer_centred=True,
            kpis=("t-k-first", "t-k-reply", "t-k-csat"),
            owner=t(OWNER),
        ),
        inputs=(
            _input(
                kit,
                (
                    InputVariant(
                        "var-known",
                        t(("已知网络问题", "Known network issue")),
                        t(
                            (
                                "支撑系统中已有网络信息和口径。",
                                "The support system holds the status and a script.",
                            )
                        ),
                        "t-answer",
                    ),
                    InputVariant(
                        "var-new",
                        t(("需处理的问题", "Issue needing work")),
                        t(
                            (
                                "转专家，按星级时限处理。",
                                "Passed to the expert, handled within the tier limit.",
                            )
                        ),
                        "t-promise",
                    ),
                ),
            ),
        ),
        outputs=(
            OutputItem(
                "out-answer",
                t(("首次来电的明确答复", "A clear answer on the first call")),
                recipient=t(("客户", "Customer")),
                definition_of_done=t(
                    (
                        "客户清楚原因和恢复时间",
                        "The customer knows the cause and when it will be fixed",
                    )
                ),
                time_standard=t(("首次来电中", "During the first call")),
                satisfies_customer=True,
                pushes_work_to_customer=False,
                judgement=t(("一次答复，无需等待。", "Answered at once; no waiting.")),
            ),
            OutputItem(
                "out-resolved",
                t(("按时限解决的问题", "Issue resolved within the limit")),
                recipient=t(("客户", "Customer")),
                definition_of_done=t(
                    (
                        "执行部门处理完成，坐席已回复客户",
                        "Department done and the agent has told the customer",
                    )
                ),
                time_standard=t(TIER_RULE),
                satisfies_customer=True,
                pushes_work_to_customer=False,
                judgement=t(
                    (
                        "执行部门直接了解需求，需求变化不再让客户重新投诉。",
                        "The department learns the need directly, so a change "
                        "no longer means a new complaint.",
                    )
                ),
            ),
        ),
        activities=(
            ActivityItem(
                "act-lookup",
                t(("查询网络状况", "Look up the network status")),
                standard=t(("来电中2分钟内（示例）", "Within 2 minutes on the call (example)")),
                kpi="t-k-status",
                nodes=("t-lookup", "t-known"),
            ),
            ActivityItem(
                "act-answer",
                t(("一次答复", "Answer on the first contact")),
                kpi="t-k-first",
                nodes=("t-answer",),
            ),
            ActivityItem(
                "act-design",
                t(("制定方案并授权", "Design and hand over authority")),
                standard=t(("4小时内（示例）", "Within 4 hours (example)")),
                nodes=("t-design",),
            ),
            ActivityItem(
                "act-execute",
                t(("联系客户并执行", "Contact the customer and execute")),
                standard=t(TIER_RULE),
                kpi="t-k-maint",
                nodes=("t-contact", "t-maint", "t-build"),
            ),
            ActivityItem(
                "act-report",
                t(("直接反馈并回复", "Report straight back and reply")),
                kpi="t-k-reply",
                nodes=("t-report", "t-confirm"),
            ),
        ),
    )
