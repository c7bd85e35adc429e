"""The last change of each file in a git checkout, read with git itself.

One `git log` over the whole folder, newest first, gives every file's last commit in one
pass; `git status` adds the files changed since. The log only changes when HEAD moves, so
it is kept with HEAD's commit id and read again only then: a rescan of a checkout with a
long history asks git for HEAD and the status, both quick. Git missing, the folder not a
checkout, or git taking too long: the register simply shows no git column, it never fails.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass, field, replace
from pathlib import Path

from workbench.register.entry import GitChange

TIMEOUT_SECONDS = 20.0
_RECORD = "\x1e"  # starts each commit's header line in our log format
_FIELD = "\x1f"


@dataclass
class GitMemo:
    """Each file's last commit as the log of one folder at one HEAD gave it."""

    folder: str = ""
    head: str = ""
    commits: dict[str, GitChange] = field(default_factory=dict)


def last_changes(
    folder: Path, suffix: str = ".pwb", memo: GitMemo | None = None
) -> dict[str, GitChange]:
    """Path relative to `folder` ("/"-separated) → its last change; empty without git.
    `memo` keeps the log between scans; it is read again only when HEAD has moved."""
    git = shutil.which("git")
    if git is None:
        return {}
    where = _run([git, "rev-parse", "--show-prefix", "--verify", "-q", "HEAD"], folder)
    if where is None:
        return {}  # not a checkout, or one without a commit yet
    prefix, _, head = where.rstrip("\n").rpartition("\n")
    memo = memo if memo is not None else GitMemo()
    place = os.fspath(Path(folder).absolute())
    if (memo.folder, memo.head) != (place, head):
        log = _run(
            [git, "-c", "core.quotepath=off", "log", "--no-renames", "--name-only",
             f"--format={_RECORD}%aI{_FIELD}%an{_FIELD}%s", "--relative", "--", "."],
            folder,
        )
        if log is None:
            return {}
        memo.folder, memo.head, memo.commits = place, head, _parse_log(log, suffix)
    changes = dict(memo.commits)
    status = _run([git, "-c", "core.quotepath=off", "status", "--porcelain=v1", "-z",
                   "--untracked-files=all", "."], folder)
    for path in _changed_paths(status or "", prefix):
        if path.endswith(suffix):
            old = changes.get(path)
            changes[path] = replace(old, uncommitted=True) if old else GitChange(
                "", "", "", uncommitted=True)
    return changes


def _run(command: list[str], folder: Path) -> str | None:
    try:
        done = subprocess.run(
            command, cwd=folder, capture_output=True, timeout=TIMEOUT_SECONDS,
            env={**os.environ, "GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C"},
            stdin=subprocess.DEVNULL, check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    if done.returncode != 0:
        return None
    return done.stdout.decode("utf-8", "replace")


def _parse_log(log: str, suffix: str) -> dict[str, GitChange]:
    changes: dict[str, GitChange] = {}
    for record in log.split(_RECORD)[1:]:
        header, _, names = record.partition("\n")
        date, author, subject = (header.split(_FIELD) + ["", ""])[:3]
        for name in names.splitlines():
            if name.endswith(suffix) and name not in changes:
                changes[name] = GitChange(date, author, subject)
    return changes


def _changed_paths(status: str, prefix: str) -> list[str]:
    """Paths of `git status -z`, made relative to the folder (git prints them from the top
    of the checkout; `prefix` is the folder's place in it)."""
    paths = []
    entries = status.split("\0")
    index = 0
    while index < len(entries):
        entry = entries[index]
        index += 1
        if len(entry) < 4:
            continue
        if entry[0] in "RC":
            index += 1  # the rename's source path follows
        path = entry[3:]
        if path.startswith(prefix):
            paths.append(path[len(prefix):])
    return paths
