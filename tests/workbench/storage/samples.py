"""A small but complete document touching every part of the file form."""

from __future__ import annotations

from workbench.builder import VersionBuilder
from workbench.document import Document
from workbench.model import (
    ActivityItem,
    Checklist,
    DemandType,
    Direction,
    Goal,
    InputItem,
    InputVariant,
    Metadata,
    Method,
    MethodKind,
    OutputItem,
    Segment,
)


def rich_document() -> Document:
    b = VersionBuilder("As-is", version_id="v-asis")
    customer = b.lane("客户 Customer", "customer")
    csr = b.lane("CSR", "frontstage")
    installer = b.lane("Installer 装机", "backstage")
    system = b.lane("Work orders", "support")
    start = b.start(customer, "Call the hotline")
    explain = b.task(csr, "Explain the promises", 5, value="value")
    order = b.task(system, "Create work order", 2, unit="min")
    wait = b.wait(customer, "Wait at home", 4, unit="h", value="waste", waste="waiting")
    known = b.decision(csr, "Follow-up?")
    install = b.task(installer, "Install", 2, unit="h")
    end = b.end(customer, "Online")
    f = b.chain(start, explain, order, wait, known)
    b.flow(known, install, "new request", 0.7)
    b.flow(known, install, "missed promise", 0.3)
    b.flow(install, end)
    fcr = b.kpi(
        "FCR",
        f[0],
        unit="%",
        target=85.0,
        data_source="CRM",
        segment_targets=(("s5", 95.0),),
        direction=Direction.HIGHER,
        method=Method(MethodKind.SAMPLING, 800, 0.95),
    )
    b.kpi("Install within 48 h", install, unit="%", target=95.0, data_source="WFM")
    b.checklist(
        Checklist(
            goal=Goal(
                "Customer online within 48 h of the first call", True, (fcr,), "Service owner"
            ),
            inputs=(
                InputItem(
                    "in1",
                    "Installation request",
                    trigger="call",
                    supplier="customer",
                    channel="phone",
                    acceptance="address known",
                    demand=DemandType.VALUE,
                    variants=(
                        InputVariant("var1", "new request", path_start=explain),
                        InputVariant("var2", "missed promise"),
                    ),
                ),
            ),
            outputs=(
                OutputItem(
                    "out1",
                    "Line installed",
                    recipient="customer",
                    definition_of_done="online",
                    time_standard="48 h",
                    satisfies_customer=False,
                    pushes_work_to_customer=True,
                ),
            ),
            activities=(ActivityItem("act1", "Install", standard="48 h", nodes=(install,)),),
        )
    )
    segments = [Segment("s5", "5★", share=0.05), Segment("s1", "1★", share=0.3)]
    metadata = Metadata(
        title="ADSL installation",
        owner="Li Wei",
        team="Hotline",
        tags=("telecom", "装机"),
        language="en",
        next_review="2027-06-30",
    )
    document = Document(metadata, segments, [b.build()])
    document.copy_version("v-asis", "To-be", new_id="v-tobe")
    return document
