"""The four elements every process must pass — goal, inputs, outputs, activities — for the
current version, each with a complete / partial / missing badge, the overall score and the
gaps still to close (DOMAIN.md §2)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QProgressBar,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.commands import AddGoalKpi, ChangeGoal
from ui.i18n import domain_text
from ui.panels.base import DocumentPanel
from ui.panels.checklist_forms import ActivityForm, InputForm, OutputForm
from ui.panels.checklist_items import ItemsEditor
from ui.panels.forms import FlagField, MultiLineField, TextField, form_layout
from ui.panels.goal_kpis import GoalKpiField, new_goal_kpi
from ui.panels.scrolling import scrolling_form
from workbench.checklist_score import ChecklistScore, checklist_score
from workbench.document import Document
from workbench.ids import new_id
from workbench.model import ActivityItem, ChecklistElement, InputItem, OutputItem, Version

_BADGES = {"complete": "●", "partial": "◐", "missing": "○"}


def element_state(score: ChecklistScore, element: ChecklistElement, version: Version) -> str:
    """complete: every item complete; missing: nothing written yet; partial: in between."""
    items = [i for i in score.items if i.element is element]
    if all(i.complete for i in items):
        return "complete"
    if element is ChecklistElement.GOAL:
        return "missing" if not version.checklist.goal.statement.strip() else "partial"
    return "missing" if not getattr(version.checklist, element.value) else "partial"


class GoalForm(QWidget):
    def __init__(self, panel: ChecklistPanel) -> None:
        super().__init__(panel)
        self._panel = panel
        self.statement = MultiLineField(self)
        self.statement.setPlaceholderText(
            self.tr("What the customer gets, in the customer's terms, and how it is measured")
        )
        self.customer_centred = FlagField(self.tr("Stated in the customer's terms"), self)
        self.owner = TextField(self)
        self.owner.setPlaceholderText(self.tr("the process owner"))
        self.kpis = GoalKpiField(self)
        form = form_layout()
        form.addRow(self.tr("Statement"), self.statement)
        form.addRow("", self.customer_centred)
        form.addRow(self.tr("Measured by"), self.kpis)
        form.addRow(self.tr("Owner"), self.owner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(form)
        layout.addStretch(1)
        self.statement.edited.connect(lambda text: self._change(True, statement=text))
        self.owner.edited.connect(lambda text: self._change(True, owner=text))
        self.customer_centred.edited.connect(
            lambda flag: self._change(False, customer_centred=flag)
        )
        self.kpis.edited.connect(lambda ids: self._change(False, kpis=ids))
        self.kpis.create_requested.connect(self._create_kpi)

    def load(self, version: Version) -> None:
        goal = version.checklist.goal
        self.statement.display(goal.statement)
        self.customer_centred.display(goal.customer_centred)
        self.owner.display(goal.owner)
        self.kpis.set_options([(k.name, k.id) for k in version.kpis.values()])
        self.kpis.display(goal.kpis)

    def _change(self, typing: bool, **changes: object) -> None:
        panel = self._panel
        panel.apply(ChangeGoal(panel.document, panel.version_id or "", typing, **changes))

    def _create_kpi(self, name: str) -> None:
        panel = self._panel
        kpi = new_goal_kpi(new_id("kpi"), name)
        if panel.apply(AddGoalKpi(panel.document, panel.version_id or "", kpi)):
            self.kpis.clear_name()


class ChecklistPanel(DocumentPanel):
    def __init__(
        self, document: Document, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(document, undo_stack, parent)
        self.setObjectName("ChecklistPanel")
        self.setWindowTitle(self.tr("Four elements"))
        self.score_bar = QProgressBar(self)
        self.score_bar.setRange(0, 100)
        self.score_bar.setFormat(self.tr("Checklist %p % complete"))
        self.goal = GoalForm(self)
        self.inputs = ItemsEditor(
            self,
            ChecklistElement.INPUTS,
            InputForm(self),
            lambda: InputItem(new_id("input"), self.tr("New input")),
        )
        self.outputs = ItemsEditor(
            self,
            ChecklistElement.OUTPUTS,
            OutputForm(self),
            lambda: OutputItem(new_id("output"), self.tr("New output")),
        )
        self.activities = ItemsEditor(
            self,
            ChecklistElement.ACTIVITIES,
            ActivityForm(self),
            lambda: ActivityItem(new_id("activity"), self.tr("New activity")),
        )
        self.tabs = QTabWidget(self)
        self._pages = {
            ChecklistElement.GOAL: (self.goal, self.tr("Goal")),
            ChecklistElement.INPUTS: (self.inputs, self.tr("Inputs")),
            ChecklistElement.OUTPUTS: (self.outputs, self.tr("Outputs")),
            ChecklistElement.ACTIVITIES: (self.activities, self.tr("Activities")),
        }
        for page, title in self._pages.values():
            self.tabs.addTab(scrolling_form(page, self), title)
        self.gaps = QListWidget(self)
        self.gaps.setWordWrap(True)
        gaps_box = QWidget(self)
        gaps_layout = QVBoxLayout(gaps_box)
        gaps_layout.setContentsMargins(0, 0, 0, 0)
        self.gaps_label = QLabel(self)
        gaps_layout.addWidget(self.gaps_label)
        gaps_layout.addWidget(self.gaps)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.tabs)
        splitter.addWidget(gaps_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.score_bar)
        layout.addWidget(self.error)
        layout.addWidget(splitter, 1)
        self.states: dict[ChecklistElement, str] = {}
        self.refresh()

    def show_element(self, element: str) -> None:
        """Bring one element's tab forward (a findings double-click on "goal", "inputs"…)."""
        index = list(self._pages).index(ChecklistElement(element))
        self.tabs.setCurrentIndex(index)

    def refresh(self) -> None:
        version = self.version()
        self.setEnabled(version is not None)
        if version is None:
            return
        score = checklist_score(version.checklist, version)
        self.score_bar.setValue(round(score.share * 100))
        for index, element in enumerate(self._pages):
            state = element_state(score, element, version)
            self.states[element] = state
            _, title = self._pages[element]
            self.tabs.setTabText(index, f"{_BADGES[state]} {title}")
            self.tabs.setTabToolTip(index, self._state_name(state))
        self.gaps.clear()
        self.gaps.addItems([domain_text(gap) for gap in score.gaps])
        self.gaps_label.setText(self.tr("Gaps: %n", "", len(score.gaps)))
        self.goal.load(version)
        complete = {i.item_id: i.complete for i in score.items if i.item_id}
        for editor in (self.inputs, self.outputs, self.activities):
            editor.load(version, complete)

    def _state_name(self, state: str) -> str:
        return {
            "complete": self.tr("Complete"),
            "partial": self.tr("Partly filled"),
            "missing": self.tr("Missing"),
        }[state]
