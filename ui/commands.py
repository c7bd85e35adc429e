"""Undo commands: each calls exactly one `Document` method and keeps what it returns.

Commands refer to elements by id, never by record or item, so undo still works after an
element was removed and put back. Use `push` rather than `QUndoStack.push` from the editor:
it runs the edit first, so an `EditError` reaches the caller and nothing is pushed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from workbench.document import Document, Placement, Removal
from workbench.model import ChecklistElement, ChecklistItem, Flow, Goal, Kpi, Lane, Node, Version


def _tr(text: str) -> str:
    return QCoreApplication.translate("commands", text)


def push(stack: QUndoStack, command: DocumentCommand) -> None:
    """Apply `command` and push it; an `EditError` propagates and leaves the stack as it was."""
    command.redo()
    command._already_done = True
    stack.push(command)


class DocumentCommand(QUndoCommand):
    """Base: subclasses implement `_do` and `_undo`; `push` may have run `_do` already."""

    def __init__(self, document: Document, text: str) -> None:
        super().__init__(text)
        self.document = document
        self._already_done = False

    def redo(self) -> None:
        if self._already_done:
            self._already_done = False
            return
        self._do()

    def undo(self) -> None:
        self._undo()

    def _do(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError


# ------------------------------------------------------------------ field changes

_MERGE_ID = 0x5057  # all field changes share one id; mergeWith decides


class _ChangeFields(DocumentCommand):
    """Change some fields of one element; typing into one field merges into one step.

    `typing=True` marks a change made keystroke by keystroke (a panel's line edit): two such
    commands on the same element and the same fields, pushed one after the other, merge.
    """

    def __init__(
        self, document: Document, text: str, key: tuple, changes: dict[str, Any], typing: bool
    ) -> None:
        super().__init__(document, text)
        self._key = key
        self.changes = dict(changes)
        self._typing = typing
        self._old: dict[str, Any] = {}

    def _apply(self, changes: dict[str, Any]) -> Any:
        """Call the one document method; return the old record."""
        raise NotImplementedError

    def _do(self) -> None:
        old = self._apply(self.changes)
        self._old = {name: getattr(old, name) for name in self.changes}

    def _undo(self) -> None:
        self._apply(self._old)

    def id(self) -> int:
        return _MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, _ChangeFields)
            and type(other) is type(self)
            and self._typing
            and other._typing
            and other._key == self._key
            and other.changes.keys() == self.changes.keys()
        ):
            return False
        self.changes = dict(other.changes)
        if self.changes == self._old:
            self.setObsolete(True)
        return True


class ChangeNode(_ChangeFields):
    def __init__(
        self, document: Document, version_id: str, node_id: str, typing: bool = False,
        **changes: Any,
    ) -> None:
        super().__init__(document, _tr("Change step"), ("node", version_id, node_id), changes,
                         typing)
        self.version_id, self.node_id = version_id, node_id

    def _apply(self, changes: dict[str, Any]) -> Node:
        return self.document.change_node(self.version_id, self.node_id, **changes)


class ChangeFlow(_ChangeFields):
    def __init__(
        self, document: Document, version_id: str, flow_id: str, typing: bool = False,
        **changes: Any,
    ) -> None:
        super().__init__(document, _tr("Change flow"), ("flow", version_id, flow_id), changes,
                         typing)
        self.version_id, self.flow_id = version_id, flow_id

    def _apply(self, changes: dict[str, Any]) -> Flow:
        return self.document.change_flow(self.version_id, self.flow_id, **changes)


class ChangeLane(_ChangeFields):
    def __init__(
        self, document: Document, version_id: str, lane_id: str, typing: bool = False,
        **changes: Any,
    ) -> None:
        super().__init__(document, _tr("Change lane"), ("lane", version_id, lane_id), changes,
                         typing)
        self.version_id, self.lane_id = version_id, lane_id

    def _apply(self, changes: dict[str, Any]) -> Lane:
        return self.document.change_lane(self.version_id, self.lane_id, **changes)


class ChangeKpi(_ChangeFields):
    def __init__(
        self, document: Document, version_id: str, kpi_id: str, typing: bool = False,
        **changes: Any,
    ) -> None:
        super().__init__(document, _tr("Change KPI"), ("kpi", version_id, kpi_id), changes,
                         typing)
        self.version_id, self.kpi_id = version_id, kpi_id

    def _apply(self, changes: dict[str, Any]) -> Kpi:
        return self.document.change_kpi(self.version_id, self.kpi_id, **changes)


class ChangeMetadata(_ChangeFields):
    def __init__(self, document: Document, typing: bool = False, **changes: Any) -> None:
        super().__init__(document, _tr("Change document details"), ("metadata",), changes,
                         typing)

    def _apply(self, changes: dict[str, Any]) -> Any:
        return self.document.change_metadata(**changes)


class SetCurrentVersion(DocumentCommand):
    """Choose the version in operation ("" for the last one drawn)."""

    def __init__(self, document: Document, version_id: str) -> None:
        super().__init__(document, _tr("Choose the version in operation"))
        self.version_id = version_id
        self._old = ""

    def _do(self) -> None:
        self._old = self.document.set_current_version(self.version_id)

    def _undo(self) -> None:
        self.document.set_current_version(self._old)


class ChangeSimulation(_ChangeFields):
    """A change of the document's simulation settings (cases, seed, calendar, people...)."""

    def __init__(self, document: Document, typing: bool = False, **changes: Any) -> None:
        super().__init__(document, _tr("Change simulation settings"), ("simulation",), changes,
                         typing)

    def _apply(self, changes: dict[str, Any]) -> Any:
        return self.document.change_simulation(**changes)


class ChangeSegment(_ChangeFields):
    def __init__(
        self, document: Document, segment_id: str, typing: bool = False, **changes: Any
    ) -> None:
        super().__init__(document, _tr("Change customer tier"), ("segment", segment_id),
                         changes, typing)
        self.segment_id = segment_id

    def _apply(self, changes: dict[str, Any]) -> Any:
        return self.document.change_segment(self.segment_id, **changes)


class ChangeGoal(_ChangeFields):
    def __init__(
        self, document: Document, version_id: str, typing: bool = False, **changes: Any
    ) -> None:
        super().__init__(document, _tr("Change goal"), ("goal", version_id), changes, typing)
        self.version_id = version_id

    def _apply(self, changes: dict[str, Any]) -> Goal:
        return self.document.change_goal(self.version_id, **changes)


class ChangeChecklistItem(_ChangeFields):
    def __init__(
        self, document: Document, version_id: str, element: ChecklistElement, item_id: str,
        typing: bool = False, **changes: Any,
    ) -> None:
        super().__init__(document, _tr("Change checklist item"),
                         ("checklist", version_id, element, item_id), changes, typing)
        self.version_id, self.element, self.item_id = version_id, element, item_id

    def _apply(self, changes: dict[str, Any]) -> ChecklistItem:
        return self.document.change_checklist_item(
            self.version_id, self.element, self.item_id, **changes
        )


class ChangeVersion(DocumentCommand):
    """Rename a version or change its description."""

    def __init__(self, document: Document, version_id: str, **changes: Any) -> None:
        super().__init__(document, _tr("Change version"))
        self.version_id, self.changes = version_id, changes
        self._old: dict[str, Any] = {}

    def _do(self) -> None:
        self._old = self.document.change_version(self.version_id, **self.changes)

    def _undo(self) -> None:
        self.document.change_version(self.version_id, **self._old)


# ------------------------------------------------------------------- additions


class _AddElement(DocumentCommand):
    """Add one lane, step, flow or KPI; undo removes it by id."""

    def __init__(self, document: Document, text: str, version_id: str, element_id: str) -> None:
        super().__init__(document, text)
        self.version_id, self.element_id = version_id, element_id

    def _undo(self) -> None:
        self.document.remove(self.version_id, [self.element_id])


class AddNode(_AddElement):
    def __init__(self, document: Document, version_id: str, node: Node) -> None:
        super().__init__(document, _tr("Add step"), version_id, node.id)
        self.node = node

    def _do(self) -> None:
        self.document.add_node(self.version_id, self.node)


class AddFlow(_AddElement):
    def __init__(self, document: Document, version_id: str, flow: Flow) -> None:
        super().__init__(document, _tr("Connect steps"), version_id, flow.id)
        self.flow = flow

    def _do(self) -> None:
        self.document.add_flow(self.version_id, self.flow)


class AddLane(_AddElement):
    def __init__(
        self, document: Document, version_id: str, lane: Lane, index: int | None = None
    ) -> None:
        super().__init__(document, _tr("Add lane"), version_id, lane.id)
        self.lane, self.index = lane, index

    def _do(self) -> None:
        self.document.add_lane(self.version_id, self.lane, self.index)


class AddKpi(_AddElement):
    def __init__(self, document: Document, version_id: str, kpi: Kpi) -> None:
        super().__init__(document, _tr("Add KPI"), version_id, kpi.id)
        self.kpi = kpi

    def _do(self) -> None:
        self.document.add_kpi(self.version_id, self.kpi)


class AddGoalKpi(_AddElement):
    """Create a KPI from the goal's "Measured by" and tick it there; one undo step."""

    def __init__(self, document: Document, version_id: str, kpi: Kpi) -> None:
        super().__init__(document, _tr("Add KPI for the goal"), version_id, kpi.id)
        self.kpi = kpi

    def _do(self) -> None:
        self.document.add_goal_kpi(self.version_id, self.kpi)


class AddChecklistItem(DocumentCommand):
    def __init__(
        self, document: Document, version_id: str, element: ChecklistElement,
        item: ChecklistItem, index: int | None = None,
    ) -> None:
        super().__init__(document, _tr("Add checklist item"))
        self.version_id, self.element, self.item, self.index = version_id, element, item, index

    def _do(self) -> None:
        self.document.add_checklist_item(self.version_id, self.element, self.item, self.index)

    def _undo(self) -> None:
        self.document.remove_checklist_item(self.version_id, self.element, self.item.id)


class RemoveChecklistItem(DocumentCommand):
    def __init__(
        self, document: Document, version_id: str, element: ChecklistElement, item_id: str
    ) -> None:
        super().__init__(document, _tr("Remove checklist item"))
        self.version_id, self.element, self.item_id = version_id, element, item_id
        self._removed: tuple[ChecklistItem, int] | None = None

    def _do(self) -> None:
        self._removed = self.document.remove_checklist_item(
            self.version_id, self.element, self.item_id
        )

    def _undo(self) -> None:
        assert self._removed is not None
        item, index = self._removed
        self.document.add_checklist_item(self.version_id, self.element, item, index)


# ------------------------------------------------------------- moves, removal


class MoveNodes(DocumentCommand):
    """One drag of one or more steps, pushed when the mouse is released."""

    def __init__(
        self, document: Document, version_id: str, placements: Mapping[str, Placement]
    ) -> None:
        text = _tr("Move step") if len(placements) == 1 else _tr("Move steps")
        super().__init__(document, text)
        self.version_id, self.placements = version_id, dict(placements)
        self._old: dict[str, Placement] = {}

    def _do(self) -> None:
        self._old = self.document.move_nodes(self.version_id, self.placements)

    def _undo(self) -> None:
        self.document.move_nodes(self.version_id, self._old)


class MoveLane(DocumentCommand):
    def __init__(self, document: Document, version_id: str, lane_id: str, index: int) -> None:
        super().__init__(document, _tr("Reorder lanes"))
        self.version_id, self.lane_id, self.index = version_id, lane_id, index
        self._old_index = index

    def _do(self) -> None:
        self._old_index = self.document.move_lane(self.version_id, self.lane_id, self.index)

    def _undo(self) -> None:
        self.document.move_lane(self.version_id, self.lane_id, self._old_index)


class Remove(DocumentCommand):
    """Delete a selection; lanes take their steps and steps their flows, all put back on undo."""

    def __init__(
        self, document: Document, version_id: str, element_ids: Iterable[str],
        text: str | None = None,
    ) -> None:
        super().__init__(document, text or _tr("Delete"))
        self.version_id, self.element_ids = version_id, tuple(element_ids)
        self._removal: Removal | None = None

    def _do(self) -> None:
        self._removal = self.document.remove(self.version_id, self.element_ids)

    def _undo(self) -> None:
        assert self._removal is not None
        self.document.restore(self._removal)


class Compound(DocumentCommand):
    """Several edits of one version as one undo step and one announced edit (auto-layout:
    lanes grow, then steps move)."""

    def __init__(
        self, document: Document, version_id: str, text: str, children: list[DocumentCommand]
    ) -> None:
        super().__init__(document, text)
        self.version_id, self.children = version_id, list(children)

    def _do(self) -> None:
        with self.document.edit(self.version_id):
            for child in self.children:
                child.redo()

    def _undo(self) -> None:
        with self.document.edit(self.version_id):
            for child in reversed(self.children):
                child.undo()


class Insert(DocumentCommand):
    """Put in pasted or duplicated steps (fresh ids, prepared as a `Removal`); undo takes
    out exactly those elements again."""

    def __init__(self, document: Document, elements: Removal, text: str | None = None) -> None:
        super().__init__(document, text or _tr("Paste"))
        self.elements = elements

    @property
    def version_id(self) -> str:
        return self.elements.version_id

    def _do(self) -> None:
        self.document.restore(self.elements)

    def _undo(self) -> None:
        self.document.remove(self.elements.version_id, self.elements.element_ids())


# -------------------------------------------------------------------- versions


class AddVersion(DocumentCommand):
    def __init__(self, document: Document, version: Version, index: int | None = None) -> None:
        super().__init__(document, _tr("Add version"))
        self.version, self.index = version, index

    def _do(self) -> None:
        self.document.add_version(self.version, self.index)

    def _undo(self) -> None:
        self.version, self.index = self.document.remove_version(self.version.id)


class CopyVersion(DocumentCommand):
    """New version from an existing one; redo after undo puts back the same copy (same ids)."""

    def __init__(
        self, document: Document, source_id: str, name: str, new_id: str | None = None
    ) -> None:
        super().__init__(document, _tr("New version from this one"))
        self.source_id, self.name, self.new_id = source_id, name, new_id
        self._copy: tuple[Version, int] | None = None

    @property
    def version_id(self) -> str | None:
        return self._copy[0].id if self._copy else self.new_id

    def _do(self) -> None:
        if self._copy is None:
            copy = self.document.copy_version(self.source_id, self.name, self.new_id)
            self.new_id = copy.id
        else:
            self.document.add_version(*self._copy)

    def _undo(self) -> None:
        self._copy = self.document.remove_version(self.new_id or "")


class RemoveVersion(DocumentCommand):
    def __init__(self, document: Document, version_id: str) -> None:
        super().__init__(document, _tr("Delete version"))
        self.version_id = version_id
        self._removed: tuple[Version, int] | None = None

    def _do(self) -> None:
        self._removed = self.document.remove_version(self.version_id)

    def _undo(self) -> None:
        assert self._removed is not None
        self.document.add_version(*self._removed)
