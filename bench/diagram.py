"""`python -m bench.diagram`: the drawing engine's speed and what its drawings look like.

1. Layout plus routing of synthetic 12-lane flows of 2,000 and 10,000 steps (targets:
   300 ms and 2 s on the project's 2-core machine): the auto-layout, then the whole
   drawing (step boxes, routes, captions), with reportlab's Helvetica metrics.
2. Over the BPMN corpus of other tools' files: the defects and crossings a reader meets,
   counted from the DI alone by `bench.diagram_counts`, for the file as its tool drew it,
   for our `import-bpmn --layout` then export, and, where Node.js and npm are installed,
   for bpmn-auto-layout (npm) on the same file. bpmn-auto-layout drops lanes and pools, so
   its crossings are a reference, not a like-for-like.

A report, not a test: it prints a table.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from bench.diagram_counts import crossings, defects
from bench.synthetic import synthetic_document
from exporters.bpmn import BpmnError, import_bpmn
from exporters.bpmn.export import export_bytes
from exporters.text_metrics import ReportlabMetrics
from workbench.diagram import build_drawing
from workbench.diagram.layout import apply_layout, auto_layout

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "bpmn"
NODE_FOLDER = ROOT / "build" / "bench-node"
REFUSED = {"missing-namespace.bpmn", "duplicate-ids.bpmn"}  # negative cases of the corpus
TARGETS = {2000: 0.3, 10000: 2.0}
RUNS = 3
LAYOUT_SCRIPT = """
import { layoutProcess } from 'bpmn-auto-layout';
import { readFileSync, writeFileSync } from 'fs';
const [,, input, output] = process.argv;
try { writeFileSync(output, await layoutProcess(readFileSync(input, 'utf8'))); }
catch (e) { console.error(String(e)); process.exit(3); }
"""


def time_engine(steps: int) -> tuple[float, float]:
    """Median seconds of the auto-layout and of the drawing of a synthetic flow."""
    metrics = ReportlabMetrics("Helvetica")
    layouts, drawings = [], []
    for run in range(RUNS):
        document = synthetic_document(steps, seed=run + 1)
        version = document.versions[0]
        began = time.perf_counter()
        layout = auto_layout(version, metrics)
        layouts.append(time.perf_counter() - began)
        apply_layout(document, version.id, layout)
        version = document.version(version.id)
        began = time.perf_counter()
        build_drawing(version, metrics)
        drawings.append(time.perf_counter() - began)
    return statistics.median(layouts), statistics.median(drawings)


def corpus_files() -> list[Path]:
    if not CORPUS.is_dir():
        return []
    return sorted(p for p in CORPUS.rglob("*")
                  if p.suffix in (".bpmn", ".xml") and p.is_file() and p.name not in REFUSED)


def auto_layout_tool() -> str | None:
    """bpmn-auto-layout installed under build/; None with a note when it cannot be."""
    if shutil.which("node") is None or shutil.which("npm") is None:
        print("  (Node.js or npm is not installed: no bpmn-auto-layout column)")
        return None
    NODE_FOLDER.mkdir(parents=True, exist_ok=True)
    script = NODE_FOLDER / "layout.mjs"
    script.write_text(LAYOUT_SCRIPT, encoding="utf-8")
    if not (NODE_FOLDER / "node_modules" / "bpmn-auto-layout").is_dir():
        if not (NODE_FOLDER / "package.json").exists():
            (NODE_FOLDER / "package.json").write_text('{"private": true}\n', encoding="utf-8")
        done = subprocess.run(
            ["npm", "install", "--no-audit", "--no-fund", "--loglevel=error",
             "bpmn-auto-layout@1"], cwd=NODE_FOLDER, capture_output=True, text=True,
            timeout=300, check=False)
        if done.returncode != 0:
            print(f"  (npm could not install bpmn-auto-layout: {done.stderr.strip()[-200:]})")
            return None
    return str(script)


def tally(xml: bytes | Path, counts: Counter[str]) -> None:
    counts.update(defects(xml))
    counts["crossings"] += crossings(xml)
    counts["files"] += 1


def compare_corpus() -> dict[str, Counter[str]]:
    columns: dict[str, Counter[str]] = {"original": Counter(), "ours": Counter()}
    tool = auto_layout_tool()
    if tool is not None:
        columns["bpmn-auto-layout"] = Counter()
    with tempfile.TemporaryDirectory() as folder:
        for path in corpus_files():
            try:
                result = import_bpmn(path, layout=True)
            except BpmnError:
                continue  # refused files are the importer's tests, not the layout's
            tally(path, columns["original"])
            tally(export_bytes(result.document), columns["ours"])
            if tool is not None:
                out = Path(folder) / "laid-out.bpmn"
                done = subprocess.run(["node", tool, str(path), str(out)], cwd=NODE_FOLDER,
                                      capture_output=True, timeout=120, check=False)
                if done.returncode == 0:
                    tally(out, columns["bpmn-auto-layout"])
    return columns


def main() -> int:
    print("Drawing engine (layout + routing, Helvetica metrics, median of 3)")
    for steps, target in TARGETS.items():
        layout, drawing = time_engine(steps)
        total = layout + drawing
        verdict = "ok" if total <= target else "MISSED"
        print(f"  {steps:>6,} steps: layout {layout * 1000:6.0f} ms + drawing "
              f"{drawing * 1000:6.0f} ms = {total * 1000:6.0f} ms  "
              f"(target ≤ {target * 1000:.0f} ms)  {verdict}")
    print(f"\nBPMN corpus ({CORPUS}), counted from each file's DI")
    columns = compare_corpus()
    rows = sorted({key for counts in columns.values() for key in counts} - {"files"})
    print(f"  {'':32}" + "".join(f"{name:>18}" for name in columns))
    print(f"  {'files':32}" + "".join(f"{c['files']:>18}" for c in columns.values()))
    for row in rows:
        print(f"  {row:32}" + "".join(f"{c[row]:>18}" for c in columns.values()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
