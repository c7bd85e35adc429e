"""File ▸ Open Register…: choose a folder and see its process register in a window of its
own; a double-click in it opens that document here (asking to save this one first)."""

from __future__ import annotations

import os

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog

from ui.register_window import RegisterWindow


class RegisterActions(QObject):
    def __init__(self, window) -> None:  # noqa: ANN001 - ui.main_window.MainWindow
        super().__init__(window)
        self.window = window
        self.register_window: RegisterWindow | None = None
        self.open_register_action = QAction(self.tr("Open &Register…"), window)
        self.open_register_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.open_register_action.triggered.connect(lambda _checked=False: self.open_register())
        menu = window.file_menu
        menu.insertAction(window.recent_menu.menuAction(), self.open_register_action)

    def open_register(self, folder: str | os.PathLike[str] | None = None) -> RegisterWindow | None:
        if folder is None:
            folder = QFileDialog.getExistingDirectory(
                self.window, self.tr("Open Register: choose the folder of process documents"),
                self.window.files.settings.last_folder())
            if not folder:
                return None
        if self.register_window is None:
            self.register_window = RegisterWindow(self.window)
            self.register_window.open_requested.connect(self._open_document)
        self.register_window.open_folder(folder)
        self.register_window.show()
        self.register_window.raise_()
        return self.register_window

    def _open_document(self, path: str) -> None:
        self.window.files.open_path(path)
        self.window.raise_()
        self.window.activateWindow()


def add_to_window(window) -> RegisterActions:  # noqa: ANN001
    window.register_actions = RegisterActions(window)
    return window.register_actions
