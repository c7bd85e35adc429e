"""Two small variants of the editor's commands that the panels need for typing.

A step's duration is one record, so its three numbers would otherwise merge into one undo
step; `ChangeNodePart` keeps one step per form field. `TypeVersionField` gives a version's
name and description the same keystroke merging the other fields have.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from PySide6.QtCore import QCoreApplication

from ui.commands import ChangeChecklistItem, ChangeKpi, ChangeNode, _ChangeFields
from workbench.document import Document
from workbench.model import ChecklistElement


class ChangeNodePart(ChangeNode):
    """`ChangeNode` that merges only with edits of the same form field (`part`)."""

    def __init__(
        self,
        document: Document,
        version_id: str,
        node_id: str,
        part: str,
        typing: bool,
        **changes: Any,
    ) -> None:
        super().__init__(document, version_id, node_id, typing, **changes)
        self._key = (*self._key, part)


class TypeVersionField(_ChangeFields):
    """Rename a version or change its description, keystroke by keystroke, as one step."""

    def __init__(
        self, document: Document, version_id: str, typing: bool = False, **changes: Any
    ) -> None:
        text = QCoreApplication.translate("commands", "Change version")
        super().__init__(document, text, ("version", version_id), changes, typing)
        self.version_id = version_id

    def _apply(self, changes: dict[str, Any]) -> Any:
        return SimpleNamespace(**self.document.change_version(self.version_id, **changes))


class ChangeKpiPart(ChangeKpi):
    """`ChangeKpi` that merges only with edits of the same form field: a KPI's method and
    its per-segment targets are single records holding several form fields."""

    def __init__(
        self,
        document: Document,
        version_id: str,
        kpi_id: str,
        part: str,
        typing: bool,
        **changes: Any,
    ) -> None:
        super().__init__(document, version_id, kpi_id, typing, **changes)
        self._key = (*self._key, part)


class ChangeChecklistItemPart(ChangeChecklistItem):
    """`ChangeChecklistItem` that merges only with edits of the same form field: an input's
    variants are one tuple holding several form fields."""

    def __init__(
        self,
        document: Document,
        version_id: str,
        element: ChecklistElement,
        item_id: str,
        part: str,
        typing: bool,
        **changes: Any,
    ) -> None:
        super().__init__(document, version_id, element, item_id, typing, **changes)
        self._key = (*self._key, part)
