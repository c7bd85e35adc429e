"""Case 1 (seed 000): the ADSL installation promise that was kept on paper and broken at home.

As-is: the installer misses the booked visit; on the second call the CSR runs the new-order
path, so the customer either waits three more working days or chases the installer
personally. To-be: the CSR tells a new request from a follow-up on a missed promise, runs an
urgent path for the latter, and coordinates the installer behind the line of visibility
(a hanging collaborator), so one call and one role are all the customer needs.
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
from workbench.template_cases.kit import EXAMPLE_SHARES, PCT, Kit, Sketch, template_metadata

NAME = "adsl-installation"

OWNER = ("客服中心流程负责人（示例）", "Contact-centre process owner (example)")
PROMISE_RULE = (
    "服务承诺：致电后24小时内查线，48小时内上门安装。",
    "Service promise: line check within 24 h of the call, installation within 48 h.",
)
WEEKLY, MONTHLY = ("每周", "weekly"), ("每月", "monthly")
ORDERS = ("工单系统时间戳", "Work-order system timestamps")


def build(language: str) -> Document:
    kit = Kit(language)
    metadata = template_metadata(
        kit,
        title=("ADSL装机服务承诺（一站式受理）", "ADSL installation promise (one-stop service)"),
        description=(
            "客户来电开通ADSL，装机人员失约后二次来电。现状：CSR仍按新装流程受理，要么再等3个"
            "工作日，要么让客户自己联系装机人员。优化后：CSR先识别输入（新装申请还是催办失约"
            "承诺），对催办启动紧急受理，与装机人员在内部协调（悬挂流程），客户只需一个电话、"
            "只联系CSR一个角色。",
            "A customer calls to open ADSL; the installer misses the booked visit and the "
            "customer calls again. As-is: the CSR runs the new-order path, so the customer waits "
            "three more working days or chases the installer. To-be: the CSR first tells a new "
            "request from a follow-up on a missed promise, runs an urgent path for the latter "
            "and coordinates the installer internally (a hanging collaborator): one call, one "
            "role to contact.",
        ),
        owner=OWNER,
        team=("电信10000号客服中心（示例）", "Telecom hotline contact centre (example)"),
        tags=(
            ("电信", "telecom"),
            ("装机", "installation"),
            ("服务承诺", "service promise"),
            ("一站式服务", "one-stop service"),
            ("悬挂流程", "hanging collaborator"),
            ("流程四要素", "four elements"),
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
            "装机人员失约后，二次来电仍按新装标准流程受理：重新下单等3个工作日，或由客户自己联系"
            "装机人员。每一步都按规定执行，但客户不满意。",
            "After the installer misses the visit, the second call still gets the standard "
            "new-order path: a new work order and three more working days, or the customer "
            "chases the installer. Every step follows the rules; the customer is not satisfied.",
        ),
    )
    c = s.lane("a-customer", ("客户", "Customer"), LaneKind.CUSTOMER)
    csr = s.lane(
        "a-csr", ("一线客服代表（CSR）", "Front-line agent (CSR)"), LaneKind.FRONTSTAGE, height=200
    )
    inst = s.lane(
        "a-installer",
        ("装机人员", "Installer"),
        LaneKind.FRONTSTAGE,
        (
            "现状中客户要直接联系装机人员：它是客户必须面对的第二个角色。",
            "In the as-is the customer has to contact the installer directly: a second role "
            "the customer must deal with.",
        ),
    )

    s.step("a-start", N.START, c, 0, ("需要开通ADSL", "Wants ADSL broadband"))
    s.step(
        "a-call",
        N.TASK,
        c,
        1,
        ("致电10000号申请开通ADSL", "Calls the hotline to open ADSL"),
        time=(5, "min"),
        value=V.NECESSARY,
    )
    s.step(
        "a-explain",
        N.TASK,
        csr,
        2,
        ("讲解办理流程和服务承诺", "Explains the process and its promises"),
        time=(5, "min"),
        rules=PROMISE_RULE,
        script=(
            "您好，致电后24小时内为您查线，48小时内上门安装。",
            "We will check your line within 24 hours and install within 48 hours.",
        ),
    )
    s.step(
        "a-order",
        N.TASK,
        csr,
        3,
        ("下装机工单", "Creates the installation work order"),
        time=(5, "min"),
        system=("装维工单系统", "Installation work-order system"),
    )
    s.step(
        "a-check",
        N.TASK,
        inst,
        4,
        ("查线并排期", "Checks the line and schedules the visit"),
        time=(4, "h"),
        rules=PROMISE_RULE,
        fail_point=True,
        notes=(
            "失败点：约定的上门时间没有落实到装机人员，次日既未上门也未通知客户。",
            "Fail point: the booked visit never reaches the installer; next day nobody "
            "comes and nobody calls.",
        ),
    )
    s.step(
        "a-book",
        N.TASK,
        csr,
        5,
        ("当日下午致电预约次日上午上门", "Calls the same afternoon to book a visit next morning"),
        time=(5, "min"),
        script=("明天上午还是下午方便？", "Would tomorrow morning or afternoon suit you?"),
    )
    s.step(
        "a-agree",
        N.TASK,
        c,
        6,
        ("约定次日上午，下午另作安排", "Agrees the next morning and plans the afternoon elsewhere"),
        time=(2, "min"),
        value=V.NECESSARY,
    )
    s.step(
        "a-overnight",
        N.WAIT,
        c,
        7,
        ("等到约定的次日上午", "Waits for the booked morning"),
        time=(16, "h"),
        value=V.NECESSARY,
    )
    s.step(
        "a-wait",
        N.WAIT,
        c,
        8,
        (
            "上午在家等候：无人上门，也无人联系",
            "Keeps the morning free at home: nobody comes, nobody calls",
        ),
        time=(4, "h"),
        value=V.WASTE,
        waste=W.WAITING,
    )
    s.step(
        "a-call2",
        N.TASK,
        c,
        9,
        ("午后再次致电客服说明情况", "Calls the hotline again after noon"),
        time=(10, "min"),
        value=V.WASTE,
        waste=W.REPEAT_CONTACT,
    )
    s.step(
        "a-standard",
        N.DECISION,
        csr,
        10,
        (
            "按新装标准流程受理：重新下单还是客户自行联系？",
            "Standard new-order path: new work order or customer calls the installer?",
        ),
        time=(3, "min"),
        notes=EXAMPLE_SHARES,
    )
    s.step(
        "a-reorder",
        N.TASK,
        csr,
        12,
        ("重新下工单", "Creates a new work order"),
        time=(5, "min"),
        shift=-55,
    )
    s.step(
        "a-number",
        N.TASK,
        csr,
        12,
        ("提供装机人员电话，请客户自行联系", "Gives the installer's number to the customer"),
        time=(2, "min"),
        shift=55,
        script=(
            "如想尽快安装，请您自己联系装机人员。",
            "If you want it sooner, please call the installer yourself.",
        ),
    )
    s.step(
        "a-queue",
        N.WAIT,
        inst,
        13,
        ("新工单排队：3个工作日内上门", "New work order queues: visit within 3 working days"),
        time=(3, "d"),
        article=True,
        shift=-34,
        notes=("3个工作日为原文给出的时限。", "Three working days is the article's figure."),
    )
    s.step(
        "a-chase",
        N.TASK,
        c,
        13,
        ("自己致电装机人员约上门时间", "Calls the installer to arrange the visit"),
        time=(10, "min"),
        value=V.WASTE,
        waste=W.CUSTOMER_WORK,
    )
    s.step(
        "a-arrange",
        N.TASK,
        inst,
        14,
        ("与客户另约上门时间", "Arranges a new visit with the customer"),
        time=(5, "min"),
        shift=34,
    )
    s.step(
        "a-install",
        N.TASK,
        inst,
        15,
        ("上门安装ADSL", "Installs ADSL at the customer's home"),
        time=(2, "h"),
    )
    s.step(
        "a-online",
        N.TASK,
        c,
        16,
        ("ADSL开通，开始上网", "Has ADSL working"),
        time=(15, "min"),
        value=V.VALUE,
    )
    s.step("a-end", N.END, c, 17, ("装机完成", "Installed"))

    s.chain(
        "a-f",
        "a-start",
        "a-call",
        "a-explain",
        "a-order",
        "a-check",
        "a-book",
        "a-agree",
        "a-overnight",
        "a-wait",
        "a-call2",
        "a-standard",
    )
    s.flow(
        "a-f-reorder",
        "a-standard",
        "a-reorder",
        ("重新下单（3个工作日）", "new work order (3 working days)"),
        0.5,
    )
    s.flow(
        "a-f-self",
        "a-standard",
        "a-number",
        ("客户自行联系装机人员", "customer calls the installer"),
        0.5,
    )
    s.chain("a-g", "a-reorder", "a-queue", "a-install")
    s.chain("a-h", "a-number", "a-chase", "a-arrange", "a-install", "a-online", "a-end")

    owner = ("客服中心运营经理（示例）", "Contact-centre operations manager (example)")
    s.kpi(
        "a-k-promise",
        "a-f2",
        ("服务承诺告知率", "Promise stated on the call"),
        definition=(
            "受理时向客户讲明24小时查线、48小时上门安装承诺的通话占比。",
            "Share of calls in which the CSR states the 24 h / 48 h promise.",
        ),
        formula=(
            "讲明承诺的抽检通话 / 抽检通话",
            "sampled calls stating the promise / sampled calls",
        ),
        unit=PCT,
        direction=D.HIGHER,
        target=100,
        source=("质检抽样", "Quality monitoring sample"),
        category=Cat.QUALITY,
        frequency=WEEKLY,
        owner=owner,
        method=M.SAMPLING,
        sample=100,
        baseline=100,
    )
    s.kpi(
        "a-k-booked",
        "a-f6",
        ("查线及预约时效", "Time to check the line and book the visit"),
        definition=(
            "从受理到完成查线并与客户约定上门时间的小时数。",
            "Hours from the call to the line checked and a visit booked.",
        ),
        formula=("预约时间 − 受理时间", "booking time − call time"),
        unit="h",
        direction=D.LOWER,
        target=24,
        article=True,
        source=ORDERS,
        category=Cat.SERVICE,
        frequency=MONTHLY,
        owner=owner,
    )
    s.kpi(
        "a-k-repeat",
        "a-f10",
        ("重复来电率", "Repeat calls about the same order"),
        definition=(
            "同一工单在7天内再次来电的客户占比。",
            "Share of customers who call again about the same order within 7 days.",
        ),
        formula=("7天内再次来电的工单 / 工单", "orders with a repeat call in 7 days / orders"),
        unit=PCT,
        direction=D.LOWER,
        target=5,
        source=("呼叫记录与工单关联", "Call records matched to work orders"),
        category=Cat.QUALITY,
        frequency=MONTHLY,
        owner=owner,
        baseline=30,
    )
    s.kpi(
        "a-k-handback",
        "a-h1",
        ("让客户自行联系的比例", "Customers told to chase the installer"),
        definition=(
            "二次来电中，CSR让客户自己联系装机人员的占比。",
            "Share of second calls where the CSR tells the customer to call the installer.",
        ),
        formula=("让客户自行联系的来电 / 二次来电", "calls handed back / second calls"),
        unit=PCT,
        direction=D.LOWER,
        target=0,
        source=("通话小结代码", "Call wrap-up codes"),
        category=Cat.QUALITY,
        frequency=MONTHLY,
        owner=owner,
        baseline=50,
    )
    s.kpi(
        "a-k-reach",
        "a-h2",
        ("装机人员接通率", "Installer reachable by phone"),
        definition=(
            "客户致电装机人员时一次接通的占比。",
            "Share of customer calls to the installer answered at the first try.",
        ),
        formula=("一次接通的来电 / 客户来电", "calls answered first time / customer calls"),
        unit=PCT,
        direction=D.HIGHER,
        target=90,
        source=("装机人员工作手机通话记录", "Installers' work-phone call logs"),
        category=Cat.SERVICE,
        frequency=MONTHLY,
        owner=owner,
    )
    s.kpi(
        "a-k-install",
        "a-h4",
        ("装机时效", "Time to install"),
        definition=("从受理到上门安装完成的小时数。", "Hours from the call to ADSL installed."),
        formula=("装机完成时间 − 受理时间", "installed time − call time"),
        unit="h",
        direction=D.LOWER,
        target=48,
        article=True,
        source=ORDERS,
        category=Cat.SERVICE,
        frequency=MONTHLY,
        owner=owner,
    )
    s.kpi(
        "a-k-reorder",
        "a-queue",
        ("新工单上门时限", "New work order installed in time"),
        definition=(
            "重新下单后到上门安装的工作日数。",
            "Working days from a new work order to installation.",
        ),
        formula=("上门日期 − 下单日期（工作日）", "visit date − order date (working days)"),
        unit=("工作日", "working days"),
        direction=D.LOWER,
        target=3,
        article=True,
        source=ORDERS,
        category=Cat.SERVICE,
        frequency=MONTHLY,
        owner=owner,
    )
    s.kpi(
        "a-k-csat",
        None,
        ("装机服务满意度", "Installation satisfaction"),
        definition=(
            "回访中对装机服务表示满意（4–5分）的客户占比。",
            "Share of customers rating the installation service 4 or 5 of 5.",
        ),
        formula=("4–5分回答 / 回答", "answers of 4–5 / answers"),
        unit=PCT,
        direction=D.HIGHER,
        target=90,
        source=("装机后回访调查", "Post-installation survey"),
        category=Cat.SATISFACTION,
        frequency=MONTHLY,
        owner=owner,
        method=M.SURVEY,
        sample=400,
    )
    s.checklist(_as_is_checklist(kit))
    return s.version


def _as_is_checklist(kit: Kit) -> Checklist:
    t = kit.t
    return Checklist(
        goal=Goal(
            t(
                (
                    "按工单流程在3个工作日内完成装机（只看流程KPI，不看客户是否满意）。",
                    "Install within three working days of a work order (the procedural KPI "
                    "only, not whether the customer is satisfied).",
                )
            ),
            customer_centred=False,
            kpis=("a-k-reorder", "a-k-install"),
            owner=t(OWNER),
        ),
        inputs=(
            InputItem(
                "in-request",
                t(("ADSL装机需求", "ADSL installation request")),
                trigger=t(("客户致电10000号", "Customer calls the hotline")),
                supplier=t(("客户", "Customer")),
                channel=t(("电话", "Phone")),
                acceptance=t(
                    ("装机地址、联系电话已核实", "Installation address and phone confirmed")
                ),
                demand=DemandType.VALUE,
                variants=(
                    InputVariant(
                        "var-new",
                        t(("新装申请", "New installation request")),
                        t(
                            (
                                "客户首次来电，希望尽快开通，接受服务标准。",
                                "First call: the customer wants ADSL soon and accepts the "
                                "service standard.",
                            )
                        ),
                        "a-call",
                    ),
                    InputVariant(
                        "var-followup",
                        t(("催办已失约的承诺", "Follow-up on a missed promise")),
                        t(
                            (
                                "二次来电时输入已变为“兑现今天上门安装的承诺”，现行流程没有为它"
                                "设计路径，仍按新装流程受理。",
                                "On the second call the input has become 'keep the promise of "
                                "installing today'; the flow has no path for it and treats it "
                                "as a new request.",
                            )
                        ),
                        None,
                    ),
                ),
            ),
        ),
        outputs=(
            OutputItem(
                "out-reorder",
                t(("重新下单，3个工作日内上门", "New work order, visit within 3 working days")),
                recipient=t(("客户", "Customer")),
                definition_of_done=t(("上门安装完成", "ADSL installed")),
                time_standard=t(("3个工作日", "3 working days")),
                satisfies_customer=False,
                pushes_work_to_customer=False,
                judgement=t(
                    (
                        "超出客户能接受的时效：当天上门的承诺没有兑现。",
                        "Too slow for the customer: today's promise is not kept.",
                    )
                ),
            ),
            OutputItem(
                "out-self",
                t(("客户自行联系装机人员", "Customer contacts the installer")),
                recipient=t(("客户", "Customer")),
                definition_of_done=t(
                    ("客户与装机人员约好上门时间", "Customer and installer agree a visit")
                ),
                time_standard=t(("无承诺", "No commitment")),
                satisfies_customer=False,
                pushes_work_to_customer=True,
                judgement=t(
                    (
                        "把本应由企业内部协调的工作转给了客户。",
                        "Shifts the organisation's coordination work onto the customer.",
                    )
                ),
            ),
        ),
        activities=(
            ActivityItem(
                "act-take",
                t(("受理并讲明承诺", "Take the request and state the promise")),
                standard=t(PROMISE_RULE),
                kpi="a-k-promise",
                nodes=("a-explain",),
            ),
            ActivityItem(
                "act-book",
                t(("查线并预约上门", "Check the line and book the visit")),
                standard=t(("24小时内", "Within 24 hours")),
                kpi="a-k-booked",
                nodes=("a-check", "a-book"),
            ),
            ActivityItem(
                "act-second",
                t(("二次来电受理", "Handle the second call")),
                standard=t(
                    (
                        "按新装标准流程：重新下单（3个工作日）或提供装机人员电话",
                        "Standard new-order path: new work order (3 working days) "
                        "or the installer's number",
                    )
                ),
                kpi="a-k-reorder",
                nodes=("a-standard", "a-reorder", "a-number"),
            ),
            ActivityItem(
                "act-install",
                t(("上门安装", "Install at home")),
                standard=t(("48小时内", "Within 48 hours")),
                kpi="a-k-install",
                nodes=("a-install",),
            ),
        ),
    )


def _to_be(kit: Kit) -> Version:
    s = Sketch.start(
        kit,
        "v-to-be",
        ("优化后", "To-be"),
        (
            "CSR是唯一的关键角色：先识别输入，对催办失约承诺启动紧急受理，与装机人员在内部协调"
            "（悬挂流程），确认时间和完成情况。客户一个电话、只联系CSR。",
            "The CSR is the only key role: it identifies the input, runs an urgent path for a "
            "follow-up on a missed promise, coordinates the installer internally (hanging "
            "collaborator), confirms the visit and its completion. One call, one role.",
        ),
        derived_from="v-as-is",
    )
    c = s.lane("t-customer", ("客户", "Customer"), LaneKind.CUSTOMER, was="a-customer")
    csr = s.lane(
        "t-csr",
        ("一线客服代表（CSR，关键角色）", "Front-line agent (CSR, key role)"),
        LaneKind.FRONTSTAGE,
        was="a-csr",
        height=200,
    )
    inst = s.lane(
        "t-installer",
        ("装机人员（CSR的悬挂协作角色）", "Installer (the CSR's hanging collaborator)"),
        LaneKind.BACKSTAGE,
        (
            "只为CSR服务，客户从不需要联系装机人员；装机人员仍会按约上门。",
            "Serves the CSR only; the customer never has to contact the installer, "
            "who still comes to the door at the agreed time.",
        ),
        was="a-installer",
    )

    s.step(
        "t-start",
        N.START,
        c,
        0,
        ("需要开通ADSL或催办装机", "Wants ADSL, or chases a missed visit"),
        was="a-start",
    )
    s.step(
        "t-call",
        N.TASK,
        c,
        1,
        ("致电10000号", "Calls the hotline"),
        time=(5, "min"),
        value=V.NECESSARY,
        was="a-call",
    )
    s.step(
        "t-identify",
        N.DECISION,
        csr,
        2,
        ("识别输入：新装申请还是催办失约承诺？", "New request, or follow-up on a missed promise?"),
        time=(2, "min"),
        notes=EXAMPLE_SHARES,
    )
    s.step(
        "t-explain",
        N.TASK,
        csr,
        4,
        ("讲解办理流程和服务承诺", "Explains the process and its promises"),
        time=(5, "min"),
        rules=PROMISE_RULE,
        shift=-55,
        was="a-explain",
        script=(
            "您好，致电后24小时内为您查线，48小时内上门安装。",
            "We will check your line within 24 hours and install within 48 hours.",
        ),
    )
    s.step(
        "t-urgent",
        N.TASK,
        csr,
        4,
        (
            "启动紧急受理：致歉，内部协调当日上门",
            "Starts the urgent path: apologises, arranges a visit today internally",
        ),
        time=(10, "min"),
        shift=55,
        system=("装维调度系统", "Installation dispatch system"),
        rules=(
            "失约补救：当日内上门，由CSR与装机人员内部协调，不让客户自行联系。",
            "Missed promise: a visit the same day, coordinated by the CSR with the "
            "installer; the customer is never asked to call the installer.",
        ),
        script=(
            "很抱歉我们失约了，我现在就为您协调，今天一定上门。",
            "I'm sorry we missed the visit; I'm arranging it now and it will be today.",
        ),
    )
    s.step(
        "t-order",
        N.TASK,
        csr,
        5,
        (
            "下工单并在调度系统预约上门时段",
            "Creates the work order and books a slot in the dispatch system",
        ),
        time=(5, "min"),
        shift=-55,
        system=("装维调度系统", "Installation dispatch system"),
        was="a-order",
    )
    s.step(
        "t-book",
        N.TASK,
        csr,
        6,
        ("与客户确认上门时间", "Confirms the visit time with the customer"),
        time=(3, "min"),
        was="a-book",
    )
    s.step("t-fork", N.PARALLEL, csr, 7, ("时间已约定", "Visit time agreed"))
    s.step(
        "t-agree",
        N.TASK,
        c,
        9,
        ("记下上门时间", "Notes the visit time"),
        time=(1, "min"),
        value=V.NECESSARY,
        was="a-agree",
    )
    s.step(
        "t-slot",
        N.WAIT,
        inst,
        8,
        ("等到约定的上门时段", "Waits for the agreed slot"),
        time=(16, "h"),
        notes=("催办失约时为当日时段。", "Same day for a missed promise."),
    )
    s.step(
        "t-install",
        N.TASK,
        inst,
        9,
        ("按约上门安装ADSL", "Installs ADSL at the agreed time"),
        time=(2, "h"),
        was="a-install",
        notes=(
            "装机人员上门入户，但客户无需联系装机人员。",
            "The installer comes to the door, but the customer never has to contact the installer.",
        ),
    )
    s.step(
        "t-complete",
        N.TASK,
        csr,
        10,
        ("确认安装完成并回访客户", "Confirms completion with the customer"),
        time=(3, "min"),
    )
    s.step("t-join", N.PARALLEL, c, 11, ("安装完成", "Installation done"))
    s.step(
        "t-online",
        N.TASK,
        c,
        12,
        ("ADSL开通，开始上网", "Has ADSL working"),
        time=(15, "min"),
        value=V.VALUE,
        was="a-online",
    )
    s.step("t-end", N.END, c, 13, ("装机完成", "Installed"), was="a-end")

    s.flow("t-f-call", "t-start", "t-call", was="a-f1")
    s.flow("t-f-contact", "t-call", "t-identify", was="a-f2")
    s.flow("t-f-new", "t-identify", "t-explain", ("新装申请", "new request"), 0.8)
    s.flow(
        "t-f-followup",
        "t-identify",
        "t-urgent",
        ("催办失约承诺", "follow-up on a missed promise"),
        0.2,
    )
    s.flow("t-f-order", "t-explain", "t-order", was="a-f3")
    s.flow("t-f-book", "t-order", "t-book")
    s.flow("t-f-urgent-book", "t-urgent", "t-book")
    s.flow("t-f-fork", "t-book", "t-fork")
    s.flow("t-f-agree", "t-fork", "t-agree", ("确认上门时间", "visit time confirmed"))
    s.flow("t-f-dispatch", "t-fork", "t-slot", ("派单给装机人员", "dispatched to the installer"))
    s.flow("t-f-slot", "t-slot", "t-install")
    s.flow("t-f-noted", "t-agree", "t-join")
    s.flow("t-f-done", "t-install", "t-complete")
    s.flow("t-f-confirmed", "t-complete", "t-join", ("确认完成", "completion confirmed"))
    s.flow("t-f-online", "t-join", "t-online")
    s.flow("t-f-end", "t-online", "t-end", was="a-h5")

    owner = ("客服中心运营经理（示例）", "Contact-centre operations manager (example)")
    s.kpi(
        "t-k-input",
        "t-f-contact",
        ("输入识别准确率", "Input identified correctly"),
        definition=(
            "来电时正确识别“新装申请”与“催办失约承诺”的通话占比。",
            "Share of calls where the CSR tells a new request from a follow-up on a "
            "missed promise correctly.",
        ),
        formula=("识别正确的抽检通话 / 抽检通话", "sampled calls identified right / sampled calls"),
        unit=PCT,
        direction=D.HIGHER,
        target=98,
        source=("质检抽样", "Quality monitoring sample"),
        category=Cat.QUALITY,
        frequency=WEEKLY,
        owner=owner,
        method=M.SAMPLING,
        sample=100,
    )
    s.kpi(
        "t-k-promise",
        "t-f-contact",
        ("服务承诺告知率", "Promise stated on the call"),
        definition=(
            "受理时向客户讲明承诺时效的通话占比。",
            "Share of calls in which the CSR states the promised times.",
        ),
        formula=(
            "讲明承诺的抽检通话 / 抽检通话",
            "sampled calls stating the promise / sampled calls",
        ),
        unit=PCT,
        direction=D.HIGHER,
        target=100,
        source=("质检抽样", "Quality monitoring sample"),
        category=Cat.QUALITY,
        frequency=WEEKLY,
        owner=owner,
        method=M.SAMPLING,
        sample=100,
        was="a-k-promise",
    )
    s.kpi(
        "t-k-booked",
        "t-f-agree",
        ("查线及预约时效", "Time to check the line and book the visit"),
        definition=(
            "从受理到与客户确认上门时间的小时数。",
            "Hours from the call to a visit time confirmed with the customer.",
        ),
        formula=("确认时间 − 受理时间", "confirmation time − call time"),
        unit="h",
        direction=D.LOWER,
        target=24,
        article=True,
        source=ORDERS,
        category=Cat.SERVICE,
        frequency=MONTHLY,
        owner=owner,
        was="a-k-booked",
    )
    s.kpi(
        "t-k-kept",
        "t-f-confirmed",
        ("上门承诺兑现率", "Visit promises kept"),
        definition=(
            "在与客户约定的时间内完成上门安装的占比。",
            "Share of installations done at the time agreed with the customer.",
        ),
        formula=("按约完成的安装 / 约定的安装", "installs on time / installs agreed"),
        unit=PCT,
        direction=D.HIGHER,
        target=98,
        source=ORDERS,
        category=Cat.SERVICE,
        frequency=WEEKLY,
        owner=owner,
    )
    s.kpi(
        "t-k-install",
        "t-f-confirmed",
        ("装机时效", "Time to install"),
        definition=("从受理到上门安装完成的小时数。", "Hours from the call to ADSL installed."),
        formula=("装机完成时间 − 受理时间", "installed time − call time"),
        unit="h",
        direction=D.LOWER,
        target=48,
        article=True,
        source=ORDERS,
        category=Cat.SERVICE,
        frequency=MONTHLY,
        owner=owner,
        was="a-k-install",
    )
    s.kpi(
        "t-k-urgent",
        "t-urgent",
        ("失约当日补救率", "Missed promises put right the same day"),
        definition=(
            "催办失约承诺的来电中，当日完成上门安装的占比。",
            "Share of follow-ups on a missed promise installed the same day.",
        ),
        formula=("当日完成的催办 / 催办来电", "same-day installs / follow-up calls"),
        unit=PCT,
        direction=D.HIGHER,
        target=95,
        source=ORDERS,
        category=Cat.SERVICE,
        frequency=WEEKLY,
        owner=owner,
    )
    s.kpi(
        "t-k-calls",
        None,
        ("每次装机的客户来电次数", "Customer calls per installation"),
        definition=(
            "完成一次装机，客户平均需要打的电话次数。",
            "Calls the customer makes, on average, to get one installation done.",
        ),
        formula=(
            "与该工单相关的客户来电 / 完成的装机",
            "customer calls about the order / installations",
        ),
        unit=("次", "calls"),
        direction=D.LOWER,
        target=1,
        source=("呼叫记录与工单关联", "Call records matched to work orders"),
        category=Cat.SERVICE,
        frequency=MONTHLY,
        owner=owner,
    )
    s.kpi(
        "t-k-csat",
        None,
        ("装机服务满意度", "Installation satisfaction"),
        definition=(
            "回访中对装机服务表示满意（4–5分）的客户占比。",
            "Share of customers rating the installation service 4 or 5 of 5.",
        ),
        formula=("4–5分回答 / 回答", "answers of 4–5 / answers"),
        unit=PCT,
        direction=D.HIGHER,
        target=95,
        source=("装机后回访调查", "Post-installation survey"),
        category=Cat.SATISFACTION,
        frequency=MONTHLY,
        owner=owner,
        method=M.SURVEY,
        sample=400,
        was="a-k-csat",
    )
    s.checklist(_to_be_checklist(kit))
    return s.version


def _to_be_checklist(kit: Kit) -> Checklist:
    t = kit.t
    return Checklist(
        goal=Goal(
            t(
                (
                    "让客户满意：一个电话办成，承诺的时间一定兑现，客户只需联系CSR。",
                    "A satisfied customer: one call gets it done, every promised time is "
                    "kept, and the CSR is the only role the customer deals with.",
                )
            ),
            customer_centred=True,
            kpis=("t-k-kept", "t-k-calls", "t-k-csat"),
            owner=t(OWNER),
        ),
        inputs=(
            InputItem(
                "in-request",
                t(("ADSL装机需求", "ADSL installation request")),
                trigger=t(("客户致电10000号", "Customer calls the hotline")),
                supplier=t(("客户", "Customer")),
                channel=t(("电话", "Phone")),
                acceptance=t(
                    (
                        "装机地址、联系电话已核实；催办时核对原工单和约定时间",
                        "Address and phone confirmed; for a follow-up, the original order and "
                        "the promised time",
                    )
                ),
                demand=DemandType.VALUE,
                variants=(
                    InputVariant(
                        "var-new",
                        t(("新装申请", "New installation request")),
                        t(
                            (
                                "按标准时效：24小时查线，48小时安装。",
                                "Standard times: line check in 24 h, installation in 48 h.",
                            )
                        ),
                        "t-explain",
                    ),
                    InputVariant(
                        "var-followup",
                        t(("催办已失约的承诺", "Follow-up on a missed promise")),
                        t(
                            (
                                "兑现已作出的承诺：启动紧急受理，当日上门。",
                                "Keep the promise already made: urgent path, visit today.",
                            )
                        ),
                        "t-urgent",
                    ),
                ),
            ),
        ),
        outputs=(
            OutputItem(
                "out-installed",
                t(("按约定时间完成安装", "ADSL installed at the agreed time")),
                recipient=t(("客户", "Customer")),
                definition_of_done=t(
                    (
                        "安装完成，CSR已向客户确认",
                        "Installed, and the CSR has confirmed it with the customer",
                    )
                ),
                time_standard=t(
                    (
                        "新装48小时内；失约补救当日内",
                        "New request within 48 h; a missed promise the same day",
                    )
                ),
                satisfies_customer=True,
                pushes_work_to_customer=False,
                judgement=t(
                    (
                        "一站式服务：客户不需要协调内部工作。",
                        "One-stop service: the customer coordinates nothing.",
                    )
                ),
            ),
        ),
        activities=(
            ActivityItem(
                "act-identify",
                t(("识别输入", "Identify the input")),
                standard=t(
                    (
                        "来电时先判断是新装申请还是催办失约承诺",
                        "Tell a new request from a follow-up before anything else",
                    )
                ),
                kpi="t-k-input",
                nodes=("t-identify",),
            ),
            ActivityItem(
                "act-urgent",
                t(("紧急受理", "Urgent path")),
                standard=t(
                    (
                        "当日内与装机人员内部协调并上门",
                        "Coordinated internally and installed the same day",
                    )
                ),
                kpi="t-k-urgent",
                nodes=("t-urgent",),
            ),
            ActivityItem(
                "act-book",
                t(("下单并确认上门时间", "Order and confirm the visit")),
                standard=t(("24小时内", "Within 24 hours")),
                kpi="t-k-booked",
                nodes=("t-order", "t-book"),
            ),
            ActivityItem(
                "act-install",
                t(("上门安装并确认完成", "Install and confirm completion")),
                standard=t(("48小时内，按约定时间", "Within 48 hours, at the agreed time")),
                kpi="t-k-install",
                nodes=("t-install", "t-complete"),
            ),
        ),
    )
