"""The form for every field of one KPI, below the KPI table.

Targets may differ by customer segment (tier): one target per segment of the document, so
a 5-star customer's resolution limit can be 8 h while a 1-star customer's is 96 h.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from ui.panels import labels
from ui.panels.element_forms import flow_title
from ui.panels.forms import (
    ChoiceField,
    MultiLineField,
    ParsedField,
    TextField,
    form_layout,
    format_optional_number,
    number_field,
    parse_optional_int,
)
from ui.panels.kpi_results import KpiResultsBox
from ui.panels.panel_commands import ChangeKpiPart
from workbench.model import Attachment, AttachmentKind, Kpi, MethodKind, Version
from workbench.topology import is_interaction

if TYPE_CHECKING:
    from ui.panels.base import DocumentPanel

_TEXT_FIELDS = (
    "name", "formula", "unit", "target_rationale", "data_source", "frequency", "owner",
)
_NUMBER_FIELDS = ("target", "baseline", "measured")


def attachment_choices(version: Version) -> list[tuple[str, Attachment]]:
    """Where a KPI can be bound: the process, each interaction, each step."""
    choices = [
        (
            QCoreApplication.translate("KpiEditor", "The whole process"),
            Attachment(AttachmentKind.PROCESS),
        )
    ]
    for flow in version.flows.values():
        if is_interaction(version, flow):
            label = flow_title(version, flow.id)
            choices.append((label, Attachment(AttachmentKind.INTERACTION, flow.id)))
    for node in version.nodes.values():
        lane = version.lanes_by_id().get(node.lane)
        label = f"{lane.name if lane else '?'}: {node.label or node.id}"
        choices.append((label, Attachment(AttachmentKind.NODE, node.id)))
    return choices


class KpiEditor(QWidget):
    def __init__(self, panel: DocumentPanel) -> None:
        super().__init__(panel)
        self._panel = panel
        self._kpi_id: str | None = None
        self._segment_fields: dict[str, ParsedField] = {}
        for name in _TEXT_FIELDS:
            setattr(self, name, TextField(self))
        for name in _NUMBER_FIELDS:
            setattr(self, name, number_field(parent=self))
        self.definition = MultiLineField(self, lines=2)
        self.direction = ChoiceField(labels.directions(), self)
        self.category = ChoiceField(labels.kpi_categories(), self)
        self.attached_to = ChoiceField(parent=self)
        self.method_kind = ChoiceField(labels.method_kinds(), self)
        self.sample_size = ParsedField(parse_optional_int, format_optional_number, self)
        self.confidence = number_field(scale=100, parent=self)
        self.method_notes = TextField(self)
        self.unit.setPlaceholderText(self.tr("%, s, h, score…"))
        self.confidence.setPlaceholderText(self.tr("e.g. 95 (%)"))
        self.segments_box = QGroupBox(self.tr("Target per customer segment"), self)
        self.segments_form = form_layout()
        self.segments_box.setLayout(self.segments_form)
        self.results_box = KpiResultsBox(panel)
        self._layout()
        self._connect()

    def _layout(self) -> None:
        form = form_layout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Attached to"), self.attached_to)
        form.addRow(self.tr("Definition"), self.definition)
        form.addRow(self.tr("Formula"), self.formula)
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow(self.tr("Direction"), self.direction)
        form.addRow(self.tr("Target"), self.target)
        form.addRow(self.tr("Target rationale"), self.target_rationale)
        form.addRow(self.tr("Baseline"), self.baseline)
        form.addRow(self.tr("Measured"), self.measured)
        form.addRow(self.tr("Data source"), self.data_source)
        form.addRow(self.tr("Method"), self.method_kind)
        form.addRow(self.tr("Sample size"), self.sample_size)
        form.addRow(self.tr("Confidence"), self.confidence)
        form.addRow(self.tr("Method notes"), self.method_notes)
        form.addRow(self.tr("Frequency"), self.frequency)
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.tr("Category"), self.category)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(form)
        outer.addWidget(self.segments_box)
        outer.addWidget(self.results_box)
        outer.addStretch(1)

    def _connect(self) -> None:
        for name in (*_TEXT_FIELDS, *_NUMBER_FIELDS, "definition"):
            getattr(self, name).edited.connect(
                lambda value, name=name: self._change(True, **{name: value})
            )
        for name in ("direction", "category", "attached_to"):
            getattr(self, name).edited.connect(
                lambda value, name=name: self._change(False, **{name: value})
            )
        self.method_kind.edited.connect(lambda kind: self._change_method(False, kind=kind))
        self.sample_size.edited.connect(lambda n: self._change_method(True, sample_size=n))
        self.confidence.edited.connect(lambda c: self._change_method(True, confidence=c))
        self.method_notes.edited.connect(lambda text: self._change_method(True, notes=text))

    # ------------------------------------------------------------------ load

    def load(self, version: Version, kpi: Kpi | None) -> None:
        self._kpi_id = kpi.id if kpi else None
        self.setEnabled(kpi is not None)
        self.results_box.load(version, kpi)
        if kpi is None:
            return
        self.attached_to.set_choices(attachment_choices(version))
        for name in (
            *_TEXT_FIELDS,
            *_NUMBER_FIELDS,
            "definition",
            "direction",
            "category",
            "attached_to",
        ):
            getattr(self, name).display(getattr(kpi, name))
        self.method_kind.display(kpi.method.kind)
        self.sample_size.display(kpi.method.sample_size)
        self.confidence.display(kpi.method.confidence)
        self.method_notes.display(kpi.method.notes)
        sampled = kpi.method.kind is not MethodKind.SYSTEM
        self.sample_size.setEnabled(sampled)
        self.confidence.setEnabled(sampled)
        self._load_segments(dict(kpi.segment_targets))

    def _load_segments(self, targets: dict[str, float]) -> None:
        segments = self._panel.document.segments
        self.segments_box.setVisible(bool(segments))
        if [s.id for s in segments] != list(self._segment_fields):
            while self.segments_form.rowCount():
                self.segments_form.removeRow(0)
            self._segment_fields = {}
            for segment in segments:
                field = number_field(parent=self)
                field.setPlaceholderText(self.tr("same as the target"))
                field.edited.connect(lambda v, sid=segment.id: self._change_segment(sid, v))
                label = QLabel(segment.name, self)
                label.setToolTip(segment.description)
                self.segments_form.addRow(label, field)
                self._segment_fields[segment.id] = field
        for segment_id, field in self._segment_fields.items():
            field.display(targets.get(segment_id))

    # ------------------------------------------------------------------ edits

    def _kpi(self) -> Kpi | None:
        version = self._panel.version()
        if version is None or self._kpi_id is None:
            return None
        return version.kpis.get(self._kpi_id)

    def _change(self, typing: bool, part: str = "", **changes: Any) -> None:
        if self._kpi_id is None:
            return
        panel = self._panel
        part = part or ",".join(changes)
        panel.apply(
            ChangeKpiPart(
                panel.document, panel.version_id or "", self._kpi_id, part, typing, **changes
            )
        )

    def _change_method(self, typing: bool, **changes: Any) -> None:
        kpi = self._kpi()
        if kpi is not None:
            part = "method." + ",".join(changes)
            self._change(typing, part, method=dataclasses.replace(kpi.method, **changes))

    def _change_segment(self, segment_id: str, value: float | None) -> None:
        kpi = self._kpi()
        if kpi is None:
            return
        targets = dict(kpi.segment_targets)
        if value is None:
            targets.pop(segment_id, None)
        else:
            targets[segment_id] = value
        order = [s.id for s in self._panel.document.segments]
        ordered = tuple((sid, targets[sid]) for sid in order if sid in targets)
        self._change(True, f"segment.{segment_id}", segment_targets=ordered)
