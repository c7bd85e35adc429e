"""Checks a loaded version must pass before it becomes a `Document`: values in range and
every id reference pointing at something that exists. A file that fails here would make
the editor and the measures misbehave, so it is refused with the JSON path of each fault.
"""

from __future__ import annotations

from typing import Any

from workbench.model import AttachmentKind, Flow, Kpi, Lane, Metadata, Node, Version
from workbench.storage.records import Problems


def check_ranges(record: Any) -> list[str]:
    messages = []
    if not record.id:
        messages.append("the id must not be empty")
    if isinstance(record, Lane) and record.height <= 0:
        messages.append(f"height must be more than 0, not {record.height}")
    elif isinstance(record, Node) and record.duration is not None:
        messages += _duration_problems(record)
    elif isinstance(record, Flow) and record.probability is not None:
        if not 0.0 <= record.probability <= 1.0:
            messages.append(f"probability must lie between 0 and 1, not {record.probability}")
    elif isinstance(record, Kpi):
        method = record.method
        if method.sample_size is not None and method.sample_size < 1:
            messages.append(f"sample size must be at least 1, not {method.sample_size}")
        if method.confidence is not None and not 0.0 < method.confidence < 1.0:
            messages.append(f"confidence must lie between 0 and 1, not {method.confidence}")
        messages += _result_problems(record)
    return messages


def _result_problems(kpi: Kpi) -> list[str]:
    """Each period once, sample sizes from 1, so a control chart never meets two values
    for one month or divides by an empty sample."""
    messages = []
    seen: set[str] = set()
    for index, result in enumerate(kpi.results):
        if not result.period.strip():
            messages.append(f"results[{index}]: the period must not be empty")
        elif result.period in seen:
            messages.append(f"results[{index}]: the period {result.period!r} is listed twice")
        seen.add(result.period)
        if result.sample_size is not None and result.sample_size < 1:
            messages.append(
                f"results[{index}]: sample size must be at least 1, not {result.sample_size}"
            )
    action_ids = [action.id for action in kpi.corrective_actions]
    if any(not i for i in action_ids) or len(set(action_ids)) != len(action_ids):
        messages.append("corrective actions need ids of their own, each used once")
    return messages


def _duration_problems(node: Node) -> list[str]:
    d = node.duration
    assert d is not None
    messages = []
    for name, value in (("expected", d.expected), ("minimum", d.minimum), ("maximum", d.maximum)):
        if value is not None and value < 0:
            messages.append(f"duration {name} must not be negative, not {value}")
    if d.minimum is not None and d.minimum > d.expected:
        messages.append(f"duration minimum {d.minimum} is more than the expected {d.expected}")
    if d.maximum is not None and d.maximum < d.expected:
        messages.append(f"duration maximum {d.maximum} is less than the expected {d.expected}")
    return messages


def check_references(
    version: Version, segment_ids: set[str], path: str, problems: Problems
) -> None:
    lane_ids = {lane.id for lane in version.lanes}
    for index, node in enumerate(version.nodes.values()):
        if node.lane not in lane_ids:
            problems.add(f"{path}.nodes[{index}].lane", f"there is no lane {node.lane!r}")
    for index, flow in enumerate(version.flows.values()):
        for end in ("source", "target"):
            node_id = getattr(flow, end)
            if node_id not in version.nodes:
                problems.add(f"{path}.flows[{index}].{end}", f"there is no step {node_id!r}")
    for index, kpi in enumerate(version.kpis.values()):
        _check_kpi(kpi, version, segment_ids, f"{path}.kpis[{index}]", problems)
    check_checklist(version, f"{path}.checklist", problems)


def _check_kpi(
    kpi: Kpi, version: Version, segment_ids: set[str], path: str, problems: Problems
) -> None:
    attached = kpi.attached_to
    if attached.kind is AttachmentKind.PROCESS:
        if attached.ref is not None:
            problems.add(f"{path}.attached_to.ref", "a KPI bound to the process names no element")
    else:
        table = version.flows if attached.kind is AttachmentKind.INTERACTION else version.nodes
        what = "flow" if attached.kind is AttachmentKind.INTERACTION else "step"
        if attached.ref not in table:
            problems.add(f"{path}.attached_to.ref", f"there is no {what} {attached.ref!r}")
    for index, (segment_id, _) in enumerate(kpi.segment_targets):
        if segment_id not in segment_ids:
            problems.add(f"{path}.segment_targets[{index}]", f"there is no segment {segment_id!r}")


def check_checklist(version: Version, path: str, problems: Problems) -> None:
    checklist = version.checklist
    for index, kpi_id in enumerate(checklist.goal.kpis):
        if kpi_id not in version.kpis:
            problems.add(f"{path}.goal.kpis[{index}]", f"there is no KPI {kpi_id!r}")
    seen: set[str] = set()
    for element in ("inputs", "outputs", "activities"):
        for index, item in enumerate(getattr(checklist, element)):
            item_path = f"{path}.{element}[{index}]"
            _unique(item.id, seen, f"{item_path}.id", problems)
            for v_index, variant in enumerate(getattr(item, "variants", ())):
                v_path = f"{item_path}.variants[{v_index}]"
                _unique(variant.id, seen, f"{v_path}.id", problems)
                if variant.path_start is not None and variant.path_start not in version.nodes:
                    problems.add(f"{v_path}.path_start", f"there is no step {variant.path_start!r}")
            if element == "activities":
                if item.kpi is not None and item.kpi not in version.kpis:
                    problems.add(f"{item_path}.kpi", f"there is no KPI {item.kpi!r}")
                for n_index, node_id in enumerate(item.nodes):
                    if node_id not in version.nodes:
                        problems.add(
                            f"{item_path}.nodes[{n_index}]", f"there is no step {node_id!r}"
                        )


def _unique(item_id: str, seen: set[str], path: str, problems: Problems) -> None:
    if not item_id:
        problems.add(path, "must not be empty")
    elif item_id in seen:
        problems.add(path, f"the id {item_id!r} is used more than once in the checklist")
    seen.add(item_id)


def check_metadata(metadata: Metadata) -> list[str]:
    if metadata.review_interval_months < 1:
        return [f"review_interval_months must be at least 1, not {metadata.review_interval_months}"]
    return []
