"""Case 5 (seed 004): a travelling customer's phone loses signal, and standardised service
turns into a nightmare.

As-is: the local centre apologises and sends the customer to the home-region centre, which
sends them back, then records a number and promises "as soon as possible": no time limit,
no progress, twenty-odd calls in three days, never resolved. To-be: the first centre owns
the case to the end, commits to a time limit, coordinates the other centre internally (a
hanging collaborator), sends progress updates and confirms the result.
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

NAME = "roaming-no-signal"

OWNER: Text = ("客户服务部经理（示例）", "Customer service manager (example)")
KPI_OWNER: Text = ("客服中心值班经理（示例）", "Contact-centre duty manager (example)")
CASES_LOG: Text = ("故障工单系统", "Fault work-order system")


def build(language: str) -> Document:
    kit = Kit(language)
    metadata = template_metadata(
        kit,
        title=(
            "漫游手机无信号：首问负责到底",
            "Roaming phone without signal: the first centre owns the case",
        ),
        description=(
            "出差客户手机没有信号。现状：当地客服让客户找归属地，归属地又让客户找当地，只记下"
            "电话、承诺“尽快解决”，没有时限也没有进展，客户三天打了二十余次仍未解决。优化后："
            "首问中心负责到底，承诺处理时限，与另一方中心内部协调（悬挂流程），主动通报进展并"
            "确认结果。",
            "A travelling customer's phone loses signal. As-is: the local centre sends the "
            "customer to the home-region centre, which sends them back, then records a number "
            "and promises 'as soon as possible'; no time limit, no progress, twenty-odd calls "
            "in three days, never resolved. To-be: the first centre owns the case, commits to "
            "a time limit, coordinates the other centre internally (a hanging collaborator), "
            "sends progress updates and confirms the result.",
        ),
        owner=OWNER,
        team=("移动运营商客服中心（示例）", "Mobile operator contact centre (example)"),
        tags=(
            ("电信", "telecom"),
            ("漫游", "roaming"),
            ("首问负责", "case ownership"),
            ("时限承诺", "time-limit commitment"),
            ("进展通报", "progress updates"),
            ("悬挂流程", "hanging collaborator"),
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
            "两个客服中心都按标准话术致歉、把客户推给对方；没有时限承诺，也没有进展通报。",
            "Both centres apologise by the script and send the customer to the other; no time "
            "limit, no progress updates.",
        ),
    )
    c = s.lane(
        "a-customer", ("出差在外的客户", "Travelling customer"), LaneKind.CUSTOMER, height=200
    )
    local = s.lane("a-local", ("漫游地客服中心", "Local operator's centre"), LaneKind.FRONTSTAGE)
    home = s.lane(
        "a-home",
        ("号码归属地客服中心", "Home-region centre"),
        LaneKind.FRONTSTAGE,
        (
            "现状中客户被推给它，还得自己给它打电话：客户必须面对的第二个角色。",
            "In the as-is the customer is sent to it and has to call it: a second role the "
            "customer must deal with.",
        ),
    )

    s.step("a-start", N.START, c, 0, ("手机突然没有信号", "Phone loses signal"))
    s.step(
        "a-call-local",
        N.TASK,
        c,
        1,
        ("用酒店固话致电当地客服", "Calls the local centre from the hotel phone"),
        time=(5, "min"),
        value=V.NECESSARY,
    )
    s.step(
        "a-apologise",
        N.TASK,
        local,
        2,
        ("致歉，让客户联系归属地客服中心", "Apologises and sends the customer to the home centre"),
        time=(3, "min"),
        fail_point=True,
        script=(
            "非常抱歉给您带来不便，请您联系号码归属地的客服中心。",
            "We're sorry for the trouble; please contact your home-region centre.",
        ),
    )
    s.step(
        "a-call-home",
        N.TASK,
        c,
        3,
        ("改打归属地客服中心，再说明一遍", "Calls the home centre and explains again"),
        time=(8, "min"),
        value=V.WASTE,
        waste=W.CUSTOMER_WORK,
    )
    s.step(
        "a-redirect",
        N.TASK,
        home,
        4,
        ("答复需要联系所在地客服", "Says to contact the local centre"),
        time=(3, "min"),
        fail_point=True,
    )
    s.step(
        "a-insist",
        N.TASK,
        c,
        5,
        ("说明已经联系过当地客服", "Says the local centre sent them here"),
        time=(3, "min"),
        value=V.WASTE,
        waste=W.HAND_OFF,
    )
    s.step(
        "a-record",
        N.TASK,
        home,
        6,
        (
            "记下临时联系电话，致歉并承诺“尽快解决”",
            "Records a contact number and promises 'as soon as possible'",
        ),
        time=(5, "min"),
        script=(
            "非常抱歉，我们会尽快处理的。",
            "We're very sorry; we will deal with it as soon as possible.",
        ),
        notes=(
            "没有期限承诺，也不通报处理过程。",
            "No time limit is given and no progress is reported.",
        ),
    )
    s.step(
        "a-wait",
        N.WAIT,
        c,
        7,
        ("等待：没有时限，也没有进展", "Waits with no time limit and no news"),
        time=(3.5, "h"),
        value=V.WASTE,
        waste=W.WAITING,
    )
    s.step(
        "a-again",
        N.DECISION,
        c,
        8,
        ("还没解决：再打还是放弃？", "Still no signal: call again or give up?"),
        notes=(
            "按原文“三天内二十余次来电”折算的分支概率（示例）。",
            "Shares worked out from the article's 'twenty-odd calls in three days' (example).",
        ),
    )
    s.step(
        "a-chase",
        N.TASK,
        c,
        9,
        ("再次致电归属地客服催问", "Calls the home centre again to chase"),
        time=(5, "min"),
        value=V.WASTE,
        waste=W.REPEAT_CONTACT,
        shift=-55,
    )
    s.step(
        "a-sorry",
        N.TASK,
        home,
        10,
        ("再次致歉：“尽快解决”", "Apologises again: 'as soon as possible'"),
        time=(3, "min"),
        script=(
            "非常抱歉，我们会尽快处理的。",
            "We're very sorry; we will deal with it as soon as possible.",
        ),
    )
    s.step(
        "a-giveup",
        N.TASK,
        c,
        9,
        ("三天后无奈放弃，问题始终未解决", "Gives up after three days, never resolved"),
        time=(1, "min"),
        value=V.WASTE,
        waste=W.OTHER,
        shift=55,
    )
    s.step(
        "a-end",
        N.END,
        c,
        10,
        ("未解决，客户流失风险", "Unresolved; the customer may leave"),
        shift=55,
    )

    s.chain(
        "a-f",
        "a-start",
        "a-call-local",
        "a-apologise",
        "a-call-home",
        "a-redirect",
        "a-insist",
        "a-record",
        "a-wait",
        "a-again",
    )
    s.flow("a-f-chase", "a-again", "a-chase", ("再打", "call again"), 0.95)
    s.flow("a-f-giveup", "a-again", "a-giveup", ("放弃", "give up"), 0.05)
    s.chain("a-g", "a-chase", "a-sorry", "a-wait")
    s.flow("a-f-end", "a-giveup", "a-end")

    def share(
        kpi_id: str,
        flow: str,
        name: Text,
        definition: Text,
        formula: Text,
        direction: D,
        target: float,
        baseline: float | None,
        source: Text,
        method: M = M.SYSTEM,
    ) -> None:
        s.kpi(
            kpi_id,
            flow,
            name,
            definition=definition,
            formula=formula,
            unit=PCT,
            direction=direction,
            target=target,
            baseline=baseline,
            source=source,
            category=Cat.SERVICE,
            frequency=MONTHLY,
            owner=KPI_OWNER,
            method=method,
            sample=100 if method is M.SAMPLING else None,
        )

    share(
        "a-k-owned",
        "a-f2",
        ("首问负责率", "Cases owned by the first centre called"),
        (
            "首次接到来电的中心自己负责处理的故障占比。",
            "Share of faults handled by the centre the customer called first.",
        ),
        ("首问中心处理的故障 / 故障", "faults owned by the first centre / faults"),
        D.HIGHER,
        100,
        0,
        CASES_LOG,
    )
    share(
        "a-k-referred",
        "a-f3",
        ("推给其他中心的比例", "Customers sent to another centre"),
        (
            "让客户自己去联系另一个中心的来电占比。",
            "Share of calls where the customer is told to contact another centre.",
        ),
        ("转介来电 / 来电", "calls referred away / calls"),
        D.LOWER,
        0,
        100,
        CALLS,
    )
    share(
        "a-k-solved-home",
        "a-f4",
        ("归属地中心一次解决率", "Solved on the first call to the home centre"),
        (
            "客户第一次致电归属地中心即得到解决的占比。",
            "Share of faults solved on the first call to the home centre.",
        ),
        ("一次解决的故障 / 故障", "faults solved first time / faults"),
        D.HIGHER,
        80,
        0,
        CALLS,
    )
    share(
        "a-k-bounced",
        "a-f5",
        ("把客户推回去的比例", "Customers sent back"),
        (
            "客户被要求回头联系原中心的来电占比。",
            "Share of calls where the customer is sent back to the centre they came from.",
        ),
        ("推回的来电 / 来电", "calls sent back / calls"),
        D.LOWER,
        0,
        None,
        SAMPLE,
        M.SAMPLING,
    )
    share(
        "a-k-recorded",
        "a-f6",
        ("联系方式记录完整率", "Contact details recorded"),
        (
            "记录了可用临时联系方式的故障占比。",
            "Share of faults with a usable temporary contact recorded.",
        ),
        ("记录完整的故障 / 故障", "faults with contact recorded / faults"),
        D.HIGHER,
        100,
        None,
        CASES_LOG,
    )
    share(
        "a-k-commit",
        "a-f7",
        ("给出明确时限的比例", "Time limit committed"),
        (
            "向客户承诺了明确处理时限的故障占比。",
            "Share of faults where the customer is given a definite time limit.",
        ),
        ("有时限承诺的故障 / 故障", "faults with a time limit / faults"),
        D.HIGHER,
        100,
        0,
        SAMPLE,
        M.SAMPLING,
    )
    s.kpi(
        "a-k-repeat",
        "a-g1",
        ("每个故障的重复来电", "Repeat calls per fault"),
        definition=(
            "同一故障客户再次来电的次数。",
            "Calls the customer makes again about the same fault.",
        ),
        formula=("重复来电 / 故障", "repeat calls / faults"),
        unit=("次", "calls"),
        direction=D.LOWER,
        target=0,
        baseline=20,
        source=CALLS,
        category=Cat.QUALITY,
        frequency=MONTHLY,
        owner=KPI_OWNER,
        note=(
            "基线取原文“二十余次”；目标值（示例）为自拟。",
            "Baseline from the article's 'twenty-odd calls'; the target (example) is ours.",
        ),
    )
    share(
        "a-k-update",
        "a-g2",
        ("进展通报率", "Progress updates sent"),
        (
            "处理中按约向客户通报进展的故障占比。",
            "Share of open faults where the customer is told the progress as agreed.",
        ),
        ("按约通报的故障 / 处理中的故障", "faults updated as agreed / open faults"),
        D.HIGHER,
        100,
        0,
        CASES_LOG,
    )
    _process_kpis(s, was=False)
    s.checklist(_as_is_checklist(kit))
    return s.version


def _process_kpis(s: Sketch, *, was: bool) -> None:
    prefix = "t" if was else "a"
    s.kpi(
        f"{prefix}-k-resolve",
        None,
        ("故障解决时长", "Time to resolve"),
        definition=(
            "从客户首次来电到信号恢复的小时数。",
            "Hours from the first call to the signal restored.",
        ),
        formula=("恢复时间 − 首次来电时间", "restored time − first call time"),
        unit="h",
        direction=D.LOWER,
        target=4,
        baseline=72 if not was else None,
        source=CASES_LOG,
        category=Cat.SERVICE,
        frequency=MONTHLY,
        owner=KPI_OWNER,
        was="a-k-resolve" if was else None,
    )
    s.kpi(
        f"{prefix}-k-csat",
        None,
        ("故障处理满意度", "Fault handling satisfaction"),
        definition=(
            "回访中对故障处理表示满意（4–5分）的客户占比。",
            "Share of customers rating the fault handling 4 or 5 of 5.",
        ),
        formula=("4–5分回答 / 回答", "answers of 4–5 / answers"),
        unit=PCT,
        direction=D.HIGHER,
        target=85,
        source=("故障回访调查", "Fault follow-up survey"),
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
        "in-fault",
        t(("漫游时手机无信号", "No signal while roaming")),
        trigger=t(("客户来电报障", "Customer calls to report the fault")),
        supplier=t(("客户", "Customer")),
        channel=t(
            ("电话（客户可能只能用固话）", "Phone (often a landline, the mobile has no signal)")
        ),
        acceptance=t(
            (
                "号码、所在地、可用的临时联系方式已记录",
                "Number, location and a reachable temporary contact recorded",
            )
        ),
        demand=DemandType.FAILURE,
        variants=variants,
    )


def _as_is_checklist(kit: Kit) -> Checklist:
    t = kit.t
    return Checklist(
        goal=Goal(
            t(("按标准话术受理并致歉。", "Take the call and apologise by the standard script.")),
            customer_centred=False,
            kpis=("a-k-resolve", "a-k-csat"),
            owner=t(OWNER),
        ),
        inputs=(
            _input(
                kit,
                (
                    InputVariant(
                        "var-first",
                        t(("首次报障", "First report")),
                        t(("出现故障后的第一次来电。", "The first call after the fault.")),
                        "a-call-local",
                    ),
                    InputVariant(
                        "var-chase",
                        t(("催问进展", "Chasing progress")),
                        t(
                            (
                                "没有时限和进展，客户只能再打。",
                                "With no time limit or news, the customer calls again.",
                            )
                        ),
                        "a-chase",
                    ),
                ),
            ),
        ),
        outputs=(
            OutputItem(
                "out-apology",
                t(("致歉和“尽快解决”的答复", "An apology and 'as soon as possible'")),
                recipient=t(("客户", "Customer")),
                definition_of_done=t(("已致歉并记录联系方式", "Apologised and contact recorded")),
                time_standard=t(("无承诺", "No commitment")),
                satisfies_customer=False,
                pushes_work_to_customer=True,
                judgement=t(
                    (
                        "客户被两个中心来回推，只能一遍遍打电话，三天里问题一直没解决。",
                        "The customer is passed between two centres and must keep calling; "
                        "in three days nothing is solved.",
                    )
                ),
            ),
        ),
        activities=(
            ActivityItem(
                "act-take",
                t(("受理来电", "Take the call")),
                standard=t(("标准话术致歉", "Apologise by the script")),
                kpi="a-k-owned",
                nodes=("a-apologise", "a-redirect"),
            ),
            ActivityItem(
                "act-record",
                t(("记录并承诺", "Record and promise")),
                kpi="a-k-commit",
                nodes=("a-record",),
            ),
            ActivityItem(
                "act-chase",
                t(("应答催问", "Answer chasing calls")),
                kpi="a-k-update",
                nodes=("a-sorry",),
            ),
        ),
    )


def _to_be(kit: Kit) -> Version:
    s = Sketch.start(
        kit,
        "v-to-be",
        ("优化后", "To-be"),
        (
            "首问中心负责到底：承诺时限，内部协调另一方中心，主动通报进展，确认结果。客服人员"
            "获得授权，不再只念标准道歉话术。",
            "The first centre owns the case: it commits to a time limit, coordinates the other "
            "centre internally, sends progress updates and confirms the result. Agents are "
            "empowered to act, not just recite apologies.",
        ),
        derived_from="v-as-is",
    )
    c = s.lane(
        "t-customer", ("出差在外的客户", "Travelling customer"), LaneKind.CUSTOMER, was="a-customer"
    )
    first = s.lane(
        "t-first",
        ("首问客服中心（负责到底）", "First centre called (owns the case)"),
        LaneKind.FRONTSTAGE,
        was="a-local",
    )
    other = s.lane(
        "t-other",
        ("另一方客服中心（悬挂协作）", "Other centre (hanging collaborator)"),
        LaneKind.BACKSTAGE,
        (
            "只与首问中心协作，客户无需联系，所以移到可见线之后。",
            "Works with the first centre only; the customer never has to call it, so it "
            "moves behind the line of visibility.",
        ),
        was="a-home",
    )

    s.step("t-start", N.START, c, 0, ("手机突然没有信号", "Phone loses signal"), was="a-start")
    s.step(
        "t-call",
        N.TASK,
        c,
        1,
        ("致电当地客服", "Calls the local centre"),
        time=(5, "min"),
        value=V.NECESSARY,
        was="a-call-local",
    )
    s.step(
        "t-own",
        N.TASK,
        first,
        2,
        ("首问负责：受理并承诺处理时限", "Takes ownership and commits to a time limit"),
        time=(5, "min"),
        was="a-apologise",
        rules=(
            "首问中心有权直接协调另一方中心，不得让客户自行联系。",
            "The first centre may coordinate the other centre directly and never sends "
            "the customer there.",
        ),
        script=(
            "这个问题由我负责跟进，4小时内给您结果，有进展会短信通知您。",
            "I'll own this: you'll have a result within 4 hours, and a text as soon "
            "as there is progress.",
        ),
    )
    s.step("t-fork", N.PARALLEL, first, 3, ("已承诺时限", "Time limit committed"))
    s.step(
        "t-notify",
        N.TASK,
        first,
        4,
        ("短信通报受理和承诺时限", "Texts the case number and time limit"),
        time=(2, "min"),
        shift=-34,
        system=("短信平台", "SMS platform"),
    )
    s.step(
        "t-coordinate",
        N.TASK,
        other,
        4,
        ("内部协调：核查号码和漫游状态", "Checks the number and roaming status"),
        time=(15, "min"),
    )
    s.step(
        "t-wait",
        N.WAIT,
        c,
        5,
        ("在承诺时限内等待，收到进展", "Waits within the limit, kept informed"),
        time=(2, "h"),
        value=V.WASTE,
        waste=W.WAITING,
        was="a-wait",
    )
    s.step(
        "t-can",
        N.DECISION,
        other,
        5,
        ("能否远程恢复？", "Can it be fixed remotely?"),
        time=(5, "min"),
        notes=EXAMPLE_SHARES,
    )
    s.step(
        "t-fix",
        N.TASK,
        other,
        6,
        ("远程恢复号码的漫游服务", "Restores roaming remotely"),
        time=(1, "h"),
        shift=-34,
    )
    s.step(
        "t-escalate",
        N.TASK,
        other,
        6,
        ("协调网络维护现场排查", "Has network maintenance check on site"),
        time=(6, "h"),
        shift=34,
    )
    s.step(
        "t-report",
        N.TASK,
        other,
        7,
        ("把处理结果反馈首问中心", "Reports the result to the first centre"),
        time=(10, "min"),
    )
    s.step(
        "t-confirm",
        N.TASK,
        first,
        8,
        ("回访确认信号恢复", "Confirms the signal is back"),
        time=(5, "min"),
    )
    s.step("t-join", N.PARALLEL, c, 9, ("已确认", "Confirmed"))
    s.step(
        "t-restored",
        N.TASK,
        c,
        10,
        ("手机恢复信号，正常使用", "Has a working phone again"),
        time=(10, "min"),
        value=V.VALUE,
    )
    s.step("t-end", N.END, c, 11, ("问题解决", "Resolved"))

    s.flow("t-f1", "t-start", "t-call", was="a-f1")
    s.flow("t-f2", "t-call", "t-own", was="a-f2")
    s.flow("t-f3", "t-own", "t-fork")
    s.flow("t-f-notify", "t-fork", "t-notify")
    s.flow("t-f-told", "t-notify", "t-wait", ("短信通报进展", "progress text"))
    s.flow("t-f-coordinate", "t-fork", "t-coordinate", ("内部协调", "internal coordination"))
    s.flow("t-f-can", "t-coordinate", "t-can")
    s.flow("t-f-fix", "t-can", "t-fix", ("能", "yes"), 0.8)
    s.flow("t-f-escalate", "t-can", "t-escalate", ("不能", "no"), 0.2)
    s.flow("t-f-fixed", "t-fix", "t-report")
    s.flow("t-f-checked", "t-escalate", "t-report")
    s.flow("t-f-report", "t-report", "t-confirm")
    s.flow("t-f-confirm", "t-confirm", "t-join", ("回访确认结果", "result confirmed"))
    s.flow("t-f-waited", "t-wait", "t-join")
    s.flow("t-f-restored", "t-join", "t-restored")
    s.flow("t-f-end", "t-restored", "t-end")

    s.kpi(
        "t-k-commit",
        "t-f2",
        ("首次来电承诺时限率", "Time limit committed on the first call"),
        definition=(
            "首次来电即承诺明确处理时限的故障占比。",
            "Share of faults given a definite time limit on the first call.",
        ),
        formula=("首次来电承诺时限的故障 / 故障", "faults with a limit on the first call / faults"),
        unit=PCT,
        direction=D.HIGHER,
        target=100,
        source=SAMPLE,
        category=Cat.SERVICE,
        frequency=WEEKLY,
        owner=KPI_OWNER,
        method=M.SAMPLING,
        sample=100,
        was="a-k-commit",
    )
    s.kpi(
        "t-k-progress",
        "t-f-told",
        ("进展通报率", "Progress updates sent"),
        definition=(
            "处理中按约向客户通报进展的故障占比。",
            "Share of open faults where the customer is told the progress as agreed.",
        ),
        formula=("按约通报的故障 / 处理中的故障", "faults updated as agreed / open faults"),
        unit=PCT,
        direction=D.HIGHER,
        target=100,
        source=("短信平台发送记录", "SMS platform log"),
        category=Cat.SERVICE,
        frequency=WEEKLY,
        owner=KPI_OWNER,
        was="a-k-update",
    )
    s.kpi(
        "t-k-kept",
        "t-f-confirm",
        ("时限承诺兑现率", "Time-limit commitment kept"),
        definition=(
            "在承诺时限内恢复服务的故障占比。",
            "Share of faults restored within the committed limit.",
        ),
        formula=("按时恢复的故障 / 故障", "faults restored in time / faults"),
        unit=PCT,
        direction=D.HIGHER,
        target=95,
        source=CASES_LOG,
        category=Cat.SERVICE,
        frequency=WEEKLY,
        owner=KPI_OWNER,
    )
    s.kpi(
        "t-k-feedback",
        "t-f-confirm",
        ("结果反馈率", "Result feedback given"),
        definition=(
            "处理完成后回访客户确认结果的故障占比。",
            "Share of faults where the customer is called back to confirm the result.",
        ),
        formula=("回访确认的故障 / 完成的故障", "faults confirmed with the customer / faults done"),
        unit=PCT,
        direction=D.HIGHER,
        target=100,
        source=CASES_LOG,
        category=Cat.QUALITY,
        frequency=WEEKLY,
        owner=KPI_OWNER,
    )
    s.kpi(
        "t-k-calls",
        None,
        ("每个故障的客户来电次数", "Customer calls per fault"),
        definition=(
            "解决一个故障客户需要打的电话次数。",
            "Calls the customer makes to get one fault resolved.",
        ),
        formula=("与该故障相关的来电 / 故障", "calls about the fault / faults"),
        unit=("次", "calls"),
        direction=D.LOWER,
        target=1,
        source=CALLS,
        category=Cat.QUALITY,
        frequency=MONTHLY,
        owner=KPI_OWNER,
        was="a-k-repeat",
    )
    _process_kpis(s, was=True)
    s.checklist(_to_be_checklist(kit))
    return s.version


def _to_be_checklist(kit: Kit) -> Checklist:
    t = kit.t
    return Checklist(
        goal=Goal(
            t(
                (
                    "首问中心对故障负责到底：承诺明确时限，主动通报进展，按时恢复服务并确认结果。",
                    "The first centre owns the fault to the end: a definite time limit, "
                    "progress updates, service restored in time and the result confirmed.",
                )
            ),
            customer_centred=True,
            kpis=("t-k-kept", "t-k-resolve", "t-k-csat"),
            owner=t(OWNER),
        ),
        inputs=(
            _input(
                kit,
                (
                    InputVariant(
                        "var-remote",
                        t(("号码或漫游设置问题", "Number or roaming settings")),
                        t(("可远程恢复。", "Can be fixed remotely.")),
                        "t-fix",
                    ),
                    InputVariant(
                        "var-network",
                        t(("漫游地网络问题", "Local network problem")),
                        t(("需要网络维护现场排查。", "Needs an on-site network check.")),
                        "t-escalate",
                    ),
                ),
            ),
        ),
        outputs=(
            OutputItem(
                "out-restored",
                t(("按时恢复服务", "Service restored in time")),
                recipient=t(("客户", "Customer")),
                definition_of_done=t(
                    ("信号恢复，首问中心已回访确认", "Signal back, confirmed by the first centre")
                ),
                time_standard=t(
                    ("承诺时限内（示例：4小时）", "Within the committed limit (example: 4 hours)")
                ),
                satisfies_customer=True,
                pushes_work_to_customer=False,
                judgement=t(
                    (
                        "一个电话、一个负责人，客户不用来回奔走。",
                        "One call, one owner; the customer runs nowhere.",
                    )
                ),
            ),
            OutputItem(
                "out-updates",
                t(("进展通报", "Progress updates")),
                recipient=t(("客户", "Customer")),
                definition_of_done=t(
                    (
                        "受理、处理中、完成各通报一次",
                        "Told at intake, in progress and at completion",
                    )
                ),
                time_standard=t(
                    ("每个节点后10分钟内（示例）", "Within 10 minutes of each stage (example)")
                ),
                satisfies_customer=True,
                pushes_work_to_customer=False,
                judgement=t(("客户不用打电话问进展。", "The customer need not call to ask.")),
            ),
        ),
        activities=(
            ActivityItem(
                "act-own",
                t(("首问负责并承诺时限", "Own the case and commit")),
                kpi="t-k-commit",
                nodes=("t-own",),
            ),
            ActivityItem(
                "act-notify",
                t(("通报进展", "Send progress updates")),
                kpi="t-k-progress",
                nodes=("t-notify",),
            ),
            ActivityItem(
                "act-fix",
                t(("内部协调并恢复服务", "Coordinate and restore")),
                standard=t(
                    ("承诺时限内（示例：4小时）", "Within the committed limit (example: 4 hours)")
                ),
                kpi="t-k-resolve",
                nodes=("t-coordinate", "t-fix", "t-escalate", "t-report"),
            ),
            ActivityItem(
                "act-confirm",
                t(("回访确认结果", "Confirm the result")),
                kpi="t-k-feedback",
                nodes=("t-confirm",),
            ),
        ),
    )
