"""A workbench window for tests that drive it like a user: its own settings file, a
recovery folder in tmp_path, shown at a given size, with the small service flow open."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from tests.ui.conftest import installation_flow
from ui.main_window import MainWindow
from ui.settings import EditorSettings
from workbench.recovery import RecoveryStore
from workbench.storage import save_document


def open_window(
    qtbot,  # noqa: ANN001
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    width: int = 1400,
    height: int = 900,
    with_flow: bool = True,
) -> MainWindow:
    """Closing at the end of the test discards the test's edits instead of asking."""
    discard = QMessageBox.StandardButton.Discard
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kwargs: discard)
    settings = EditorSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings, RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    if not with_flow:
        return window
    path = tmp_path / "installation.pwb"
    save_document(installation_flow()[0], path, backup=False)
    window.files.open_path(str(path))
    return window
