"""File ▸ New from Template…, Save as Template… and Template Folders…, and file drops.

One object per window holds the thumbnail cache, so the gallery opens fast the second time.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from ui.file_drop import FileDrop
from ui.library_preferences import LibraryFoldersDialog
from ui.save_template_dialog import SaveTemplateDialog
from ui.template_gallery import TemplateGallery
from ui.template_thumbnails import ThumbnailCache


class TemplateActions(QObject):
    def __init__(self, window) -> None:  # noqa: ANN001 - ui.main_window.MainWindow
        super().__init__(window)
        self.window = window
        self.thumbnails = ThumbnailCache(self)
        self.gallery: TemplateGallery | None = None
        self.save_dialog: SaveTemplateDialog | None = None
        self.folders_dialog: LibraryFoldersDialog | None = None
        self.new_from_template_action = self._action(
            self.tr("New from &Template…"), QKeySequence("Ctrl+Shift+N"), self.open_gallery
        )
        self.save_as_template_action = self._action(
            self.tr("Save as Te&mplate…"), None, self.save_as_template
        )
        self.folders_action = self._action(self.tr("Template &Folders…"), None, self.edit_folders)
        menu = window.file_menu
        menu.insertAction(window.open_action, self.new_from_template_action)
        after_save_as = _action_after(menu.actions(), window.save_as_action)
        for action in (self.save_as_template_action, self.folders_action):
            menu.insertAction(after_save_as, action)
        self.file_drop = FileDrop(window)

    def _action(self, text: str, shortcut, slot) -> QAction:  # noqa: ANN001
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def open_gallery(self) -> TemplateGallery:
        self.gallery = TemplateGallery(
            self.window.settings, self.thumbnails, self.window.files.adopt, parent=self.window
        )
        self.gallery.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.gallery.open()
        return self.gallery

    def save_as_template(self) -> SaveTemplateDialog:
        files = self.window.files
        suggested = files.path.stem if files.path else ""
        self.save_dialog = SaveTemplateDialog(
            files.document, self.window.version_id, self.window.settings, suggested, self.window
        )
        self.save_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.save_dialog.saved.connect(self._saved)
        self.save_dialog.open()
        return self.save_dialog

    def edit_folders(self) -> LibraryFoldersDialog:
        self.folders_dialog = LibraryFoldersDialog(self.window.settings, self.window)
        self.folders_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.folders_dialog.open()
        return self.folders_dialog

    def _saved(self, path: Path) -> None:
        self.window.statusBar().showMessage(self.tr("Saved the template {0}").format(path), 8000)


def _action_after(actions: list[QAction], action: QAction) -> QAction | None:
    index = actions.index(action)
    return actions[index + 1] if index + 1 < len(actions) else None


def add_to_window(window) -> TemplateActions:  # noqa: ANN001
    window.template_actions = TemplateActions(window)
    return window.template_actions
