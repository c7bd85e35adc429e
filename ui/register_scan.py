"""Scanning a register folder and writing its audit pack off the GUI thread.

The scan reports progress after every file and stops at the next file once cancelled;
the window stays responsive throughout. The cache is the command line's cache file of the
folder, read and written here, off the GUI thread: a rescan of an unchanged folder, in
this session or the next, or after `process-workbench register`, only looks at the
files' sizes and times."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from ui.i18n import domain_translator
from workbench.i18n import reading_in
from workbench.register.cache_file import cache_file, load_cache, save_cache
from workbench.register.scan import Register, RegisterCache, scan_register


class ScanWorker(QObject):
    progress = Signal(int, int)  # files done, files found
    finished = Signal(object)  # a Register
    failed = Signal(str)

    def __init__(self, folder: str, cache: RegisterCache | None, today: dt.date) -> None:
        """`cache` None: read the folder's cache file first."""
        super().__init__()
        self.folder, self.cache, self.today = folder, cache, today
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def run(self) -> None:
        where = cache_file(self.folder)
        try:
            if self.cache is None:
                self.cache = load_cache(where)
            register = scan_register(
                self.folder, self.cache, progress=self.progress.emit,
                cancelled=self._stop.is_set, today=self.today,
            )
            save_cache(self.cache, where)  # only a cache: a failure to write is no failure
        except OSError as error:
            self.failed.emit(f"{self.folder}: {error.strerror or error}")
        except Exception as error:  # noqa: BLE001 - shown to the user, never a traceback
            self.failed.emit(str(error) or type(error).__name__)
        else:
            self.finished.emit(register)


class PackWorker(QObject):
    finished = Signal(str)
    failed = Signal(str)

    def __init__(self, register: Register, today: dt.date, pdf: str) -> None:
        super().__init__()
        self.register, self.today, self.pdf = register, today, pdf
        self.reader = domain_translator()  # the window's language, chosen on its thread

    def run(self) -> None:
        from exporters.audit_pdf import export_audit_pdf
        from exporters.audit_workbook import export_audit_workbook
        from workbench.register.pack import build_pack

        try:
            pack = build_pack(self.register, self.today)
            with reading_in(self.reader):
                export_audit_pdf(pack, self.pdf)
                export_audit_workbook(pack, str(Path(self.pdf).with_suffix(".xlsx")))
        except Exception as error:  # noqa: BLE001 - shown to the user, never a traceback
            self.failed.emit(str(error) or type(error).__name__)
        else:
            self.finished.emit(self.pdf)


def start(worker: QObject, parent: QObject) -> QThread:
    """Run `worker.run` on a thread of its own, which ends and is deleted after it."""
    thread = QThread(parent)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    for signal in (worker.finished, worker.failed):
        signal.connect(thread.quit)
    thread.finished.connect(thread.deleteLater)
    thread.start()
    return thread
