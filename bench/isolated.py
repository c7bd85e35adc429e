"""Running a call that might hang or crash in a forked child process, with a time limit.

Used by the hostile-input catalogue (`python -m bench.reliability`) and by the tests, so
that an input that hangs ends one measurement instead of the whole run.
"""

from __future__ import annotations

import multiprocessing
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Outcome:
    finished: bool  # False: still running when the time was up, and killed
    ok: bool = False  # the call returned (True) or raised (False)
    value: Any = None  # what it returned, or the exception it raised
    seconds: float = 0.0  # as measured inside the child, around the call alone
    cpu_seconds: float = 0.0  # the child's processor time for the call: load does not swell it


def run_isolated(limit: float, function: Callable[..., Any], *args: Any) -> Outcome:
    """`function(*args)` in a forked child, killed after `limit` seconds. Results and
    exceptions must be picklable."""
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_answer, args=(sender, function, args), daemon=True)
    child.start()
    sender.close()
    try:
        if not receiver.poll(limit):
            return Outcome(finished=False, seconds=limit)
        try:
            ok, value, seconds, cpu = receiver.recv()
        except EOFError:  # the child died without answering
            return Outcome(True, False, RuntimeError("the child process died"), 0.0)
        return Outcome(True, ok, value, seconds, cpu)
    finally:
        if child.is_alive():
            child.kill()
        child.join()
        receiver.close()


def _answer(sender: Any, function: Callable[..., Any], args: tuple[Any, ...]) -> None:
    started, cpu = time.perf_counter(), time.process_time()
    try:
        ok, value = True, function(*args)
    except BaseException as error:  # noqa: BLE001 - handed to the parent
        ok, value = False, error
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    try:
        sender.send((ok, value, seconds, cpu))
    except Exception as error:  # noqa: BLE001 - an unpicklable result
        sender.send((False, RuntimeError(repr(error)), seconds, cpu))
