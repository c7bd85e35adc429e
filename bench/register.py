"""How long the process register takes over a big team folder: 1,000 documents of 200
steps each.

A quality lead points the register at the team's shared drive; the first (cold) scan reads
and checks every document, the second (warm) one of the unchanged folder reuses the rows
cached by path, size and modification time. Targets: cold ≤ 5 s, warm ≤ 0.5 s on this
machine. Each document is a seeded synthetic flow (bench/synthetic.py), so the timings
mean real loading, checking and readiness work.

Run from the repository root: `python -m bench.register [--documents N] [--steps N]`.
This is a report, not a test: it always exits 0 and prints what it measured.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from bench.synthetic import synthetic_document
from workbench.register.scan import RegisterCache, scan_register
from workbench.storage import dumps_document

COLD_TARGET, WARM_TARGET = 5.0, 0.5


def write_folder(folder: Path, documents: int, steps: int) -> None:
    """`documents` files, ten distinct flows repeated with their own titles (making a
    thousand distinct 200-step flows would take longer than the scan being measured)."""
    texts = [dumps_document(synthetic_document(steps, seed)) for seed in range(1, 11)]
    for index in range(documents):
        sub = folder / f"team-{index % 20:02d}"
        sub.mkdir(exist_ok=True)
        text = texts[index % len(texts)].replace('"title": "', f'"title": "#{index} ', 1)
        (sub / f"process-{index:04d}.pwb").write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--steps", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workers", type=int, default=None,
                        help="worker processes for the cold scan (default: up to 4, one per core)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        write_folder(folder, args.documents, args.steps)
        cold, warm = [], []
        for _ in range(args.runs):
            cache = RegisterCache()
            start = time.perf_counter()
            register = scan_register(folder, cache, workers=args.workers)
            cold.append(time.perf_counter() - start)
            start = time.perf_counter()
            scan_register(folder, cache, workers=args.workers)
            warm.append(time.perf_counter() - start)
        unreadable = sum(1 for e in register.entries if not e.readable)
        cpu = _cpu_per_document(folder / "team-00")
        print(f"register: {len(register.entries)} documents of {args.steps} steps, "
              f"{unreadable} unreadable")
        for name, times, target in (("cold scan", cold, COLD_TARGET),
                                    ("warm rescan", warm, WARM_TARGET)):
            verdict = "within" if statistics.median(times) <= target else "OVER"
            shown = ", ".join(f"{t:.2f}" for t in times)
            print(f"  {name}: median {statistics.median(times):.2f} s (runs: {shown}); "
                  f"target {target} s: {verdict}")
        print(f"  CPU per document, one process: {cpu * 1000:.1f} ms "
              f"(a cold scan needs {cpu * args.documents:.1f} CPU seconds in all; the machine's "
              "load decides how much of it two cores give at once)")
    return 0


def _cpu_per_document(folder: Path) -> float:
    """CPU time of reading and judging one document, free of what else the machine runs."""
    start = time.process_time()
    register = scan_register(folder, RegisterCache(), workers=1)
    return (time.process_time() - start) / max(1, len(register.entries))


if __name__ == "__main__":
    raise SystemExit(main())
