"""A KPI's results per period in the KPI panel: typed into a table or imported from a CSV
file or an Excel workbook (the documented layout of workbench/kpi_results_io.py), with the
trend against target, the control chart's verdict, and its corrective actions.

Every change is one undo step; a value that cannot be read is refused with the row and
column it came from, and the table shows the KPI as it was."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ui.i18n import domain_text
from ui.panels.panel_commands import ChangeKpiPart
from workbench.audit_texts import ACTION_STATUS_NAMES, CHART_NAMES
from workbench.control_chart import ControlChart, signal_summary
from workbench.governance import CorrectiveAction
from workbench.i18n import Msg
from workbench.kpi_performance import kpi_figure, kpi_performance
from workbench.kpi_results_io import (
    COLUMNS,
    ResultImportError,
    read_csv_results,
    results_from_rows,
)
from workbench.model import Kpi, Version

if TYPE_CHECKING:
    from ui.panels.base import DocumentPanel


class KpiResultsBox(QGroupBox):
    def __init__(self, panel: DocumentPanel) -> None:
        super().__init__(panel)
        self.setTitle(self.tr("Results per period"))  # this class's catalogue context
        self._panel = panel
        self._kpi_id: str | None = None
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Period"), self.tr("Value"), self.tr("Sample size")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(160)
        self.table.itemChanged.connect(lambda _item: self._table_edited())
        self.add_button = QPushButton(self.tr("Add Period"), self)
        self.add_button.clicked.connect(self.add_period)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self.remove_period)
        self.import_button = QPushButton(self.tr("Import…"), self)
        self.import_button.setToolTip(self.tr(
            "Import results from a CSV file or an Excel workbook with the columns "
            "kpi, period, value and, optionally, sample_size and note"))
        self.import_button.clicked.connect(lambda: self.import_file())
        self.action_button = QPushButton(self.tr("Record Corrective Action…"), self)
        self.action_button.clicked.connect(lambda: self.record_action())
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c62828")
        self.problem.hide()
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.import_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        layout.addWidget(self.problem)
        layout.addWidget(self.verdict)
        layout.addWidget(self.action_button)

    # ------------------------------------------------------------------ show

    def load(self, version: Version, kpi: Kpi | None) -> None:
        self._kpi_id = kpi.id if kpi else None
        self.setEnabled(kpi is not None)
        with QSignalBlocker(self.table):
            self.table.setRowCount(0)
            if kpi is None:
                self.verdict.clear()
                return
            for result in sorted(kpi.results, key=lambda r: r.period):
                self._append(result.period, kpi_figure(result.value),
                             "" if result.sample_size is None else str(result.sample_size))
        self.verdict.setText(self._verdict(kpi))

    def _append(self, period: str, value: str, size: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate((period, value, size)):
            self.table.setItem(row, column, QTableWidgetItem(text))

    def _verdict(self, kpi: Kpi) -> str:
        performance = kpi_performance(kpi)
        latest = performance.latest
        if latest is None:
            return self.tr("No results yet: type them in or import a file.")
        unit = f" {kpi.unit}" if kpi.unit else ""
        lines = [self.tr("Latest: {0}{1} in {2}.").format(kpi_figure(latest.value), unit,
                                                         latest.period)]
        if performance.off_target:
            lines.append(self.tr("Misses the target of {0}{1}.").format(
                kpi_figure(kpi.target or 0), unit))
        chart = performance.chart
        if chart is None:
            lines.append(self.tr("A control chart needs at least 5 periods."))
        elif chart.in_control:
            lines.append(self.tr("{0}: in control.").format(_chart_name(chart)))
        else:
            lines.append(self.tr("{0}: out of control ({1}).").format(
                _chart_name(chart), domain_text(signal_summary(chart))))
        for action in kpi.corrective_actions:
            lines.append(self.tr("Corrective action: {0} ({1}).").format(
                action.description, domain_text(Msg(ACTION_STATUS_NAMES[action.status.value]))))
        if performance.reason is not None and not kpi.corrective_actions:
            lines.append(self.tr("It needs a corrective action."))
        return "\n".join(lines)

    # ----------------------------------------------------------------- edits

    def _version_kpi(self) -> tuple[Version, Kpi] | None:
        version = self._panel.version()
        if version is None or self._kpi_id not in version.kpis:
            return None
        return version, version.kpis[self._kpi_id]

    def _table_edited(self) -> None:
        found = self._version_kpi()
        if found is None:
            return
        version, kpi = found
        rows = [["kpi", *COLUMNS[1:4]]]
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, c).text() if self.table.item(row, c) else ""
                     for c in range(3)]
            if cells[1].strip():  # a row without its value yet is still being typed
                rows.append([kpi.id, *cells])
        empty = dataclasses.replace(version, kpis={kpi.id: dataclasses.replace(kpi, results=())})
        try:
            results = results_from_rows(rows, empty).get(kpi.id, ())
        except ResultImportError as problem:
            self._refuse(domain_text(problem.args[0]) if problem.args else str(problem))
            return
        self._change(kpi, results)

    def add_period(self) -> None:
        found = self._version_kpi()
        if found is None:
            return
        with QSignalBlocker(self.table):
            self._append(_next_period(found[1]), "", "")
        self.table.setCurrentCell(self.table.rowCount() - 1, 1)
        self.table.editItem(self.table.item(self.table.rowCount() - 1, 1))

    def remove_period(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._table_edited()

    def import_file(self, path: str | None = None) -> bool:
        found = self._version_kpi()
        if found is None:
            return False
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import KPI Results"), "",
                self.tr("CSV or Excel (*.csv *.xlsx);;All files (*)"))
            if not path:
                return False
        version = found[0]
        try:
            if path.lower().endswith((".xlsx", ".xlsm")):
                from exporters.kpi_results_workbook import workbook_rows

                results = results_from_rows(workbook_rows(path), version)
            else:
                results = read_csv_results(Path(path).read_bytes(), version)
        except (ResultImportError, OSError) as problem:
            QMessageBox.warning(self, self.tr("Import KPI Results"),
                                self.tr("{0} was not imported.").format(Path(path).name)
                                + "\n\n" + _reason(problem))
            return False
        panel = self._panel
        commands = [ChangeKpiPart(panel.document, panel.version_id or "", kpi_id, "results",
                                  False, results=values) for kpi_id, values in results.items()]
        return panel.apply_all(self.tr("Import KPI results"), commands)

    def record_action(self, description: str | None = None) -> None:
        found = self._version_kpi()
        if found is None:
            return
        kpi = found[1]
        if description is None:
            description, ok = QInputDialog.getText(
                self, self.tr("Record Corrective Action"),
                self.tr("What is being done about '{0}'?").format(kpi.name))
            if not ok or not description.strip():
                return
        used = {a.id for a in kpi.corrective_actions}
        number = next(n for n in range(1, len(used) + 2) if f"ca{n}" not in used)
        action = CorrectiveAction(f"ca{number}", description.strip(),
                                  opened=dt.date.today().isoformat(), owner=kpi.owner)
        panel = self._panel
        panel.apply(ChangeKpiPart(panel.document, panel.version_id or "", kpi.id, "actions",
                                  False, corrective_actions=(*kpi.corrective_actions, action)))

    def _change(self, kpi: Kpi, results: tuple) -> None:
        self.problem.hide()
        if results == tuple(sorted(kpi.results, key=lambda r: r.period)):
            return
        panel = self._panel
        panel.apply(ChangeKpiPart(panel.document, panel.version_id or "", kpi.id, "results",
                                  False, results=results))

    def _refuse(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()


def _next_period(kpi: Kpi) -> str:
    """The month after the latest result, or this month."""
    periods = sorted(r.period for r in kpi.results)
    if periods:
        try:
            year, month = (int(x) for x in periods[-1].split("-"))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
            return f"{year:04d}-{month:02d}"
        except ValueError:
            return ""
    return dt.date.today().strftime("%Y-%m")


def _chart_name(chart: ControlChart) -> str:
    return domain_text(Msg(CHART_NAMES[chart.kind.value]))


def _reason(problem: Exception) -> str:
    """Why an import failed, in the window's language (a ResultImportError carries a Msg)."""
    if isinstance(problem, ResultImportError) and problem.args:
        return domain_text(problem.args[0])
    return str(problem)
