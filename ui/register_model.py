"""The register's rows as a Qt model, and the filter behind the window's search box and
choices. Sorting uses each column's own value (dates by their ISO form, shares and counts
as numbers), not the text shown, which writes dates in the window's language."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from ui.i18n import domain_text, domain_translator
from workbench.register.entry import RegisterEntry

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ENTRY_ROLE = Qt.ItemDataRole.UserRole
_Index = QModelIndex | QPersistentModelIndex
GAP_COLOUR = QColor("#9c5700")
READY_COLOUR = QColor("#2e7d32")
ERROR_COLOUR = QColor("#c62828")


def _tr(text: str) -> str:
    return QCoreApplication.translate("RegisterModel", text)


READINESS_COLUMN = 14


def columns() -> list[str]:
    return [
        _tr("Process"), _tr("File"), _tr("Classification"), _tr("Owner"), _tr("Status"),
        _tr("Version"), _tr("Approval"), _tr("Last review"), _tr("Next review"), _tr("KPIs"),
        _tr("KPI coverage"), _tr("Checklist"), _tr("Errors"), _tr("Warnings"),
        _tr("Readiness"), _tr("Last change"), _tr("Changed by"),
    ]


def classification_names() -> dict[str, str]:
    return {
        "key_customer_service": _tr("Key customer service"),
        "key_support": _tr("Key support"),
        "management": _tr("Management"),
    }


def status_names() -> dict[str, str]:
    return {"draft": _tr("Draft"), "in_review": _tr("In review"), "approved": _tr("Approved"),
            "retired": _tr("Retired")}


def verdict(entry: RegisterEntry) -> str:
    if not entry.readable:
        return _tr("Unreadable")
    if entry.ready:
        return _tr("Ready")
    return _tr("{0} gap(s)").format(len(entry.gaps))


class RegisterModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._entries: list[RegisterEntry] = []
        self._headers = columns()

    def set_entries(self, entries: list[RegisterEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> RegisterEntry:
        return self._entries[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _shown(entry, column)
        if role == SORT_ROLE:
            return _sort_key(entry, column)
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.ToolTipRole:
            if not entry.readable:
                return entry.error
            if column == READINESS_COLUMN and entry.gaps:
                return "\n".join(f"• {domain_text(g.text)}" for g in entry.gaps)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == READINESS_COLUMN:
            colour = ERROR_COLOUR if not entry.readable else (
                READY_COLOUR if entry.ready else GAP_COLOUR)
            return QBrush(colour)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (9, 10, 11, 12, 13):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _share(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"


def _shown(entry: RegisterEntry, column: int) -> str:
    if not entry.readable:
        return {0: entry.error, 1: entry.path, READINESS_COLUMN: verdict(entry)}.get(column, "")
    git = entry.git
    values = [
        entry.title, entry.path,
        classification_names().get(entry.classification, entry.classification),
        entry.owner, status_names().get(entry.status, entry.status), entry.version_label,
        " · ".join(x for x in (entry.approved_by, _date(entry.approved_on)) if x),
        _date(entry.last_review), _date(entry.next_review), str(entry.kpi_count),
        _share(entry.kpi_coverage), _share(entry.checklist_score),
        str(entry.findings.get("error", 0)), str(entry.findings.get("warning", 0)),
        verdict(entry), _date(git.date) if git else "", git.author if git else "",
    ]
    return values[column]


def _date(iso: str) -> str:
    """A date in the window's language; sorting keeps the ISO form (`_sort_key`)."""
    return domain_translator().date(iso) if iso else ""


def _iso_dates(entry: RegisterEntry) -> dict[int, str]:
    """The date columns' own values, which sort as text in date order."""
    approval = " · ".join(x for x in (entry.approved_by, entry.approved_on) if x)
    return {6: approval, 7: entry.last_review,
            8: entry.next_review, 15: entry.git.date if entry.git else ""}


def _sort_key(entry: RegisterEntry, column: int) -> Any:
    if column == 9:
        return entry.kpi_count
    if column in (10, 11):
        value = entry.kpi_coverage if column == 10 else entry.checklist_score
        return -1.0 if value is None else value
    if column in (12, 13):
        return entry.findings.get("error" if column == 12 else "warning", 0)
    if column == READINESS_COLUMN:
        return (0 if entry.ready else 1 if entry.readable else 2, len(entry.gaps))
    if entry.readable and column in (6, 7, 8, 15):
        return _iso_dates(entry)[column].casefold()
    return _shown(entry, column).casefold()


class RegisterFilter(QSortFilterProxyModel):
    """Rows matching the search text (title, owner, file, gaps; Chinese too, case folded)
    and the chosen status, readiness and classification; empty choices match all."""

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._search = ""
        self._status = ""
        self._readiness = ""
        self._classification = ""

    def set_filters(self, search: str | None = None, status: str | None = None,
                    readiness: str | None = None, classification: str | None = None) -> None:
        self.beginFilterChange()
        if search is not None:
            self._search = search.strip().casefold()
        if status is not None:
            self._status = status
        if readiness is not None:
            self._readiness = readiness
        if classification is not None:
            self._classification = classification
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def lessThan(self, left: _Index, right: _Index) -> bool:  # noqa: N802
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)

    def filterAcceptsRow(self, row: int, parent: _Index) -> bool:  # noqa: N802
        entry: RegisterEntry = self.sourceModel().entry(row)
        if self._status and entry.status != self._status:
            return False
        if self._classification and entry.classification != self._classification:
            return False
        if self._readiness:
            state = "ready" if entry.ready else "gaps" if entry.readable else "unreadable"
            if state != self._readiness:
                return False
        if not self._search:
            return True
        haystack = " ".join((entry.title, entry.owner, entry.path, entry.approved_by,
                             entry.error, *(domain_text(g.text) for g in entry.gaps))).casefold()
        return all(word in haystack for word in self._search.split())
