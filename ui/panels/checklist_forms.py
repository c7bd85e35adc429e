"""The forms for an input (with its variants), an output (with its two judgements) and an
activity (with its standard, KPI and steps)."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QGroupBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.panels import labels
from ui.panels.checklist_items import ItemForm
from ui.panels.forms import (
    CheckListField,
    ChoiceField,
    MultiLineField,
    TextField,
    form_layout,
)
from workbench.ids import new_id
from workbench.model import (
    ActivityItem,
    ChecklistElement,
    DemandType,
    InputItem,
    InputVariant,
    NodeKind,
    OutputItem,
    Version,
)

if TYPE_CHECKING:
    from ui.panels.base import DocumentPanel


def step_choices(version: Version) -> list[tuple[str, str | None]]:
    lanes = version.lanes_by_id()
    none = QCoreApplication.translate("ChecklistPanel", "(no path of its own yet)")
    return [(none, None)] + [
        (f"{lanes[n.lane].name}: {n.label or n.id}" if n.lane in lanes else n.label, n.id)
        for n in version.nodes.values()
        if n.kind is not NodeKind.END
    ]


def _named(widget: QWidget, name: str) -> QWidget:
    widget.setObjectName(name)
    return widget


class VariantRow(QWidget):
    """One variant: its name, what distinguishes it, and the step where its own path starts."""

    def __init__(self, form: InputForm, variant_id: str) -> None:
        super().__init__(form)
        self.variant_id = variant_id
        self.name = TextField(self)
        self.name.setPlaceholderText(self.tr("e.g. follow-up on a missed promise"))
        self.description = TextField(self)
        self.description.setPlaceholderText(self.tr("how to recognise it"))
        self.path_start = ChoiceField(parent=self)
        self.remove = QPushButton(self.tr("Remove"), self)
        form_rows = form_layout()
        form_rows.addRow(self.tr("Variant"), self.name)
        form_rows.addRow(self.tr("Recognised by"), self.description)
        form_rows.addRow(self.tr("Its path starts at"), self.path_start)
        form_rows.addRow("", self.remove)
        self.setLayout(form_rows)
        for field in ("name", "description", "path_start"):
            getattr(self, field).edited.connect(
                lambda value, f=field: form.change_variant(self.variant_id, f, value)
            )
        self.remove.clicked.connect(lambda: form.remove_variant(self.variant_id))

    def display(self, version: Version, variant: InputVariant) -> None:
        self.name.display(variant.name)
        self.description.display(variant.description)
        self.path_start.set_choices(step_choices(version))
        self.path_start.display(variant.path_start)


class InputForm(ItemForm):
    def __init__(self, panel: DocumentPanel) -> None:
        super().__init__(panel, ChecklistElement.INPUTS)
        self.name = _named(TextField(self), "name")
        self.trigger = TextField(self)
        self.supplier = TextField(self)
        self.channel = TextField(self)
        self.acceptance = TextField(self)
        self.demand = ChoiceField(
            [
                (self.tr("Not typed"), None),
                (self.tr("Value demand"), DemandType.VALUE),
                (self.tr("Failure demand (caused by an earlier failure)"), DemandType.FAILURE),
            ],
            self,
        )
        self.trigger.setPlaceholderText(self.tr("the event that starts the process"))
        self.acceptance.setPlaceholderText(self.tr("what must be present to start"))
        self.variants_box = QGroupBox(self.tr("Variants"), self)
        self.variants_layout = QVBoxLayout(self.variants_box)
        self.add_variant_button = QPushButton(self.tr("Add variant"), self)
        self.add_variant_button.clicked.connect(self.add_variant)
        self.variants_layout.addWidget(self.add_variant_button)
        self._rows: list[VariantRow] = []
        form = form_layout()
        for label, widget in (
            (self.tr("Name"), self.name),
            (self.tr("Trigger"), self.trigger),
            (self.tr("Supplier"), self.supplier),
            (self.tr("Channel"), self.channel),
            (self.tr("Acceptance"), self.acceptance),
            (self.tr("Demand"), self.demand),
        ):
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.variants_box)
        self.connect_fields(True, "name", "trigger", "supplier", "channel", "acceptance")
        self.connect_fields(False, "demand")

    def fill(self, version: Version, item: InputItem) -> None:
        for name in ("name", "trigger", "supplier", "channel", "acceptance", "demand"):
            getattr(self, name).display(getattr(item, name))
        if [r.variant_id for r in self._rows] != [v.id for v in item.variants]:
            for row in self._rows:
                row.setParent(None)
                row.deleteLater()
            self._rows = [VariantRow(self, v.id) for v in item.variants]
            for index, row in enumerate(self._rows):
                self.variants_layout.insertWidget(index, row)
        for row, variant in zip(self._rows, item.variants, strict=True):
            row.display(version, variant)

    def add_variant(self) -> None:
        item = self.item()
        if item is not None:
            variant = InputVariant(new_id("variant"), self.tr("New variant"))
            self.change(False, "variants+", variants=(*item.variants, variant))

    def remove_variant(self, variant_id: str) -> None:
        item = self.item()
        if item is not None:
            kept = tuple(v for v in item.variants if v.id != variant_id)
            self.change(False, "variants-", variants=kept)

    def change_variant(self, variant_id: str, field: str, value: object) -> None:
        item = self.item()
        if item is None:
            return
        variants = tuple(
            dataclasses.replace(v, **{field: value}) if v.id == variant_id else v
            for v in item.variants
        )
        typing = field != "path_start"
        self.change(typing, f"variant.{variant_id}.{field}", variants=variants)


class OutputForm(ItemForm):
    def __init__(self, panel: DocumentPanel) -> None:
        super().__init__(panel, ChecklistElement.OUTPUTS)
        self.name = _named(TextField(self), "name")
        self.recipient = TextField(self)
        self.definition_of_done = MultiLineField(self, lines=2)
        self.time_standard = TextField(self)
        self.satisfies_customer = ChoiceField(labels.tri_state(), self)
        self.pushes_work_to_customer = ChoiceField(labels.tri_state(), self)
        self.judgement = MultiLineField(self, lines=2)
        self.recipient.setPlaceholderText(self.tr("the customer, or the next process"))
        self.time_standard.setPlaceholderText(self.tr("e.g. within 48 h"))
        form = form_layout()
        for label, widget in (
            (self.tr("Name"), self.name),
            (self.tr("Recipient"), self.recipient),
            (self.tr("Definition of done"), self.definition_of_done),
            (self.tr("Time standard"), self.time_standard),
            (self.tr("Satisfies the customer?"), self.satisfies_customer),
            (self.tr("Pushes work onto the customer?"), self.pushes_work_to_customer),
            (self.tr("Why"), self.judgement),
        ):
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addStretch(1)
        self.connect_fields(
            True, "name", "recipient", "definition_of_done", "time_standard", "judgement"
        )
        self.connect_fields(False, "satisfies_customer", "pushes_work_to_customer")

    def fill(self, version: Version, item: OutputItem) -> None:
        for name in (
            "name",
            "recipient",
            "definition_of_done",
            "time_standard",
            "satisfies_customer",
            "pushes_work_to_customer",
            "judgement",
        ):
            getattr(self, name).display(getattr(item, name))


class ActivityForm(ItemForm):
    def __init__(self, panel: DocumentPanel) -> None:
        super().__init__(panel, ChecklistElement.ACTIVITIES)
        self.name = _named(TextField(self), "name")
        self.standard = TextField(self)
        self.standard.setPlaceholderText(self.tr("a time limit, or the KPI below"))
        self.kpi = ChoiceField(parent=self)
        self.nodes = CheckListField(self)
        form = form_layout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Standard"), self.standard)
        form.addRow(self.tr("KPI"), self.kpi)
        form.addRow(self.tr("Steps"), self.nodes)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addStretch(1)
        self.connect_fields(True, "name", "standard")
        self.connect_fields(False, "kpi", "nodes")

    def fill(self, version: Version, item: ActivityItem) -> None:
        self.name.display(item.name)
        self.standard.display(item.standard)
        self.kpi.set_choices(
            [(self.tr("None"), None)] + [(k.name, k.id) for k in version.kpis.values()]
        )
        self.kpi.display(item.kpi)
        lanes = version.lanes_by_id()
        self.nodes.set_options(
            [
                (f"{lanes[n.lane].name}: {n.label or n.id}" if n.lane in lanes else n.id, n.id)
                for n in version.nodes.values()
                if n.kind in (NodeKind.TASK, NodeKind.DECISION, NodeKind.WAIT)
            ]
        )
        self.nodes.display(item.nodes)
