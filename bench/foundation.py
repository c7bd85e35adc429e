"""How fast the foundation is on big flows: load, save, and measures + checks.

Large diagrams are where other process tools fail (DESIGN.md, "Speed"), so this times the
three things every open, save and edit pays for, on synthetic flows of 200, 2,000 and
10,000 steps over 12 lanes, and compares them with the targets:

- 2,000 steps: load within 150 ms, measures + checks within 100 ms;
- 10,000 steps: within 6x the 2,000-step time (near-linear growth).

Run from the repository root: `python -m bench.foundation` (or `make bench`). Each figure
is the median of several runs (time.perf_counter). This is a report, not a test: it
always exits 0 and prints what it measured.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench.synthetic import synthetic_document
from workbench.branching import branch_shares
from workbench.checks import check_version
from workbench.document import Document
from workbench.flowgraph import FlowGraph
from workbench.measures import measure_version
from workbench.storage import load_document, save_document

SIZES = (200, 2_000, 10_000)
RUNS = {200: 15, 2_000: 9, 10_000: 5}
TARGET_LOAD_2K_MS = 150.0
TARGET_ANALYSIS_2K_MS = 100.0
TARGET_GROWTH = 6.0


@dataclass(frozen=True)
class Timing:
    nodes: int
    flows: int
    file_bytes: int
    load_ms: float
    save_ms: float
    analysis_ms: float
    json_ms: float  # json.loads alone: the floor any loader stands on


def median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def analyse(document: Document) -> None:
    """What the issues panel and the measures panel need after an edit: every version's
    measures and every check, sharing one flow graph per version as the program does."""
    for version in document.versions:
        graph = FlowGraph(version)
        branching = branch_shares(graph)
        measure_version(version, graph, branching)
        check_version(document, version, graph, branching)


def time_size(nodes: int, folder: Path, seed: int) -> Timing:
    document = synthetic_document(nodes, seed)
    path = folder / f"synthetic-{nodes}.pwb"
    save_document(document, path, backup=False)
    runs = RUNS.get(nodes, 5)
    raw = path.read_bytes()
    json_ms = median_ms(lambda: json.loads(raw), runs)
    load_ms = median_ms(lambda: load_document(path), runs)
    save_ms = median_ms(lambda: save_document(document, path), runs)
    analysis_ms = median_ms(lambda: analyse(document), runs)
    version = document.versions[0]
    return Timing(len(version.nodes), len(version.flows), path.stat().st_size,
                  load_ms, save_ms, analysis_ms, json_ms)


def report(timings: list[Timing]) -> str:
    lines = [
        f"{'steps':>7}  {'flows':>7}  {'file':>8}  {'load':>9}  {'save':>9}  "
        f"{'measures+checks':>15}",
    ]
    for t in timings:
        lines.append(
            f"{t.nodes:>7,}  {t.flows:>7,}  {t.file_bytes / 1e6:>6.2f}MB  {t.load_ms:>6.1f} ms  "
            f"{t.save_ms:>6.1f} ms  {t.analysis_ms:>12.1f} ms"
        )
    by_size = {t.nodes: t for t in timings}
    small, large = by_size.get(2_000), by_size.get(10_000)
    if small:
        lines.append("")
        lines.append(_verdict("load, 2,000 steps", small.load_ms, TARGET_LOAD_2K_MS, "ms"))
        lines.append(_verdict("measures+checks, 2,000 steps", small.analysis_ms,
                              TARGET_ANALYSIS_2K_MS, "ms"))
    if small and large:
        for name, attr in (("load", "load_ms"), ("save", "save_ms"),
                           ("measures+checks", "analysis_ms")):
            ratio = getattr(large, attr) / max(getattr(small, attr), 1e-9)
            lines.append(_verdict(f"{name}, 10k/2k ratio", ratio, TARGET_GROWTH, "x"))
        floor = large.json_ms / max(small.json_ms, 1e-9)
        lines.append(f"     for scale: json.loads alone grows {floor:.1f}x from 2k to 10k steps "
                     f"on this machine ({small.json_ms:.1f} -> {large.json_ms:.1f} ms)")
    return "\n".join(lines)


def _verdict(what: str, value: float, target: float, unit: str) -> str:
    mark = "ok  " if value <= target else "SLOW"
    return f"{mark} {what}: {value:.1f} {unit} (target <= {target:g} {unit})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.foundation", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES),
                        help="numbers of steps to time (default: 200 2000 10000)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the synthetic flows")
    args = parser.parse_args(argv)
    timings = []
    with tempfile.TemporaryDirectory(prefix="pwb-bench-") as folder:
        for nodes in args.sizes:
            timings.append(time_size(nodes, Path(folder), args.seed))
            print(f"timed {nodes:,} steps", flush=True)
    print()
    print(report(timings))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
