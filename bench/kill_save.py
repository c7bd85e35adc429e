"""Kill-during-save: a child process saves a document over and over and is killed at a
random moment; afterwards the document and its backup must both load, and the next save
must leave no temporary file behind.

`run_kills(folder, kills, steps)` is used by `python -m bench.reliability` (200 kills of a
5,000-step document) and by the tests (a short run with a small document). The child is
this module run as a program: `python -m bench.kill_save FOLDER` saves `FOLDER/flow.pwb`,
alternating two titles, until it is killed.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from workbench.storage import FormatError, backup_path, load_document, save_document

DOCUMENT = "flow.pwb"
SOURCE = "source.pwb"
READY = b"ready\n"


@dataclass
class KillReport:
    kills: int = 0
    lost_documents: int = 0
    lost_backups: int = 0
    temp_files_before_sweep: int = 0  # what kills left, swept by the next save
    leftover_temp_files: int = 0  # what is still there after the final save
    save_seconds: float = 0.0
    problems: list[str] = field(default_factory=list)


def run_kills(folder: Path, kills: int, steps: int, seed: int = 1) -> KillReport:
    from bench.synthetic import synthetic_document

    rng = random.Random(seed)
    document = synthetic_document(steps, seed)
    target = folder / DOCUMENT
    save_document(document, folder / SOURCE, backup=False)
    started = time.perf_counter()
    save_document(document, target)
    save_document(document, target)  # from here on a backup exists
    report = KillReport(save_seconds=(time.perf_counter() - started) / 2)
    for run in range(kills):
        _kill_one_save(folder, _moment(rng, report.save_seconds))
        report.kills += 1
        for what, path in (("document", target), ("backup", backup_path(target))):
            if not _loads(path):
                report.problems.append(f"kill {run + 1}: the {what} is lost or damaged")
                if what == "document":
                    report.lost_documents += 1
                else:
                    report.lost_backups += 1
        report.temp_files_before_sweep += len(_temp_files(folder))
    save_document(document, target)  # the next save sweeps what the kills left
    leftovers = _temp_files(folder)
    report.leftover_temp_files = len(leftovers)
    report.problems += [f"left behind: {name}" for name in leftovers]
    return report


def _moment(rng: random.Random, save: float) -> float:
    """When to kill: anywhere in the first saves, or (every other kill) near the end of one,
    where the file is written, the backup renewed and the new file renamed into place."""
    if rng.random() < 0.5:
        return rng.uniform(0.0, 2.5 * save)
    return (rng.randint(0, 1) + rng.uniform(0.8, 1.05)) * save


def _kill_one_save(folder: Path, delay: float) -> None:
    child = subprocess.Popen(
        [sys.executable, "-m", "bench.kill_save", str(folder)],
        stdout=subprocess.PIPE,
        cwd=Path(__file__).resolve().parent.parent,
    )
    try:
        assert child.stdout is not None
        if child.stdout.readline() != READY:
            raise RuntimeError("the saving child did not start")
        time.sleep(delay)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
        if child.stdout is not None:
            child.stdout.close()


def _loads(path: Path) -> bool:
    try:
        load_document(path)
    except FormatError:
        return False
    return True


def _temp_files(folder: Path) -> list[str]:
    return [name for name in os.listdir(folder) if name.startswith(".") and name.endswith(".tmp")]


def _save_until_killed(folder: Path) -> None:
    from workbench.storage import loads_document

    document = loads_document((folder / SOURCE).read_bytes())
    title = document.metadata.title
    sys.stdout.buffer.write(READY)
    sys.stdout.buffer.flush()
    for turn in range(10**9):
        document.change_metadata(title=f"{title} {turn % 2}")
        save_document(document, folder / DOCUMENT)


if __name__ == "__main__":
    _save_until_killed(Path(sys.argv[1]))
