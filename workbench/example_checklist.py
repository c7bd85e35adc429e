"""The built-in example's four elements (流程四要素) for its as-is, as a process owner fills
them in: every text a (Simplified Chinese, English) pair, rendered by the caller's `t`."""

from __future__ import annotations

from collections.abc import Callable

from workbench.model import (
    ActivityItem,
    Checklist,
    DemandType,
    Goal,
    InputItem,
    InputVariant,
    OutputItem,
)
from workbench.template_cases.kit import Text

CUSTOMER: Text = ("客户", "Customer")
INVESTIGATE: Text = ("调查投诉", "Investigate the complaint")


def checklist(
    t: Callable[[Text], str], *, goal_kpis: tuple[str, ...], first_contact_kpi: str,
    resolve_kpi: str, new_start: str, reopen_start: str, record: str, investigate: str,
    call_back: str,
) -> Checklist:
    return Checklist(
        goal=Goal(
            statement=t((
                "每一件投诉都在我们承诺的时间内得到客户认可的公正答复，客户无需反复催问。",
                "Every complaint gets a fair answer the customer accepts, within the time we "
                "promised, without the customer having to chase us.")),
            customer_centred=True,
            kpis=goal_kpis,
            owner=t(("客户服务部负责人", "Head of Customer Care")),
        ),
        inputs=(InputItem(
            "in-1", t(("客户投诉", "Customer complaint")),
            trigger=t(("客户拨打热线", "Customer calls the hotline")),
            supplier=t(CUSTOMER), channel=t(("电话", "Phone")),
            acceptance=t(("客户说清订单号和问题", "Order number and problem stated")),
            demand=DemandType.FAILURE,
            variants=(
                InputVariant("var-1", t(("新投诉", "New complaint")),
                             t(("就该问题第一次来电", "First call about this problem")),
                             new_start),
                InputVariant("var-2", t(("已答复投诉再次来电", "Reopening an answered complaint")),
                             t(("答复没有解决问题，客户再次来电",
                                "The customer calls again because the answer did not settle "
                                "it")),
                             reopen_start),
            ),
        ),),
        outputs=(
            OutputItem("out-1", t(("当场答复", "Answer on the call")), recipient=t(CUSTOMER),
                       definition_of_done=t(("客户确认听懂了答复",
                                             "Customer confirms they understood the answer")),
                       time_standard=t(("首次通话中", "During the first call")),
                       satisfies_customer=True, pushes_work_to_customer=False,
                       judgement=t(("好：客户当场得到答复。",
                                    "Good: the customer is answered at once."))),
            OutputItem("out-2", t(("调查后答复", "Answer after investigation")),
                       recipient=t(CUSTOMER),
                       definition_of_done=t(("向客户说明处理结果，投诉办结",
                                             "Result explained and the complaint closed")),
                       time_standard=t(("3个工作日内", "Within 3 working days")),
                       satisfies_customer=False, pushes_work_to_customer=True,
                       judgement=t(("太慢，而且四分之一的客户还得再次来电。",
                                    "Too slow, and a quarter of customers must call again."))),
        ),
        activities=(
            ActivityItem("act-1", t(("受理并记录投诉", "Take and record the complaint")),
                         standard=t(("通话中完成记录，核对订单号",
                                     "Recorded during the call, order number confirmed")),
                         kpi=first_contact_kpi, nodes=(record,)),
            ActivityItem("act-2", t(INVESTIGATE),
                         standard=t(("2个工作日内完成调查",
                                     "Investigation finished within 2 working days")),
                         kpi=resolve_kpi, nodes=(investigate,)),
            ActivityItem("act-3", t(("向客户告知处理结果", "Give the result to the customer")),
                         standard=t(("在承诺时间内回电", "Call back within the promised time")),
                         kpi=resolve_kpi, nodes=(call_back,)),
        ),
    )
