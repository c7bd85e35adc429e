"""BPMN 2.0 namespaces, element names and how they map onto our kinds of step.

One table for both directions, so what the exporter writes the importer reads back.
"""

from __future__ import annotations

from workbench.model import NodeKind

BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL"
BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI"
DC = "http://www.omg.org/spec/DD/20100524/DC"
DI = "http://www.omg.org/spec/DD/20100524/DI"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
# Our own semantics travel in this namespace; it names a format, not a web page, and must
# never change once files carry it.
PW = "https://process-workbench.example/bpmn/1"
# Shape colours as bpmn-js writes them, and as the OMG's note (read by Camunda Modeler) does.
BIOC = "http://bpmn.io/schema/bpmn/biocolor/1.0"
COLOR = "http://www.omg.org/spec/BPMN/non-normative/color/1.0"

PREFIXES = {
    "bpmn": BPMN, "bpmndi": BPMNDI, "dc": DC, "di": DI, "xsi": XSI, "pw": PW, "bioc": BIOC,
    "color": COLOR,
}


def q(namespace: str, local: str) -> str:
    """ElementTree's `{namespace}local` name."""
    return f"{{{namespace}}}{local}"


def local_name(tag: object) -> str:
    text = tag if isinstance(tag, str) else ""
    return text.rsplit("}", 1)[-1]


def namespace_of(tag: object) -> str:
    text = tag if isinstance(tag, str) else ""
    return text[1:].split("}", 1)[0] if text.startswith("{") else ""


TASKS = frozenset(
    {
        "task",
        "userTask",
        "serviceTask",
        "sendTask",
        "receiveTask",
        "manualTask",
        "businessRuleTask",
        "scriptTask",
    }
)
CONTAINERS = frozenset({"subProcess", "transaction", "adHocSubProcess"})
ACTIVITIES = TASKS | CONTAINERS | {"callActivity"}
GATEWAYS = frozenset(
    {
        "exclusiveGateway",
        "inclusiveGateway",
        "parallelGateway",
        "eventBasedGateway",
        "complexGateway",
    }
)
EVENTS = frozenset(
    {
        "startEvent",
        "endEvent",
        "intermediateCatchEvent",
        "intermediateThrowEvent",
        "boundaryEvent",
        "implicitThrowEvent",
    }
)
FLOW_NODES = ACTIVITIES | GATEWAYS | EVENTS

# What a BPMN element becomes, and whether that is exact or an approximation worth a note.
KIND_OF: dict[str, NodeKind] = {
    **{name: NodeKind.TASK for name in ACTIVITIES},
    "exclusiveGateway": NodeKind.DECISION,
    "inclusiveGateway": NodeKind.DECISION,
    "complexGateway": NodeKind.DECISION,
    "eventBasedGateway": NodeKind.DECISION,
    "parallelGateway": NodeKind.PARALLEL,
    "startEvent": NodeKind.START,
    "endEvent": NodeKind.END,
    "intermediateCatchEvent": NodeKind.WAIT,
    "boundaryEvent": NodeKind.WAIT,
    "intermediateThrowEvent": NodeKind.TASK,
    "implicitThrowEvent": NodeKind.TASK,
}
EXACT = frozenset(
    {
        "task",
        "exclusiveGateway",
        "parallelGateway",
        "startEvent",
        "endEvent",
        "intermediateCatchEvent",
    }
)

# What the exporter writes for each kind of step.
ELEMENT_OF: dict[NodeKind, str] = {
    NodeKind.START: "startEvent",
    NodeKind.END: "endEvent",
    NodeKind.TASK: "task",
    NodeKind.DECISION: "exclusiveGateway",
    NodeKind.PARALLEL: "parallelGateway",
    NodeKind.WAIT: "intermediateCatchEvent",
}

# Lane and pool names that mean the customer, in the languages our users write in.
CUSTOMER_WORDS = (
    "customer",
    "client",
    "citizen",
    "patient",
    "caller",
    "consumer",
    "subscriber",
    "guest",
    "applicant",
    "passenger",
    "member",
    "user",
    "buyer",
    "requester",
    "requestor",
    "kunde",
    "cliente",
    "usager",
    "usuario",
    "utente",
    "客户",
    "用户",
    "顾客",
    "市民",
    "客人",
    "患者",
    "病人",
    "来电人",
    "乘客",
    "会员",
    "居民",
)
SUPPORT_WORDS = ("system", "crm", "erp", "database", "knowledge base", "系统", "知识库")
