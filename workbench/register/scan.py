"""Scanning a folder for the register: every `.pwb` below it, each summarised once.

A shared drive is hostile ground: thousands of files, broken ones, files of a newer
schema, symbolic-link loops, FIFOs, unreadable files. Each becomes a row with its error
and none stops the scan. Folders are walked once each (a link back to a folder already
seen is skipped, so a loop ends), and only regular files are opened.

Rows are cached by path, size and modification time (and the day, since a review falls
overdue overnight), so a second scan of an unchanged folder only stats the files. Work
runs in worker processes when there is much to read, since reading and checking a
document is plain Python bound by one core.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from multiprocessing import get_context
from pathlib import Path

from workbench.gc_pause import collector_paused, settle_survivors, without_collector
from workbench.register.entry import RegisterEntry, summarise, unreadable
from workbench.register.git_info import GitMemo, last_changes
from workbench.storage import FILE_SUFFIX, FormatError, load_document

Progress = Callable[[int, int], None]  # files done, files found
MIN_FILES_PER_WORKER = 24  # below this a worker process costs more than it saves
_CHUNK = 16

_Key = tuple[int, int, str]  # size, modification time (ns), day


@dataclass
class RegisterCache:
    """Rows of earlier scans by absolute path; a row is reused while its key still holds.
    The git log of the folder is kept with the HEAD it was read at."""

    rows: dict[str, tuple[_Key, RegisterEntry]] = field(default_factory=dict)
    git: GitMemo = field(default_factory=GitMemo)

    def get(self, path: str, key: _Key) -> RegisterEntry | None:
        cached = self.rows.get(path)
        return cached[1] if cached is not None and cached[0] == key else None

    def put(self, path: str, key: _Key, entry: RegisterEntry) -> None:
        self.rows[path] = (key, entry)


@dataclass(frozen=True)
class Register:
    folder: str
    entries: tuple[RegisterEntry, ...]
    complete: bool = True  # False when the scan was cancelled
    git: bool = False  # whether the folder is a git checkout with git at hand

    @property
    def ready_count(self) -> int:
        return sum(1 for e in self.entries if e.ready)


class Cancelled(Exception):
    pass


def scan_register(
    folder: str | os.PathLike[str],
    cache: RegisterCache | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    today: dt.date | None = None,
    workers: int | None = None,
) -> Register:
    """The register of `folder`; stops early (complete=False) once `cancelled()` is true."""
    root = Path(folder)
    cache = cache if cache is not None else RegisterCache()
    today = today or dt.date.today()
    found = list(_walk(root, today))
    rows: dict[str, RegisterEntry] = {}
    todo: list[tuple[str, str, _Key]] = []
    for relative, absolute, key, error in found:
        if error:
            rows[relative] = unreadable(relative, error)
        elif (hit := cache.get(absolute, key)) is not None:
            # scanned before from another folder (a parent, say): the row names it from here
            rows[relative] = hit if hit.path == relative else replace(hit, path=relative)
        else:
            todo.append((relative, absolute, key))
    done = len(found) - len(todo)
    total = len(found)
    if progress:
        progress(done, total)
    complete = True
    with collector_paused():  # rows only accumulate: a collection would find nothing to free
        for (relative, absolute, key), entry in zip(
            todo, _summaries(todo, today, workers), strict=False
        ):
            cache.put(absolute, key, entry)
            rows[relative] = entry
            done += 1
            if progress:
                progress(done, total)
            if cancelled():
                complete = False
                break
        if todo:
            settle_survivors()
    changes = last_changes(root, memo=cache.git) if complete else {}
    entries = tuple(
        replace(rows[r], git=changes.get(r)) if r in changes else rows[r] for r in sorted(rows)
    )
    return Register(os.fspath(root), entries, complete, bool(changes))


@without_collector  # the document is dropped whole afterwards: nothing for it to find
def read_entry(relative: str, absolute: str, today: dt.date) -> RegisterEntry:
    try:
        document = load_document(absolute)
    except FormatError as error:
        return unreadable(relative, "; ".join(str(p) for p in error.problems[:3]))
    return summarise(document, relative, today)


def _summaries(
    todo: list[tuple[str, str, _Key]], today: dt.date, workers: int | None
) -> Iterator[RegisterEntry]:
    count = workers if workers is not None else min(os.cpu_count() or 1, 4)
    count = min(count, len(todo) // MIN_FILES_PER_WORKER)
    if count <= 1:
        yield from (read_entry(r, a, today) for r, a, _ in todo)
        return
    with ProcessPoolExecutor(count, mp_context=get_context("spawn")) as pool:
        relatives = [r for r, _, _ in todo]
        absolutes = [a for _, a, _ in todo]
        try:
            yield from pool.map(
                read_entry, relatives, absolutes, [today] * len(todo), chunksize=_CHUNK
            )
        finally:
            pool.shutdown(wait=False, cancel_futures=True)


def _walk(root: Path, today: dt.date) -> Iterator[tuple[str, str, _Key, str]]:
    """(relative path, absolute path, cache key, error) of every `.pwb` below `root`."""
    day = today.isoformat()
    seen: set[tuple[int, int]] = set()
    pending = [root]
    while pending:
        folder = pending.pop()
        try:
            info = folder.stat()
            if (info.st_dev, info.st_ino) in seen:
                continue  # a link back to a folder already walked: a loop, or a second way in
            seen.add((info.st_dev, info.st_ino))
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as error:
            if folder != root:
                relative = folder.relative_to(root).as_posix()
                yield relative + "/", os.fspath(folder), (0, 0, day), _os_problem(error)
                continue
            raise
        for entry in entries:
            path = Path(entry.path)
            try:
                is_folder = entry.is_dir(follow_symlinks=True)
            except OSError:
                is_folder = False
            if is_folder:
                if not entry.name.startswith("."):
                    pending.append(path)
                continue
            if not entry.name.endswith(FILE_SUFFIX):
                continue
            relative = path.relative_to(root).as_posix()
            yield relative, os.fspath(path.absolute()), *_file_key(entry, day)


def _file_key(entry: os.DirEntry[str], day: str) -> tuple[_Key, str]:
    try:
        info = entry.stat(follow_symlinks=True)
    except OSError as error:
        return (0, 0, day), _os_problem(error)
    if not stat.S_ISREG(info.st_mode):
        return (0, 0, day), "not a regular file (a pipe, device or socket); it was not read"
    return (info.st_size, info.st_mtime_ns, day), ""


def _os_problem(error: OSError) -> str:
    if isinstance(error, PermissionError):
        return "permission denied: it cannot be read"
    if error.errno is not None and error.errno == 40:  # ELOOP: a link that points at itself
        return "a symbolic link that loops back on itself"
    return f"cannot be read ({error.strerror or error})"
