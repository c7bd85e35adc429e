"""Case 4 (seed 001): one government process, three customer types, every interaction measured.

The article gives no flow, only the method: citizens, doctors and insurance companies each
get their own customer lane; every interaction gets its own measures (first-contact
efficiency, response speed, whether the response fit, whether the customer had to call
again, time until the service was delivered, satisfaction by sampling); value-adding
customer steps stand out from the ones that waste the customer's time; self-service channels
count as interactions too. The reimbursement flow drawn here is therefore an example (every
duration and target says so): a paper-and-counter as-is and a self-service to-be.
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
from workbench.template_cases.kit import EXAMPLE_SHARES, Kit, Sketch, Text, template_metadata

NAME = "health-insurance-claims"

OWNER: Text = ("医保经办服务处负责人（示例）", "Head of programme services (example)")
KPI_OWNER: Text = ("服务质量科（示例）", "Service quality unit (example)")
CITIZEN: Text = ("市民", "Citizens")
DOCTOR: Text = ("医生", "Doctors")
INSURER: Text = ("保险公司", "Insurers")
ILLUSTRATION: Text = (
    "原文只给出方法，未给出流程：本流程（示例）为自拟。",
    "The article gives the method, not this flow: the flow (example) is ours.",
)

# kind: (name, definition, formula, unit, direction, default target, category, method)
MEASURES: dict[str, tuple[Text, Text, Text, Text | str, D, float, Cat, M]] = {
    "first": (
        ("首次接触效率", "first-contact efficiency"),
        (
            "首次接触即被受理、无需补件或转办的占比。",
            "Share handled at the first contact, with nothing missing and no transfer.",
        ),
        ("首次即受理 / 接触", "handled first time / contacts"),
        "%",
        D.HIGHER,
        90,
        Cat.SERVICE,
        M.SYSTEM,
    ),
    "speed": (
        ("响应速度", "response speed"),
        (
            "从客户发起到组织作出响应的小时数。",
            "Hours from the customer's action to the organisation's response.",
        ),
        ("响应时间 − 发起时间", "response time − request time"),
        "h",
        D.LOWER,
        24,
        Cat.SERVICE,
        M.SYSTEM,
    ),
    "fit": (
        ("响应恰当率", "response fit"),
        (
            "抽样评估中响应内容恰当、解释清楚的占比（主观指标，抽样）。",
            "Share of sampled responses judged fitting and clearly explained (subjective, "
            "sampled).",
        ),
        ("恰当的抽样 / 抽样", "fitting samples / samples"),
        "%",
        D.HIGHER,
        95,
        Cat.QUALITY,
        M.SAMPLING,
    ),
    "repeat": (
        ("再次来电率", "had to contact again"),
        (
            "同一事项客户需要再次联系的占比。",
            "Share of matters where the customer had to contact us again.",
        ),
        ("再次联系的事项 / 事项", "matters with another contact / matters"),
        "%",
        D.LOWER,
        5,
        Cat.QUALITY,
        M.SYSTEM,
    ),
    "service": (
        ("服务交付时长", "time to service delivered"),
        ("从提出申请到报销款到账的天数。", "Days from the claim to the money paid."),
        ("到账日期 − 申请日期", "payment date − claim date"),
        ("天", "d"),
        D.LOWER,
        5,
        Cat.SERVICE,
        M.SYSTEM,
    ),
    "satisfaction": (
        ("满意度（抽样）", "satisfaction (sampled)"),
        (
            "抽样回访中表示满意（4–5分）的占比。",
            "Share of sampled customers rating the interaction 4 or 5 of 5.",
        ),
        ("4–5分回答 / 回答", "answers of 4–5 / answers"),
        "%",
        D.HIGHER,
        85,
        Cat.SATISFACTION,
        M.SURVEY,
    ),
}
SOURCES: dict[M, Text] = {
    M.SYSTEM: ("经办系统记录", "Case system records"),
    M.SAMPLING: ("质检抽样（评估员校准）", "Calibrated quality sample"),
    M.SURVEY: ("互动后抽样回访", "Sampled post-interaction survey"),
}


def build(language: str) -> Document:
    kit = Kit(language)
    metadata = template_metadata(
        kit,
        title=(
            "医保报销：一个流程，三类客户",
            "Health-insurance claims: one process, three customer types",
        ),
        description=(
            "政府医保报销流程同时与市民、医生（医疗机构）和商业保险公司三类客户互动，每类客户"
            "一条泳道，每次互动都有自己的衡量指标（首次接触效率、响应速度、响应是否恰当、是否"
            "需要再次来电、服务交付时长、满意度抽样）。现状为纸质材料和窗口办理，优化后以网站/"
            "APP/IVR自助服务为互动渠道。流程为示例。",
            "A government health-insurance claim process that deals with three customer types "
            "- citizens, doctors and insurance companies - each in its own lane, with measures "
            "on every interaction (first-contact efficiency, response speed, response fit, "
            "repeat contacts, time to service, sampled satisfaction). As-is: paper and the "
            "counter; to-be: self-service web, app and IVR as interaction channels. The flow "
            "is an example.",
        ),
        owner=OWNER,
        team=("市医保经办中心（示例）", "City health-insurance office (example)"),
        tags=(
            ("医保", "health insurance"),
            ("政府服务", "public service"),
            ("多类客户", "several customer types"),
            ("自助服务", "self-service"),
            ("互动指标", "interaction measures"),
            ("增值与浪费", "value and waste"),
        ),
        classification=Classification.KEY_CUSTOMER_SERVICE,
    )
    return Document(metadata, versions=[_as_is(kit), _to_be(kit)])


def _measure(
    s: Sketch,
    kpi_id: str,
    flow: str | None,
    kind: str,
    who: Text,
    *,
    target: float | None = None,
    was: str | None = None,
) -> None:
    name, definition, formula, unit, direction, default, category, method = MEASURES[kind]
    label = (f"{who[0]}·{name[0]}", f"{who[1]}: {name[1]}")
    s.kpi(
        kpi_id,
        flow,
        label,
        definition=definition,
        formula=formula,
        unit=unit,
        direction=direction,
        target=default if target is None else target,
        source=SOURCES[method],
        category=category,
        frequency=("每月", "monthly"),
        owner=KPI_OWNER,
        method=method,
        sample=200 if method is not M.SYSTEM else None,
        was=was,
    )


def _lanes(s: Sketch, prefix: str) -> None:
    """The three customer types, each in its own lane."""
    was = (lambda name: f"a-{name}") if prefix == "t" else (lambda name: None)
    s.lane(f"{prefix}-citizen", ("参保市民", "Citizen"), LaneKind.CUSTOMER, was=was("citizen"))
    s.lane(
        f"{prefix}-doctor",
        ("医生（医疗机构）", "Doctor (clinic or hospital)"),
        LaneKind.CUSTOMER,
        was=was("doctor"),
    )
    s.lane(
        f"{prefix}-insurer",
        ("商业健康保险公司", "Health insurance company"),
        LaneKind.CUSTOMER,
        was=was("insurer"),
    )


def _as_is(kit: Kit) -> Version:
    s = Sketch.start(
        kit,
        "v-as-is",
        ("现状（纸质与窗口）", "As-is (paper and counter)"),
        (
            "市民自己跑医院取材料、到窗口递交，材料不全要补件；审核时经办窗口致函医疗机构核实，"
            "再把结算单寄给保险公司；市民只能打电话问进度。",
            "Citizens fetch papers from the doctor and queue at the counter, and come back when "
            "something is missing; the office writes to the doctor to verify and posts the "
            "settlement to the insurer; citizens phone to ask how it is going.",
        ),
    )
    _lanes(s, "a")
    office = s.lane(
        "a-office",
        ("医保经办窗口/热线", "Programme office (counter and hotline)"),
        LaneKind.FRONTSTAGE,
        (
            "市民在窗口递交材料、打热线问进度：客户直接打交道的角色。",
            "Citizens hand in papers at its counter and phone its hotline for news: a role "
            "the customers deal with directly.",
        ),
    )
    review = s.lane("a-review", ("医保审核科", "Claims review unit"), LaneKind.BACKSTAGE)
    c, doc, ins = "a-citizen", "a-doctor", "a-insurer"

    s.step(
        "a-start",
        N.START,
        c,
        0,
        ("垫付医疗费用，需要报销", "Paid for treatment, wants it reimbursed"),
        notes=ILLUSTRATION,
    )
    s.step(
        "a-collect",
        N.TASK,
        c,
        1,
        (
            "回医院索取病历、发票和诊断证明",
            "Goes back to the clinic for records, invoices and certificates",
        ),
        time=(2, "h"),
        value=V.WASTE,
        waste=W.CUSTOMER_WORK,
    )
    s.step(
        "a-issue",
        N.TASK,
        doc,
        2,
        ("开具纸质证明材料", "Issues paper certificates"),
        time=(30, "min"),
        value=V.NECESSARY,
    )
    s.step(
        "a-submit",
        N.TASK,
        c,
        3,
        ("到经办窗口递交纸质材料", "Hands in the papers at the counter"),
        time=(1, "h"),
        value=V.NECESSARY,
    )
    s.step(
        "a-check",
        N.TASK,
        office,
        4,
        ("检查材料是否齐全", "Checks the papers are complete"),
        time=(15, "min"),
    )
    s.step("a-complete", N.DECISION, office, 5, ("材料齐全？", "Complete?"), notes=EXAMPLE_SHARES)
    s.step(
        "a-missing",
        N.TASK,
        office,
        6,
        ("告知缺少的材料", "Says what is missing"),
        time=(5, "min"),
        shift=34,
    )
    s.step(
        "a-return",
        N.TASK,
        c,
        7,
        ("回医院补材料后再次递交", "Fetches the missing papers and comes back"),
        time=(1, "d"),
        value=V.WASTE,
        waste=W.REWORK,
    )
    s.step("a-fork", N.PARALLEL, office, 6, ("受理", "Accepted"), shift=-34)
    s.step(
        "a-wait",
        N.WAIT,
        c,
        8,
        ("等待审核，没有进度信息", "Waits with no news"),
        time=(5, "d"),
        value=V.WASTE,
        waste=W.WAITING,
    )
    s.step(
        "a-call-status",
        N.TASK,
        c,
        9,
        ("打热线询问进度", "Phones to ask about progress"),
        time=(15, "min"),
        value=V.WASTE,
        waste=W.REPEAT_CONTACT,
    )
    s.step(
        "a-status",
        N.TASK,
        office,
        10,
        ("查询并答复进度", "Looks up and tells the status"),
        time=(5, "min"),
        shift=34,
    )
    s.step(
        "a-review-claim",
        N.TASK,
        review,
        7,
        ("人工审核报销申请", "Reviews the claim by hand"),
        time=(3, "d"),
    )
    s.step(
        "a-verify",
        N.DECISION,
        review,
        8,
        ("需要向医疗机构核实？", "Verify with the doctor?"),
        notes=EXAMPLE_SHARES,
    )
    s.step(
        "a-letter",
        N.TASK,
        office,
        9,
        ("致函医疗机构核实诊疗信息", "Writes to the doctor to verify"),
        time=(1, "d"),
        shift=-34,
    )
    s.step(
        "a-confirm-doc",
        N.TASK,
        doc,
        10,
        ("回复核实函", "Answers the letter"),
        time=(2, "d"),
        value=V.NECESSARY,
    )
    s.step(
        "a-letter-back",
        N.TASK,
        office,
        11,
        ("收到回函，转审核科", "Passes the answer to review"),
        time=(1, "d"),
        shift=-34,
    )
    s.step("a-settle", N.TASK, review, 12, ("核定报销金额", "Settles the amount"), time=(1, "d"))
    s.step(
        "a-share",
        N.TASK,
        office,
        13,
        ("把结算单寄给保险公司", "Posts the settlement to the insurer"),
        time=(2, "d"),
        shift=-34,
    )
    s.step(
        "a-top-up",
        N.TASK,
        ins,
        14,
        ("核定并支付补充报销", "Settles and pays the top-up"),
        time=(3, "d"),
        value=V.NECESSARY,
    )
    s.step(
        "a-pay",
        N.TASK,
        office,
        15,
        ("汇总两方报销，寄送结果通知", "Pays and posts the result"),
        time=(1, "d"),
    )
    s.step("a-join", N.PARALLEL, c, 16, ("收到结果", "Result received"))
    s.step(
        "a-received",
        N.TASK,
        c,
        17,
        ("收到报销款和结果通知", "Receives the money and the result"),
        time=(10, "min"),
        value=V.VALUE,
    )
    s.step("a-end", N.END, c, 18, ("报销完成", "Claim paid"))

    s.chain("a-f", "a-start", "a-collect", "a-issue", "a-submit", "a-check", "a-complete")
    s.flow("a-f-missing", "a-complete", "a-missing", ("不齐全", "incomplete"), 0.3)
    s.flow("a-f-complete", "a-complete", "a-fork", ("齐全", "complete"), 0.7)
    s.chain("a-g", "a-missing", "a-return", "a-submit")
    s.flow("a-f-wait", "a-fork", "a-wait", ("受理回执", "receipt"))
    s.chain("a-h", "a-wait", "a-call-status", "a-status", "a-join")
    s.flow("a-f-review", "a-fork", "a-review-claim")
    s.flow("a-f-verify", "a-review-claim", "a-verify")
    s.flow("a-f-letter", "a-verify", "a-letter", ("需要", "yes"), 0.3)
    s.flow("a-f-no-letter", "a-verify", "a-settle", ("不需要", "no"), 0.7)
    s.chain(
        "a-k",
        "a-letter",
        "a-confirm-doc",
        "a-letter-back",
        "a-settle",
        "a-share",
        "a-top-up",
        "a-pay",
        "a-join",
        "a-received",
        "a-end",
    )

    _measure(s, "a-m-submit", "a-f4", "first", CITIZEN, target=70)
    _measure(s, "a-m-missing", "a-g1", "fit", CITIZEN)
    _measure(s, "a-m-receipt", "a-f-wait", "fit", CITIZEN)
    _measure(s, "a-m-call", "a-h2", "repeat", CITIZEN, target=10)
    _measure(s, "a-m-status", "a-h3", "speed", CITIZEN, target=1)
    _measure(s, "a-m-letter", "a-k1", "speed", DOCTOR, target=48)
    _measure(s, "a-m-doctor", "a-k2", "first", DOCTOR)
    _measure(s, "a-m-share", "a-k5", "speed", INSURER, target=72)
    _measure(s, "a-m-insurer", "a-k6", "fit", INSURER)
    _measure(s, "a-m-paid", "a-k7", "service", CITIZEN, target=15)
    _measure(s, "a-m-csat", None, "satisfaction", CITIZEN)
    s.checklist(
        _checklist(
            kit,
            "a",
            (
                InputVariant(
                    "var-complete",
                    kit.t(("材料齐全的申请", "Complete claim")),
                    kit.t(("一次受理。", "Accepted at once.")),
                    "a-fork",
                ),
                InputVariant(
                    "var-incomplete",
                    kit.t(("材料不全的申请", "Incomplete claim")),
                    kit.t(
                        (
                            "市民要回医院补材料再来。",
                            "The citizen must fetch more papers and come back.",
                        )
                    ),
                    "a-missing",
                ),
            ),
            satisfied=False,
        )
    )
    return s.version


def _to_be(kit: Kit) -> Version:
    s = Sketch.start(
        kit,
        "v-to-be",
        ("优化后（自助服务）", "To-be (self-service)"),
        (
            "市民在APP提交并授权调取就诊记录，医生在平台上传电子材料，平台即时校验并推送进度，"
            "结算数据经平台推送给保险公司。自助渠道的每次互动同样有指标。",
            "The citizen claims in the app and authorises the records; the doctor uploads them "
            "to the platform, which checks them at once and sends progress; settlement data goes "
            "to the insurer through the platform. Self-service interactions are measured too.",
        ),
        derived_from="v-as-is",
    )
    _lanes(s, "t")
    portal = s.lane(
        "t-portal",
        ("医保网上服务平台（网站/APP/IVR）", "Self-service platform (web, app, IVR)"),
        LaneKind.FRONTSTAGE,
        (
            "自助渠道也是互动，同样要衡量。",
            "Self-service channels are interactions too, and are measured.",
        ),
    )
    office = s.lane(
        "t-office",
        ("医保经办中心", "Programme office"),
        LaneKind.BACKSTAGE,
        (
            "客户改在自助平台办理，经办中心在平台背后工作，所以移到可见线之后。",
            "Customers now deal with the self-service platform and the office works behind "
            "it, so it moves behind the line of visibility.",
        ),
        was="a-office",
    )
    review = s.lane(
        "t-review", ("医保审核科", "Claims review unit"), LaneKind.BACKSTAGE, was="a-review"
    )
    c, doc, ins = "t-citizen", "t-doctor", "t-insurer"

    s.step(
        "t-start",
        N.START,
        c,
        0,
        ("就医后需要报销", "Wants treatment reimbursed"),
        notes=ILLUSTRATION,
        was="a-start",
    )
    s.step(
        "t-apply",
        N.TASK,
        c,
        1,
        ("在APP提交报销并授权调取就诊记录", "Claims in the app and authorises the records"),
        time=(10, "min"),
        value=V.NECESSARY,
        was="a-submit",
    )
    s.step(
        "t-request",
        N.TASK,
        portal,
        2,
        ("自动向医疗机构请求电子病历和发票", "Requests the e-records and e-invoices"),
        time=(1, "min"),
        system=("医保网上服务平台", "Self-service platform"),
    )
    s.step(
        "t-upload",
        N.TASK,
        doc,
        3,
        ("在平台确认并上传电子材料", "Confirms and uploads the records"),
        time=(10, "min"),
        value=V.NECESSARY,
        was="a-issue",
    )
    s.step(
        "t-validate",
        N.TASK,
        portal,
        4,
        ("即时校验材料完整性", "Checks completeness at once"),
        time=(1, "min"),
        was="a-check",
    )
    s.step(
        "t-complete",
        N.DECISION,
        portal,
        5,
        ("材料齐全？", "Complete?"),
        notes=EXAMPLE_SHARES,
        was="a-complete",
    )
    s.step(
        "t-ask",
        N.TASK,
        portal,
        6,
        ("即时提示缺少的材料", "Shows what is missing"),
        time=(1, "min"),
        shift=34,
        was="a-missing",
    )
    s.step(
        "t-add",
        N.TASK,
        c,
        7,
        ("在APP补充材料", "Adds the missing item in the app"),
        time=(10, "min"),
        value=V.WASTE,
        waste=W.REWORK,
        was="a-return",
    )
    s.step("t-fork", N.PARALLEL, portal, 6, ("受理", "Accepted"), shift=-34, was="a-fork")
    s.step(
        "t-progress",
        N.TASK,
        portal,
        7,
        ("推送进度通知", "Sends progress notices"),
        time=(1, "min"),
        shift=-34,
    )
    s.step(
        "t-wait",
        N.WAIT,
        c,
        8,
        ("等待审核，随时可在APP查看进度", "Waits, with progress in the app"),
        time=(2, "d"),
        value=V.WASTE,
        waste=W.WAITING,
        was="a-wait",
    )
    s.step(
        "t-review-claim",
        N.TASK,
        review,
        7,
        ("规则自动审核，人工复核例外", "Rule-based review, exceptions by hand"),
        time=(1, "d"),
        was="a-review-claim",
    )
    s.step(
        "t-settle",
        N.TASK,
        review,
        8,
        ("核定报销金额", "Settles the amount"),
        time=(4, "h"),
        was="a-settle",
    )
    s.step(
        "t-share",
        N.TASK,
        office,
        9,
        ("经平台向保险公司推送结算数据", "Sends the settlement data to the insurer"),
        time=(10, "min"),
        was="a-share",
    )
    s.step(
        "t-top-up",
        N.TASK,
        ins,
        10,
        ("在平台核定并支付补充报销", "Settles and pays the top-up on the platform"),
        time=(1, "d"),
        value=V.NECESSARY,
        was="a-top-up",
    )
    s.step(
        "t-pay",
        N.TASK,
        portal,
        11,
        ("汇总到账并推送结果通知", "Pays and notifies the result"),
        time=(1, "min"),
        was="a-pay",
    )
    s.step("t-join", N.PARALLEL, c, 12, ("收到结果", "Result received"), was="a-join")
    s.step(
        "t-received",
        N.TASK,
        c,
        13,
        ("收到报销款和结果通知", "Receives the money and the result"),
        time=(10, "min"),
        value=V.VALUE,
        was="a-received",
    )
    s.step("t-end", N.END, c, 14, ("报销完成", "Claim paid"), was="a-end")

    s.flow("t-f1", "t-start", "t-apply")
    s.flow("t-f-apply", "t-apply", "t-request", ("APP提交", "app claim"))
    s.flow("t-f-request", "t-request", "t-upload", ("平台请求材料", "platform request"))
    s.flow("t-f-upload", "t-upload", "t-validate", ("上传电子材料", "e-records uploaded"))
    s.flow("t-f-check", "t-validate", "t-complete", was="a-f5")
    s.flow("t-f-missing", "t-complete", "t-ask", ("不齐全", "incomplete"), 0.05, was="a-f-missing")
    s.flow("t-f-complete", "t-complete", "t-fork", ("齐全", "complete"), 0.95, was="a-f-complete")
    s.flow("t-f-ask", "t-ask", "t-add", ("即时提示", "shown at once"), was="a-g1")
    s.flow("t-f-add", "t-add", "t-validate", ("APP补充", "added in the app"))
    s.flow("t-f-progress", "t-fork", "t-progress")
    s.flow("t-f-notice", "t-progress", "t-wait", ("进度通知", "progress notice"))
    s.flow("t-f-waited", "t-wait", "t-join")
    s.flow("t-f-review", "t-fork", "t-review-claim", was="a-f-review")
    s.chain("t-k", "t-review-claim", "t-settle", "t-share")
    s.flow("t-f-share", "t-share", "t-top-up", ("平台推送结算数据", "settlement data"))
    s.flow("t-f-top-up", "t-top-up", "t-pay", ("平台回传", "paid on the platform"))
    s.flow("t-f-paid", "t-pay", "t-join", ("到账通知", "payment notice"), was="a-k7")
    s.flow("t-f-received", "t-join", "t-received", was="a-k8")
    s.flow("t-f-end", "t-received", "t-end", was="a-k9")

    _measure(s, "t-m-apply", "t-f-apply", "first", CITIZEN, was="a-m-submit")
    _measure(s, "t-m-request", "t-f-request", "speed", DOCTOR, target=4, was="a-m-letter")
    _measure(s, "t-m-upload", "t-f-upload", "first", DOCTOR, was="a-m-doctor")
    _measure(s, "t-m-ask", "t-f-ask", "fit", CITIZEN, was="a-m-missing")
    _measure(s, "t-m-add", "t-f-add", "first", CITIZEN, target=98)
    _measure(s, "t-m-notice", "t-f-notice", "repeat", CITIZEN, was="a-m-call")
    _measure(s, "t-m-share", "t-f-share", "speed", INSURER, target=4, was="a-m-share")
    _measure(s, "t-m-insurer", "t-f-top-up", "fit", INSURER, was="a-m-insurer")
    _measure(s, "t-m-paid", "t-f-paid", "service", CITIZEN, target=5, was="a-m-paid")
    _measure(s, "t-m-csat", None, "satisfaction", CITIZEN, was="a-m-csat")
    _measure(s, "t-m-doctor-csat", None, "satisfaction", DOCTOR)
    _measure(s, "t-m-insurer-csat", None, "satisfaction", INSURER)
    s.checklist(
        _checklist(
            kit,
            "t",
            (
                InputVariant(
                    "var-complete",
                    kit.t(("材料齐全的申请", "Complete claim")),
                    kit.t(("即时受理。", "Accepted at once.")),
                    "t-fork",
                ),
                InputVariant(
                    "var-incomplete",
                    kit.t(("材料不全的申请", "Incomplete claim")),
                    kit.t(("APP即时提示，在线补充。", "Shown at once, added in the app.")),
                    "t-ask",
                ),
            ),
            satisfied=True,
        )
    )
    return s.version


def _checklist(
    kit: Kit, prefix: str, variants: tuple[InputVariant, ...], *, satisfied: bool
) -> Checklist:
    t = kit.t
    p = prefix
    judgement = (
        (
            "三类客户都不用跑腿和来电追问，每次互动都有指标。",
            "No customer type has to run errands or chase; every interaction is measured.",
        )
        if satisfied
        else (
            "市民要自己跑医院、补材料、打电话问进度；医生和保险公司靠纸质函件往返。",
            "Citizens run errands, resubmit and phone for news; doctors and insurers "
            "trade paper letters.",
        )
    )
    return Checklist(
        goal=Goal(
            t(
                (
                    "市民按时拿到应得的报销，医生和保险公司用最少的工作配合完成。",
                    "Citizens get what they are owed on time; doctors and insurers take part "
                    "with the least possible work.",
                )
            ),
            customer_centred=True,
            kpis=(f"{p}-m-paid", f"{p}-m-csat"),
            owner=t(OWNER),
        ),
        inputs=(
            InputItem(
                "in-claim",
                t(("报销申请", "Reimbursement claim")),
                trigger=t(
                    ("市民就医并垫付费用后申请", "A citizen claims after paying for treatment")
                ),
                supplier=t(("市民；医生提供诊疗材料", "Citizen; the doctor supplies the records")),
                channel=t(
                    (
                        "窗口（现状）/ APP、网站、IVR（优化后）",
                        "Counter (as-is) / app, web, IVR (to-be)",
                    )
                ),
                acceptance=t(
                    ("身份、就诊记录、发票齐全", "Identity, treatment record and invoice present")
                ),
                demand=DemandType.VALUE,
                variants=variants,
            ),
        ),
        outputs=(
            OutputItem(
                "out-paid",
                t(("报销款到账及结果通知", "Money paid and the result told")),
                recipient=t(("市民（及保险公司）", "Citizen (and the insurer)")),
                definition_of_done=t(
                    (
                        "报销款到账，三方收到结果",
                        "Paid, and all three customer types have the result",
                    )
                ),
                time_standard=t(("申请后5天内（示例）", "Within 5 days of the claim (example)")),
                satisfies_customer=satisfied,
                pushes_work_to_customer=not satisfied,
                judgement=t(judgement),
            ),
        ),
        activities=(
            ActivityItem(
                "act-accept",
                t(("受理申请", "Accept the claim")),
                kpi=f"{p}-m-{'submit' if p == 'a' else 'apply'}",
                nodes=(f"{p}-check",) if p == "a" else ("t-validate",),
            ),
            ActivityItem(
                "act-review",
                t(("审核与核定", "Review and settle")),
                standard=t(("受理后4天内（示例）", "Within 4 days of acceptance (example)")),
                nodes=(f"{p}-review-claim", f"{p}-settle"),
            ),
            ActivityItem(
                "act-pay",
                t(("支付并通知", "Pay and notify")),
                kpi=f"{p}-m-paid",
                nodes=(f"{p}-pay",),
            ),
        ),
    )
