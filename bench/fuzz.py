"""A mutation fuzzer for the two loaders that read other people's files: `.pwb` documents
and BPMN imports. Hypothesis picks mutations of good seed files (flipped, deleted,
inserted and repeated bytes, and tokens that trouble parsers); each mutant must be loaded
or refused with the loader's own error, within a time bound, and whatever loads must save
into a file that loads again.

`fuzz(kind, examples)` is used by `python -m bench.reliability` (thousands of inputs) and by
the tests (a few hundred).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import seed as fixed_seed
from hypothesis import strategies as st

from exporters.bpmn import BpmnError, export_bytes, import_bpmn
from workbench.examples import EXAMPLES
from workbench.storage import FormatError, dumps_document, loads_document

TIME_BOUND = 2.0  # seconds per input

TOKENS = [b'"', b"\\", b"\\u", b"{", b"}", b"[", b"]", b",", b":", b"1e999", b"-0", b"NaN",
          b"Infinity", b"null", b"true", b'"id"', b'"lanes"', b"<", b">", b"&", b"&amp;",
          b"<!--", b"-->", b"<![CDATA[", b"]]>", b"<!DOCTYPE d>", b'encoding="x-no"',
          b"\x00", b"\xff", b"\xef\xbb\xbf", b"\xed\xa0\x80", "\u202e".encode(), b"1.7e308",
          b"9" * 40]  # fmt: skip

Mutation = tuple[int, float, float, int]  # (operation, where, how long, which token or byte)
MUTATIONS = st.lists(
    st.tuples(
        st.integers(0, 5), st.floats(0, 1), st.floats(0, 1), st.integers(0, 255)
    ),
    min_size=1,
    max_size=8,
)


@dataclass
class FuzzReport:
    kind: str
    inputs: int = 0
    loaded: int = 0
    refused: int = 0
    uncaught: list[str] = field(default_factory=list)
    over_time_bound: int = 0
    slowest: float = 0.0


def mutate(seed: bytes, mutations: list[Mutation]) -> bytes:
    data = bytearray(seed)
    for operation, where, length, value in mutations:
        at = int(where * len(data))
        span = max(1, int(length * length * 64))  # mostly short spans
        if operation == 0 and data:  # flip a byte
            data[min(at, len(data) - 1)] = value
        elif operation == 1:  # delete a span
            del data[at : at + span]
        elif operation == 2:  # insert a token
            data[at:at] = TOKENS[value % len(TOKENS)]
        elif operation == 3:  # repeat a span in place
            data[at:at] = data[at : at + span] * (1 + value % 8)
        elif operation == 4:  # insert random-ish bytes
            data[at:at] = bytes((value + i * 37) % 256 for i in range(span))
        else:  # copy a span elsewhere (duplicate keys, elements, ids)
            other = int(length * len(data))
            data[other:other] = data[at : at + span]
    return bytes(data)


@cache
def seeds(kind: str) -> tuple[bytes, ...]:
    documents = [make() for make in EXAMPLES.values()]
    if kind == "pwb":
        return tuple(dumps_document(d).encode("utf-8") for d in documents)
    return tuple(export_bytes(d) for d in documents if d.versions)


def _load_pwb(data: bytes) -> None:
    document = loads_document(data)
    loads_document(dumps_document(document))  # whatever loads saves into a loadable file


def _load_bpmn(data: bytes) -> None:
    document = import_bpmn(data).document
    loads_document(dumps_document(document))


LOADERS: dict[str, tuple[Callable[[bytes], None], tuple[type[Exception], ...]]] = {
    "pwb": (_load_pwb, (FormatError,)),
    "bpmn": (_load_bpmn, (BpmnError,)),
}


def try_input(kind: str, data: bytes, report: FuzzReport) -> None:
    load, expected = LOADERS[kind]
    started = time.perf_counter()
    try:
        load(data)
        report.loaded += 1
    except expected:
        report.refused += 1
    except Exception as error:  # noqa: BLE001 - counted: the defect the fuzzer looks for
        report.uncaught.append(f"{type(error).__name__}: {error}"[:200])
    elapsed = time.perf_counter() - started
    report.inputs += 1
    report.slowest = max(report.slowest, elapsed)
    if elapsed > TIME_BOUND:
        report.over_time_bound += 1


def fuzz(kind: str, examples: int, seed: int = 0) -> FuzzReport:
    """Try `examples` mutants of the `kind` ("pwb" or "bpmn") seed files."""
    report = FuzzReport(kind)
    originals = seeds(kind)

    @settings(
        max_examples=examples,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @fixed_seed(seed)
    @given(st.integers(0, len(originals) - 1), MUTATIONS)
    def one(which: int, mutations: list[Mutation]) -> None:
        try_input(kind, mutate(originals[which], mutations), report)

    one()
    return report
