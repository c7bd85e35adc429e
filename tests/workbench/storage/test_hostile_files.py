"""Hostile `.pwb` files: each is refused (or loaded) in bounded time, with the JSON path."""

import json
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.timebox import run_within
from workbench.storage import FormatError, load_document, loads_document, parse
from workbench.storage.parse import MAX_CONTAINERS


def _message(data: bytes) -> str:
    """What the loader says about `data`, run in a child so a hang cannot stall the suite."""
    try:
        loads_document(data, "hostile.pwb")
    except FormatError as error:
        return str(error)
    return "loaded"


def test_an_unterminated_run_of_escaped_quotes_is_refused_at_once():
    # 128 KB used to take 87 s in the depth pre-scan (backtracking on every quote)
    data = b'{"format": "process-workbench", "a": "' + b'\\"' * 64_000
    message = run_within(2.0, _message, data)
    assert "Unterminated string" in message


@pytest.mark.parametrize(
    "data",
    [
        b"[" * 3_000_000,  # unclosed nesting
        b"[]" * 3_000_000,  # containers by the million
        b'"' + b"\\" * 6_000_000,  # one unterminated escape run
        b"[" + b",".join([b"[" * 30 + b"]" * 30] * 60_000) + b"]",  # deep-ish, many times
    ],
    ids=["unclosed", "pairs", "backslashes", "nested-blocks"],
)
def test_pathological_shapes_are_answered_quickly(data):
    assert run_within(2.0, _message, data) != "loaded"


def test_more_objects_and_lists_than_any_document_holds_are_refused():
    data = b"[" + b"[]," * MAX_CONTAINERS + b"[]]"
    assert "objects and lists, over the limit" in run_within(2.0, _message, data)


def test_nesting_is_measured_outside_strings_only():
    assert parse.parse_json(b'{"a": "[[[[[[[[[[[[", "b": "\\\\", "c": "\\"{{{{{{{{"}', max_depth=1)
    deep = b'{"a": "]]]]", "b": ' + b"[" * 5 + b"]" * 5 + b"}"
    with pytest.raises(FormatError, match="nested deeper than 5 levels"):
        parse.parse_json(deep, max_depth=5)
    parse.parse_json(b'{"b": ' + b"[" * 4 + b"]" * 4 + b"}", max_depth=5)


def test_duplicate_keys_are_refused_with_their_json_path():
    data = b'{"format": "x", "versions": [{"id": "a", "nodes": [{"id": 1, "id": 2}]}], "format": 1}'
    with pytest.raises(FormatError) as caught:
        loads_document(data, "dup.pwb")
    message = str(caught.value)
    assert "$.format: the key appears more than once" in message
    assert "$.versions[0].nodes[0].id: the key appears more than once" in message


def _load_message(path: str) -> str:
    try:
        load_document(path)
    except FormatError as error:
        return str(error)
    return "loaded"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_named_like_a_document_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "waiting.pwb"
    os.mkfifo(fifo)
    message = run_within(5.0, _load_message, str(fifo))
    assert "not a regular file" in message


_KEYS = st.text(alphabet=st.sampled_from('ab:"\\{}[],\u00e9\u6d41 '), max_size=6)
_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-9, 9) | st.floats(allow_nan=False,
                                                               allow_infinity=False) | _KEYS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_KEYS, inner, max_size=3),
    max_leaves=12,
)


@settings(max_examples=150, deadline=None)
@given(_VALUES, st.booleans())
def test_keys_are_counted_right_whatever_they_hold(value, ascii_only):
    """Colons, quotes and brackets inside keys and texts never count as the file's own."""
    data = json.dumps({"v": value}, ensure_ascii=ascii_only).encode("utf-8")
    assert parse.parse_json(data) == {"v": value}


@settings(max_examples=100, deadline=None)
@given(_VALUES, _KEYS)
def test_a_key_named_twice_anywhere_is_refused(value, key):
    twice = json.dumps({"v": value})[:-1] + f", {json.dumps(key)}: 1, {json.dumps(key)}: 2}}"
    with pytest.raises(FormatError, match="the key appears more than once"):
        parse.parse_json(('{"outer": [0, ' + twice + "]}").encode("utf-8"))
