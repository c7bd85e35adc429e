"""CASES.md case 1 (the ADSL installation promise) told in Chinese, as a Chinese process owner
would draw it: the as-is with its repeat call and the customer chasing the installer, the
to-be with the CSR as the one role the customer deals with. For the PDF report tests."""

from __future__ import annotations

import dataclasses

from workbench.builder import VersionBuilder
from workbench.document import Document
from workbench.model import (
    ActivityItem,
    Checklist,
    Direction,
    Goal,
    InputItem,
    InputVariant,
    LaneKind,
    Metadata,
    OutputItem,
    Segment,
    TimeUnit,
    Version,
)

TITLE = "ADSL 装机承诺流程"
CUSTOMER, CSR, INSTALLER = "客户", "一线客服", "装维人员"


def _as_is() -> Version:
    b = VersionBuilder("现状", "v-as-is")
    customer = b.lane(CUSTOMER, LaneKind.CUSTOMER)
    csr = b.lane(CSR, LaneKind.FRONTSTAGE)
    installer = b.lane(INSTALLER, LaneKind.FRONTSTAGE)
    start = b.start(customer, "需要开通 ADSL")
    call = b.task(customer, "致电热线申请开通 ADSL", 5, value="necessary")
    explain = b.task(csr, "说明流程与承诺：24 小时查线，48 小时上门", 4)
    order = b.task(csr, "生成工单，下午致电预约次日上门", 10)
    wait = b.wait(
        customer, "上午在家等待装维人员", 4, unit=TimeUnit.HOURS, value="waste", waste="waiting"
    )
    again = b.task(
        customer, "装维未到也无人通知，再次致电热线", 6, value="waste", waste="repeat_contact"
    )
    choice = b.decision(csr, "按新装流程处理？")
    new_order = b.task(csr, "重新派单（3 个工作日）", 5)
    number = b.task(csr, "把装维人员电话给客户", 1)
    chase = b.task(customer, "客户自己联系装维人员", 10, value="waste", waste="customer_work")
    install = b.task(installer, "上门安装 ADSL", 2, unit=TimeUnit.HOURS)
    working = b.task(customer, "ADSL 开通可用", 5, value="value")
    end = b.end(customer, "结束")
    b.chain(start, call)
    first = b.flow(call, explain, "来电")
    b.chain(explain, order)
    booking = b.flow(order, wait, "预约电话")
    b.flow(wait, again)
    repeat = b.flow(again, choice, "再次来电")
    b.flow(choice, new_order, "新工单", 0.5)
    b.flow(choice, number, "给电话", 0.5)
    b.flow(new_order, install, "派单")
    b.flow(number, chase, "告知号码")
    b.flow(chase, install, "客户来电")
    b.flow(install, working, "上门")
    b.chain(working, end)
    _place(
        b.version,
        [
            (start, 0),
            (call, 1),
            (explain, 2),
            (order, 3),
            (wait, 4),
            (again, 5),
            (choice, 6),
            (new_order, 7, 6),
            (number, 7, 72),
            (chase, 8),
            (install, 9),
            (working, 10),
            (end, 11),
        ],
    )
    b.kpi(
        "查线时限",
        first,
        unit="h",
        direction=Direction.LOWER,
        target=24.0,
        segment_targets=(("seg-5", 8.0), ("seg-1", 24.0)),
        baseline=30.0,
        measured=28.0,
        data_source="工单系统时间戳",
    )
    b.kpi(
        "装机时限",
        booking,
        unit="h",
        direction=Direction.LOWER,
        target=48.0,
        baseline=60.0,
        measured=70.0,
        data_source="工单系统",
    )
    b.kpi(
        "重复来电率",
        repeat,
        unit="%",
        direction=Direction.LOWER,
        target=5.0,
        measured=22.0,
        data_source="呼叫中心系统",
    )
    b.checklist(_checklist("新装申请", "客户满意地用上 ADSL，而不只是满足流程时限"))
    return b.build()


