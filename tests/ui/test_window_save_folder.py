"""The first Save of a process made from a template asks in the user's own folder (the last
one used, else Documents), never in the program's template folder, with the process's
title as the file name."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from tests.ui.windows import open_window
from workbench.templates import BUNDLED, bundled_folder


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    """A user's home with a Documents folder, as a fresh desktop has."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    return home


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch, home):
    """A first start: no folder remembered yet."""
    return open_window(qtbot, tmp_path, monkeypatch, with_flow=False)


def asked_where(window, monkeypatch) -> Path:  # noqa: ANN001
    """Press Save and return the path the dialog suggested (the dialog is then cancelled)."""
    suggested: list[str] = []

    def dialog(parent, caption, directory, *args, **kwargs):  # noqa: ANN001
        suggested.append(directory)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    window.save_action.trigger()
    assert len(suggested) == 1, "Save of a document without a file asks where"
    return Path(suggested[0])


def new_from_bundled_template(window) -> str:  # noqa: ANN001
    gallery = window.template_actions.open_gallery()
    template = next(t for t in gallery.library.templates if t.source == BUNDLED)
    assert gallery.create(template)
    return window.files.document.metadata.title


def test_after_opening_a_bundled_template_the_save_dialog_opens_in_documents(
    window, monkeypatch, home
) -> None:
    bundled = sorted(bundled_folder().glob("*.pwb"))[0]
    window.files.open_path(bundled, ask_to_save=False)
    title = new_from_bundled_template(window)
    where = asked_where(window, monkeypatch)
    assert where.parent == home / "Documents"
    assert where.name == f"{title}.pwb"


def test_the_save_dialog_opens_in_the_users_last_folder(
    window, monkeypatch, tmp_path
) -> None:
    work = tmp_path / "processes"
    work.mkdir()
    window.settings.set_last_folder(work / "complaints.pwb")
    window.files.open_path(sorted(bundled_folder().glob("*.pwb"))[0], ask_to_save=False)
    title = new_from_bundled_template(window)
    assert asked_where(window, monkeypatch) == work / f"{title}.pwb"


def test_a_bundled_template_opened_as_a_file_is_not_saved_over(window, monkeypatch) -> None:
    bundled = sorted(bundled_folder().glob("*.pwb"))[0]
    before = bundled.read_bytes()
    assert window.files.open_path(bundled, ask_to_save=False)
    assert window.files.path is None and window.isWindowModified()
    assert asked_where(window, monkeypatch).parent != bundled.parent
    assert bundled.read_bytes() == before
