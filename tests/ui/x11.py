"""A private X screen (Xvfb) for the few tests that need Qt's real xcb platform: what the
desktop binds to standard keys, for instance, differs from the offscreen platform's."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@contextmanager
def x_screen(size: str = "1366x768") -> Iterator[dict[str, str]]:
    """The environment of a program shown on a fresh Xvfb screen; skips without Xvfb."""
    if not sys.platform.startswith("linux") or shutil.which("Xvfb") is None:
        pytest.skip("needs Xvfb (Debian: xvfb) and Qt's xcb libraries")
    display = next(n for n in range(150, 400) if not Path(f"/tmp/.X{n}-lock").exists())
    server = subprocess.Popen(
        ["Xvfb", f":{display}", "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(50):
            if Path(f"/tmp/.X11-unix/X{display}").exists():
                break
            time.sleep(0.1)
        unset = ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")
        env = {k: v for k, v in os.environ.items() if k not in unset}
        yield {**env, "DISPLAY": f":{display}", "QT_QPA_PLATFORM": "xcb"}
    finally:
        server.terminate()
        server.wait(10)


def run_on_x(code: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run Python `code` in the repository on the X screen; skips if Qt cannot use it."""
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True,
        timeout=60,
    )
    if "could not load the Qt platform plugin" in result.stderr:
        pytest.skip("Qt's xcb libraries are missing: " + result.stderr.splitlines()[0])
    return result
