"""What the editor remembers between sessions: recent files, the last folder, the layout."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

from workbench.templates import bundled_folder

ORGANIZATION = "Process Workbench"
APPLICATION = "Process Workbench"
MAX_RECENT = 10


class EditorSettings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings(ORGANIZATION, APPLICATION)

    @classmethod
    def in_file(cls, path: str | os.PathLike[str]) -> EditorSettings:
        """Settings kept in one INI file: tests and benchmarks leave the user's alone."""
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    # Recent files -------------------------------------------------------------

    def recent_files(self) -> list[str]:
        value = self._settings.value("files/recent", [])
        if isinstance(value, str):  # QSettings gives a bare string for a one-item list
            value = [value]
        return [str(v) for v in value or [] if v]

    def add_recent_file(self, path: str | os.PathLike[str]) -> list[str]:
        path = str(Path(path).resolve())
        files = [path] + [f for f in self.recent_files() if f != path]
        files = files[:MAX_RECENT]
        self._settings.setValue("files/recent", files)
        return files

    def remove_recent_file(self, path: str) -> None:
        self._settings.setValue("files/recent", [f for f in self.recent_files() if f != path])

    def clear_recent_files(self) -> None:
        self._settings.setValue("files/recent", [])

    # Folders ------------------------------------------------------------------

    def last_folder(self) -> str:
        """Where file dialogs open: the user's last folder, else their Documents folder."""
        folder = str(self._settings.value("files/last_folder", "") or "")
        if folder and Path(folder).is_dir() and not is_program_folder(folder):
            return folder
        return documents_folder()

    def set_last_folder(self, path: str | os.PathLike[str]) -> None:
        """Remember the folder of a file the user opened or saved; the program's own
        template folder is not the user's, so it leaves the remembered one as it was."""
        path = Path(path)
        folder = path if path.is_dir() else path.parent
        if not is_program_folder(folder):
            self._settings.setValue("files/last_folder", str(folder))

    # Template library folders --------------------------------------------------

    def personal_template_folder(self) -> str:
        """The user's own template folder; empty until chosen (the caller picks a default)."""
        return str(self._settings.value("templates/personal_folder", "") or "")

    def set_personal_template_folder(self, path: str | os.PathLike[str]) -> None:
        self._settings.setValue("templates/personal_folder", str(path) if str(path) else "")

    def team_template_folders(self) -> list[str]:
        """Shared folders (a network share, a git checkout) whose templates the gallery lists."""
        value = self._settings.value("templates/team_folders", [])
        if isinstance(value, str):  # QSettings gives a bare string for a one-item list
            value = [value]
        return [str(v) for v in value or [] if v]

    def set_team_template_folders(self, paths: list[str]) -> None:
        unique = list(dict.fromkeys(str(p) for p in paths if str(p)))
        self._settings.setValue("templates/team_folders", unique)

    # Language -------------------------------------------------------------------

    def language(self) -> str:
        """The interface language chosen: "system" (the default), "en" or "zh_CN"."""
        return str(self._settings.value("interface/language", "system") or "system")

    def set_language(self, language: str) -> None:
        self._settings.setValue("interface/language", language)

    # Window layout --------------------------------------------------------------

    def window_geometry(self) -> QByteArray | None:
        value = self._settings.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def window_state(self) -> QByteArray | None:
        value = self._settings.value("window/state")
        return value if isinstance(value, QByteArray) else None

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self._settings.setValue("window/geometry", geometry)
        self._settings.setValue("window/state", state)

    def sync(self) -> None:
        self._settings.sync()


def documents_folder() -> str:
    """The user's Documents folder where it exists, else their home folder."""
    location = QStandardPaths.StandardLocation.DocumentsLocation
    documents = QStandardPaths.writableLocation(location)
    return documents if documents and Path(documents).is_dir() else str(Path.home())


def is_program_folder(path: str | os.PathLike[str]) -> bool:
    """Inside the templates that come with the program (not a place for the user's files)."""
    return Path(path).resolve().is_relative_to(bundled_folder().resolve())
