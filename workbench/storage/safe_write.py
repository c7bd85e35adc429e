"""Crash-safe file writing: a temporary file beside the target, flushed and fsynced, then
renamed over it, so a reader sees the old file or the new one and never half of either."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

from workbench.storage.errors import SaveError


def backup_path(path: str | os.PathLike[str]) -> Path:
    path = Path(path)
    return path.with_name(path.name + ".bak")


def write_atomically(path: str | os.PathLike[str], data: bytes, *, backup: bool = False) -> None:
    """Write `data` to `path`; with `backup`, the previous file is kept as `path.bak`."""
    with atomic_output(path, backup=backup) as temp, open(temp, "wb") as handle:
        handle.write(data)


@contextlib.contextmanager
def atomic_output(path: str | os.PathLike[str], *, backup: bool = False) -> Iterator[Path]:
    """Yield a temporary path to write to; on success it replaces `path`.

    For libraries that insist on writing a file themselves (workbooks, PDFs). On any
    failure the temporary file is removed, the target is untouched and `SaveError` says why.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise SaveError(_explain(error, target)) from error
    os.close(fd)
    temp = Path(temp_name)
    try:
        yield temp
        _fsync_file(temp)
        _apply_mode(temp, target)
        if backup and target.exists():
            _keep_backup(target)
        os.replace(temp, target)
        _fsync_folder(folder)
    except OSError as error:
        _discard(temp)
        raise SaveError(_explain(error, target)) from error
    except BaseException:
        _discard(temp)
        raise


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        handle.flush()
        os.fsync(handle.fileno())


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # some systems cannot open a folder; the rename is still atomic
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _apply_mode(temp: Path, target: Path) -> None:
    """mkstemp makes 0600 files; a shared team folder needs the target's usual mode."""
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    os.chmod(temp, mode)


def _keep_backup(target: Path) -> None:
    backup = backup_path(target)
    with contextlib.suppress(FileNotFoundError):
        backup.unlink()
    try:
        os.link(target, backup)
    except OSError:
        shutil.copy2(target, backup)


def _discard(temp: Path) -> None:
    with contextlib.suppress(OSError):
        temp.unlink()


def _explain(error: OSError, target: Path) -> str:
    reasons = {
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
        errno.EROFS: "the folder is read-only",
        errno.ENOSPC: "the disk is full",
        errno.EDQUOT: "the disk quota is used up",
        errno.ENOENT: "the folder does not exist",
        errno.ENAMETOOLONG: "the file name is too long",
        errno.EISDIR: "a folder has that name",
    }
    reason = reasons.get(error.errno or 0, error.strerror or str(error))
    kept = " The previous file is unchanged." if target.is_file() else " Nothing was written."
    return f"Could not save {str(target)!r}: {reason}.{kept}"
