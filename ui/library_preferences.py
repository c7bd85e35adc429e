"""Where the template library lives: the user's personal folder and the teams' shared folders.

The folders are kept in the editor's settings, so the gallery, "Save as Template" and the
import all offer the same places. A team folder is usually a network share or a git
checkout that colleagues also point their settings at; that is how templates are shared.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.settings import EditorSettings


@dataclass(frozen=True)
class LibraryFolder:
    """A folder templates can be read from and saved into, with the name users see."""

    path: Path
    label: str
    personal: bool = False


def default_personal_folder() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or Path.home() / ".process-workbench") / "templates"


def personal_folder(settings: EditorSettings) -> Path:
    chosen = settings.personal_template_folder()
    return Path(chosen) if chosen else default_personal_folder()


def library_folders(settings: EditorSettings) -> list[LibraryFolder]:
    """Personal folder first, then the team folders in the order the user added them."""
    personal = LibraryFolder(
        personal_folder(settings), QCoreApplication.translate("LibraryFolders", "Personal"), True
    )
    teams = [LibraryFolder(Path(p), folder_label(p)) for p in settings.team_template_folders()]
    return [personal, *teams]


def folder_label(path: str | Path) -> str:
    path = Path(path)
    return path.name or str(path)


def readable_folders(settings: EditorSettings) -> list[Path]:
    """The folders to scan. A personal folder nobody has saved into yet is not an error;
    a team folder that is missing (a share offline) is, so the gallery can say so."""
    folders = library_folders(settings)
    return [f.path for f in folders if not f.personal or f.path.is_dir()]


class LibraryFoldersDialog(QDialog):
    """File ▸ Template Folders…: choose the personal folder, add and remove team folders."""

    def __init__(self, settings: EditorSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Template Folders"))
        self.setMinimumWidth(560)
        self.personal_edit = QLineEdit(str(personal_folder(settings)))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse_personal)
        personal_row = QHBoxLayout()
        personal_row.addWidget(self.personal_edit, 1)
        personal_row.addWidget(browse)
        self.team_list = QListWidget()
        self.team_list.addItems(settings.team_template_folders())
        self.add_button = QPushButton(self.tr("Add Team Folder…"))
        self.add_button.clicked.connect(self._add_team)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self._remove_team)
        self.team_list.currentRowChanged.connect(
            lambda row: self.remove_button.setEnabled(row >= 0)
        )
        self.remove_button.setEnabled(False)
        team_buttons = QVBoxLayout()
        team_buttons.addWidget(self.add_button)
        team_buttons.addWidget(self.remove_button)
        team_buttons.addStretch(1)
        team_row = QHBoxLayout()
        team_row.addWidget(self.team_list, 1)
        team_row.addLayout(team_buttons)
        hint = QLabel(
            self.tr(
                "A team folder is a folder your colleagues share, such as a network drive "
                "or a git checkout. Everyone who adds it sees the same templates."
            )
        )
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Personal folder:"), personal_row)
        form.addRow(self.tr("Team folders:"), team_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def team_folders(self) -> list[str]:
        return [self.team_list.item(row).text() for row in range(self.team_list.count())]

    def accept(self) -> None:
        personal = self.personal_edit.text().strip()
        default = str(default_personal_folder())
        self.settings.set_personal_template_folder("" if personal == default else personal)
        self.settings.set_team_template_folders(self.team_folders())
        super().accept()

    def _browse_personal(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Personal template folder"), self.personal_edit.text()
        )
        if folder:
            self.personal_edit.setText(folder)

    def _add_team(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Add a team's template folder"), self.settings.last_folder()
        )
        if folder and folder not in self.team_folders():
            self.team_list.addItem(folder)
            self.team_list.setCurrentRow(self.team_list.count() - 1)

    def _remove_team(self) -> None:
        row = self.team_list.currentRow()
        if row >= 0:
            self.team_list.takeItem(row)
