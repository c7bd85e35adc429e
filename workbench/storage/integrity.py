"""Checks a loaded version must pass before it becomes a `Document`: values in range and
every id reference pointing at something that exists. A file that fails here would make
the editor and the measures misbehave, so it is refused with the JSON path of each fault.
"""

from __future__ import annotations

from typing import Any

from workbench.i18n import Msg, _t
from workbench.model import AttachmentKind, Flow, Kpi, Lane, Metadata, Node, Version
from workbench.storage.records import MUST_NOT_BE_EMPTY, Problems


def check_ranges(record: Any) -> list[Msg]:
    messages = []
    if not record.id:
        messages.append(Msg("the id must not be empty"))
    if isinstance(record, Lane) and record.height <= 0:
        messages.append(Msg("height must be more than 0, not {value}",
                                value=str(record.height)))
    elif isinstance(record, Node) and record.duration is not None:
        messages += _duration_problems(record)
    elif isinstance(record, Flow) and record.probability is not None:
        if not 0.0 <= record.probability <= 1.0:
            messages.append(Msg("a probability must lie between 0 and 1, not {value}",
                                value=str(record.probability)))
    elif isinstance(record, Kpi):
        method = record.method
        if method.sample_size is not None and method.sample_size < 1:
            messages.append(Msg("sample size must be at least 1, not {value}",
                                value=str(method.sample_size)))
        if method.confidence is not None and not 0.0 < method.confidence < 1.0:
            messages.append(Msg("confidence must lie between 0 and 1, not {value}",
                                value=str(method.confidence)))
        messages += _result_problems(record)
    return messages


def _result_problems(kpi: Kpi) -> list[Msg]:
    """Each period once, sample sizes from 1, so a control chart never meets two values
    for one month or divides by an empty sample."""
    messages = []
    seen: set[str] = set()
    for index, result in enumerate(kpi.results):
        where = f"results[{index}]"  # the rest of the JSON path
        if not result.period.strip():
            messages.append(Msg("{where}: the period must not be empty", where=where))
        elif result.period in seen:
            messages.append(Msg("{where}: the period '{period}' is listed twice", where=where,
                                period=result.period))
        seen.add(result.period)
        if result.sample_size is not None and result.sample_size < 1:
            messages.append(Msg("{where}: sample size must be at least 1, not {value}",
                                where=where, value=str(result.sample_size)))
    action_ids = [action.id for action in kpi.corrective_actions]
    if any(not i for i in action_ids) or len(set(action_ids)) != len(action_ids):
        messages.append(Msg("corrective actions need ids of their own, each used once"))
    return messages


_NEGATIVE = (
    _t("the most likely duration must not be negative, not {value}"),
    _t("the minimum duration must not be negative, not {value}"),
    _t("the maximum duration must not be negative, not {value}"),
)


def _duration_problems(node: Node) -> list[Msg]:
    d = node.duration
    assert d is not None
    messages = []
    for text, value in zip(_NEGATIVE, (d.expected, d.minimum, d.maximum), strict=True):
        if value is not None and value < 0:
            messages.append(Msg(text, value=str(value)))
    if d.minimum is not None and d.minimum > d.expected:
        messages.append(Msg("the minimum duration {minimum} is more than the most likely "
                            "{expected}", minimum=str(d.minimum), expected=str(d.expected)))
    if d.maximum is not None and d.maximum < d.expected:
        messages.append(Msg("the maximum duration {maximum} is less than the most likely "
                            "{expected}", maximum=str(d.maximum), expected=str(d.expected)))
    return messages


def check_references(
    version: Version, segment_ids: set[str], path: str, problems: Problems
) -> None:
    lane_ids = {lane.id for lane in version.lanes}
    for index, node in enumerate(version.nodes.values()):
        if node.lane not in lane_ids:
            problems.add(f"{path}.nodes[{index}].lane",
                         Msg("there is no lane '{id}'", id=node.lane))
    for index, flow in enumerate(version.flows.values()):
        for end in ("source", "target"):
            node_id = getattr(flow, end)
            if node_id not in version.nodes:
                problems.add(f"{path}.flows[{index}].{end}", _no_step(node_id))
    for index, kpi in enumerate(version.kpis.values()):
        _check_kpi(kpi, version, segment_ids, f"{path}.kpis[{index}]", problems)
    check_checklist(version, f"{path}.checklist", problems)


def _check_kpi(
    kpi: Kpi, version: Version, segment_ids: set[str], path: str, problems: Problems
) -> None:
    attached = kpi.attached_to
    if attached.kind is AttachmentKind.PROCESS:
        if attached.ref is not None:
            problems.add(f"{path}.attached_to.ref",
                         Msg("a KPI bound to the process names no element"))
    elif attached.kind is AttachmentKind.INTERACTION:
        if attached.ref not in version.flows:
            problems.add(f"{path}.attached_to.ref",
                         Msg("there is no flow '{id}'", id=str(attached.ref)))
    elif attached.ref not in version.nodes:
        problems.add(f"{path}.attached_to.ref", _no_step(str(attached.ref)))
    for index, (segment_id, _) in enumerate(kpi.segment_targets):
        if segment_id not in segment_ids:
            problems.add(f"{path}.segment_targets[{index}]",
                         Msg("there is no segment '{id}'", id=segment_id))


def check_checklist(version: Version, path: str, problems: Problems) -> None:
    checklist = version.checklist
    for index, kpi_id in enumerate(checklist.goal.kpis):
        if kpi_id not in version.kpis:
            problems.add(f"{path}.goal.kpis[{index}]", _no_kpi(kpi_id))
    seen: set[str] = set()
    for element in ("inputs", "outputs", "activities"):
        for index, item in enumerate(getattr(checklist, element)):
            item_path = f"{path}.{element}[{index}]"
            _unique(item.id, seen, f"{item_path}.id", problems)
            for v_index, variant in enumerate(getattr(item, "variants", ())):
                v_path = f"{item_path}.variants[{v_index}]"
                _unique(variant.id, seen, f"{v_path}.id", problems)
                if variant.path_start is not None and variant.path_start not in version.nodes:
                    problems.add(f"{v_path}.path_start", _no_step(variant.path_start))
            if element == "activities":
                if item.kpi is not None and item.kpi not in version.kpis:
                    problems.add(f"{item_path}.kpi", _no_kpi(item.kpi))
                for n_index, node_id in enumerate(item.nodes):
                    if node_id not in version.nodes:
                        problems.add(f"{item_path}.nodes[{n_index}]", _no_step(node_id))


def _unique(item_id: str, seen: set[str], path: str, problems: Problems) -> None:
    if not item_id:
        problems.add(path, MUST_NOT_BE_EMPTY)
    elif item_id in seen:
        problems.add(path, Msg("the id '{id}' is used more than once in the checklist",
                               id=item_id))
    seen.add(item_id)


def check_metadata(metadata: Metadata) -> list[Msg]:
    if metadata.review_interval_months < 1:
        return [Msg("the review interval must be at least 1 month, not {value}",
                    value=str(metadata.review_interval_months))]
    return []


def _no_step(node_id: str) -> Msg:
    return Msg("there is no step '{id}'", id=node_id)


def _no_kpi(kpi_id: str) -> Msg:
    return Msg("there is no KPI '{id}'", id=kpi_id)
