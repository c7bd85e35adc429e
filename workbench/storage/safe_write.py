"""Crash-safe file writing: a temporary file beside the target, flushed and fsynced, then
renamed over it, so a reader sees the old file or the new one and never half of either.

The backup is renewed the same way (a hard link to the current file, renamed over the old
backup), so at every instant there is a whole `.bak`. A symbolic link is saved through, to
the file it points at, as editors do. Temporary files a killed save left behind are swept
by the next save of the same document (see `temp_files`).
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path

from workbench.i18n import Msg, _t
from workbench.storage.errors import SaveError
from workbench.storage.temp_files import create_temp, release, sweep_stale, temp_name


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
    target = _through_links(Path(path))
    folder = target.parent if str(target.parent) else Path(".")
    sweep_stale(folder, target.name)
    try:
        temp = create_temp(folder, target.name)
    except OSError as error:
        raise SaveError(_explain(error, target)) from error
    try:
        yield temp
        _fsync_file(temp)
        _apply_mode(temp, target)
        if backup and target.is_file():
            _keep_backup(target, folder)
        os.replace(temp, target)
        _fsync_folder(folder)
    except OSError as error:
        release(temp, remove=True)
        raise SaveError(_explain(error, target)) from error
    except BaseException:
        release(temp, remove=True)
        raise
    release(temp, remove=False)


def _through_links(path: Path) -> Path:
    """The file a symbolic link points at (links to links followed), else `path` itself."""
    return Path(os.path.realpath(path)) if os.path.islink(path) else path


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


def _keep_backup(target: Path, folder: Path) -> None:
    """Make the current file the backup by renaming a second name of it over the old
    backup: never a moment without a whole `.bak`."""
    second = temp_name(folder, target.name, ".bak.tmp")
    try:
        try:
            os.link(target, second)
        except OSError:
            shutil.copy2(target, second)
            _fsync_file(second)
        os.replace(second, backup_path(target))
    finally:
        # also after the rename: if the backup already was this very file (a save was
        # interrupted just after renewing it), renaming one link over another does nothing
        release(second, remove=True)


def _explain(error: OSError, target: Path) -> Msg:
    """Why the save failed, in words of the catalogue, so the reader gets their language."""
    reason = save_reason(error)
    if target.is_file():
        return Msg("Could not save {path}: {reason}. The previous file is unchanged.",
                   path=repr(str(target)), reason=reason)
    return Msg("Could not save {path}: {reason}. Nothing was written.",
               path=repr(str(target)), reason=reason)


def save_reason(error: OSError) -> str:
    """Why an OSError stopped a save, in words of the catalogue where it is a usual one."""
    reasons = {
        errno.EACCES: _t("permission denied"),
        errno.EPERM: _t("permission denied"),
        errno.EROFS: _t("the folder is read-only"),
        errno.ENOSPC: _t("the disk is full"),
        errno.EDQUOT: _t("the disk quota is used up"),
        errno.ENOENT: _t("the folder does not exist"),
        errno.ENAMETOOLONG: _t("the file name is too long"),
        errno.EISDIR: _t("a folder has that name"),
    }
    known = reasons.get(error.errno or 0)
    return Msg(known) if known else error.strerror or str(error)
