"""One list of checklist items (inputs, outputs or activities) with add / remove and a form
for the chosen item. The list keeps its selection by id, so edits and undo never lose it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.commands import AddChecklistItem, RemoveChecklistItem
from ui.panels.panel_commands import ChangeChecklistItemPart
from workbench.model import ChecklistElement, ChecklistItem, Version

if TYPE_CHECKING:
    from ui.panels.base import DocumentPanel

_ID_ROLE = Qt.ItemDataRole.UserRole


class ItemForm(QWidget):
    """Base of the input / output / activity forms."""

    def __init__(self, panel: DocumentPanel, element: ChecklistElement) -> None:
        super().__init__(panel)
        self._panel = panel
        self._element = element
        self._item_id: str | None = None

    def load(self, version: Version, item: ChecklistItem | None) -> None:
        self._item_id = item.id if item else None
        self.setEnabled(item is not None)
        if item is not None:
            self.fill(version, item)

    def fill(self, version: Version, item: Any) -> None:
        raise NotImplementedError

    def item(self) -> Any:
        version = self._panel.version()
        if version is None:
            return None
        items = getattr(version.checklist, self._element.value)
        return next((i for i in items if i.id == self._item_id), None)

    def change(self, typing: bool, part: str = "", **changes: Any) -> None:
        if self._item_id is None:
            return
        panel = self._panel
        command = ChangeChecklistItemPart(
            panel.document,
            panel.version_id or "",
            self._element,
            self._item_id,
            part or ",".join(changes),
            typing,
            **changes,
        )
        panel.apply(command)

    def connect_fields(self, typing: bool, *names: str) -> None:
        for name in names:
            getattr(self, name).edited.connect(
                lambda value, name=name: self.change(typing, **{name: value})
            )


class ItemsEditor(QWidget):
    def __init__(
        self,
        panel: DocumentPanel,
        element: ChecklistElement,
        form: ItemForm,
        new_item: Callable[[], ChecklistItem],
    ) -> None:
        super().__init__(panel)
        self._panel = panel
        self._element = element
        self._new_item = new_item
        self.form = form
        self.items = QListWidget(self)
        self.items.setMaximumHeight(110)
        self.items.currentItemChanged.connect(lambda *_: self._load_form())
        self.add_button = QPushButton(self.tr("Add"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.add_button.clicked.connect(self.add_item)
        self.remove_button.clicked.connect(self.remove_item)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(buttons)
        layout.addWidget(self.items)
        layout.addWidget(self.form, 1)

    def current_id(self) -> str | None:
        item = self.items.currentItem()
        return item.data(_ID_ROLE) if item is not None else None

    def select(self, item_id: str) -> None:
        for row in range(self.items.count()):
            if self.items.item(row).data(_ID_ROLE) == item_id:
                self.items.setCurrentRow(row)

    def load(self, version: Version, marks: dict[str, bool]) -> None:
        """Fill the list; `marks` tells which items are complete (✓) or still have gaps."""
        current = self.current_id()
        entries = getattr(version.checklist, self._element.value)
        with QSignalBlocker(self.items):
            self.items.clear()
            for entry in entries:
                mark = "✓" if marks.get(entry.id) else "○"
                row = QListWidgetItem(f"{mark}  {entry.name or self.tr('(unnamed)')}")
                row.setData(_ID_ROLE, entry.id)
                self.items.addItem(row)
            ids = [e.id for e in entries]
            if current in ids:
                self.items.setCurrentRow(ids.index(current))
            elif ids:
                self.items.setCurrentRow(0)
        self._load_form()

    def _load_form(self) -> None:
        version = self._panel.version()
        item_id = self.current_id()
        self.remove_button.setEnabled(item_id is not None)
        if version is None:
            self.form.load(version, None)  # type: ignore[arg-type]
            return
        entries = getattr(version.checklist, self._element.value)
        self.form.load(version, next((e for e in entries if e.id == item_id), None))

    def add_item(self) -> None:
        panel = self._panel
        if panel.version_id is None:
            return
        item = self._new_item()
        if panel.apply(AddChecklistItem(panel.document, panel.version_id, self._element, item)):
            self.select(item.id)
            first = self.form.findChild(QWidget, "name")
            if first is not None:
                first.setFocus()
                first.selectAll()

    def remove_item(self) -> None:
        panel = self._panel
        item_id = self.current_id()
        if item_id is not None and panel.version_id is not None:
            panel.apply(
                RemoveChecklistItem(panel.document, panel.version_id, self._element, item_id)
            )