def _to_be() -> Version:
    b = VersionBuilder("目标", "v-to-be")
    customer = b.lane(CUSTOMER, LaneKind.CUSTOMER)
    csr = b.lane("一线客服（关键角色）", LaneKind.FRONTSTAGE)
    installer = b.lane(INSTALLER, LaneKind.BACKSTAGE)
    start = b.start(customer, "需要开通或催装")
    call = b.task(customer, "致电热线", 5, value="necessary")
    identify = b.decision(csr, "识别输入：新装还是催办未兑现的承诺？")
    normal = b.task(csr, "按新装流程预约", 5)
    urgent = b.task(csr, "启动紧急流程，内部协调装维", 10)
    coordinate = b.task(installer, "当天安排上门", 30)
    confirm = b.task(csr, "向客户确认上门时间", 3)
    install = b.task(installer, "当天上门安装", 2, unit=TimeUnit.HOURS)
    done = b.task(csr, "确认装机完成", 3)
    working = b.task(customer, "ADSL 开通可用", 5, value="value")
    end = b.end(customer, "结束")
    b.chain(start, call)
    first = b.flow(call, identify, "来电")
    b.flow(identify, normal, "新装", 0.7)
    b.flow(identify, urgent, "催办", 0.3)
    b.flow(urgent, coordinate, "内部工单")
    b.flow(coordinate, confirm, "回复")
    b.flow(normal, confirm)
    told = b.flow(confirm, working, "确认电话")
    b.chain(working, end)
    b.flow(confirm, install, "派单")
    b.flow(install, done, "完工回单")
    b.flow(done, working, "回访确认")
    _place(
        b.version,
        [
            (start, 0),
            (call, 1),
            (identify, 2),
            (normal, 3, 6),
            (urgent, 3, 72),
            (coordinate, 4),
            (confirm, 5),
            (install, 6),
            (done, 7),
            (working, 8),
            (end, 9),
        ],
    )
    b.kpi(
        "一次来电解决率",
        first,
        unit="%",
        direction=Direction.HIGHER,
        target=90.0,
        segment_targets=(("seg-5", 95.0), ("seg-1", 85.0)),
        baseline=60.0,
        data_source="呼叫中心系统",
    )
    b.kpi(
        "承诺兑现率",
        told,
        unit="%",
        direction=Direction.HIGHER,
        target=98.0,
        data_source="工单系统",
    )
    b.checklist(_checklist("新装申请或催办", "一次来电，客户只需联系一线客服"))
    return b.build()


def _place(version: Version, cells: list[tuple]) -> None:
    """(step, column[, offset in lane]): laid out left to right as a person would."""
    for node_id, column, *offset in cells:
        node = version.nodes[node_id]
        version.nodes[node_id] = dataclasses.replace(
            node, x=170.0 + 170.0 * column, y=offset[0] if offset else 40.0
        )


def _checklist(input_name: str, goal: str) -> Checklist:
    return Checklist(
        goal=Goal(statement=goal, customer_centred=True, owner="装机流程负责人"),
        inputs=(
            InputItem(
                "in-1",
                input_name,
                trigger="客户来电",
                supplier="客户",
                channel="热线",
                variants=(
                    InputVariant("var-1", "新装请求"),
                    InputVariant("var-2", "催办未兑现的承诺"),
                ),
            ),
        ),
        outputs=(
            OutputItem(
                "out-1",
                "装机完成",
                recipient="客户",
                satisfies_customer=True,
                pushes_work_to_customer=False,
                judgement="客户无需追问任何人",
            ),
        ),
        activities=(ActivityItem("act-1", "上门安装", standard="48 小时内完成"),),
    )


def chinese_case_1() -> Document:
    return Document(
        Metadata(
            title=TITLE,
            owner="装机流程负责人",
            team="客户服务中心",
            author="流程工作坊",
            tags=("ADSL", "一站式服务"),
            language="zh",
        ),
        segments=(Segment("seg-5", "五星客户"), Segment("seg-1", "一星客户")),
        versions=[_as_is(), _to_be()],
    )
