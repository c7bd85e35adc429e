"""The document's file form: the last loading stage (build, with every reference checked)
and its mirror for saving.

Element lists are written sorted by id (lanes keep their top-to-bottom order), so the same
document always gives the same bytes and a saved file diffs cleanly in git.
"""

from __future__ import annotations

from typing import Any

from workbench.document import Document
from workbench.i18n import Msg, _t
from workbench.model import (
    Checklist,
    Flow,
    Kpi,
    Lane,
    Metadata,
    Node,
    Segment,
    Version,
)
from workbench.simulation.settings import SimulationSettings
from workbench.storage.errors import FormatError
from workbench.storage.integrity import check_metadata, check_ranges, check_references
from workbench.storage.migrations import FORMAT_MARKER, SCHEMA_VERSION
from workbench.storage.records import (
    INVALID,
    MISSING,
    MUST_NOT_BE_EMPTY,
    UNKNOWN_FIELD,
    Problems,
    codec,
    expected,
)

_TOP_KEYS = {"format", "schema_version", "metadata", "segments", "versions", "simulation"}
_VERSION_KEYS = {
    "id",
    "name",
    "description",
    "derived_from",
    "lanes",
    "nodes",
    "flows",
    "kpis",
    "checklist",
}


def document_to_data(document: Document) -> dict[str, Any]:
    data = {
        "format": FORMAT_MARKER,
        "schema_version": SCHEMA_VERSION,
        "metadata": codec(Metadata).write(document.metadata),
        "segments": [codec(Segment).write(s) for s in document.segments],
        "versions": [_version_to_data(v) for v in document.versions],
    }
    if document.simulation != SimulationSettings():  # optional: older files lack it
        data["simulation"] = codec(SimulationSettings).write(document.simulation)
    return data


def _version_to_data(version: Version) -> dict[str, Any]:
    data: dict[str, Any] = {"id": version.id, "name": version.name}
    if version.description:
        data["description"] = version.description
    if version.derived_from is not None:
        data["derived_from"] = version.derived_from
    data["lanes"] = [codec(Lane).write(lane) for lane in version.lanes]
    for key, cls in (("nodes", Node), ("flows", Flow), ("kpis", Kpi)):
        table = getattr(version, key)
        data[key] = [codec(cls).write(table[i]) for i in sorted(table)]
    data["checklist"] = codec(Checklist).write(version.checklist)
    return data


def data_to_document(data: dict[str, Any]) -> Document:
    """Build a `Document` from migrated data, or raise `FormatError` listing every problem."""
    problems = Problems()
    for key in data:
        if key not in _TOP_KEYS:
            problems.add(f"$.{key}", UNKNOWN_FIELD)
    metadata = Metadata()
    if "metadata" in data:
        read = codec(Metadata).read(data["metadata"], "$.metadata", problems)
        metadata = read if read is not INVALID else metadata
        for message in check_metadata(metadata):
            problems.add("$.metadata", message)
    simulation = SimulationSettings()
    if "simulation" in data:
        read = codec(SimulationSettings).read(data["simulation"], "$.simulation", problems)
        simulation = read if read is not INVALID else simulation
    segments = _read_list(data.get("segments", []), "$.segments", Segment, problems)
    _require_unique([s.id for s in segments if s], "$.segments", "segment", problems)
    versions: list[Version] = []
    raw_versions = data.get("versions")
    if raw_versions is None:
        problems.add("$.versions", MISSING)
    elif not isinstance(raw_versions, list):
        problems.add("$.versions", expected("a list", raw_versions))
    else:
        for index, raw in enumerate(raw_versions):
            version = _read_version(raw, f"$.versions[{index}]", problems)
            if version is not None:
                versions.append(version)
        raw_ids = [r.get("id") for r in raw_versions if isinstance(r, dict)]
        _require_unique(
            [i for i in raw_ids if isinstance(i, str)], "$.versions", "version", problems
        )
        segment_ids = {s.id for s in segments if s}
        for index, version in enumerate(versions):
            check_references(version, segment_ids, f"$.versions[{index}]", problems)
    if problems:
        raise FormatError(problems.items)
    return Document(metadata, segments, versions, simulation)


def _read_version(raw: Any, path: str, problems: Problems) -> Version | None:
    if not isinstance(raw, dict):
        problems.add(path, expected("an object", raw))
        return None
    for key in raw:
        if key not in _VERSION_KEYS:
            problems.add(f"{path}.{key}", UNKNOWN_FIELD)
    before = len(problems.items)
    version_id = _text(raw, "id", path, problems, required=True)
    name = _text(raw, "name", path, problems, required=True)
    description = _text(raw, "description", path, problems)
    derived_from = raw.get("derived_from")
    if derived_from is not None and not isinstance(derived_from, str):
        problems.add(f"{path}.derived_from", expected("text", derived_from))
    lanes = _read_list(raw.get("lanes", []), f"{path}.lanes", Lane, problems)
    nodes = _read_list(raw.get("nodes", []), f"{path}.nodes", Node, problems)
    flows = _read_list(raw.get("flows", []), f"{path}.flows", Flow, problems)
    kpis = _read_list(raw.get("kpis", []), f"{path}.kpis", Kpi, problems)
    checklist = Checklist()
    if "checklist" in raw:
        read = codec(Checklist).read(raw["checklist"], f"{path}.checklist", problems)
        checklist = read if read is not INVALID else checklist
    ids = [x.id for x in (*lanes, *nodes, *flows, *kpis) if x]
    _require_unique(ids, path, "element", problems)
    for key, records in (("lanes", lanes), ("nodes", nodes), ("flows", flows), ("kpis", kpis)):
        for index, record in enumerate(records):
            if record is not None:
                for message in check_ranges(record):
                    problems.add(f"{path}.{key}[{index}]", message)
    if len(problems.items) > before:
        return None
    return Version(
        id=version_id,
        name=name,
        lanes=list(lanes),
        nodes={n.id: n for n in nodes},
        flows={f.id: f for f in flows},
        kpis={k.id: k for k in kpis},
        checklist=checklist,
        description=description,
        derived_from=derived_from,
    )


def _read_list(raw: Any, path: str, cls: type, problems: Problems) -> list[Any]:
    """Read a list of records; a record that fails is kept as None so indices stay true."""
    if not isinstance(raw, list):
        problems.add(path, expected("a list", raw))
        return []
    quick = codec(cls).quick_list(raw)
    if quick is not None:
        return quick
    read = codec(cls).read
    records = []
    for index, item in enumerate(raw):
        record = read(item, f"{path}[{index}]", problems)
        records.append(None if record is INVALID else record)
    return records


def _text(
    raw: dict[str, Any], key: str, path: str, problems: Problems, required: bool = False
) -> str:
    if key not in raw:
        if required:
            problems.add(f"{path}.{key}", MISSING)
        return ""
    value = raw[key]
    if not isinstance(value, str):
        problems.add(f"{path}.{key}", expected("text", value))
        return ""
    if required and not value:
        problems.add(f"{path}.{key}", MUST_NOT_BE_EMPTY)
    return value


_USED_TWICE = {  # what the ids name -> the message
    "segment": _t("the segment id '{id}' is used more than once"),
    "version": _t("the version id '{id}' is used more than once"),
    "element": _t("the element id '{id}' is used more than once"),
}


def _require_unique(ids: list[str], path: str, what: str, problems: Problems) -> None:
    seen: set[str] = set()
    for element_id in ids:
        if element_id in seen:
            problems.add(path, Msg(_USED_TWICE[what], id=element_id))
        seen.add(element_id)
