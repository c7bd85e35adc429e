"""The reliability suite's fuzzer and hostile-input catalogue, in a short run: every
mutated file is loaded or refused with the loader's own error, within the time bound."""

from __future__ import annotations

import pytest

from bench.fuzz import TIME_BOUND, fuzz, mutate
from bench.hostile import run_catalogue


@pytest.mark.parametrize("kind", ["pwb", "bpmn"])
def test_mutated_files_are_loaded_or_refused_never_crash(kind: str) -> None:
    report = fuzz(kind, examples=150, seed=14)
    assert report.uncaught == []
    assert report.inputs == 150 and report.slowest <= TIME_BOUND


def test_mutations_change_the_seed() -> None:
    seed = b'{"a": [1, 2, 3]}'
    assert mutate(seed, [(1, 0.0, 0.5, 0)]) != seed
    assert mutate(seed, [(2, 0.5, 0.0, 0)]).count(b'"') == seed.count(b'"') + 1


def test_cheap_catalogue_cases_are_answered_in_time() -> None:
    results = run_catalogue(["128 KB", "CONIN", "duplicate key", "billion", "sidecar"])
    assert len(results) == 7  # the 128 KB file alone, and in a team folder
    assert [r for r in results if not r.ok] == []
