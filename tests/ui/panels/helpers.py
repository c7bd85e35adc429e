"""How the panel tests act like a user: pick from a combo, double-click a row."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView


def choose(combo, value) -> None:
    """Pick an entry by its value, the way a user picks it from the list."""
    index = combo.index_of(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def double_click(view: QAbstractItemView, index: QModelIndex) -> None:
    """A real double-click: Qt's views want the press before the double-click event."""
    view.scrollTo(index)
    position = view.visualRect(index).center()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=position)
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=position)
