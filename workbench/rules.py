"""Editing rules: may this flow connect these two nodes? Asked by the editor before it
offers a connection and enforced by `Document.add_flow`."""

from __future__ import annotations

from workbench.i18n import Msg
from workbench.model import NodeKind, Version


def connection_problem(version: Version, source_id: str, target_id: str) -> Msg | None:
    """Why a new flow from source to target is not allowed (in the reader's words when
    rendered), or None when it is."""
    source = version.nodes.get(source_id)
    target = version.nodes.get(target_id)
    if source is None:
        return Msg("the flow's source '{step}' is not a step of this version", step=source_id)
    if target is None:
        return Msg("the flow's target '{step}' is not a step of this version", step=target_id)
    if source_id == target_id:
        return Msg("a step cannot flow into itself")
    if source.kind is NodeKind.END:
        return Msg("nothing flows out of an end")
    if target.kind is NodeKind.START:
        return Msg("nothing flows into a start")
    for flow in version.flows.values():
        if flow.source == source_id and flow.target == target_id:
            return Msg("these two steps are already connected")
    return None
