"""Building a big document or analysing it makes many small objects that all live on;
Python's cyclic collector would walk the growing heap again and again for nothing, which
makes the cost grow faster than the flow. Pausing it for the build keeps growth linear."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


@contextmanager
def collector_paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def without_collector(function: Callable[P, R]) -> Callable[P, R]:
    """The same, as a decorator for a whole analysis."""

    @wraps(function)
    def paused(*args: P.args, **kwargs: P.kwargs) -> R:
        with collector_paused():
            return function(*args, **kwargs)

    return paused


def settle_survivors() -> None:
    """After a pause that built many objects meant to live on (a register's rows: some
    400,000 for a thousand documents), pass them to the oldest generation in one
    collection now. Left alone, the collector examines them once as young objects and
    again, moments later, as middle-aged ones: half a second that lands on whatever the
    user does next (in a benchmark, on a warm rescan). Call it before the pause ends, or
    the first young collection comes first."""
    gc.collect(1)
