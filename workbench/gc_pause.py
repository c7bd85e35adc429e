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
