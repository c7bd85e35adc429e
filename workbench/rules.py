"""Editing rules: may this flow connect these two nodes? Asked by the editor before it
offers a connection and enforced by `Document.add_flow`."""

from __future__ import annotations

from workbench.model import NodeKind, Version


def connection_problem(version: Version, source_id: str, target_id: str) -> str | None:
    """Why a new flow from source to target is not allowed, or None when it is."""
    source = version.nodes.get(source_id)
    target = version.nodes.get(target_id)
    if source is None:
        return f"the flow's source {source_id!r} is not a step of this version"
    if target is None:
        return f"the flow's target {target_id!r} is not a step of this version"
    if source_id == target_id:
        return "a step cannot flow into itself"
    if source.kind is NodeKind.END:
        return "nothing flows out of an end"
    if target.kind is NodeKind.START:
        return "nothing flows into a start"
    for flow in version.flows.values():
        if flow.source == source_id and flow.target == target_id:
            return "these two steps are already connected"
    return None
