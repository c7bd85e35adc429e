"""The last stage of an import: the document around the version, checked like a saved file.

Our extension brings back metadata, segments, KPIs and the checklist. If the diagram was
edited elsewhere, some of them may point at steps that are gone; those references are
loosened (a KPI falls back to the whole process) with a note, never a failed import.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from exporters.bpmn.errors import BpmnError
from exporters.bpmn.extension import find_data, read_data
from exporters.bpmn.source import SourceModel
from exporters.bpmn.summary import Action, ImportSummary
from workbench.document import Document
from workbench.i18n import Msg
from workbench.model import Attachment, AttachmentKind, Checklist, Kpi, Metadata, Segment, Version
from workbench.storage import FormatError
from workbench.storage.integrity import check_ranges, check_references
from workbench.storage.records import Problems


def finish_document(model: SourceModel, version: Version, summary: ImportSummary) -> Document:
    collaboration = model.collaboration
    document_data = find_data(collaboration, "document") if collaboration is not None else None
    version_data = find_data(collaboration, "version") if collaboration is not None else None
    metadata, segments = _metadata(model, document_data, summary)
    if isinstance(version_data, dict):
        version.kpis = {k.id: k for k in _list(version_data.get("kpis"), Kpi)}
        checklist = read_data(version_data.get("checklist"), Checklist)
        version.checklist = checklist or Checklist()
    _loosen(version, {s.id for s in segments}, summary)
    _check(version, {s.id for s in segments})
    return Document(metadata, segments, [version])


def _check(version: Version, segment_ids: set[str]) -> None:
    """The checks a saved file passes, so the editor never meets a broken model."""
    problems = Problems()
    for record in (
        *version.lanes,
        *version.nodes.values(),
        *version.flows.values(),
        *version.kpis.values(),
    ):
        for message in check_ranges(record):
            problems.add(record.id, message)
    check_references(version, segment_ids, "$", problems)
    if problems:
        raise BpmnError(Msg("the imported flow is inconsistent: {problems}",
                            problems=FormatError(problems.items).as_message()))


def _metadata(
    model: SourceModel, data: Any, summary: ImportSummary
) -> tuple[Metadata, list[Segment]]:
    if isinstance(data, dict):
        metadata = read_data(data.get("metadata"), Metadata) or Metadata()
        return metadata, _list(data.get("segments"), Segment)
    names = [p.name for p in model.pools if p.participant is not None] or [
        p.name for p in model.pools
    ]
    title = (model.root.get("name") or "").strip() or (names[0] if names else "")
    description = ""
    if model.pools and model.pools[0].process is not None:
        description = ""
    return Metadata(title=title, description=description), []


def _list(raw: Any, cls: type) -> list[Any]:
    if not isinstance(raw, list):
        return []
    records = [read_data(item, cls) for item in raw]
    return [r for r in records if r is not None]


def _loosen(version: Version, segment_ids: set[str], summary: ImportSummary) -> None:
    """Point every KPI and checklist reference at something that exists."""
    for kpi_id, kpi in list(version.kpis.items()):
        attached = kpi.attached_to
        table = version.flows if attached.kind is AttachmentKind.INTERACTION else version.nodes
        if attached.kind is not AttachmentKind.PROCESS and attached.ref not in table:
            summary.note(
                Action.APPROXIMATED,
                "other",
                kpi_id,
                "KPI",
                Msg("the element it measured ('{element}') is no longer in the flow; it now "
                    "measures the whole process", element=attached.ref),
            )
            kpi = dataclasses.replace(kpi, attached_to=Attachment())
        targets = tuple(t for t in kpi.segment_targets if t[0] in segment_ids)
        version.kpis[kpi_id] = dataclasses.replace(kpi, segment_targets=targets)
    checklist = version.checklist
    kpis, nodes = set(version.kpis), set(version.nodes)
    goal = dataclasses.replace(
        checklist.goal, kpis=tuple(k for k in checklist.goal.kpis if k in kpis)
    )
    inputs = tuple(
        dataclasses.replace(
            item,
            variants=tuple(
                v
                if v.path_start is None or v.path_start in nodes
                else dataclasses.replace(v, path_start=None)
                for v in item.variants
            ),
        )
        for item in checklist.inputs
    )
    activities = tuple(
        dataclasses.replace(
            item,
            kpi=item.kpi if item.kpi in kpis else None,
            nodes=tuple(n for n in item.nodes if n in nodes),
        )
        for item in checklist.activities
    )
    version.checklist = dataclasses.replace(
        checklist, goal=goal, inputs=inputs, activities=activities
    )
