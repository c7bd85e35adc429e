"""File ▸ Save as Template…: put the current design into the personal or a team's folder.

The user names the template, describes and tags it so colleagues can find it in the
gallery, and chooses whether to share the whole document (as-is and to-be) or only the
version on screen. The library never replaces a file: if the name is taken, both are kept
and the dialog says which name this template got. A bad name or an unwritable folder is
explained in the dialog, which stays open so the user can fix it.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import error_text
from ui.library_preferences import LibraryFolder, library_folders
from ui.panels.forms import format_tags, parse_tags
from ui.settings import EditorSettings
from workbench.document import Document
from workbench.storage import FILE_SUFFIX, SaveError
from workbench.templates import TemplateError, save_as_template


def template_name(path: Path, language: str) -> str:
    """`complaints (2).zh-CN.pwb` → `complaints (2)`: the name the gallery will show."""
    stem = path.name[: -len(FILE_SUFFIX)] if path.name.endswith(FILE_SUFFIX) else path.name
    suffix = f".{language}"
    return stem[: -len(suffix)] if language and stem.endswith(suffix) else stem


class SaveTemplateDialog(QDialog):
    saved = Signal(object)  # the Path written

    def __init__(
        self,
        document: Document,
        version_id: str | None,
        settings: EditorSettings,
        suggested_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document, self.version_id, self.settings = document, version_id, settings
        self.saved_path: Path | None = None
        self.setWindowTitle(self.tr("Save as Template"))
        self.setMinimumWidth(560)
        meta = document.metadata
        self.name_edit = QLineEdit(suggested_name or meta.title)
        self.description_edit = QPlainTextEdit(meta.description)
        self.description_edit.setFixedHeight(90)
        self.tags_edit = QLineEdit(format_tags(meta.tags))
        self.tags_edit.setPlaceholderText(self.tr("complaints, telecom, flattening"))
        self.folder_box = QComboBox()
        for folder in library_folders(settings):
            self.folder_box.addItem(f"{folder.label} — {folder.path}", folder)
        self.whole = QRadioButton(
            self.tr("The whole document ({0} versions)").format(len(document.versions))
        )
        version_name = document.version(version_id).name if version_id else ""
        self.only_version = QRadioButton(self.tr("Only the version “{0}”").format(version_name))
        self.only_version.setEnabled(bool(version_id))
        self.whole.setChecked(True)
        scope = QButtonGroup(self)
        scope.addButton(self.whole)
        scope.addButton(self.only_version)
        scope_box = QVBoxLayout()
        scope_box.addWidget(self.whole)
        scope_box.addWidget(self.only_version)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Description:"), self.description_edit)
        form.addRow(self.tr("Tags:"), self.tags_edit)
        form.addRow(self.tr("Save into:"), self.folder_box)
        form.addRow(self.tr("Contents:"), scope_box)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def choose_folder(self, path: str | Path) -> bool:
        for index in range(self.folder_box.count()):
            if self.folder_box.itemData(index).path == Path(path):
                self.folder_box.setCurrentIndex(index)
                return True
        return False

    def save(self) -> Path | None:
        """Write the template; on success the dialog says where and under which name."""
        folder: LibraryFolder = self.folder_box.currentData()
        name = self.name_edit.text().strip()
        metadata = dataclasses.replace(
            self.document.metadata,
            title=name,
            description=self.description_edit.toPlainText().strip(),
            tags=parse_tags(self.tags_edit.text()),
        )
        template = Document(metadata, self.document.segments, self.document.versions)
        version_id = self.version_id if self.only_version.isChecked() else None
        try:
            if folder.personal:
                folder.path.mkdir(parents=True, exist_ok=True)
            path = save_as_template(template, folder.path, name, version_id=version_id)
        except TemplateError as error:
            self._show(self.tr("This name cannot be used: {0}").format(error_text(error)),
                       error=True)
            self.name_edit.setFocus()
            return None
        except (SaveError, OSError) as error:
            self._show(self.tr("The template was not saved. {0}").format(error_text(error)),
                       error=True)
            return None
        self.saved_path = path
        used = template_name(path, metadata.language)
        if used == name:
            text = self.tr("Saved as “{0}” in {1}.").format(used, folder.label)
        else:
            text = self.tr(
                "A template named “{0}” is already in {1}, so this one was saved as “{2}”; "
                "both are kept."
            ).format(name, folder.label, used)
        self._show(text, error=False)
        self.save_button.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self.saved.emit(path)
        return path

    def _show(self, text: str, *, error: bool) -> None:
        colour = "#b3261e" if error else "#1e6b35"
        self.message.setStyleSheet(f"QLabel {{ color: {colour}; }}")
        self.message.setText(text)
        self.message.show()
