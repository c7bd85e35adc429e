"""Recovery copies: while a document has unsaved changes, a copy is written every minute,
so a crash or a power cut costs at most a minute of workshop work.

Each running editor owns the copies it writes (a small sidecar names its process); at
start the copies whose owner is gone are offered for restoring.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from workbench.document import Document
from workbench.storage import dumps_document, load_document, write_atomically

_SUFFIX = ".recovery.pwb"
_INFO = ".recovery.json"


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
        """Copies whose editor is no longer running, newest first."""
        entries = []
        if not self.folder.is_dir():
            return entries
        for info_path in self.folder.glob(f"*{_INFO}"):
            key = info_path.name[: -len(_INFO)]
            entry = self._entry(key, info_path)
            if entry is None or not self._copy(key).exists():
                continue
            if entry.pid != os.getpid() and _running(entry.pid):
                continue
            entries.append(entry)
        return sorted(entries, key=lambda e: e.saved_at, reverse=True)

    def load(self, key: str) -> Document:
        """Raises `FormatError` if the copy itself is damaged."""
        return load_document(self._copy(key))

    def _entry(self, key: str, info_path: Path) -> RecoveryEntry | None:
        try:
            info = json.loads(info_path.read_text("utf-8"))
            return RecoveryEntry(
                key,
                info.get("original_path"),
                str(info.get("title", "")),
                float(info.get("saved_at", 0.0)),
                int(info.get("pid", 0)),
            )
        except (OSError, ValueError, TypeError, AttributeError):
            return None

    def _copy(self, key: str) -> Path:
        return self.folder / f"{key}{_SUFFIX}"

    def _info(self, key: str) -> Path:
        return self.folder / f"{key}{_INFO}"


def _running(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True
