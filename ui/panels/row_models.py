"""Long lists of the panels (findings, KPIs, interactions without a KPI) as Qt models.

A big process has thousands of rows; a widget item per row (with its own icon) made these
panels the slowest part of opening a document. The models keep one entry per row — a KPI's
id, a finding — and make a row's texts only when the view first draws it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon

from workbench.checks import Finding, Severity
from workbench.model import Version

ROW_ROLE = Qt.ItemDataRole.UserRole  # the row's entry: a KPI's or flow's id, a finding

T = TypeVar("T")
_Index = QModelIndex | QPersistentModelIndex


class LazyRowsModel(QAbstractTableModel, Generic[T]):
    """Rows of one version; `texts(version, entry)` gives a row's column texts when needed.

    A list view shows column 0 of it, so the same model serves tables and lists."""

    def __init__(
        self,
        headers: Sequence[str],
        texts: Callable[[Version, T], tuple[str, ...]],
        tooltip_columns: Sequence[int] = (),
        parent=None,  # noqa: ANN001 - any QObject
    ) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._make_texts = texts
        self._tooltips = frozenset(tooltip_columns)
        self._version: Version | None = None
        self._entries: list[T] = []
        self._texts: dict[int, tuple[str, ...]] = {}

    def set_rows(self, version: Version | None, entries: Sequence[T]) -> None:
        self.beginResetModel()
        self._version = version
        self._entries = list(entries)
        self._texts = {}
        self.endResetModel()

    def entry(self, row: int) -> T:
        return self._entries[row]

    def entries(self) -> list[T]:
        return list(self._entries)

    def texts(self, row: int) -> tuple[str, ...]:
        texts = self._texts.get(row)
        if texts is None:
            if self._version is None:
                return ("",) * len(self._headers)
            texts = self._texts[row] = self._make_texts(self._version, self._entries[row])
        return texts

    # ------------------------------------------------------------------ Qt's interface

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole or (
            role == Qt.ItemDataRole.ToolTipRole and index.column() in self._tooltips
        ):
            return self.texts(index.row())[index.column()]
        if role == ROW_ROLE:
            return self._entries[index.row()]
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


class FindingsModel(LazyRowsModel[Finding]):
    """Findings with their severity's icon in the first column: one icon per severity."""

    def __init__(
        self,
        headers: Sequence[str],
        texts: Callable[[Version, Finding], tuple[str, ...]],
        icons: dict[Severity, QIcon],
        parent=None,  # noqa: ANN001 - any QObject
    ) -> None:
        super().__init__(headers, texts, tooltip_columns=(2,), parent=parent)
        self._icons = icons

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DecorationRole and index.isValid() and index.column() == 0:
            return self._icons[self.entry(index.row()).severity]
        return super().data(index, role)
