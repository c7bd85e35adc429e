"""Recovery copies: while a document has unsaved changes, a copy is written every minute,
so a crash or a power cut costs at most a minute of workshop work.

Each running editor owns the copies it writes (a small sidecar names its process); at
start the copies whose owner is gone are offered for restoring.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workbench.document import Document
from workbench.storage import FormatError, dumps_document, load_document, write_atomically
from workbench.storage.parse import parse_json, read_limited
from workbench.storage.temp_files import running, sweep_stale

_SUFFIX = ".recovery.pwb"
_INFO = ".recovery.json"
MAX_INFO_BYTES = 64 * 1024  # a sidecar holds a path, a title, a time and a pid


@dataclass(frozen=True)
class RecoveryEntry:
    key: str
    original_path: str | None
    title: str
    saved_at: float
    pid: int


class RecoveryStore:
    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.folder = Path(folder)

    @staticmethod
    def new_key() -> str:
        return uuid.uuid4().hex[:12]

    def write(self, key: str, document: Document, original_path: str | None) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        write_atomically(self._copy(key), dumps_document(document).encode("utf-8"))
        info = {
            "original_path": original_path,
            "title": document.metadata.title,
            "saved_at": time.time(),
            "pid": os.getpid(),
        }
        # ASCII escapes: a title or path may hold lone surrogates, which UTF-8 cannot encode
        write_atomically(self._info(key), json.dumps(info).encode("ascii"))

    def discard(self, key: str) -> None:
        for path in (self._copy(key), self._info(key)):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()

    def orphaned(self) -> list[RecoveryEntry]:
        """Copies whose editor is no longer running, newest first. Leftovers of writes a
        crash interrupted are swept; a copy whose sidecar is damaged is not offered."""
        entries: list[RecoveryEntry] = []
        if not self.folder.is_dir():
            return entries
        sweep_stale(self.folder)
        for info_path in self.folder.glob(f"*{_INFO}"):
            key = info_path.name[: -len(_INFO)]
            entry = self._entry(key, info_path)
            if entry is None or not self._copy(key).exists():
                continue
            if entry.pid != os.getpid() and running(entry.pid):
                continue
            entries.append(entry)
        return sorted(entries, key=lambda e: e.saved_at, reverse=True)

    def load(self, key: str) -> Document:
        """Raises `FormatError` if the copy itself is damaged."""
        return load_document(self._copy(key))

    def _entry(self, key: str, info_path: Path) -> RecoveryEntry | None:
        """The sidecar's fields, each checked; None if any is missing, wrong or absurd."""
        try:
            info = parse_json(read_limited(info_path, MAX_INFO_BYTES))
        except FormatError:
            return None
        if not isinstance(info, dict):
            return None
        original_path = info.get("original_path")
        title = info.get("title", "")
        saved_at = info.get("saved_at", 0.0)
        pid = info.get("pid", 0)
        if (
            not isinstance(original_path, str | None)
            or not isinstance(title, str)
            or not _finite_number(saved_at)
            or not _whole(pid)
            or not 0 <= pid < 2**31
        ):
            return None
        return RecoveryEntry(key, original_path, title, float(saved_at), pid)

    def _copy(self, key: str) -> Path:
        return self.folder / f"{key}{_SUFFIX}"

    def _info(self, key: str) -> Path:
        return self.folder / f"{key}{_INFO}"


def _finite_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
