"""The program as a whole: its version, starting the editor lazily, no Qt for headless
commands, the installed console script, and Chinese on any console."""

from __future__ import annotations

import importlib.machinery
import os
import subprocess
import sys
import types
from pathlib import Path

import pytest

import cli.main
from cli.main import main
from tests.cli.files import example_file, sloppy_file

REPO = Path(__file__).resolve().parents[2]
SCRIPT = Path(sys.executable).parent / ("process-workbench.exe" if os.name == "nt"
                                        else "process-workbench")


def test_version_flag(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("process-workbench ")


def test_help_when_there_is_no_editor(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(cli.main.importlib.util, "find_spec", lambda name: None)
    assert main([]) == 0
    out = capsys.readouterr().out
    assert "usage: process-workbench" in out and "check" in out and "new" in out


def fake_editor(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """Stand in a recording `ui.app` for the real one, which would open a window."""
    started: list[list[str]] = []
    app = types.ModuleType("ui.app")
    app.__spec__ = importlib.machinery.ModuleSpec("ui.app", loader=None)
    app.main = lambda argv: started.append(list(argv)) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "ui.app", app)
    return started


def test_no_command_starts_the_editor_when_there_is_one(monkeypatch: pytest.MonkeyPatch) -> None:
    started = fake_editor(monkeypatch)
    assert main([]) == 0
    assert started == [[]]


def test_a_file_alone_opens_in_the_editor(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started = fake_editor(monkeypatch)
    path = str(example_file(tmp_path))
    assert main([path]) == 0
    assert started == [[path]]


def test_an_editor_that_cannot_start_says_so(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    app = types.ModuleType("ui.app")
    app.__spec__ = importlib.machinery.ModuleSpec("ui.app", loader=None)

    def broken(argv: list[str]) -> int:
        raise ImportError("libEGL.so.1: cannot open shared object file")

    app.main = broken  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "ui.app", app)
    assert main([]) == 2
    err = capsys.readouterr().err
    assert "the editor could not start: libEGL.so.1" in err and "Traceback" not in err


def test_a_file_alone_without_an_editor(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(cli.main.importlib.util, "find_spec", lambda name: None)
    assert main(["complaints.pwb"]) == 2
    assert "process-workbench check complaints.pwb" in capsys.readouterr().err


def test_importing_the_command_line_leaves_qt_out() -> None:
    code = "import sys, cli.main; sys.exit('PySide6' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True)
    assert result.returncode == 0, result.stderr.decode()


@pytest.mark.skipif(not SCRIPT.exists(), reason="the console script is not installed "
                    "(run `pip install -e .` or `make test`)")
def test_the_installed_console_script(tmp_path: Path) -> None:
    path = example_file(tmp_path)
    ok = subprocess.run([str(SCRIPT), "check", str(path)], capture_output=True, text=True,
                        encoding="utf-8")
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "Check passed" in ok.stdout
    missing = subprocess.run([str(SCRIPT), "check", str(tmp_path / "gone.pwb")],
                             capture_output=True, text=True, encoding="utf-8")
    assert missing.returncode == 2
    assert "gone.pwb" in missing.stderr and "Traceback" not in missing.stderr


def test_chinese_prints_on_a_console_that_cannot_show_it(tmp_path: Path) -> None:
    path = sloppy_file(tmp_path)
    env = {**os.environ, "PYTHONIOENCODING": "ascii", "LC_ALL": "C", "PYTHONUTF8": "0"}
    result = subprocess.run([sys.executable, "-m", "cli.main", "check", str(path)], cwd=REPO,
                            capture_output=True, env=env)
    assert result.returncode == 1, result.stderr.decode("utf-8", "replace")
    assert "投诉处理".encode() in result.stdout
    assert b"Traceback" not in result.stderr
