"""Temporary files beside a document, named so that leftovers can be recognised and swept.

A save writes `.<name>.<host>-<pid>-<token>.tmp` beside the target (`….bak.tmp` while it
renews the backup). A save killed half-way leaves such a file behind; the next save of that
document, or the next start, removes every one of this machine whose process is no longer
running. Files of a running process (another editor saving the same folder) are never
touched; in a shared folder, another machine's files are left for an hour.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import secrets
import socket
import threading
import time
from pathlib import Path

_HOST = hashlib.sha256(socket.gethostname().encode("utf-8", "replace")).hexdigest()[:6]
_OURS = re.compile(
    r"\.(?P<name>.+)\.(?P<host>[0-9a-f]{6})-(?P<pid>\d{1,10})-[0-9a-f]{8}(?:\.bak)?\.tmp\Z",
    re.DOTALL,
)
# Earlier versions named them `.<name>.<8 random characters>.tmp`, without an owner
_EARLIER = re.compile(r"\.(?P<name>.+)\.[a-z0-9_]{8}\.tmp\Z", re.DOTALL)
STALE_AFTER = 3600.0  # seconds: no save takes an hour

_in_use: set[str] = set()
_lock = threading.Lock()


def create_temp(folder: Path, name: str, suffix: str = ".tmp") -> Path:
    """A new, empty file of our naming in `folder` (mode 0600), marked as in use."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        temp = temp_name(folder, name, suffix)
        try:
            os.close(os.open(temp, flags, 0o600))
        except FileExistsError:
            release(temp, remove=False)
            continue
        except BaseException:
            release(temp, remove=False)
            raise
        return temp


def temp_name(folder: Path, name: str, suffix: str = ".tmp") -> Path:
    """A name of our naming, marked as in use but not created (a hard link may take it)."""
    temp = folder / f".{name}.{_HOST}-{os.getpid()}-{secrets.token_hex(4)}{suffix}"
    with _lock:
        _in_use.add(str(temp))
    return temp


def release(temp: Path, *, remove: bool) -> None:
    """The temporary file is no longer ours to write: renamed into place, or to be removed."""
    if remove:
        with contextlib.suppress(OSError):
            temp.unlink()
    with _lock:
        _in_use.discard(str(temp))


def sweep_stale(folder: Path, name: str | None = None) -> int:
    """Remove the leftover temporary files of `name` (of any name when None) in `folder`
    whose process is gone; returns how many were removed."""
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        if entry.name.startswith(".") and entry.name.endswith(".tmp") and _stale(entry, name):
            with contextlib.suppress(OSError):
                os.unlink(entry.path)
                removed += 1
    return removed


def _stale(entry: os.DirEntry[str], name: str | None) -> bool:
    ours = _OURS.match(entry.name)
    if ours is not None:
        if name is not None and ours["name"] != name:
            return False
        pid = int(ours["pid"])
        if ours["host"] != _HOST:
            return _old(entry)
        if pid == os.getpid():
            with _lock:
                return entry.path not in _in_use
        return not running(pid)
    earlier = _EARLIER.match(entry.name)
    if earlier is None or (name is not None and earlier["name"] != name):
        return False
    return _old(entry)


def _old(entry: os.DirEntry[str]) -> bool:
    try:
        return time.time() - entry.stat(follow_symlinks=False).st_mtime > STALE_AFTER
    except OSError:
        return False


def running(pid: int) -> bool:
    """Whether a process with this id exists (a pid that cannot be one is not running)."""
    if not 0 < pid < 2**31:
        return False
    if os.name == "nt":  # os.kill would end the process there
        return _running_on_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # e.g. permission denied: it exists, owned by someone else
        return True
    return True


def _running_on_windows(pid: int) -> bool:
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return bool(kernel32.GetLastError() == 5)  # access denied: it exists
    code = ctypes.c_ulong()
    try:
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
    finally:
        kernel32.CloseHandle(handle)
    return code.value == 259  # STILL_ACTIVE
