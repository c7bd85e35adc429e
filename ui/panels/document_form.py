"""What the properties panel shows with nothing selected: the version and the document."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from ui.commands import ChangeGoal, ChangeMetadata, SetCurrentVersion
from ui.panels import labels
from ui.panels.forms import (
    ChoiceField,
    MultiLineField,
    ParsedField,
    TextField,
    form_layout,
    format_tags,
    parse_iso_date,
    parse_months,
    parse_tags,
)
from ui.panels.panel_commands import TypeVersionField
from workbench.document import Document
from workbench.model import Version

if TYPE_CHECKING:
    from ui.panels.base import DocumentPanel

# Metadata fields edited as typed text, each typing run one undo step.
_TYPED_FIELDS = (
    "title", "owner", "team", "version_label", "approved_by", "approved_on", "last_review",
    "review_interval_months", "next_review", "tags", "language",
)


class DocumentForm(QWidget):
    def __init__(self, panel: DocumentPanel) -> None:
        super().__init__(panel)
        self._panel = panel
        self.version_name = TextField(self)
        self.version_description = MultiLineField(self)
        self.goal = MultiLineField(self)
        self.goal.setPlaceholderText(self.tr("What the customer gets, in the customer's terms"))
        self.title = TextField(self)
        self.owner = TextField(self)
        self.team = TextField(self)
        self.classification = ChoiceField(labels.classifications(), self)
        self.status = ChoiceField(labels.statuses(), self)
        self.version_label = TextField(self)
        self.version_label.setPlaceholderText(self.tr("e.g. 2.1"))
        self.current_version = ChoiceField((), self)
        self.current_version.setToolTip(
            self.tr("The version the register, the readiness rules and the audit pack judge"))
        self.approved_by = TextField(self)
        self.approved_on = ParsedField(parse_iso_date, str, self)
        self.last_review = ParsedField(parse_iso_date, str, self)
        self.next_review = ParsedField(parse_iso_date, str, self)
        self.review_interval_months = ParsedField(parse_months, str, self)
        self.review_interval_months.setPlaceholderText(self.tr("e.g. 12"))
        for field in (self.approved_on, self.last_review, self.next_review):
            field.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.tags = ParsedField(parse_tags, format_tags, self)
        self.tags.setPlaceholderText(self.tr("comma separated"))
        self.language = TextField(self)
        self.language.setPlaceholderText(self.tr("e.g. en, zh-CN"))
        self._layout()
        self._connect()

    def _layout(self) -> None:
        version_box = QGroupBox(self.tr("Version"), self)
        form = form_layout()
        form.addRow(self.tr("Name"), self.version_name)
        form.addRow(self.tr("Description"), self.version_description)
        form.addRow(self.tr("Goal"), self.goal)
        version_box.setLayout(form)
        document_box = QGroupBox(self.tr("Document"), self)
        form = form_layout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.tr("Team"), self.team)
        form.addRow(self.tr("Classification"), self.classification)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Version number"), self.version_label)
        form.addRow(self.tr("In operation"), self.current_version)
        form.addRow(self.tr("Approved by"), self.approved_by)
        form.addRow(self.tr("Approved on"), self.approved_on)
        form.addRow(self.tr("Last review"), self.last_review)
        form.addRow(self.tr("Review every (months)"), self.review_interval_months)
        form.addRow(self.tr("Next review"), self.next_review)
        form.addRow(self.tr("Tags"), self.tags)
        form.addRow(self.tr("Language"), self.language)
        document_box.setLayout(form)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(version_box)
        outer.addWidget(document_box)
        outer.addStretch(1)

    def _connect(self) -> None:
        self.version_name.edited.connect(lambda text: self._change_version(name=text))
        self.version_description.edited.connect(lambda text: self._change_version(description=text))
        self.goal.edited.connect(self._change_goal)
        for name in _TYPED_FIELDS:
            field = getattr(self, name)
            field.edited.connect(lambda value, name=name: self._change_metadata(True, name, value))
        for name in ("classification", "status"):
            field = getattr(self, name)
            field.edited.connect(lambda value, name=name: self._change_metadata(False, name, value))
        self.current_version.edited.connect(self._choose_current_version)

    def load(self, document: Document, version: Version | None) -> None:
        for widget in (self.version_name, self.version_description, self.goal):
            widget.setEnabled(version is not None)
        if version is not None:
            self.version_name.display(version.name)
            self.version_description.display(version.description)
            self.goal.display(version.checklist.goal.statement)
        meta = document.metadata
        for name in (*_TYPED_FIELDS, "classification", "status"):
            getattr(self, name).display(getattr(meta, name))
        self._load_current_version(document)

    def _load_current_version(self, document: Document) -> None:
        versions = document.versions
        last = self.tr("The last one ({0})").format(versions[-1].name) if versions else ""
        self.current_version.set_choices([(last, ""), *((v.name, v.id) for v in versions)])
        chosen = document.metadata.current_version
        self.current_version.display(chosen if any(v.id == chosen for v in versions) else "")
        self.current_version.setEnabled(bool(versions))

    def _change_version(self, **changes: Any) -> None:
        panel = self._panel
        panel.apply(TypeVersionField(panel.document, panel.version_id or "", True, **changes))

    def _change_goal(self, statement: str) -> None:
        panel = self._panel
        panel.apply(ChangeGoal(panel.document, panel.version_id or "", True, statement=statement))

    def _choose_current_version(self, version_id: str) -> None:
        panel = self._panel
        panel.apply(SetCurrentVersion(panel.document, version_id))

    def _change_metadata(self, typing: bool, name: str, value: Any) -> None:
        panel = self._panel
        panel.apply(ChangeMetadata(panel.document, typing, **{name: value}))
