"""Our own semantics inside BPMN: each record as JSON in a `pw:` element.

Value class, durations, KPIs, the checklist and the rest have no BPMN counterpart. They
ride along in `bpmn:extensionElements`, which other tools keep or ignore, so a file that
goes out and comes back loses nothing. The JSON is the same record form the `.pwb` file
uses, read back with the same checks, so a hand-edited extension cannot smuggle in a
broken record.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from typing import Any

from exporters.bpmn.names import BPMN, PW, q
from workbench.storage.records import INVALID, Problems, codec

# Characters XML 1.0 cannot carry at all, even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_text(text: str) -> str:
    """Text as XML can carry it: characters XML forbids are dropped (the record keeps them)."""
    return _NOT_XML.sub("", text)


def as_element_text(text: str) -> str:
    """Text as it reads back from an element's content: XML turns CR into LF on reading."""
    return xml_text(text).replace("\r\n", "\n").replace("\r", "\n").strip()


def to_json(value: Any) -> str:
    """Compact JSON safe inside XML: forbidden characters become JSON escapes."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return _NOT_XML.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def add_record(parent: ET.Element, local: str, record: Any, drawn: Any = None) -> ET.Element:
    """Put `record` (a model dataclass) in `parent`'s extensionElements as `<pw:local>`.

    `drawn` is where the diagram shows it as written; the importer trusts the record's exact
    position only while the diagram still shows that, so moves made in other tools win.
    """
    return add_data(parent, local, {"record": codec(type(record)).write(record), "drawn": drawn})


def add_data(parent: ET.Element, local: str, data: Any) -> ET.Element:
    extensions = parent.find(q(BPMN, "extensionElements"))
    if extensions is None:
        extensions = ET.Element(q(BPMN, "extensionElements"))
        documentation = parent.findall(q(BPMN, "documentation"))
        parent.insert(len(documentation), extensions)
    element = ET.SubElement(extensions, q(PW, local))
    element.text = to_json(data)
    return element


def find_data(element: ET.Element, local: str) -> Any:
    """The JSON of `<pw:local>` in `element`'s extensions, or None when absent or unreadable."""
    extensions = element.find(q(BPMN, "extensionElements"))
    if extensions is None:
        return None
    found = extensions.find(q(PW, local))
    if found is None or not found.text:
        return None
    try:
        return json.loads(found.text)
    except (ValueError, RecursionError):
        return None


def read_record(element: ET.Element | None, local: str, cls: type) -> tuple[Any, Any]:
    """The record of class `cls` stored in `element` and where it was drawn, or Nones."""
    data = find_data(element, local) if element is not None else None
    if not isinstance(data, dict):
        return None, None
    record = read_data(data.get("record"), cls)
    return record, data.get("drawn") if record is not None else None


def read_data(data: Any, cls: type) -> Any:
    if data is None:
        return None
    problems = Problems()
    record = codec(cls).read(data, "$", problems)
    return None if record is INVALID or problems else record
