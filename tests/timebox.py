"""Running something that might hang without hanging the test suite.

The call runs in a forked child process; if it has not answered within the time allowed,
the child is killed and the test fails, instead of the suite waiting forever.
"""

from __future__ import annotations

import multiprocessing
import time
from collections.abc import Callable
from typing import Any

import pytest


def run_within(seconds: float, function: Callable[..., Any], *args: Any) -> Any:
    """`function(*args)`'s result, or its exception raised again here; the test fails if
    the call takes longer than `seconds`. Results and exceptions must be picklable."""
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_answer, args=(sender, function, args), daemon=True)
    start = time.perf_counter()
    child.start()
    sender.close()
    try:
        if not receiver.poll(seconds):
            pytest.fail(f"{function.__name__} did not finish within {seconds} s")
        ok, value = receiver.recv()
    finally:
        if child.is_alive():
            child.kill()
        child.join()
    elapsed = time.perf_counter() - start
    if elapsed > seconds:
        pytest.fail(f"{function.__name__} took {elapsed:.1f} s, more than {seconds} s")
    if not ok:
        raise value
    return value


def _answer(sender: Any, function: Callable[..., Any], args: tuple[Any, ...]) -> None:
    try:
        outcome = (True, function(*args))
    except BaseException as error:  # noqa: BLE001 - handed to the parent to raise
        outcome = (False, error)
    try:
        sender.send(outcome)
    except Exception as error:  # noqa: BLE001 - an unpicklable result
        sender.send((False, RuntimeError(repr(error))))
