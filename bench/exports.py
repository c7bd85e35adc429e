"""How long the exports take for a big as-is/to-be pair: 500 steps each.

A process owner clicks Export before a meeting; the workbook and the report together
should be ready within 3 seconds. The pair is a synthetic 500-step flow and a to-be copied
from it and redesigned (steps relabelled and shortened, waste reclassed), so the comparison
pairs every step through its copy lineage as in real use.

Run from the repository root: `python -m bench.exports`. Each figure is the median of a
few runs. This is a report, not a test: it always exits 0 and prints what it measured.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.synthetic import synthetic_document
from workbench.comparison import compare_versions
from workbench.document import Document
from workbench.model import NodeKind, ValueClass

NODES = 500
TARGET_SECONDS = 3.0


def before_after_pair(nodes: int = NODES, seed: int = 1) -> Document:
    """A synthetic as-is and a to-be copied from it with every seventh step redesigned."""
    document = synthetic_document(nodes, seed)
    as_is = document.versions[0]
    to_be = document.copy_version(as_is.id, "To-be")
    tasks = [n for n in to_be.nodes.values() if n.kind is NodeKind.TASK]
    with document.edit(to_be.id):
        for number, node in enumerate(tasks):
            if number % 7 == 0:
                duration = node.duration and dataclasses.replace(
                    node.duration, expected=node.duration.expected / 2
                )
                document.change_node(
                    to_be.id, node.id, label=f"{node.label} (redesigned)", duration=duration
                )
            elif node.value_class is ValueClass.WASTE and number % 3 == 0:
                document.change_node(
                    to_be.id, node.id, value_class=ValueClass.NECESSARY, waste_kind=None
                )
    return document


def median_seconds(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _exporter(module: str, function: str) -> Callable | None:
    try:
        return getattr(importlib.import_module(module), function, None)
    except ImportError:
        return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=NODES, help="steps per version")
    parser.add_argument("--runs", type=int, default=3, help="runs per figure (median)")
    args = parser.parse_args(argv)

    document = before_after_pair(args.nodes)
    before, after = document.versions
    print(
        f"Exports of an as-is/to-be pair, {len(before.nodes):,} + {len(after.nodes):,} steps, "
        f"{len(before.flows):,} + {len(after.flows):,} flows (median of {args.runs} runs)"
    )
    comparing = median_seconds(lambda: compare_versions(before, after, document), args.runs)
    comparison = compare_versions(before, after, document)
    print(
        f"  comparison (measures of both, pairing, changes): {comparing:6.2f} s  "
        f"({len(comparison.elements)} changes listed)"
    )
    total = 0.0
    with tempfile.TemporaryDirectory() as folder:
        for what, module, function, name in (
            ("Excel workbook", "exporters.excel", "export_workbook", "pair.xlsx"),
            ("PDF report", "exporters.pdf", "export_report", "pair.pdf"),
        ):
            export = _exporter(module, function)
            if export is None:
                print(f"  {what}: not available in this installation")
                continue
            path = Path(folder) / name
            seconds = median_seconds(lambda e=export, p=path: e(document, p), args.runs)
            total += seconds
            size = path.stat().st_size / 1024
            print(f"  {what:<15} {seconds:6.2f} s  ({size:,.0f} KiB)")
    verdict = "within" if total <= TARGET_SECONDS else "OVER"
    print(f"  together        {total:6.2f} s  ({verdict} the {TARGET_SECONDS:.0f} s target)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
