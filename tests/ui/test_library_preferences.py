"""Template folders: kept in the settings, chosen in File ▸ Template Folders…."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from ui.library_preferences import (
    LibraryFoldersDialog,
    default_personal_folder,
    library_folders,
    readable_folders,
)
from ui.settings import EditorSettings


def test_the_settings_remember_the_folders_across_sessions(tmp_path):
    settings = EditorSettings.in_file(tmp_path / "s.ini")
    assert settings.personal_template_folder() == ""
    assert settings.team_template_folders() == []
    settings.set_personal_template_folder(tmp_path / "mine")
    settings.set_team_template_folders(["/share/团队 A", "/share/B", "/share/团队 A"])
    settings.sync()
    again = EditorSettings.in_file(tmp_path / "s.ini")
    assert again.personal_template_folder() == str(tmp_path / "mine")
    assert again.team_template_folders() == ["/share/团队 A", "/share/B"]
    again.set_team_template_folders(["/share/B"])  # one folder comes back as a list too
    assert EditorSettings.in_file(tmp_path / "s.ini").team_template_folders() == ["/share/B"]


def test_the_library_offers_the_personal_folder_first_then_the_teams(tmp_path):
    settings = EditorSettings.in_file(tmp_path / "s.ini")
    assert library_folders(settings)[0].path == default_personal_folder()
    settings.set_personal_template_folder(tmp_path / "mine")
    settings.set_team_template_folders([str(tmp_path / "Team X")])
    folders = library_folders(settings)
    assert [(f.label, f.personal) for f in folders] == [("Personal", True), ("Team X", False)]
    # a personal folder not made yet is no error; a missing team share is reported by the scan
    assert readable_folders(settings) == [tmp_path / "Team X"]


def test_the_dialog_adds_and_removes_team_folders(qtbot, tmp_path, monkeypatch):
    settings = EditorSettings.in_file(tmp_path / "s.ini")
    settings.set_team_template_folders([str(tmp_path / "old share")])
    dialog = LibraryFoldersDialog(settings)
    qtbot.addWidget(dialog)
    chosen = iter([str(tmp_path / "Team A"), str(tmp_path / "personal")])
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: next(chosen))
    dialog.add_button.click()
    dialog.team_list.setCurrentRow(0)
    dialog.remove_button.click()
    dialog._browse_personal()
    dialog.accept()
    assert settings.team_template_folders() == [str(tmp_path / "Team A")]
    assert Path(settings.personal_template_folder()) == tmp_path / "personal"


def test_cancelling_the_dialog_changes_nothing(qtbot, tmp_path, monkeypatch):
    settings = EditorSettings.in_file(tmp_path / "s.ini")
    dialog = LibraryFoldersDialog(settings)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    dialog.add_button.click()
    dialog.reject()
    assert settings.team_template_folders() == []
