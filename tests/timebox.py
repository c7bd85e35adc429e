"""Running something that might hang without hanging the test suite.

The call runs in a forked child process; if it has not answered within the time allowed,
the child is killed and the test fails, instead of the suite waiting forever.

What is judged is the child's processor time: on a machine shared with other work the wall
clock can double while the work done stays the same. The child is still killed once the
wall clock passes `WALL_FACTOR` times the limit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bench.isolated import run_isolated

WALL_FACTOR = 4.0


def run_within(seconds: float, function: Callable[..., Any], *args: Any) -> Any:
    """`function(*args)`'s result, or its exception raised again here; the test fails if
    the call needs more than `seconds` of processor time. Results and exceptions must be
    picklable."""
    outcome = run_isolated(seconds * WALL_FACTOR, function, *args)
    if not outcome.finished:
        pytest.fail(f"{function.__name__} did not finish within {seconds * WALL_FACTOR} s")
    if outcome.cpu_seconds > seconds:
        pytest.fail(f"{function.__name__} took {outcome.cpu_seconds:.1f} s of processor "
                    f"time, more than {seconds} s")
    if not outcome.ok:
        raise outcome.value
    return outcome.value
