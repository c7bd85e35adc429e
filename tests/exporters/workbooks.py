"""Documents for the workbook tests: the built-in example, case 1 as one document, and a
Chinese flow with findings whose to-be has a name Excel would refuse as a sheet name."""

from __future__ import annotations

from tests.cli.files import sloppy_flow
from tests.workbench.field_cases import adsl_as_is, adsl_to_be
from workbench.document import Document
from workbench.model import Metadata


def adsl_document() -> Document:
    return Document(
        Metadata(title="ADSL installation", owner="Installation process owner", tags=("ADSL",)),
        versions=[adsl_as_is(), adsl_to_be()],
    )


CHINESE_TO_BE = "目标/To-be: 一次答复[方案A] 客户只联系一个角色的流程"


def chinese_document() -> Document:
    """Chinese labels, findings in both versions, and a to-be copied from the as-is."""
    document = sloppy_flow()
    as_is = document.versions[0]
    to_be = document.copy_version(as_is.id, CHINESE_TO_BE)
    answer = next(n for n in to_be.nodes.values() if n.label.startswith("答复客户"))
    document.change_node(to_be.id, answer.id, label="一次答复客户 Answer at once")
    return document
