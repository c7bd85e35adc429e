"""The KPIs of the current version: a table, an editor for the chosen KPI, and the
interactions that still have no KPI (the gaps a reviewer looks for first).

"Add KPI" binds the new KPI to what is selected on the canvas when that is an interaction
or a step, else to the whole process; the catalogue's presets fill in name, definition,
formula, unit and direction.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.commands import AddKpi, Remove
from ui.i18n import translated_preset
from ui.panels import labels
from ui.panels.base import DocumentPanel
from ui.panels.element_forms import flow_title
from ui.panels.forms import format_optional_number
from ui.panels.kpi_editor import KpiEditor
from ui.panels.row_models import ROW_ROLE, LazyRowsModel
from ui.panels.scrolling import scrolling_form
from workbench.document import Document
from workbench.ids import new_id
from workbench.kpi_catalogue import CATALOGUE, KpiPreset
from workbench.model import Attachment, AttachmentKind, Kpi, Version
from workbench.topology import interactions, is_interaction


def attachment_text(version: Version, attachment: Attachment) -> str:
    """How users name where a KPI is bound: "Customer → CSR: Calls hotline", a step, the process."""
    if attachment.kind is AttachmentKind.INTERACTION and attachment.ref in version.flows:
        return flow_title(version, attachment.ref)
    if attachment.kind is AttachmentKind.NODE and attachment.ref in version.nodes:
        node = version.nodes[attachment.ref]
        return node.label or node.id
    return QCoreApplication.translate("KpiPanel", "The whole process")


def _flow_texts(version: Version, flow_id: str) -> tuple[str]:
    return (flow_title(version, flow_id),)


class KpiPanel(DocumentPanel):
    element_activated = Signal(str, str)  # version id, element id

    COLUMNS = (
        "Name",
        "Attached to",
        "Unit",
        "Direction",
        "Target",
        "Baseline",
        "Measured",
        "Data source",
        "Method",
    )

    def __init__(
        self, document: Document, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(document, undo_stack, parent)
        self.setObjectName("KpiPanel")
        self.setWindowTitle(self.tr("KPIs"))
        self._selection: list[str] = []
        self._kpi_rows: dict[str, int] = {}
        self.table = self._make_table()
        self.editor = KpiEditor(self)
        self.uncovered_model = LazyRowsModel([""], _flow_texts, (0,), self)
        self.uncovered = QListView(self)
        self.uncovered.setModel(self.uncovered_model)
        self.uncovered.setUniformItemSizes(True)
        self.uncovered.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.uncovered.doubleClicked.connect(self._activate_uncovered)
        self.uncovered.setMaximumHeight(64)
        self.uncovered_label = QLabel(self)
        self.uncovered.setToolTip(self.tr("Double-click an interaction to show it on the canvas"))
        self._build_layout()
        self.refresh()

    def _make_table(self) -> QTableView:
        self.model: LazyRowsModel[str] = LazyRowsModel(
            [self.tr(c) for c in self.COLUMNS], self._cells, parent=self
        )
        table = QTableView(self)
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setResizeContentsPrecision(0)  # fit the rows on screen only
        table.horizontalHeader().setStretchLastSection(True)
        table.selectionModel().selectionChanged.connect(lambda *_: self._load_editor())
        table.setMinimumHeight(table.verticalHeader().defaultSectionSize() * 3 + 30)
        return table

    def _build_layout(self) -> None:
        self.add_button = QToolButton(self)
        self.add_button.setText(self.tr("Add KPI"))
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.add_button.clicked.connect(lambda: self.add_kpi(None))
        self.presets_menu = QMenu(self)
        for preset in map(translated_preset, CATALOGUE):
            action = self.presets_menu.addAction(preset.name)
            action.setToolTip(f"{preset.definition}\n{preset.where}")
            action.triggered.connect(lambda _=False, p=preset: self.add_kpi(p))
        self.presets_menu.setToolTipsVisible(True)
        self.add_button.setMenu(self.presets_menu)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self.remove_kpi)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(buttons)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.uncovered_label)
        top_layout.addWidget(self.uncovered)
        # The table above the editor in a tall column, beside it in a wide strip.
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(top)
        splitter.addWidget(scrolling_form(self.editor, self))
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        self._split: Qt.Orientation | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.error)
        layout.addWidget(splitter, 1)

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().resizeEvent(event)
        wide = self.width() > 1.6 * self.height()
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self._split != orientation:  # first shown, or turned: the table gets a little more
            self._split = orientation
            self.splitter.setOrientation(orientation)
            self.splitter.setSizes([4_000, 3_000])

    # ------------------------------------------------------------------ public

    def set_selection(self, element_ids: list[str]) -> None:
        """Remember the canvas selection: "Add KPI" binds to it."""
        self._selection = list(element_ids)

    def current_kpi_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.entry(rows[0].row())

    def select_kpi(self, kpi_id: str) -> None:
        if kpi_id in self._kpi_rows:
            self.table.selectRow(self._kpi_rows[kpi_id])

    # ------------------------------------------------------------------ edits

    def add_kpi(self, preset: KpiPreset | None) -> None:
        version = self.version()
        if version is None:
            return
        attachment = self._attachment_for_selection(version)
        kpi_id = new_id("kpi")
        if preset is None:
            kpi = Kpi(id=kpi_id, name=self.tr("New KPI"), attached_to=attachment)
        else:
            kpi = preset.kpi(kpi_id, attachment)
        if self.apply(AddKpi(self.document, version.id, kpi)):
            self.select_kpi(kpi_id)
            self.editor.name.setFocus()
            self.editor.name.selectAll()

    def _attachment_for_selection(self, version: Version) -> Attachment:
        if len(self._selection) == 1:
            element_id = self._selection[0]
            flow = version.flows.get(element_id)
            if flow is not None and is_interaction(version, flow):
                return Attachment(AttachmentKind.INTERACTION, element_id)
            if element_id in version.nodes:
                return Attachment(AttachmentKind.NODE, element_id)
        return Attachment(AttachmentKind.PROCESS)

    def remove_kpi(self) -> None:
        kpi_id = self.current_kpi_id()
        if kpi_id is not None and self.version_id is not None:
            self.apply(Remove(self.document, self.version_id, [kpi_id]))

    # ------------------------------------------------------------------ view

    def refresh(self) -> None:
        version = self.version()
        self.add_button.setEnabled(version is not None)
        selected = self.current_kpi_id()
        with QSignalBlocker(self.table.selectionModel()):
            kpi_ids = list(version.kpis) if version is not None else []
            self._kpi_rows = {kpi_id: row for row, kpi_id in enumerate(kpi_ids)}
            self.model.set_rows(version, kpi_ids)
            self.table.clearSelection()
            if selected is not None:
                self.select_kpi(selected)
        self.remove_button.setEnabled(self.current_kpi_id() is not None)
        self._fill_uncovered(version)
        self._load_editor()

    def _cells(self, version: Version, kpi_id: str) -> tuple[str, ...]:
        """The texts of one KPI's row, made when the table first draws it."""
        kpi = version.kpis[kpi_id]
        method = labels.label_of(labels.method_kinds(), kpi.method.kind)
        if kpi.method.sample_size:
            method += f" (n={kpi.method.sample_size})"
        target = format_optional_number(kpi.target)
        if kpi.segment_targets:
            target = (target + " " if target else "") + self.tr("+ per segment")
        cells = (
            kpi.name,
            attachment_text(version, kpi.attached_to),
            kpi.unit,
            labels.direction_arrow(kpi.direction),
            target,
            format_optional_number(kpi.baseline),
            format_optional_number(kpi.measured),
            kpi.data_source,
            method,
        )
        return cells

    def _fill_uncovered(self, version: Version | None) -> None:
        if version is None:
            self.uncovered_model.set_rows(None, [])
            self.uncovered_label.setText("")
            return
        covered = {
            k.attached_to.ref
            for k in version.kpis.values()
            if k.attached_to.kind is AttachmentKind.INTERACTION
        }
        missing = [f.id for f in interactions(version) if f.id not in covered]
        self.uncovered_model.set_rows(version, missing)
        self.uncovered_label.setText(self.tr("Interactions without a KPI: %n", "", len(missing)))
        self.uncovered.setVisible(bool(missing))  # an empty list would only take the table's room

    def _load_editor(self) -> None:
        version = self.version()
        kpi_id = self.current_kpi_id()
        self.remove_button.setEnabled(kpi_id is not None)
        kpi = version.kpis.get(kpi_id) if version is not None and kpi_id else None
        if version is None:
            self.editor.setEnabled(False)
        else:
            self.editor.load(version, kpi)

    def _activate_uncovered(self, index: QModelIndex) -> None:
        if self.version_id is not None and index.isValid():
            self.element_activated.emit(self.version_id, index.data(ROW_ROLE))
