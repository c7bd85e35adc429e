"""Help ▸ Quick Guide, Keyboard Shortcuts and What the Measures Mean: one window with a tab
for each, opened from the Help menu, with F1, and from the measures panel.

The shortcuts are read from the window's own actions, so the list shows the keys that are
really bound, in the user's language; the canvas's keys and gestures come from help_texts.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui import help_texts
from ui.i18n import measure_description, measure_name, without_mnemonic
from workbench.measures import MEASURES

GUIDE, SHORTCUTS, MEASURES_PAGE = "guide", "shortcuts", "measures"


def measures_html() -> str:
    """Each measure: its name, what it tells, how it is counted; anchored by its key."""
    how = help_texts.how_measures_are_computed()
    parts = []
    for measure in MEASURES:
        parts.append(
            f'<h3><a name="{measure.key}"></a>{escape(measure_name(measure))}</h3>'
            f"<p>{escape(measure_description(measure))}</p>"
            f"<p>{escape(how[measure.key])}</p>"
        )
    return "".join(parts)


def guide_html() -> str:
    return "".join(
        f"<h3>{escape(heading)}</h3><p>{escape(text)}</p>"
        for heading, text in help_texts.guide()
    )


def menu_shortcuts(menus: list[QMenu]) -> list[tuple[str, str]]:
    """(keys, "Menu ▸ Entry") for every menu entry that has keys, submenus included."""
    rows = []
    for menu in menus:
        title = without_mnemonic(menu.title())
        for action in menu.actions():
            if action.menu() is not None:
                rows += [(k, f"{title} ▸ {e}") for k, e in menu_shortcuts([action.menu()])]
            elif keys := _keys(action):
                # the button text: Undo's menu text changes with the command it would undo
                rows.append((keys, f"{title} ▸ {without_mnemonic(action.iconText())}"))
    return rows


def _keys(action: QAction) -> str:
    """The first two keys: the ones people type (a desktop adds rarer ones, like the Redo
    key of some keyboards, that would only crowd the list)."""
    native = QKeySequence.SequenceFormat.NativeText
    keys = [k.toString(native) for k in action.shortcuts() if not k.isEmpty()]
    return ", ".join(keys[:2])


class HelpDialog(QDialog):
    def __init__(self, menus: list[QMenu], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Process Workbench Help"))
        self.resize(720, 640)
        self.tabs = QTabWidget(self)
        self.guide = self._browser(guide_html())
        self.shortcuts = self._shortcut_table(
            menu_shortcuts(menus) + help_texts.canvas_keys()
        )
        self.measures = self._browser(measures_html())
        self._pages = {GUIDE: self.guide, SHORTCUTS: self.shortcuts, MEASURES_PAGE: self.measures}
        self.tabs.addTab(self.guide, self.tr("Quick guide"))
        self.tabs.addTab(self.shortcuts, self.tr("Keyboard shortcuts"))
        self.tabs.addTab(self.measures, self.tr("What the measures mean"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

    def show_page(self, page: str, anchor: str = "") -> None:
        """Bring `page` forward (scrolled to a measure's `anchor`) and the window up."""
        self.tabs.setCurrentWidget(self._pages[page])
        if anchor and page == MEASURES_PAGE:
            self.measures.scrollToAnchor(anchor)
        self.show()
        self.raise_()
        self.activateWindow()

    def _browser(self, html: str) -> QTextBrowser:
        browser = QTextBrowser(self)
        browser.setOpenLinks(False)
        browser.setHtml(html)
        return browser

    def _shortcut_table(self, rows: list[tuple[str, str]]) -> QTableWidget:
        table = QTableWidget(len(rows), 2, self)
        table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Does")])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setWordWrap(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, (keys, does) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(keys))
            table.setItem(row, 1, QTableWidgetItem(does))
        table.setTextElideMode(Qt.TextElideMode.ElideNone)
        return table
