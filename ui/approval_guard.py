"""Saving changes to an approved version asks to start a new draft version: an approved
procedure is what an auditor holds the team to, so it must not change silently under its
approval. The answer is one undoable metadata change (status draft, the next number)."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.commands import ChangeMetadata
from workbench.approval import new_draft_changes, next_label
from workbench.document import Document
from workbench.model import Status


class Answer(Enum):
    NEW_DRAFT = "new draft"
    KEEP = "keep approved"
    CANCEL = "cancel"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ApprovalGuard", text)


def needs_asking(document: Document, approved_on_disk: str | None, modified: bool) -> bool:
    """Changed since it was opened or saved, still approved, and not approved anew meanwhile."""
    meta = document.metadata
    return (modified and meta.status is Status.APPROVED and approved_on_disk is not None
            and meta.approved_on == approved_on_disk)


def ask(parent: QWidget, document: Document) -> Answer:
    meta = document.metadata
    box = QMessageBox(QMessageBox.Icon.Question, _tr("Approved version"),
                      _tr("“{0}” is approved as version {1}.").format(
                          meta.title or _tr("This process"), meta.version_label or "1.0"),
                      parent=parent)
    box.setInformativeText(_tr(
        "Changes to an approved procedure need a new approval. Save them as draft version "
        "{0}? The approved version stays in the change log.").format(
            next_label(meta.version_label or "1.0")))
    draft = box.addButton(_tr("Start Draft {0}").format(next_label(meta.version_label or "1.0")),
                          QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(_tr("Keep Approved"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(draft)
    box.exec()
    clicked = box.clickedButton()
    return Answer.NEW_DRAFT if clicked is draft else Answer.KEEP if clicked is keep else \
        Answer.CANCEL


def start_new_draft(document: Document, undo_stack: QUndoStack) -> None:
    undo_stack.push(ChangeMetadata(document, **new_draft_changes(document.metadata)))
