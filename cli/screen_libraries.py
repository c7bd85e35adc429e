"""Before the editor opens on an X11 screen: are the system libraries Qt's xcb plugin needs
there? Qt 6.5+ needs libxcb-cursor0 and a few more that a fresh Debian or Ubuntu desktop
often lacks, and without them Qt aborts with a message a process owner cannot act on. So
the launcher looks first: as root it installs them, otherwise it says in one sentence which
command to run.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence

# The shared library Qt loads -> the Debian/Ubuntu package that holds it.
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
}
MISSING_LIBRARIES = 2


def would_use_xcb(env: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Qt will pick its xcb plugin: Linux, an X display, and no other platform chosen."""
    if not platform.startswith("linux") or not env.get("DISPLAY"):
        return False
    chosen = env.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(":")[0] == "xcb"
    return not (env.get("WAYLAND_DISPLAY") or env.get("XDG_SESSION_TYPE") == "wayland")


def loadable(library: str) -> bool:
    """Whether the dynamic loader finds and loads `library`, as Qt's plugin would."""
    try:
        ctypes.CDLL(library)
    except OSError:
        return False
    return True


def missing_packages(is_loadable: Callable[[str], bool] = loadable) -> list[str]:
    return [package for library, package in XCB_LIBRARIES.items() if not is_loadable(library)]


def install(packages: Sequence[str]) -> bool:
    """apt-get install, as root; False if that is not possible or fails."""
    if shutil.which("apt-get") is None:
        return False
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    update = subprocess.run(["apt-get", "update", "-qq"], env=env, check=False, **quiet)
    if update.returncode != 0:
        return False
    command = ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *packages]
    return subprocess.run(command, env=env, check=False, **quiet).returncode == 0


def is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def check_screen_libraries(
    env: Mapping[str, str] | None = None,
    is_loadable: Callable[[str], bool] | None = None,
    as_root: Callable[[], bool] | None = None,
    installer: Callable[[Sequence[str]], bool] | None = None,
) -> str | None:
    """None when the window can open; otherwise the one sentence telling the user what to do.

    The defaults are the real environment, loader, user and apt-get; tests pass their own.
    """
    if not would_use_xcb(os.environ if env is None else env):
        return None
    is_loadable = is_loadable or loadable
    missing = missing_packages(is_loadable)
    if not missing:
        return None
    if (as_root or is_root)():
        print("Installing the screen libraries Qt needs: " + " ".join(missing), file=sys.stderr)
        if (installer or install)(missing):
            missing = missing_packages(is_loadable)
            if not missing:
                return None
    return (
        "Process Workbench cannot open its window because Qt's X11 screen libraries are "
        f"missing; install them with: sudo apt install {' '.join(missing)}"
    )
