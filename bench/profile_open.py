"""Where the time of opening a big document goes, summed by module (offscreen, cProfile).

    python -m bench.profile_open 10000     # steps; 2000 by default

Own time per module (the project's files by path, Qt's C++ calls by the Qt class's module),
then the slowest functions, including what they call. cProfile roughly doubles Python's
share, so read the shares, not the seconds.
"""

from __future__ import annotations

import cProfile
import os
import pstats
import re
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.editor import _paint, _window  # noqa: E402
from bench.synthetic import synthetic_document  # noqa: E402
from workbench.storage import save_document  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
_BUILTIN = re.compile(r"of '([\w.]+?)\.(\w+)' objects|built-in method ([\w.]+)")


def module_of(filename: str, name: str) -> str:
    if filename == "~":
        found = _BUILTIN.search(name)
        if found and found.group(1):
            return f"{found.group(1)} (C++/C)"
        return "builtins"
    path = Path(filename)
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        parts = path.parts
        if "site-packages" not in parts:
            return path.name
        return "/".join(parts[parts.index("site-packages") + 1 :][:2])


def by_module(stats: pstats.Stats) -> list[tuple[str, float]]:
    totals: dict[str, float] = defaultdict(float)
    for (filename, _line, name), (_cc, _nc, tottime, _ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        totals[module_of(filename, name)] += tottime
    return sorted(totals.items(), key=lambda item: -item[1])


def main() -> int:
    steps = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        path = tmp / f"flow-{steps}.pwb"
        save_document(synthetic_document(steps, seed=7), path, backup=False)
        app, window = _window(tmp)
        profile = cProfile.Profile()
        start = time.perf_counter()
        profile.enable()
        window.files.open_path(path, ask_to_save=False)
        window._fit_view()
        _paint(app, window)
        profile.disable()
        wall = time.perf_counter() - start
    stats = pstats.Stats(profile)
    total = sum(seconds for _, seconds in by_module(stats))
    print(f"Open {steps:,} steps to first paint under cProfile: {wall:.2f} s wall")
    print("Own time by module:")
    for module, seconds in by_module(stats)[:25]:
        print(f"  {seconds:6.3f} s  {seconds / total:5.1%}  {module}")
    print("Slowest functions, including what they call:")
    stats.sort_stats("cumulative").print_stats(30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
