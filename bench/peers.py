"""Process Workbench beside bpmn-js on the same large BPMN files, in one run.

    python -m bench.peers                    # 2,000 and 10,000 steps
    python -m bench.peers --sizes 300 --runs 1 --ours-only

For each size it writes a synthetic 12-lane flow as BPMN (our exporter), imports that file
into a `.pwb` (our importer), and times:

- ours: opening the `.pwb` to the first paint (window already up, as when a user opens a
  file), moving one step along its lane (p95, canvas repainted), the measures and checks
  recomputed after a move into another lane, and resident memory; every open runs in a
  fresh process;
- bpmn-js 18 (npm) in Debian's headless Chromium, driven by playwright-core: importXML of
  the `.bpmn` file to the second animation frame (painted), and moving one task (p95).

Then the ratios ours ÷ bpmn-js. Targets (issue 14): ≤ 0.1 at 10,000 steps, ≤ 0.2 at 2,000.
Where Node.js, npm, Chromium or the npm packages are missing it says which and prints ours
only. The npm packages go to ~/.cache/process-workbench-peers (or $PW_PEERS_CACHE), never
into the repository. A report, not a test: it always exits 0.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
NPM_PACKAGES = ("bpmn-js@18", "playwright-core@1")
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome")
TARGETS = {2_000: 0.2, 10_000: 0.1}
MOVES = 40
LANE_MOVES = 4


@dataclass
class Figures:
    open_s: list[float]
    move_ms: list[float]
    memory_mb: float | None = None
    recompute_ms: float | None = None

    @property
    def open_median(self) -> float:
        return statistics.median(self.open_s)

    @property
    def move_p95(self) -> float:
        return p95(self.move_ms)


def p95(values: list[float]) -> float:
    if len(values) < 2:
        return values[0] if values else float("nan")
    return statistics.quantiles(values, n=20)[18]


# ---------------------------------------------------------------------------- the files


def make_files(steps: int, folder: Path) -> tuple[Path, Path]:
    """The synthetic flow as BPMN, and that BPMN file imported into a `.pwb`."""
    from bench.synthetic import synthetic_document
    from exporters.bpmn import export_bpmn, import_bpmn
    from workbench.storage import save_document

    bpmn = folder / f"flow-{steps}.bpmn"
    export_bpmn(synthetic_document(steps, seed=7), bpmn)
    pwb = folder / f"flow-{steps}.pwb"
    save_document(import_bpmn(bpmn).document, pwb, backup=False)
    return bpmn, pwb


# ---------------------------------------------------------------------------- ours


def ours_child(path: str, moves: int) -> None:
    """In a fresh process: open, move, recompute; print the figures as one JSON line."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from bench.editor import _paint, _window, resident_mb
    from ui.commands import MoveNodes, push
    from workbench.document import Placement

    with tempfile.TemporaryDirectory() as tmp:
        app, window = _window(Path(tmp))
        started = time.perf_counter()
        window.files.open_path(path, ask_to_save=False)
        window._fit_view()
        _paint(app, window)
        opened = time.perf_counter() - started
        document, stack = window.files.document, window.files.undo_stack
        version = document.version(window.version_id)
        node_id = next(n.id for n in version.nodes.values() if n.kind.value == "task")
        times = []
        for i in range(moves):
            node = version.nodes[node_id]
            placement = Placement(node.x + (24 if i % 2 == 0 else -24), node.y, node.lane)
            start = time.perf_counter()
            push(stack, MoveNodes(document, version.id, {node_id: placement}))
            app.processEvents()
            times.append((time.perf_counter() - start) * 1000)
        window.docks["measures"].show()
        window.docks["findings"].show()
        panels = (window.panels["measures"], window.panels["findings"])
        lanes = [lane.id for lane in version.lanes]
        recomputes = []
        for _ in range(LANE_MOVES):
            node = version.nodes[node_id]
            other = lanes[(lanes.index(node.lane) + 1) % len(lanes)]
            moved = {node_id: Placement(node.x, node.y, other)}
            push(stack, MoveNodes(document, version.id, moved))
            start = time.perf_counter()
            for panel in panels:  # what the deferred refresh runs once edits pause
                panel.refresh()
            recomputes.append((time.perf_counter() - start) * 1000)
            app.processEvents()
        print(json.dumps({
            "open_s": opened,
            "move_ms": times,
            "memory_mb": resident_mb(),
            "recompute_ms": statistics.median(recomputes),
        }))


