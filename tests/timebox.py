"""Running something that might hang without hanging the test suite.

The call runs in a forked child process; if it has not answered within the time allowed,
the child is killed and the test fails, instead of the suite waiting forever.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bench.isolated import run_isolated


def run_within(seconds: float, function: Callable[..., Any], *args: Any) -> Any:
    """`function(*args)`'s result, or its exception raised again here; the test fails if
    the call takes longer than `seconds`. Results and exceptions must be picklable."""
    outcome = run_isolated(seconds, function, *args)
    if not outcome.finished:
        pytest.fail(f"{function.__name__} did not finish within {seconds} s")
    if outcome.seconds > seconds:
        pytest.fail(f"{function.__name__} took {outcome.seconds:.1f} s, more than {seconds} s")
    if not outcome.ok:
        raise outcome.value
    return outcome.value
