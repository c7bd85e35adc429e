"""Runs the simulation off the GUI thread, with progress and cancel, and keeps each
version's result until its flow (or the run settings, or the tiers) change."""

from __future__ import annotations

import dataclasses
import threading

from PySide6.QtCore import QObject, QThread, Signal

from ui.i18n import domain_translator
from workbench.document import Document
from workbench.events import DocumentEdited, ElementKind, Event
from workbench.model import Segment, Version


def snapshot(version: Version) -> Version:
    """A copy the worker can read while the user goes on editing (records are frozen, so
    copying the containers is enough)."""
    return dataclasses.replace(
        version,
        lanes=list(version.lanes),
        nodes=dict(version.nodes),
        flows=dict(version.flows),
        kpis=dict(version.kpis),
    )


class SimulationWorker(QThread):
    progressed = Signal(int)  # per mille
    done = Signal(object)  # {version id: SimulationResult}
    failed = Signal(str)

    def __init__(self, versions: list[Version], settings, segments: list[Segment]) -> None:
        super().__init__()
        self.versions, self.settings, self.segments = versions, settings, segments
        self.stop = threading.Event()
        self.words = domain_translator()  # read here: the worker thread asks no QObject

    def run(self) -> None:
        from workbench.simulation import SimulationCancelled, SimulationError, simulate_version
        from workbench.simulation.before_after import reason_of

        results = {}
        count = len(self.versions)
        try:
            for number, version in enumerate(self.versions):
                def report(share: float, number: int = number) -> bool:
                    self.progressed.emit(int(1000 * (number + share) / count))
                    return not self.stop.is_set()

                results[version.id] = simulate_version(
                    version, self.settings, self.segments, progress=report
                )
        except SimulationCancelled:
            return
        except SimulationError as error:
            self.failed.emit(self.words.render(reason_of(error)))
            return
        self.done.emit(results)


class SimulationRunner(QObject):
    """One run at a time; `results` holds what is still true of the document."""

    progressed = Signal(int)
    finished = Signal()
    failed = Signal(str)
    invalidated = Signal()

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.results: dict[str, object] = {}
        self.worker: SimulationWorker | None = None
        self.runs = 0
        self._subscription = document.events.subscribe(self._on_event)

    def close(self) -> None:
        self.cancel()
        self._subscription.close()

    @property
    def running(self) -> bool:
        return self.worker is not None

    def start(self) -> None:
        if self.worker is not None:
            return
        versions = [snapshot(v) for v in self.document.versions if v.id not in self.results]
        if not versions:
            self.finished.emit()
            return
        worker = SimulationWorker(versions, self.document.simulation, list(self.document.segments))
        worker.progressed.connect(self.progressed)
        worker.done.connect(self._done)
        worker.failed.connect(self.failed)
        worker.finished.connect(self._ended)
        self.worker = worker
        self.runs += 1
        worker.start()

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.stop.set()
            self.worker.wait()
            self._ended()

    def _done(self, results: dict) -> None:
        self.results.update(results)
        self.finished.emit()

    def _ended(self) -> None:
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.deleteLater()

    def _on_event(self, event: Event) -> None:
        """A changed flow makes its result stale; changed settings or tiers make all stale."""
        if getattr(event, "kind", None) in (ElementKind.SIMULATION, ElementKind.SEGMENT):
            if self.results:
                self.results.clear()
                self.invalidated.emit()
            return
        if isinstance(event, DocumentEdited):
            stale = [v for v in event.version_ids if v in self.results]
            for version_id in stale:
                del self.results[version_id]
            if stale:
                self.invalidated.emit()
