"""The comparison's simulated cases: both versions through the same cases (same seed, same
customers), shown as the cumulative lead-time curves and the time limits kept per tier.
Run on demand, off the GUI thread, since a run takes a moment."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from ui.panels.simulation_charts import CumulativeChart, TierBars, show_charts
from ui.panels.simulation_runner import SimulationWorker, snapshot
from workbench.document import Document


class SimulatedComparison(QWidget):
    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.pair: tuple[str, str] | None = None
        self.worker: SimulationWorker | None = None
        self.run_button = QPushButton(self.tr("Simulate both with the same cases"))
        self.run_button.clicked.connect(self.run)
        self.progress = QProgressBar(maximum=1000, textVisible=False)
        self.note = QLabel(wordWrap=True)
        self.curve = CumulativeChart(self.tr("Cases done within a lead time"))
        self.bars = TierBars(self.tr("Cases keeping every time limit, per customer tier"))
        row = QHBoxLayout()
        row.addWidget(self.run_button)
        row.addWidget(self.progress, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.note)
        layout.addWidget(self.curve)
        layout.addWidget(self.bars)

    def set_pair(self, before_id: str, after_id: str) -> None:
        """Other versions chosen: what was shown no longer applies."""
        if (before_id, after_id) == self.pair:
            return
        self.stop()
        self.pair = (before_id, after_id)
        self.curve.set_curves([])
        self.bars.set_rows([], [])
        self.progress.setValue(0)
        self.note.setText("")

    def run(self) -> None:
        if self.pair is None or self.worker is not None:
            return
        ids = list(dict.fromkeys(self.pair))
        versions = [snapshot(self.document.version(i)) for i in ids]
        worker = SimulationWorker(versions, self.document.simulation, list(self.document.segments))
        worker.progressed.connect(self.progress.setValue)
        worker.done.connect(self._show)
        worker.failed.connect(self.note.setText)
        worker.finished.connect(self._ended)
        self.worker = worker
        self.run_button.setEnabled(False)
        self.note.setText(self.tr("Simulating…"))
        worker.start()

    def stop(self) -> None:
        if self.worker is not None:
            self.worker.stop.set()
            self.worker.wait()
            self._ended()

    def _ended(self) -> None:
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.deleteLater()
        self.run_button.setEnabled(True)

    def _show(self, results: dict) -> None:
        shown = [results[i] for i in dict.fromkeys(self.pair or ()) if i in results]
        if not shown:
            return
        self.progress.setValue(1000)
        self.note.setText(self.tr("{cases} cases per version, seed {seed}; hours unless "
                                  "counted.").format(cases=f"{shown[0].cases:,}",
                                                     seed=shown[0].seed))  # fmt: skip
        show_charts(self.curve, self.bars, shown)
