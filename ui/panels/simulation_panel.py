"""The Simulation panel: run settings, a run off the GUI thread with progress and cancel,
and what it found for every version: the spread of lead times, the share of cases done by
each lead time, and the time limits kept per customer tier.

Results stay until the flow they came from changes; switching versions or tabs shows them
again at once. Settings are edits of the document (undoable, saved with it).
"""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.commands import ChangeSegment, ChangeSimulation
from ui.i18n import error_text
from ui.panels.base import DocumentPanel
from ui.panels.scrolling import scrolling_form
from ui.panels.simulation_charts import CumulativeChart, TierBars, show_charts
from ui.panels.simulation_runner import SimulationRunner
from workbench.model import LaneKind
from workbench.simulation.settings import LaneCapacity, RangeShape

MOST_CASES = 1_000_000


class SimulationPanel(DocumentPanel):
    def __init__(self, document, undo_stack, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(document, undo_stack, parent)
        self.setObjectName("SimulationPanel")
        self.runner = SimulationRunner(document, self)
        self.runner.progressed.connect(lambda permille: self.progress.setValue(permille))
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self._failed)
        self.runner.invalidated.connect(self.show_results)
        self._build()
        self.refresh()

    # ------------------------------------------------------------------ layout

    def _build(self) -> None:
        body = QWidget()
        form = QFormLayout()
        self.cases = QSpinBox(minimum=100, maximum=MOST_CASES, singleStep=1000)
        self.cases.setGroupSeparatorShown(True)
        self.seed = QSpinBox(minimum=0, maximum=2_147_483_647)
        self.shape = QComboBox()
        self.shape.addItem(self.tr("Triangular"), RangeShape.TRIANGULAR)
        self.shape.addItem(self.tr("PERT"), RangeShape.PERT)
        self.arrivals = QDoubleSpinBox(minimum=0.0, maximum=100_000.0, decimals=2)
        self.arrivals.setSpecialValueText(self.tr("not set"))
        self.calendar = QCheckBox(self.tr("Working hours"))
        self.day_start = QDoubleSpinBox(minimum=0.0, maximum=24.0, decimals=1, suffix=" h")
        self.day_end = QDoubleSpinBox(minimum=0.0, maximum=24.0, decimals=1, suffix=" h")
        calendar_row = QHBoxLayout()
        for widget in (self.calendar, self.day_start, QLabel("–"), self.day_end):
            calendar_row.addWidget(widget)
        calendar_row.addStretch(1)
        form.addRow(self.tr("Cases"), self.cases)
        form.addRow(self.tr("Seed"), self.seed)
        form.addRow(self.tr("Ranges of duration"), self.shape)
        form.addRow(self.tr("Cases arriving per hour"), self.arrivals)
        form.addRow(self.tr("Calendar (Mon–Fri)"), calendar_row)
        self.people = QTableWidget(0, 2)
        self.people.setHorizontalHeaderLabels([self.tr("Lane"), self.tr("People")])
        self.people.verticalHeader().hide()
        self.people.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.people.setMaximumHeight(140)
        form.addRow(self.tr("People per lane (0: no queue)"), self.people)
        self.tiers_button = QPushButton(self.tr("Tiers from a customer list…"))
        self.tiers_button.clicked.connect(self._tiers_from_file)
        form.addRow(self.tr("Customer tiers"), self.tiers_button)
        for widget in (self.cases, self.seed, self.arrivals, self.day_start, self.day_end):
            widget.editingFinished.connect(self._settings_edited)
        self.shape.activated.connect(self._settings_edited)
        self.calendar.toggled.connect(self._settings_edited)
        self.run_button = QPushButton(self.tr("Run"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.progress = QProgressBar(maximum=1000, textVisible=False)
        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        for widget in (self.run_button, self.cancel_button):
            buttons.addWidget(widget)
        buttons.addWidget(self.progress, 1)
        self.status = QLabel(wordWrap=True)
        self.table = QTableWidget(0, 8)
        self.table.setHorizontalHeaderLabels([
            self.tr("Version"), self.tr("Mean"), "P50", "P90", "P95", self.tr("Max"),
            self.tr("Wait"), self.tr("Contacts"),
        ])  # fmt: skip
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setMaximumHeight(110)
        self.curve = CumulativeChart(self.tr("Cases done within a lead time"))
        self.bars = TierBars(self.tr("Cases keeping every time limit, per customer tier"))
        column = QVBoxLayout(body)
        column.addLayout(form)
        column.addLayout(buttons)
        column.addWidget(self.status)
        column.addWidget(self.error)
        column.addWidget(self.table)
        column.addWidget(self.curve)
        column.addWidget(self.bars)
        column.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scrolling_form(body, self))
        self._set_running(False)

    # ---------------------------------------------------------------- settings

    def refresh(self) -> None:
        settings = self.document.simulation
        widgets = (self.cases, self.seed, self.shape, self.arrivals, self.calendar,
                   self.day_start, self.day_end, self.people)  # fmt: skip
        for widget in widgets:
            widget.blockSignals(True)
        self.cases.setValue(min(settings.cases, MOST_CASES))
        self.seed.setValue(settings.seed)
        self.shape.setCurrentIndex(self.shape.findData(settings.range_shape))
        self.arrivals.setValue(settings.arrivals_per_hour or 0.0)
        self.calendar.setChecked(settings.calendar.enabled)
        self.day_start.setValue(settings.calendar.day_start)
        self.day_end.setValue(settings.calendar.day_end)
        self._fill_people(settings.people())
        for widget in widgets:
            widget.blockSignals(False)
        self.show_results()

    def _fill_people(self, people: dict[str, int]) -> None:
        version = self.version()
        lanes = [lane for lane in (version.lanes if version else []) if lane.kind is not
                 LaneKind.CUSTOMER]  # fmt: skip
        self.people.setRowCount(len(lanes))
        for row, lane in enumerate(lanes):
            item = QTableWidgetItem(lane.name)
            item.setFlags(item.flags() & ~item.flags().ItemIsEditable)
            self.people.setItem(row, 0, item)
            spin = QSpinBox(minimum=0, maximum=10_000)
            spin.setValue(people.get(lane.id, 0))
            spin.setProperty("lane", lane.id)
            spin.editingFinished.connect(self._settings_edited)
            self.people.setCellWidget(row, 1, spin)

    def _settings_edited(self) -> None:
        settings = self.document.simulation
        people = settings.people()
        for row in range(self.people.rowCount()):
            spin = self.people.cellWidget(row, 1)
            lane = spin.property("lane")
            if spin.value() > 0:
                people[lane] = spin.value()
            else:
                people.pop(lane, None)
        calendar = dataclasses.replace(
            settings.calendar,
            enabled=self.calendar.isChecked(),
            day_start=self.day_start.value(),
            day_end=self.day_end.value(),
        )
        changes = {
            "cases": self.cases.value(),
            "seed": self.seed.value(),
            "range_shape": self.shape.currentData(),
            "arrivals_per_hour": self.arrivals.value() or None,
            "calendar": calendar,
            "capacities": tuple(LaneCapacity(lane, n) for lane, n in sorted(people.items())),
        }
        changed = {k: v for k, v in changes.items() if getattr(settings, k) != v}
        if changed:
            self.apply(ChangeSimulation(self.document, **changed))

    def _tiers_from_file(self) -> None:
        from workbench.customer_tiers import (
            CustomerListError,
            read_customers,
            segment_changes,
            tier_customers,
        )

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Customer list"), "", self.tr("Customer lists (*.csv)")
        )
        if not path:
            return
        try:
            tiering = tier_customers(read_customers(path), self.document.simulation.tiers)
            edits = segment_changes(self.document.segments, tiering)
        except CustomerListError as problem:
            self.error.show_error(error_text(problem))
            return
        commands = [ChangeSegment(self.document, sid, **changes) for sid, changes in edits]
        self.apply_all(self.tr("Tiers from a customer list"), commands)

    # ------------------------------------------------------------------- runs

    def run(self) -> None:
        self.error.clear_error()
        self.progress.setValue(0)
        self._set_running(True)
        self.status.setText(self.tr("Simulating…"))
        self.runner.start()

    def cancel(self) -> None:
        self.runner.cancel()
        self._set_running(False)
        self.status.setText(self.tr("Cancelled."))

    def _set_running(self, running: bool) -> None:
        self.run_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)

    def _finished(self) -> None:
        self._set_running(False)
        self.progress.setValue(1000)
        self.show_results()

    def _failed(self, message: str) -> None:
        self._set_running(False)
        self.status.setText("")
        self.error.show_error(message)

    def close_subscription(self) -> None:
        self.runner.close()
        super().close_subscription()

    # ---------------------------------------------------------------- results

    def show_results(self) -> None:
        results = [self.runner.results[v.id] for v in self.document.versions
                   if v.id in self.runner.results]  # fmt: skip
        if not results:
            self.table.setRowCount(0)
            self.curve.set_curves([])
            self.bars.set_rows([], [])
            if not self.runner.running:
                self.status.setText(self.tr("Press Run to simulate every version with the "
                                            "same cases."))  # fmt: skip
            return
        first = results[0]
        self.status.setText(self.tr("{cases} cases per version, seed {seed}; hours unless "
                                    "counted.").format(cases=f"{first.cases:,}", seed=first.seed))
        self.table.setRowCount(len(results))
        for row, result in enumerate(results):
            lead = result.lead()
            cells = [result.version_name, *(f"{v:,.1f}" for v in (lead.mean, lead.p50, lead.p90,
                     lead.p95, lead.max)), f"{result.wait().mean:,.1f}",
                     f"{result.contact().mean:.2f}"]  # fmt: skip
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        show_charts(self.curve, self.bars, results)
