"""The compare window's list of what changed — each lane, step, flow and KPI added, removed
or changed, one row each, in the order the diagrams read — so a workshop can walk through
the redesign; choosing a row shows that element in both diagrams."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from ui.i18n import domain_translator
from workbench.comparison import ChangeKind, ElementChange, ElementType
from workbench.i18n import reading_in, tr
from workbench.vocabulary import value_word

HIGHLIGHT = {
    ChangeKind.ADDED: QColor("#2e8b57"),
    ChangeKind.REMOVED: QColor("#c0392b"),
    ChangeKind.CHANGED: QColor("#d68910"),
}
_MARKS = {ChangeKind.ADDED: "+", ChangeKind.REMOVED: "−", ChangeKind.CHANGED: "~"}
_TEXT_COLOURS = {  # darker than the outlines, to read as text on white
    ChangeKind.ADDED: QColor("#1e6b41"),
    ChangeKind.REMOVED: QColor("#a93226"),
    ChangeKind.CHANGED: QColor("#9c640c"),
}


class ChangeList(QListWidget):
    change_chosen = Signal(object)  # the ElementChange of the row chosen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self._changes: list[ElementChange] = []
        self.currentRowChanged.connect(self._row_chosen)

    def fill(self, changes: list[ElementChange]) -> None:
        with QSignalBlocker(self):
            self.clear()
            self._changes = list(changes)
            for change in self._changes:
                item = QListWidgetItem(self.describe(change))
                item.setForeground(QBrush(_TEXT_COLOURS.get(change.change, QColor("black"))))
                item.setToolTip(self._details(change))
                self.addItem(item)

    def change_at(self, row: int) -> ElementChange:
        return self._changes[row]

    def describe(self, change: ElementChange) -> str:
        """"+ Step “Confirm the visit” (CSR): added"."""
        types = {
            ElementType.LANE: self.tr("Lane"),
            ElementType.STEP: self.tr("Step"),
            ElementType.FLOW: self.tr("Flow"),
            ElementType.KPI: self.tr("KPI"),
        }
        kinds = {
            ChangeKind.ADDED: self.tr("added"),
            ChangeKind.REMOVED: self.tr("removed"),
            ChangeKind.CHANGED: self.tr("changed"),
        }
        where = f" ({change.lane})" if change.lane else ""
        return self.tr("{0} {1} “{2}”{3}: {4}").format(
            _MARKS.get(change.change, ""),
            types[change.type],
            change.name,
            where,
            kinds.get(change.change, ""),
        )

    def _details(self, change: ElementChange) -> str:
        """The fields in the interface's language (their names and enum values are the
        domain's words, from the domain's catalogue)."""
        with reading_in(domain_translator()):
            lines = [
                f"{value_word(f.field)}{tr(': ')}{value_word(f.before) or '—'} → "
                f"{value_word(f.after) or '—'}"
                for f in change.fields
            ]
        return "\n".join([self.describe(change), *lines])

    def _row_chosen(self, row: int) -> None:
        if 0 <= row < len(self._changes):
            self.change_chosen.emit(self._changes[row])
