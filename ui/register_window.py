"""The process register window (File ▸ Open Register…): every process document in a
folder with its owner, approval, reviews, KPIs, findings and COPC readiness, sortable,
filtered by status, readiness and classification, searchable (Chinese too); a
double-click opens the document in the editor; Audit Pack… writes the PDF and workbook.
The scan runs off the GUI thread with progress and cancel."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPoint, QSignalBlocker, QSize, Qt, QThread, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import domain_text
from ui.register_model import (
    ENTRY_ROLE,
    READINESS_COLUMN,
    RegisterFilter,
    RegisterModel,
    classification_names,
    status_names,
)
from ui.register_scan import PackWorker, ScanWorker, start
from workbench.register.scan import Register, RegisterCache

SCREEN_SHARE = (0.85, 0.75)  # of the available width and height the window opens at


class RegisterWindow(QWidget):
    open_requested = Signal(str)  # an absolute path to open in the editor
    scan_done = Signal()
    pack_done = Signal(bool, str)  # succeeded, the PDF path or what went wrong

    def __init__(self, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("RegisterWindow")
        self.setWindowTitle(self.tr("Process Register"))
        self.today = today or dt.date.today()
        self.cache: RegisterCache | None = None  # the folder's cache file, read on the first scan
        self.register: Register | None = None
        self.folder = ""
        self._worker: ScanWorker | None = None
        self._thread: QThread | None = None
        self._pack_worker: PackWorker | None = None
        self.model = RegisterModel(self)
        self.rows = RegisterFilter(self)
        self.rows.setSourceModel(self.model)
        self._build()
        self._fit_to_screen()

    # ------------------------------------------------------------------ layout

    def _fit_to_screen(self) -> None:
        """Most of the screen the window opens on, centred: the register is a wide table
        (seventeen columns), yet a window larger than the screen hides its own edges."""
        parent = self.parentWidget()
        screen = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
        if screen is None:  # no screen at all (a headless platform without one)
            self.resize(1280, 640)
            return
        area = screen.availableGeometry()
        width, height = SCREEN_SHARE
        size = QSize(round(area.width() * width), round(area.height() * height))
        self.resize(size)
        self.move(area.center() - QPoint(size.width() // 2, size.height() // 2))

    def _build(self) -> None:
        self.folder_label = QLabel(self)
        self.rescan_button = QPushButton(self.tr("Rescan"), self)
        self.rescan_button.clicked.connect(self.rescan)
        self.pack_button = QPushButton(self.tr("Audit Pack…"), self)
        self.pack_button.setToolTip(self.tr("Write the PDF audit pack and its Excel workbook"))
        self.pack_button.clicked.connect(lambda: self.write_pack())
        self.progress = QProgressBar(self)
        self.progress.setFormat(self.tr("%v of %m files"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        top = QHBoxLayout()
        top.addWidget(self.folder_label, 1)
        for widget in (self.progress, self.cancel_button, self.rescan_button, self.pack_button):
            top.addWidget(widget)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search title, owner, file or gap…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda text: self.rows.set_filters(search=text))
        self.status_choice = self._choice(
            self.tr("All statuses"), status_names(), lambda v: self.rows.set_filters(status=v))
        readiness = {"ready": self.tr("Ready"), "gaps": self.tr("With gaps"),
                     "unreadable": self.tr("Unreadable")}
        self.readiness_choice = self._choice(
            self.tr("Any readiness"), readiness, lambda v: self.rows.set_filters(readiness=v))
        self.class_choice = self._choice(
            self.tr("All classes"), classification_names(),
            lambda v: self.rows.set_filters(classification=v))
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        for widget in (self.status_choice, self.readiness_choice, self.class_choice):
            filters.addWidget(widget)
        self.table = QTableView(self)
        self.table.setModel(self.rows)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # the verdict a quality lead scans for stands next to the process, not off screen
        header.moveSection(header.visualIndex(READINESS_COLUMN), 1)
        self.table.doubleClicked.connect(self._open_row)
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        self.summary = QLabel(self)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.details)
        self._set_busy(False)

    def _choice(self, everything: str, names: dict[str, str], apply) -> QComboBox:  # noqa: ANN001
        box = QComboBox(self)
        box.addItem(everything, "")
        for value, name in names.items():
            box.addItem(name, value)
        box.currentIndexChanged.connect(lambda _i: apply(box.currentData()))
        return box

    # -------------------------------------------------------------------- scan

    def open_folder(self, folder: str | os.PathLike[str]) -> None:
        if os.fspath(folder) != self.folder:
            self.cache = None
        self.folder = os.fspath(folder)
        self.folder_label.setText(self.folder)
        self.setWindowTitle(self.tr("Process Register — {0}").format(Path(self.folder).name))
        self.rescan()

    def rescan(self) -> None:
        if not self.folder or self._worker is not None:
            return
        self._worker = ScanWorker(self.folder, self.cache, self.today)
        self._worker.progress.connect(self._progress)
        self._worker.finished.connect(self._scanned)
        self._worker.failed.connect(self._scan_failed)
        self._set_busy(True)
        self.summary.setText(self.tr("Scanning…"))
        self._thread = start(self._worker, self)

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()

    def wait(self, milliseconds: int = 60_000) -> None:
        """Block until a running scan is done (tests, closing)."""
        if self._thread is not None:
            self._thread.wait(milliseconds)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _scanned(self, register: Register) -> None:
        self.register = register
        if self._worker is not None:
            self.cache = self._worker.cache
        self._finish_scan()
        with QSignalBlocker(self.table.selectionModel()):
            self.model.set_entries(list(register.entries))
        self.table.resizeColumnsToContents()
        for column in (0, 14):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 340))
        entries = register.entries
        text = self.tr("{0} documents: {1} ready, {2} with gaps, {3} unreadable.").format(
            len(entries), sum(e.ready for e in entries),
            sum(1 for e in entries if e.readable and not e.ready),
            sum(1 for e in entries if not e.readable))
        if not register.complete:
            text += " " + self.tr("The scan was cancelled; the list is incomplete.")
        self.summary.setText(text)
        self.scan_done.emit()

    def _scan_failed(self, message: str) -> None:
        self._finish_scan()
        self.summary.setText(self.tr("The folder could not be scanned: {0}").format(message))
        self.scan_done.emit()

    def _finish_scan(self) -> None:
        self._worker = None
        self._thread = None
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.rescan_button.setEnabled(not busy and bool(self.folder))
        self.pack_button.setEnabled(not busy and self.register is not None)
        if busy:
            self.progress.setRange(0, 0)

    # ------------------------------------------------------------------- rows

    def _show_details(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry = current.data(ENTRY_ROLE) if current.isValid() else None
        if entry is None:
            self.details.clear()
        elif not entry.readable:
            self.details.setText(self.tr("{0} cannot be read: {1}").format(entry.path, entry.error))
        elif entry.gaps:
            lines = [f"[{g.rule_id}] {domain_text(g.text)}" for g in entry.gaps]
            self.details.setText(self.tr("Gaps of {0}:").format(entry.title) + "\n" +
                                 "\n".join(lines))
        else:
            self.details.setText(self.tr("{0} is ready for audit.").format(entry.title))

    def _open_row(self, index: QModelIndex) -> None:
        entry = index.data(ENTRY_ROLE)
        if entry is not None and entry.readable:
            self.open_requested.emit(os.path.join(self.folder, entry.path))

    # ------------------------------------------------------------------- pack

    def write_pack(self, path: str | None = None) -> None:
        if self.register is None or self._pack_worker is not None:
            return
        if path is None:
            suggested = os.path.join(self.folder, "audit-pack.pdf")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Write Audit Pack"), suggested,
                                                  self.tr("PDF audit pack (*.pdf)"))
            if not path:
                return
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
        self._pack_worker = PackWorker(self.register, self.today, path)
        self._pack_worker.finished.connect(self._pack_written)
        self._pack_worker.failed.connect(self._pack_failed)
        self.pack_button.setEnabled(False)
        self.summary.setText(self.tr("Writing the audit pack…"))
        self._thread = start(self._pack_worker, self)

    def _pack_written(self, path: str) -> None:
        self._pack_worker, self._thread = None, None
        self.pack_button.setEnabled(True)
        workbook = str(Path(path).with_suffix(".xlsx"))
        self.summary.setText(self.tr("Wrote {0} and {1}.").format(path, workbook))
        self.pack_done.emit(True, path)

    def _pack_failed(self, message: str) -> None:
        self._pack_worker, self._thread = None, None
        self.pack_button.setEnabled(True)
        self.summary.setText(self.tr("The audit pack could not be written: {0}").format(message))
        self.pack_done.emit(False, message)

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        self.cancel()
        self.wait()
        super().closeEvent(event)
