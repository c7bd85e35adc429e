"""The goal's "Measured by": tick the KPIs that show the goal is met, or name a new one and
create it on the spot (added to the KPIs and ticked, as one undo step).

Before, this was a bare list that stayed empty until a KPI existed elsewhere, and what a
user typed into it went nowhere; now it says what it needs and takes the name typed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import translated_preset
from ui.panels.forms import CheckListField
from workbench.kpi_catalogue import CATALOGUE, KpiPreset
from workbench.model import Kpi


class GoalKpiField(QWidget):
    edited = Signal(tuple)  # ids of the ticked KPIs
    create_requested = Signal(str)  # the name typed for a new KPI

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #5b6670;")
        self.choices = CheckListField(self)
        self.choices.edited.connect(self.edited)
        self.new_name = QLineEdit(self)
        self.new_name.setPlaceholderText(self.tr("Name a KPI, e.g. First-contact resolution"))
        self.new_name.setClearButtonEnabled(True)
        presets = [translated_preset(p).name for p in CATALOGUE]
        completer = QCompleter(presets, self.new_name)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.new_name.setCompleter(completer)
        self.create_button = QPushButton(self.tr("Create KPI"), self)
        self.create_button.setToolTip(
            self.tr("Adds the KPI to this version's KPIs and ticks it here; one undo takes it back")
        )
        self.new_name.textChanged.connect(self._update_button)
        self.new_name.returnPressed.connect(self._create)
        self.create_button.clicked.connect(self._create)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.new_name, 1)
        row.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.choices)
        layout.addLayout(row)
        self._update_button()
        self._update_hint()

    def set_options(self, options: list[tuple[str, str]]) -> None:
        """(KPI name, id) pairs of the version's KPIs."""
        self.choices.set_options(options)
        self._update_hint()

    def display(self, kpi_ids: tuple[str, ...]) -> None:
        self.choices.display(kpi_ids)

    def clear_name(self) -> None:
        self.new_name.clear()

    def _update_hint(self) -> None:
        has_kpis = self.choices.count() > 0
        self.choices.setVisible(has_kpis)
        if has_kpis:
            self.hint.setText(self.tr("Tick the KPIs that show the goal is met, or create one."))
        else:
            self.hint.setText(
                self.tr(
                    "No KPI yet. Name the figure that shows the goal is met (a preset is offered "
                    "as you type) and create it: it is added to the KPIs and ticked here."
                )
            )

    def _update_button(self) -> None:
        self.create_button.setEnabled(bool(self.new_name.text().strip()))

    def _create(self) -> None:
        name = self.new_name.text().strip()
        if name:
            self.create_requested.emit(name)


def new_goal_kpi(kpi_id: str, name: str) -> Kpi:
    """A KPI by the name typed: the catalogue's preset when the name is one (in the user's
    language, any case), so definition, formula and unit come filled in."""
    preset = _preset_named(name)
    return preset.kpi(kpi_id) if preset is not None else Kpi(kpi_id, name)


def _preset_named(name: str) -> KpiPreset | None:
    wanted = _comparable(name)
    for preset in map(translated_preset, CATALOGUE):
        if _comparable(preset.name) == wanted:
            return preset
    return None


def _comparable(name: str) -> str:
    """"first contact resolution" names the preset "First-contact resolution"."""
    return " ".join(name.casefold().replace("-", " ").split())
