"""`python -m bench.diagram`: the drawing engine's speed and what its drawings look like.

1. Layout plus routing of synthetic 12-lane flows of 2,000 and 10,000 steps (targets:
   300 ms and 2 s on the project's 2-core machine): the auto-layout, then the whole
   drawing (step boxes, routes, captions), with reportlab's Helvetica metrics.
2. Over the BPMN corpus of other tools' files: the defects and crossings a reader meets,
   counted from the DI alone by `bench.diagram_counts`, for the file as its tool drew it,
   for our `import-bpmn --layout` then export, and, where Node.js and npm are installed,
   for bpmn-auto-layout (npm) on the same file. bpmn-auto-layout drops lanes and pools, so
   its crossings are a reference, not a like-for-like. It also lays out only the file's
   first process: message flows and the other pools' connectors are not in its drawing. So
   a last row counts our crossings again among the connectors bpmn-auto-layout draws too
   (with the join and split connectors our export adds between those steps), still drawn
   in our whole diagram: the same connectors on both sides.

A report, not a test: it prints a table.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

from bench.diagram_counts import MODEL, Diagram, crossings, defects, read_di
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
SHARED_ROW = "crossings on its connectors"
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
    diagram = read_di(xml)
    counts.update(defects(diagram))
    counts["crossings"] += crossings(diagram)
    counts["connectors drawn"] += len(diagram.edges)
    counts["files"] += 1


def _ids(element: ET.Element) -> set[str]:
    return {e.get("id", "") for e in element.iter()} - {""}


def connectors_among(ours: bytes, original: bytes, steps: set[str], flows: set[str]) -> Diagram:
    """Our drawing with only the connectors in `flows`, and those our export adds (their id
    is not in the original file) whose ends are each in `steps` or added by the export."""
    mine = read_di(ours)
    known = _ids(ET.fromstring(original))

    def kept(key: str) -> bool:
        if key in flows:
            return True
        return key not in known and all(end in steps or end not in known
                                        for end in mine.ends[key])

    mine.edges = {key: points for key, points in mine.edges.items() if kept(key)}
    return mine


def shared_connectors(ours: bytes, peer: bytes, original: bytes) -> Diagram:
    """Our drawing with only the connectors that bpmn-auto-layout's drawing holds too."""
    theirs = read_di(peer)
    return connectors_among(ours, original, set(theirs.shapes), set(theirs.edges))


def first_process_connectors(ours: bytes, original: bytes) -> Diagram:
    """Our drawing with only the connectors of the file's first process: what
    bpmn-auto-layout lays out (it draws that process alone), so tests can hold the
    like-for-like figure without Node.js."""
    first = ET.fromstring(original).find(f"{{{MODEL}}}process")
    ids = _ids(first) if first is not None else set()
    return connectors_among(ours, original, ids, ids)


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
            ours = export_bytes(result.document)
            tally(ours, columns["ours"])
            if tool is not None:
                out = Path(folder) / "laid-out.bpmn"
                done = subprocess.run(["node", tool, str(path), str(out)], cwd=NODE_FOLDER,
                                      capture_output=True, timeout=120, check=False)
                if done.returncode == 0:
                    tally(out, columns["bpmn-auto-layout"])
                    columns["ours"][SHARED_ROW] += crossings(
                        shared_connectors(ours, out.read_bytes(), path.read_bytes()))
                    columns["bpmn-auto-layout"][SHARED_ROW] += crossings(out)
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
        print(f"  {row:32}" + "".join(
            f"{'–' if name == 'original' and row == SHARED_ROW else c[row]:>18}"
            for name, c in columns.items()))
    if "bpmn-auto-layout" in columns:
        print(f"  ({SHARED_ROW}: only the connectors bpmn-auto-layout draws, each file's first"
              " process, counted in both drawings)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
