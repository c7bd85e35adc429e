"""The open document's life: new, open, save, save as, recent files, the unsaved-changes
prompt, autosave to a recovery copy and the offer to restore one after a crash.

A file that fails to load is explained and the current document stays as it was; a save
that fails is explained and the document stays modified, so nothing is lost.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ui import approval_guard
from ui.file_loading import (
    BACKGROUND_FROM_BYTES,
    OpeningProgress,
    load_with_progress,
    opens_in_background,
)
from ui.i18n import current_language, error_text
from ui.settings import is_program_folder
from workbench.document import Document
from workbench.model import Status
from workbench.recovery import RecoveryStore
from workbench.storage import FILE_SUFFIX, FormatError, SaveError, load_document, save_document
from workbench.templates import new_document_from
from workbench.untitled import untitled_document

AUTOSAVE_INTERVAL_MS = 60_000
FILE_FILTER = "Process Workbench documents (*.pwb);;All files (*)"


def default_recovery_folder() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or Path.home() / ".process-workbench") / "recovery"


class FileController(QObject):
    """Owns the current document, its path and its undo stack."""

    document_replaced = Signal()  # a new document is in place: rebuild the views
    title_changed = Signal()
    message = Signal(str)
    # files this large are read on a worker thread behind a progress dialog
    background_from_bytes = BACKGROUND_FROM_BYTES

    def __init__(
        self,
        parent_widget: QWidget,
        settings,  # ui.settings.EditorSettings
        recovery: RecoveryStore | None = None,
    ) -> None:
        super().__init__(parent_widget)
        self._window = parent_widget
        self.settings = settings
        self.recovery = recovery or RecoveryStore(default_recovery_folder())
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self.document: Document = untitled_document(current_language())
        self.path: Path | None = None
        self.opening_stages: list[str] = []  # what the last large file's progress showed
        self._recovery_key = RecoveryStore.new_key()
        self._approved_on_disk: str | None = None
        self.ask_about_approval = approval_guard.ask  # replaceable, for scripted sessions
        self._autosave = QTimer(self)
        self._autosave.setInterval(AUTOSAVE_INTERVAL_MS)
        self._autosave.timeout.connect(self.write_recovery_copy)
        self._autosave.start()

    # --------------------------------------------------------------- state

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    def display_name(self) -> str:
        if self.path is not None:
            return self.path.name
        return self.document.metadata.title or self.tr("Untitled")

    # ------------------------------------------------------------- actions

    def new(self) -> bool:
        if not self.maybe_save():
            return False
        self._install(untitled_document(current_language()), None)
        return True

    def adopt(self, document: Document) -> bool:
        """Show a document that has no file yet (imported, or new from a template).

        It counts as unsaved, so closing asks and Save asks where to put it.
        """
        if not self.maybe_save():
            return False
        self._install(document, None)
        self._mark_modified()
        return True

    def open_dialog(self) -> bool:
        if not self.maybe_save():
            return False
        path, _ = QFileDialog.getOpenFileName(
            self._window, self.tr("Open process"), self.settings.last_folder(), self.tr(FILE_FILTER)
        )
        return bool(path) and self.open_path(path, ask_to_save=False)

    def open_path(self, path: str | Path, ask_to_save: bool = True) -> bool:
        """Open a document; on failure explain why and keep the current one."""
        if ask_to_save and not self.maybe_save():
            return False
        if not opens_in_background(path, self.background_from_bytes):
            return self._open_loaded(path, None)
        progress = OpeningProgress(Path(path).name, self._window)
        try:
            return self._open_loaded(path, progress)
        finally:
            self.opening_stages = list(progress.shown_stages)
            progress.close()
            progress.deleteLater()

    def _open_loaded(self, path: str | Path, progress: OpeningProgress | None) -> bool:
        try:
            if progress is None:
                document = load_document(path)
            else:
                document = load_with_progress(path, self._window, progress)
        except FormatError as error:
            if progress is not None:
                progress.close()
            self._explain(self.tr("Could not open the document"), error_text(error))
            if not Path(path).exists():
                self.settings.remove_recent_file(str(Path(path).resolve()))
            return False
        if progress is not None:
            progress.stage("draw")  # the scene is built here, on the GUI thread
        if is_program_folder(path):  # a bundled template: work on a copy, never over it
            self._install(new_document_from(document), None)
            self._mark_modified()
            return True
        self._install(document, Path(path))
        self.settings.add_recent_file(path)
        self.settings.set_last_folder(path)
        self.message.emit(self.tr("Opened {0}").format(Path(path).name))
        return True

    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        return self._save_to(self.path)

    def save_as(self) -> bool:
        suggested = str(Path(self.settings.last_folder()) / _file_name(self.display_name()))
        path, _ = QFileDialog.getSaveFileName(
            self._window, self.tr("Save process as"), suggested, self.tr(FILE_FILTER)
        )
        if not path:
            return False
        if not path.lower().endswith(FILE_SUFFIX):
            path += FILE_SUFFIX
        return self._save_to(Path(path))

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; False means the user cancelled."""
        if not self.modified:
            return True
        answer = QMessageBox.warning(
            self._window,
            self.tr("Unsaved changes"),
            self.tr("“{0}” has changes that are not saved. Save them first?").format(
                self.display_name()
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # ------------------------------------------------------------ recovery

    def write_recovery_copy(self) -> bool:
        """Autosave: a recovery copy while there are unsaved changes."""
        if not self.modified:
            return False
        try:
            self.recovery.write(
                self._recovery_key, self.document, str(self.path) if self.path else None
            )
        except (SaveError, OSError) as error:
            self.message.emit(self.tr("Autosave failed: {0}").format(error))
            return False
        return True

    def discard_recovery_copy(self) -> None:
        self.recovery.discard(self._recovery_key)

    def offer_recovery(self) -> bool:
        """At start: offer to restore the newest copy a crashed session left behind."""
        entries = self.recovery.orphaned()
        if not entries:
            return False
        entry = entries[0]
        name = entry.title or (Path(entry.original_path).name if entry.original_path else "")
        answer = QMessageBox.question(
            self._window,
            self.tr("Restore unsaved work?"),
            self.tr(
                "Process Workbench closed unexpectedly while “{0}” had unsaved changes. "
                "Restore them?"
            ).format(name or self.tr("Untitled")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            for stale in entries:
                self.recovery.discard(stale.key)
            return False
        try:
            document = self.recovery.load(entry.key)
        except FormatError as error:
            self._explain(self.tr("The recovery copy is damaged"), error_text(error))
            return False
        self._install(document, Path(entry.original_path) if entry.original_path else None)
        self.undo_stack.resetClean()  # restored work is unsaved until the user saves it
        self._mark_modified()
        self.recovery.discard(entry.key)
        return True

    # ------------------------------------------------------------- helpers

    def _clean_changed(self, _clean: bool) -> None:
        self.title_changed.emit()

    def _save_to(self, path: Path) -> bool:
        if approval_guard.needs_asking(self.document, self._approved_on_disk, self.modified):
            answer = self.ask_about_approval(self._window, self.document)
            if answer is approval_guard.Answer.CANCEL:
                return False
            if answer is approval_guard.Answer.NEW_DRAFT:
                approval_guard.start_new_draft(self.document, self.undo_stack)
        try:
            save_document(self.document, path)
        except SaveError as error:
            self._explain(self.tr("Could not save the document"), error_text(error))
            return False
        self.path = path
        self.undo_stack.setClean()
        self._remember_approval()
        self.discard_recovery_copy()
        self.settings.add_recent_file(path)
        self.settings.set_last_folder(path)
        self.title_changed.emit()
        self.message.emit(self.tr("Saved {0}").format(path.name))
        return True

    def _install(self, document: Document, path: Path | None) -> None:
        self.discard_recovery_copy()
        self._recovery_key = RecoveryStore.new_key()
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.document = document
        self.path = path
        self._remember_approval()
        self.document_replaced.emit()
        self.title_changed.emit()

    def _remember_approval(self) -> None:
        """The approval as the file on disk has it, so saving knows what it would change."""
        meta = self.document.metadata
        self._approved_on_disk = meta.approved_on if meta.status is Status.APPROVED else None

    def _mark_modified(self) -> None:
        """A restored document differs from its file: make the stack not clean."""
        self.undo_stack.setClean()
        self.undo_stack.resetClean()
        self.title_changed.emit()

    def _explain(self, title: str, detail: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, title, parent=self._window)
        box.setInformativeText(detail)
        box.setTextInteractionFlags(box.textInteractionFlags())
        box.exec()


def _file_name(name: str) -> str:
    safe = "".join("_" if c in '<>:"/\\|?*' else c for c in name).strip() or "process"
    return safe if safe.lower().endswith(FILE_SUFFIX) else safe + FILE_SUFFIX
