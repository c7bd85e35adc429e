"""The register's cache kept between runs, so `process-workbench register` over an unchanged
folder is near-instant the second time too, not only inside one editor session.

One JSON file per folder under the user's cache folder, written crash-safely. It is only a
cache: a file that is missing, damaged or from another program version is ignored and the
folder is read again. The git log is kept with the HEAD it was read at; git's status is
read fresh each scan."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from workbench.i18n import message_data, message_from_data
from workbench.readiness import Gap
from workbench.register.entry import GitChange, RegisterEntry
from workbench.register.git_info import GitMemo
from workbench.register.scan import RegisterCache
from workbench.storage import SCHEMA_VERSION
from workbench.storage.safe_write import write_atomically

CACHE_FORMAT = 3  # 2: gap texts kept as messages, to be shown in any language; 3: git log
_STAMP = f"register-cache/{CACHE_FORMAT}/schema-{SCHEMA_VERSION}"


def default_cache_folder() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "process-workbench" / "register"


def cache_file(folder: str | os.PathLike[str], cache_folder: Path | None = None) -> Path:
    key = hashlib.sha256(os.fspath(Path(folder).absolute()).encode("utf-8", "replace"))
    return (cache_folder or default_cache_folder()) / f"{key.hexdigest()[:24]}.json"


def load_cache(path: Path) -> RegisterCache:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("stamp") != _STAMP:
            return RegisterCache()
        rows = {absolute: (tuple(key), _entry(row)) for absolute, key, row in data["rows"]}
        git = data["git"]
        commits = {path: GitChange(*change) for path, change in git["commits"].items()}
        memo = GitMemo(str(git["folder"]), str(git["head"]), commits)
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return RegisterCache()
    return RegisterCache(rows, memo)


def save_cache(cache: RegisterCache, path: Path) -> bool:
    """Write the cache; False when it could not be written (the scan stands anyway)."""
    rows = [[absolute, list(key), _row(entry)] for absolute, (key, entry) in cache.rows.items()]
    memo = cache.git
    git = {"folder": memo.folder, "head": memo.head,
           "commits": {path: [c.date, c.author, c.subject] for path, c in memo.commits.items()}}
    text = json.dumps({"stamp": _STAMP, "rows": rows, "git": git}, ensure_ascii=False)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, text.encode("utf-8"), backup=False)
    except Exception:  # noqa: BLE001 - a cache that cannot be written is no failure
        return False
    return True


def _row(entry: RegisterEntry) -> dict[str, Any]:
    data = entry.to_json()
    del data["ready"], data["git"]
    for row, gap in zip(data["gaps"], entry.gaps, strict=True):
        row["text"] = message_data(gap.text)
    return data


def _entry(row: dict[str, Any]) -> RegisterEntry:
    gaps = tuple(
        Gap(g["rule"], message_from_data(g["text"]), g["element"]) for g in row.pop("gaps")
    )
    return RegisterEntry(**row, gaps=gaps)
