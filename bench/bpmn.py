"""How fast BPMN comes in and goes out, against bpmn-moddle (bpmn-js's own model reader).

Times, per file, our import (parse, read, lay out, build the document) and, in the same run,
bpmn-moddle's `fromXML` of the same file in Node.js: a 2,000-step file that our exporter
writes from a synthetic flow, and every file of the shared corpus. Also times our export of
the 2,000-step flow. Target (issue 6): our import at least as fast as bpmn-moddle's parse.

Run from the repository root: `python -m bench.bpmn`. Figures are medians (ms) of several
runs; bpmn-moddle times itself inside Node, so process start-up is not counted against it.
A report, not a test: it always exits 0. Without Node.js the comparison column says why.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.synthetic import synthetic_document
from exporters.bpmn import BpmnError, export_bpmn, export_bytes, import_bpmn
from tests.exporters.bpmn import peers
from tests.exporters.bpmn.corpus import CORPUS, corpus_files

BIG = 2_000


def median_ms(work: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def _ours(path: Path, runs: int) -> float | None:
    try:
        import_bpmn(path)
    except BpmnError:
        return None
    return median_ms(lambda: import_bpmn(path), runs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="runs per figure (default 7)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        big = Path(folder) / f"synthetic-{BIG}.bpmn"
        document = synthetic_document(BIG)
        export_ms = median_ms(lambda: export_bytes(document), args.runs)
        export_bpmn(document, big)
        files = [big, *corpus_files()]
        why_not = peers.install()
        theirs = {}
        if why_not is None:
            for report in peers.moddle_reports(files, runs=args.runs):
                theirs[report["file"]] = report.get("ms") if report["error"] is None else None
        print(f"BPMN benchmark: median of {args.runs} runs, milliseconds")
        print(
            f"export of a {BIG}-step flow: {export_ms:.1f} ms ({big.stat().st_size / 1e6:.2f} MB)"
        )
        if why_not:
            print(f"bpmn-moddle not compared: {why_not}")
        print(f"{'file':64} {'KB':>7} {'ours':>8} {'moddle':>8} {'ratio':>6}")
        total_ours = total_theirs = 0.0
        for path in files:
            ours = _ours(path, args.runs)
            other = theirs.get(str(path))
            name = path.name if path == big else str(path.relative_to(CORPUS))
            ratio = f"{ours / other:.2f}" if ours and other else "-"
            print(
                f"{name[-64:]:64} {path.stat().st_size / 1000:7.1f} "
                f"{_fmt(ours)} {_fmt(other)} {ratio:>6}"
            )
            if ours is not None and other is not None:
                total_ours += ours
                total_theirs += other
        if total_theirs:
            print(
                f"{'all files both read':64} {'':7} {total_ours:8.1f} {total_theirs:8.1f} "
                f"{total_ours / total_theirs:6.2f}"
            )
    return 0


def _fmt(value: float | None) -> str:
    return f"{value:8.1f}" if value is not None else f"{'refused':>8}"


if __name__ == "__main__":
    raise SystemExit(main())
