"""Help ▸ Quick Guide (F1), Keyboard Shortcuts and What the Measures Mean, placed before
About; the measures panel asks for the same window."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from ui.help_dialog import GUIDE, MEASURES_PAGE, SHORTCUTS, HelpDialog


class HelpActions(QObject):
    def __init__(self, window) -> None:  # noqa: ANN001 - ui.main_window.MainWindow
        super().__init__(window)
        self.window = window
        self.dialog: HelpDialog | None = None
        self.guide_action = self._action(
            self.tr("Quick &Guide"), QKeySequence.StandardKey.HelpContents, GUIDE
        )
        self.shortcuts_action = self._action(self.tr("&Keyboard Shortcuts"), None, SHORTCUTS)
        self.measures_action = self._action(
            self.tr("What the &Measures Mean"), None, MEASURES_PAGE
        )
        menu = window.help_menu
        about = menu.actions()[0] if menu.actions() else None
        menu.insertActions(about, [self.guide_action, self.shortcuts_action, self.measures_action])
        menu.insertSeparator(about)

    def _action(self, text: str, shortcut, page: str) -> QAction:  # noqa: ANN001
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: self.show(page))
        return action

    def show(self, page: str, anchor: str = "") -> HelpDialog:
        """The Help window at `page`; built on first use, when every menu is complete."""
        if self.dialog is None:
            menus = [a.menu() for a in self.window.menuBar().actions() if a.menu()]
            self.dialog = HelpDialog(menus, self.window)
        self.dialog.show_page(page, anchor)
        return self.dialog

    def explain_measure(self, key: str) -> HelpDialog:
        return self.show(MEASURES_PAGE, key)


def add_to_window(window) -> HelpActions:  # noqa: ANN001
    window.help_actions = HelpActions(window)
    return window.help_actions
