"""Where the shared corpus of other tools' BPMN files lives, and how to count what is in one
without our importer: a plain ElementTree walk, so the two can check each other."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[3] / ".." / "shared" / "corpus" / "bpmn"
MODEL = "{http://www.omg.org/spec/BPMN/20100524/MODEL}"

# Files the corpus keeps as negative cases: an importer must refuse them (SOURCES.md).
REFUSED = {"missing-namespace.bpmn": "not a BPMN 2.0 file", "duplicate-ids.bpmn": "used twice"}

FLOW_NODE_NAMES = {
    "task",
    "userTask",
    "serviceTask",
    "sendTask",
    "receiveTask",
    "manualTask",
    "businessRuleTask",
    "scriptTask",
    "callActivity",
    "subProcess",
    "transaction",
    "adHocSubProcess",
    "startEvent",
    "endEvent",
    "intermediateCatchEvent",
    "intermediateThrowEvent",
    "boundaryEvent",
    "implicitThrowEvent",
    "exclusiveGateway",
    "inclusiveGateway",
    "parallelGateway",
    "eventBasedGateway",
    "complexGateway",
}


def corpus_files() -> list[Path]:
    if not CORPUS.is_dir():
        return []
    return sorted(p for p in CORPUS.rglob("*") if p.suffix in (".bpmn", ".xml") and p.is_file())


def file_counts(path: Path) -> dict[str, int]:
    """Participants, lanes, flow nodes, sequence and message flows, as the file has them."""
    root = ET.parse(path).getroot()
    processes = root.findall(f"{MODEL}process")
    collaborations = root.findall(f"{MODEL}collaboration")

    def inside(containers: list[ET.Element], names: set[str]) -> int:
        return sum(1 for c in containers for e in c.iter() if e.tag.removeprefix(MODEL) in names)

    return {
        "participants": sum(len(c.findall(f"{MODEL}participant")) for c in collaborations),
        "lanes": inside(processes, {"lane"}),
        "flow_nodes": inside(processes, FLOW_NODE_NAMES),
        "sequence_flows": inside(processes, {"sequenceFlow"}),
        "message_flows": sum(len(c.findall(f"{MODEL}messageFlow")) for c in collaborations),
    }
