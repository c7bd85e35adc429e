"""The forms for a flow and for a lane: small, so they share a module."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.commands import ChangeFlow, ChangeLane
from ui.panels import labels
from ui.panels.forms import ChoiceField, MultiLineField, TextField, form_layout, number_field
from workbench.model import NodeKind, Version
from workbench.topology import is_interaction

if TYPE_CHECKING:
    from ui.panels.base import DocumentPanel


def flow_title(version: Version, flow_id: str) -> str:
    """ "Customer → CSR: label", the way users name a touchpoint."""
    flow = version.flows[flow_id]
    lanes = version.lanes_by_id()
    source, target = version.nodes.get(flow.source), version.nodes.get(flow.target)
    if source is None or target is None:
        return flow.label or flow_id
    route = f"{lanes[source.lane].name} → {lanes[target.lane].name}"
    if source.lane == target.lane:
        route = lanes[source.lane].name
    what = flow.label or target.label or source.label
    return f"{route}: {what}" if what else route


class FlowForm(QWidget):
    def __init__(self, panel: DocumentPanel) -> None:
        super().__init__(panel)
        self._panel = panel
        self._flow_id = ""
        self.route = QLabel(self)
        self.route.setWordWrap(True)
        self.label = TextField(self)
        self.label.setPlaceholderText(self.tr('condition, e.g. "slot free"'))
        self.probability = number_field(scale=100, parent=self)
        self.probability.setPlaceholderText(self.tr("only out of a decision"))
        probability_row = QWidget(self)
        row = QHBoxLayout(probability_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.probability, 1)
        row.addWidget(QLabel("%", self))
        form = form_layout()
        form.addRow(self.tr("Label"), self.label)
        form.addRow(self.tr("Probability"), probability_row)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.route)
        outer.addLayout(form)
        outer.addStretch(1)
        self.label.edited.connect(lambda text: self._change(True, label=text))
        self.probability.edited.connect(lambda p: self._change(True, probability=p))

    def load(self, version: Version, flow_id: str) -> None:
        self._flow_id = flow_id
        flow = version.flows[flow_id]
        source = version.nodes.get(flow.source)
        kind = (
            self.tr("Interaction (crosses the line of interaction)")
            if is_interaction(version, flow)
            else self.tr("Flow")
        )
        self.route.setText(f"<b>{kind}</b><br>{flow_title(version, flow_id)}")
        self.label.display(flow.label)
        from_decision = source is not None and source.kind is NodeKind.DECISION
        self.probability.setEnabled(from_decision)
        self.probability.display(flow.probability)

    def _change(self, typing: bool, **changes: Any) -> None:
        self._panel.apply(
            ChangeFlow(
                self._panel.document, self._panel.version_id or "", self._flow_id, typing, **changes
            )
        )


class LaneForm(QWidget):
    def __init__(self, panel: DocumentPanel) -> None:
        super().__init__(panel)
        self._panel = panel
        self._lane_id = ""
        self.name = TextField(self)
        self.kind = ChoiceField(labels.lane_kinds(), self)
        self.description = MultiLineField(self)
        form = form_layout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Description"), self.description)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(form)
        outer.addStretch(1)
        self.name.edited.connect(lambda text: self._change(True, name=text))
        self.kind.edited.connect(lambda kind: self._change(False, kind=kind))
        self.description.edited.connect(lambda text: self._change(True, description=text))

    def load(self, version: Version, lane_id: str) -> None:
        self._lane_id = lane_id
        lane = version.lane(lane_id)
        self.name.display(lane.name)
        self.kind.display(lane.kind)
        self.description.display(lane.description)

    def _change(self, typing: bool, **changes: Any) -> None:
        self._panel.apply(
            ChangeLane(
                self._panel.document, self._panel.version_id or "", self._lane_id, typing, **changes
            )
        )
