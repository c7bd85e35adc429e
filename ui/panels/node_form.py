"""The form for one step, or for several at once (bulk marking of value and waste).

With several steps selected only the fields they can share are shown: lane, value class,
waste kind and fail point; one change applies to all of them as one undo step.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.commands import ChangeNode
from ui.i18n import domain_translator
from ui.panels import labels
from ui.panels.forms import (
    MIXED,
    ChoiceField,
    FlagField,
    MultiLineField,
    TextField,
    form_layout,
    number_field,
)
from ui.panels.panel_commands import ChangeNodePart
from workbench.model import Duration, Node, TimeUnit, ValueClass, Version
from workbench.vocabulary import FAIL_POINT

if TYPE_CHECKING:
    from ui.panels.base import DocumentPanel


def shared(nodes: list[Node], read: Callable[[Node], Any]) -> Any:
    """The value all nodes have in common, or MIXED."""
    values = {read(node) for node in nodes}
    return values.pop() if len(values) == 1 else MIXED


class NodeForm(QWidget):
    def __init__(self, panel: DocumentPanel) -> None:
        super().__init__(panel)
        self._panel = panel
        self._node_ids: list[str] = []
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.label = TextField(self)
        self.lane = ChoiceField(parent=self)
        self.kind = ChoiceField(labels.node_kinds(), self)
        self.expected = number_field(parent=self)
        self.minimum = number_field(parent=self)
        self.maximum = number_field(parent=self)
        self.unit = ChoiceField(labels.time_units(), self)
        self.value_class = ChoiceField(labels.value_classes(), self)
        self.waste_kind = ChoiceField(labels.waste_kinds(), self)
        self.script = MultiLineField(self)
        self.rules = MultiLineField(self)
        self.it_system = TextField(self)
        self.fail_point = FlagField(self.tr("Likely to go wrong here"), self)
        self.notes = MultiLineField(self, lines=2)
        self.expected.setPlaceholderText(self.tr("most likely"))
        self.minimum.setPlaceholderText(self.tr("min"))
        self.maximum.setPlaceholderText(self.tr("max"))
        self.script.setPlaceholderText(self.tr("The words the agent is told to use (话术)"))
        self._layout()
        self._connect()

    def _layout(self) -> None:
        self.duration_row = QWidget(self)
        row = QHBoxLayout(self.duration_row)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.expected, self.minimum, self.maximum):
            widget.setMinimumWidth(48)
            row.addWidget(widget, 2)
        row.addWidget(self.unit, 3)
        self.form = form = form_layout()
        form.addRow(self.tr("Label"), self.label)
        form.addRow(self.tr("Lane"), self.lane)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Duration"), self.duration_row)
        form.addRow(self.tr("Value class"), self.value_class)
        form.addRow(self.tr("Waste kind"), self.waste_kind)
        form.addRow(self.tr("Script"), self.script)
        form.addRow(self.tr("Rules"), self.rules)
        form.addRow(self.tr("IT system"), self.it_system)
        form.addRow(domain_translator()(FAIL_POINT), self.fail_point)  # as the legend says
        form.addRow(self.tr("Notes"), self.notes)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.heading)
        outer.addLayout(form)
        outer.addStretch(1)

    def _connect(self) -> None:
        for name in ("label", "script", "rules", "it_system", "notes"):
            field = getattr(self, name)
            field.edited.connect(lambda value, name=name: self._change_text(name, value))
        self.lane.edited.connect(lambda lane: self._change_all(self.tr("Move to lane"), lane=lane))
        self.kind.edited.connect(lambda kind: self._change_all(self.tr("Change kind"), kind=kind))
        self.fail_point.edited.connect(
            lambda flag: self._change_all(self.tr("Mark fail point"), fail_point=flag)
        )
        self.value_class.edited.connect(self._change_value_class)
        self.waste_kind.edited.connect(
            lambda kind: self._change_all(self.tr("Mark waste kind"), waste_kind=kind)
        )
        self.expected.edited.connect(lambda value: self._change_duration("expected", value))
        self.minimum.edited.connect(lambda value: self._change_duration("minimum", value))
        self.maximum.edited.connect(lambda value: self._change_duration("maximum", value))
        self.unit.edited.connect(lambda unit: self._change_duration("unit", unit))

    # ------------------------------------------------------------------ load

    def load(self, version: Version, node_ids: list[str]) -> None:
        self._node_ids = node_ids
        nodes = [version.nodes[i] for i in node_ids]
        lanes = version.lanes_by_id()
        single = len(nodes) == 1
        for widget in (
            self.label,
            self.kind,
            self.duration_row,
            self.script,
            self.rules,
            self.it_system,
            self.notes,
        ):
            self.form.setRowVisible(widget, single)
        self.heading.setVisible(not single)
        self.heading.setText(self.tr("%n steps selected", "", len(nodes)))
        self.lane.set_choices([(lane.name, lane.id) for lane in version.lanes])
        self.lane.display(shared(nodes, lambda n: n.lane))
        self.kind.display(shared(nodes, lambda n: n.kind))
        self.fail_point.display(all(n.fail_point for n in nodes))
        self._load_value(nodes, [lanes[n.lane].is_customer for n in nodes if n.lane in lanes])
        if single:
            self._load_single(nodes[0])

    def _load_value(self, nodes: list[Node], in_customer_lane: list[bool]) -> None:
        customer = any(in_customer_lane)
        value = shared(nodes, lambda n: n.value_class)
        self.value_class.setEnabled(customer)
        self.value_class.setToolTip(
            "" if customer else self.tr("Value and waste are judged for customer-lane steps")
        )
        self.value_class.display(value)
        self.waste_kind.setEnabled(customer and value is ValueClass.WASTE)
        self.waste_kind.display(shared(nodes, lambda n: n.waste_kind))

    def _load_single(self, node: Node) -> None:
        self.label.display(node.label)
        for name in ("script", "rules", "it_system", "notes"):
            getattr(self, name).display(getattr(node, name))
        duration = node.duration
        self.expected.display(duration.expected if duration else None)
        self.minimum.display(duration.minimum if duration else None)
        self.maximum.display(duration.maximum if duration else None)
        if duration is not None:
            self.unit.display(duration.unit)

    # ------------------------------------------------------------------ edits

    def _nodes(self) -> list[Node]:
        version = self._panel.version()
        if version is None:
            return []
        return [version.nodes[i] for i in self._node_ids if i in version.nodes]

    def _change_text(self, name: str, value: str) -> None:
        nodes = self._nodes()
        if len(nodes) == 1:
            self._panel.apply(self._command(nodes[0], name, True, **{name: value}))

    def _command(self, node: Node, part: str, typing: bool, **changes: Any) -> ChangeNode:
        doc, version_id = self._panel.document, self._panel.version_id or ""
        return ChangeNodePart(doc, version_id, node.id, part, typing, **changes)

    def _change_all(self, text: str, **changes: Any) -> None:
        commands = [
            self._command(node, ",".join(changes), False, **changes)
            for node in self._nodes()
            if any(getattr(node, name) != value for name, value in changes.items())
        ]
        self._apply_named(text, commands)

    def _apply_named(self, text: str, commands: list[ChangeNode]) -> None:
        """Bulk edits say what they did ("Mark value class"), even for one step."""
        for command in commands:
            command.setText(text)
        self._panel.apply_all(text, commands)

    def _change_value_class(self, value: ValueClass | None) -> None:
        version = self._panel.version()
        if version is None:
            return
        lanes = version.lanes_by_id()
        nodes = [n for n in self._nodes() if n.lane in lanes and lanes[n.lane].is_customer]
        changes: dict[str, Any] = {"value_class": value}
        if value is not ValueClass.WASTE:
            changes["waste_kind"] = None
        commands = [
            self._command(node, "value_class", False, **changes)
            for node in nodes
            if (node.value_class, node.waste_kind)
            != (value, changes.get("waste_kind", node.waste_kind))
        ]
        self._apply_named(self.tr("Mark value class"), commands)

    def _change_duration(self, part: str, value: Any) -> None:
        nodes = self._nodes()
        if len(nodes) != 1:
            return
        node = nodes[0]
        unit = self.unit.value() or TimeUnit.MINUTES
        duration = node.duration
        if part == "expected":
            if value is None:
                new = None
            elif duration is None:
                new = Duration(value, unit=unit)
            else:
                new = dataclasses.replace(duration, expected=value)
        elif duration is None:
            if part != "unit":
                self._panel.error.show_error(self.tr("Enter the most likely duration first."))
            return
        else:
            new = dataclasses.replace(duration, **{part: value})
        typing = part != "unit"
        self._panel.apply(self._command(node, f"duration.{part}", typing, duration=new))