def ours(pwb: Path, runs: int, moves: int) -> Figures:
    results = []
    for run in range(runs):
        done = subprocess.run(
            [sys.executable, "-m", "bench.peers", "--ours-child", str(pwb),
             "--moves", str(moves if run == 0 else 0)],
            capture_output=True, text=True, check=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        results.append(json.loads(done.stdout.strip().splitlines()[-1]))
    first = results[0]
    return Figures(
        [r["open_s"] for r in results], first["move_ms"], first["memory_mb"], first["recompute_ms"]
    )


# ---------------------------------------------------------------------------- bpmn-js


def cache_folder() -> Path:
    default = Path.home() / ".cache" / "process-workbench-peers"
    return Path(os.environ.get("PW_PEERS_CACHE", default))


def find_chromium() -> str | None:
    named = os.environ.get("PW_CHROMIUM")
    if named:
        return named if Path(named).exists() else None
    return next((found for name in CHROMIUM_NAMES if (found := shutil.which(name))), None)


def prepare_peer() -> tuple[str | None, str]:
    """(Chromium's path, "") when bpmn-js can run; else (None, what is missing)."""
    missing = [tool for tool in ("node", "npm") if shutil.which(tool) is None]
    chromium = find_chromium()
    if chromium is None:
        missing.append("Chromium (Debian: apt-get install chromium; or set PW_CHROMIUM)")
    if missing:
        return None, "not installed: " + ", ".join(missing)
    cache = cache_folder()
    modules = cache / "node_modules"
    if not ((modules / "bpmn-js").is_dir() and (modules / "playwright-core").is_dir()):
        cache.mkdir(parents=True, exist_ok=True)
        if not (cache / "package.json").exists():
            (cache / "package.json").write_text('{"private": true}\n')
        try:
            done = subprocess.run(
                ["npm", "install", "--no-audit", "--no-fund", "--loglevel=error", *NPM_PACKAGES],
                cwd=cache, capture_output=True, text=True, timeout=600,
            )
        except (OSError, subprocess.TimeoutExpired) as error:
            return None, f"npm could not install {', '.join(NPM_PACKAGES)}: {error}"
        if done.returncode != 0:
            return None, f"npm could not install bpmn-js: {done.stderr.strip()[-300:]}"
    return chromium, ""


def bpmn_js(chromium: str, bpmn: Path, runs: int, moves: int) -> Figures | str:
    """bpmn-js's figures, or why they could not be taken."""
    try:
        done = subprocess.run(
            ["node", str(HERE / "peers_bpmnjs.mjs"), str(cache_folder()), chromium, str(bpmn),
             str(runs), str(moves)],
            capture_output=True, text=True, timeout=1800,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        return f"bpmn-js did not run: {error}"
    if done.returncode != 0:
        return f"bpmn-js did not run: {done.stderr.strip()[-400:]}"
    result = json.loads(done.stdout.strip().splitlines()[-1])
    return Figures(result["open_s"], result["move_ms"], result["heap_mb"])


# ---------------------------------------------------------------------------- report


def report(steps: int, mine: Figures, theirs: Figures | str | None) -> list[str]:
    lines = [
        f"{steps:,} steps, 12 lanes",
        f"  ours     open to first paint {mine.open_median:6.2f} s (median of {len(mine.open_s)})"
        f"   move p95 {mine.move_p95:6.1f} ms   RSS {mine.memory_mb:5.0f} MB"
        f"   measures + checks after a lane move {mine.recompute_ms:5.0f} ms",
    ]
    if isinstance(theirs, Figures):
        lines.append(
            f"  bpmn-js  import to paint     {theirs.open_median:6.2f} s (median of "
            f"{len(theirs.open_s)})   move p95 {theirs.move_p95:6.1f} ms   JS heap "
            f"{theirs.memory_mb or float('nan'):5.0f} MB"
        )
        ratio = mine.open_median / theirs.open_median
        target = TARGETS.get(steps)
        verdict = ""
        if target is not None:
            verdict = f"  (target ≤ {target}: {'ok' if ratio <= target else 'MISSED'})"
        lines.append(
            f"  ratio    open {ratio:.3f} ×{verdict}   move {mine.move_p95 / theirs.move_p95:.3f} ×"
        )
    elif theirs:
        lines.append(f"  bpmn-js  {theirs}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2_000, 10_000])
    parser.add_argument("--runs", type=int, default=3, help="opens per size and tool (default 3)")
    parser.add_argument("--moves", type=int, default=MOVES)
    parser.add_argument("--ours-only", action="store_true", help="skip bpmn-js")
    parser.add_argument("--ours-child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.ours_child:
        ours_child(args.ours_child, args.moves)
        return 0
    if args.ours_only:
        chromium, why_not = None, "left out (--ours-only)"
    else:
        chromium, why_not = prepare_peer()
    print("Process Workbench beside bpmn-js 18 (headless Chromium), same files, same run")
    if chromium is None:
        print(f"bpmn-js: {why_not}; ours only.")
    with tempfile.TemporaryDirectory() as folder:
        for steps in args.sizes:
            bpmn, pwb = make_files(steps, Path(folder))
            mine = ours(pwb, args.runs, args.moves)
            theirs = bpmn_js(chromium, bpmn, args.runs, args.moves) if chromium else None
            print("\n".join(report(steps, mine, theirs)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
