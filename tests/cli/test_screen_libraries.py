"""`process-workbench` on a fresh Linux desktop: before the window opens, the launcher looks
for the X11 libraries Qt's xcb plugin needs; as root it installs them, otherwise it says in
one sentence which command to run and stops with exit code 2."""

from __future__ import annotations

import sys
from collections.abc import Sequence

import pytest

from cli import screen_libraries
from cli.main import main
from cli.screen_libraries import XCB_LIBRARIES, check_screen_libraries, loadable, would_use_xcb
from tests.cli.test_program import fake_editor

X11_DESKTOP = {"DISPLAY": ":0"}
LACKS_CURSOR = {"libxcb-cursor.so.0", "libxcb-icccm.so.4"}


def without(libraries: set[str]):  # noqa: ANN201
    """A loader on a system that lacks `libraries` and has every other one."""
    asked: list[str] = []

    def is_loadable(library: str) -> bool:
        asked.append(library)
        return library not in libraries

    is_loadable.asked = asked  # type: ignore[attr-defined]
    return is_loadable


@pytest.mark.parametrize(
    ("env", "platform", "expected"),
    [
        ({"DISPLAY": ":0"}, "linux", True),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, "linux", True),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({}, "linux", False),
        ({"DISPLAY": ":0"}, "darwin", False),
        ({"DISPLAY": ":0"}, "win32", False),
    ],
)
def test_only_an_x11_start_on_linux_is_checked(env, platform, expected) -> None:
    assert would_use_xcb(env, platform) is expected


def test_a_user_is_told_the_one_command_to_run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    started = fake_editor(monkeypatch)
    for name in ("DISPLAY", "QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(screen_libraries, "loadable", without(LACKS_CURSOR))
    monkeypatch.setattr(screen_libraries, "is_root", lambda: False)
    assert main([]) == 2
    assert started == [], "Qt would abort: the window is not started"
    err = capsys.readouterr().err.strip()
    assert err.endswith("sudo apt install libxcb-cursor0 libxcb-icccm4")
    assert err.count(".") <= 1 and "\n" not in err and "Traceback" not in err


def test_root_installs_the_missing_libraries_and_the_window_opens() -> None:
    present: set[str] = set()
    installed: list[Sequence[str]] = []

    def is_loadable(library: str) -> bool:
        return library not in LACKS_CURSOR or library in present

    def install(packages: Sequence[str]) -> bool:
        installed.append(list(packages))
        present.update(LACKS_CURSOR)
        return True

    assert check_screen_libraries(X11_DESKTOP, is_loadable, lambda: True, install) is None
    assert installed == [["libxcb-cursor0", "libxcb-icccm4"]]


def test_a_failed_install_as_root_still_says_what_to_run() -> None:
    problem = check_screen_libraries(
        X11_DESKTOP, without(LACKS_CURSOR), lambda: True, lambda packages: False
    )
    assert problem is not None and problem.endswith("sudo apt install libxcb-cursor0 libxcb-icccm4")


def test_nothing_is_checked_when_qt_uses_another_platform() -> None:
    is_loadable = without(set(XCB_LIBRARIES))
    env = {"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}
    assert check_screen_libraries(env, is_loadable, lambda: False) is None
    assert is_loadable.asked == []  # type: ignore[attr-defined]


def test_a_complete_system_opens_the_window_without_a_word(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    started = fake_editor(monkeypatch)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(screen_libraries, "loadable", without(set()))
    assert main([]) == 0
    assert started == [[]]
    assert capsys.readouterr().err == ""


def test_the_loader_finds_what_is_there_and_not_what_is_not() -> None:
    if sys.platform.startswith("linux"):
        assert loadable("libc.so.6")
    assert not loadable("libprocess-workbench-no-such-library.so.0")
