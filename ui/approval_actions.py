"""Version ▸ Approve Current Version…: who approves it and what changed; one undoable
change of the document's approval, its next review and its change log."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog

from ui.commands import ChangeMetadata
from workbench.approval import approval_changes


class ApprovalActions(QObject):
    def __init__(self, window) -> None:  # noqa: ANN001 - ui.main_window.MainWindow
        super().__init__(window)
        self.window = window
        self.approve_action = QAction(self.tr("&Approve Current Version…"), window)
        self.approve_action.triggered.connect(lambda _checked=False: self.approve())
        window.version_menu.addSeparator()
        window.version_menu.addAction(self.approve_action)

    def approve(self, approver: str | None = None, summary: str | None = None,
                on: dt.date | None = None) -> bool:
        files = self.window.files
        meta = files.document.metadata
        if approver is None:
            approver, ok = QInputDialog.getText(
                self.window, self.tr("Approve Current Version"),
                self.tr("Approved by (name and role):"), text=meta.approved_by)
            if not ok or not approver.strip():
                return False
        if summary is None:
            summary, ok = QInputDialog.getText(
                self.window, self.tr("Approve Current Version"),
                self.tr("What changed in version {0}?").format(meta.version_label or "1.0"))
            if not ok:
                return False
        changes = approval_changes(meta, approver.strip(), on or dt.date.today(), summary.strip())
        files.undo_stack.push(ChangeMetadata(files.document, **changes))
        return True


def add_to_window(window) -> ApprovalActions:  # noqa: ANN001
    window.approval_actions = ApprovalActions(window)
    return window.approval_actions
