"""Process documents for the command-line tests: the built-in example, and bad copies of it
made by editing the saved JSON the way a broken or hostile file would look."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from workbench.builder import VersionBuilder
from workbench.document import Document
from workbench.examples import EXAMPLES
from workbench.model import Metadata
from workbench.storage import dumps_document, save_document

Data = dict[str, Any]


def example_file(folder: Path, name: str = "example.pwb") -> Path:
    path = folder / name
    save_document(EXAMPLES["example"](), path, backup=False)
    return path


def example_data() -> Data:
    return json.loads(dumps_document(EXAMPLES["example"]()))


def edited_file(folder: Path, edit: Callable[[Data], None], name: str = "bad.pwb") -> Path:
    """The example, saved, with its JSON changed by `edit`."""
    data = example_data()
    edit(data)
    path = folder / name
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    return path


def node_index(data: Data, node_id: str, version: int = 0) -> int:
    nodes = data["versions"][version]["nodes"]
    return next(i for i, node in enumerate(nodes) if node["id"] == node_id)


def sloppy_flow() -> Document:
    """A flow drawn in a hurry: a customer step with no value class, an interaction with no
    KPI, a decision whose probabilities do not add up, and Chinese labels."""
    b = VersionBuilder("现状 As-is", "v-asis")
    customer = b.lane("客户 Customer", "customer")
    agent = b.lane("坐席 Agent", "frontstage")
    start = b.start(customer, "客户来电")
    call = b.task(customer, "拨打热线 Call the hotline", 3)
    answer = b.task(agent, "答复客户 Answer", 5)
    decide = b.decision(agent, "能否一次答复?")
    done = b.end(customer, "结束")
    b.chain(start, call, answer, decide)
    b.flow(decide, done, "是 yes", 0.5)
    b.flow(decide, call, "否 no", 0.2)
    return Document(Metadata(title="投诉处理 Complaints", language="zh"), versions=[b.build()])


def sloppy_file(folder: Path) -> Path:
    path = folder / "sloppy.pwb"
    save_document(sloppy_flow(), path, backup=False)
    return path
