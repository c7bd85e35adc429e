"""Reliability on hostile files, crashes and large inputs (issue 14), as figures.

Three parts, each a report, not a test (it always exits 0 and prints what it measured):

- kill-during-save: a child process saves a 5,000-step document and is killed at a random
  moment, 200 times; counted are lost documents, lost backups and temporary files left
  after the next save (see `bench.kill_save`);
- mutation fuzzing of the `.pwb` loader and the BPMN importer: 5,000 inputs each, counted
  are uncaught exceptions and inputs over the time bound (see `bench.fuzz`);
- the hostile-input catalogue: every input the issue measured, each with its answer and
  the time it took, against a bound of 2 s (see `bench.hostile`).

Run from the repository root: `python -m bench.reliability` (a few minutes).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from bench.fuzz import TIME_BOUND, fuzz
from bench.hostile import BOUND, run_catalogue
from bench.kill_save import run_kills


def kill_section(kills: int, steps: int) -> list[str]:
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="pwb-kills-") as folder:
        report = run_kills(Path(folder), kills, steps)
    took = time.perf_counter() - started
    lines = [
        f"Kill during save: {report.kills} kills of a child saving a {steps:,}-step document "
        f"(one save takes {report.save_seconds * 1000:.0f} ms; the run took {took:.0f} s)",
        f"  lost documents:        {report.lost_documents}",
        f"  lost backups:          {report.lost_backups}",
        f"  temporary files the kills left, swept by the next save: "
        f"{report.temp_files_before_sweep}",
        f"  leftover temporary files after the next save: {report.leftover_temp_files}",
    ]
    lines += [f"  ! {problem}" for problem in report.problems[:20]]
    return lines


def fuzz_section(examples: int) -> list[str]:
    lines = [f"Mutation fuzzing ({examples:,} inputs per loader, bound {TIME_BOUND:g} s each):"]
    total, uncaught = 0, 0
    for kind in ("pwb", "bpmn"):
        started = time.perf_counter()
        report = fuzz(kind, examples)
        total += report.inputs
        uncaught += len(report.uncaught)
        lines.append(
            f"  {kind:>4}: {report.inputs:,} inputs, {report.loaded:,} loaded, "
            f"{report.refused:,} refused, {len(report.uncaught)} uncaught exceptions, "
            f"{report.over_time_bound} over the bound, slowest {report.slowest * 1000:.0f} ms "
            f"({time.perf_counter() - started:.0f} s)"
        )
        lines += [f"     ! {problem}" for problem in report.uncaught[:10]]
    lines.append(f"  total: {total:,} inputs, {uncaught} uncaught exceptions")
    return lines


def catalogue_section(names: list[str] | None) -> list[str]:
    results = run_catalogue(names)
    lines = [f"Hostile inputs (each must be answered within {BOUND:g} s):"]
    for r in results:
        mark = "ok " if r.ok else "BAD"
        lines.append(f"  {mark} item {r.item:>2}  {r.seconds:6.2f} s  {r.name}")
        lines.append(f"                          {r.answer[:100]}")
    slowest = max((r.seconds for r in results), default=0.0)
    bad = sum(not r.ok for r in results)
    lines.append(f"  {len(results)} inputs, {bad} not answered as expected within {BOUND:g} s; "
                 f"slowest {slowest:.2f} s")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.reliability", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kills", type=int, default=200, help="kills during save (200)")
    parser.add_argument("--steps", type=int, default=5_000, help="steps of the saved document")
    parser.add_argument("--fuzz", type=int, default=5_000, help="fuzzed inputs per loader")
    parser.add_argument("--only", nargs="*", metavar="WORD",
                        help="run only the catalogue cases whose name holds one of these")
    args = parser.parse_args(argv)
    sections = []
    if args.kills:
        sections.append(kill_section(args.kills, args.steps))
    if args.fuzz:
        sections.append(fuzz_section(args.fuzz))
    sections.append(catalogue_section(args.only))
    for section in sections:
        print("\n".join(section), end="\n\n", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
