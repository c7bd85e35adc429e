"""Stage one of loading: bytes to a JSON value, with limits for untrusted files.

Files come from other teams and shared folders, so size and nesting are bounded before
anything is built, every stage takes time linear in the file's size (a hostile file is
refused in about the time a good one of its size loads), and every failure becomes a
`FormatError`.
"""

from __future__ import annotations

import errno
import json
import os
import re
import stat
from collections import Counter
from functools import cache
from typing import Any, BinaryIO

from workbench.i18n import Msg, _t
from workbench.storage.errors import FormatError, Problem

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_DEPTH = 32
MAX_CONTAINERS = 2_000_000  # objects and lists; a 10,000-step document holds about 35,000

_STRING = re.compile(rb'"[^"]*"')
_NOT_MARKS = bytes(b for b in range(256) if b not in b'"[]{}:')
_AS_PARENS = bytes.maketrans(b"[]{}", b"()()")


@cache
def _nesting_at_most(depth: int) -> re.Pattern[bytes]:
    """Balanced parentheses nested at most `depth` deep: a regular language, matched by
    possessive groups in one pass with no backtracking."""
    pattern = b""
    for _ in range(depth):
        pattern = rb"(?:\(" + pattern + rb"\))*+"
    return re.compile(pattern)


class NotARegularFile(OSError):
    """A FIFO, device or socket where a file was expected: reading it could block forever."""


def open_regular(path: str | os.PathLike[str]) -> BinaryIO:
    """Open a regular file for reading without ever blocking; anything else (a FIFO, a
    device, a socket) raises `NotARegularFile` before a byte is read."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), os.fspath(path))
        if not stat.S_ISREG(mode):
            raise NotARegularFile(f"{os.fspath(path)} is not a regular file")
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_limited(path: str | os.PathLike[str], limit: int | None = None) -> bytes:
    """Read a file, refusing one over `limit` bytes before reading it whole."""
    limit = MAX_FILE_BYTES if limit is None else limit
    try:
        with open_regular(path) as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > limit:
                raise FormatError(Problem("", _too_big(size, limit)))
            data = handle.read(limit + 1)
    except FileNotFoundError as error:
        raise FormatError(Problem("", Msg("the file does not exist"))) from error
    except IsADirectoryError as error:
        raise FormatError(Problem("", Msg("this is a folder, not a file"))) from error
    except NotARegularFile as error:
        raise FormatError(
            Problem("", Msg("not a regular file (a pipe, device or socket); it was not read"))
        ) from error
    except PermissionError as error:
        raise FormatError(
            Problem("", Msg("permission denied: the file cannot be read"))
        ) from error
    except OSError as error:
        raise FormatError(
            Problem("", Msg("the file cannot be read ({reason})", reason=str(error.strerror)))
        ) from error
    if len(data) > limit:
        raise FormatError(Problem("", _too_big(len(data), limit)))
    return data


def parse_json(data: bytes | str, limit: int | None = None, max_depth: int | None = None) -> Any:
    limit = MAX_FILE_BYTES if limit is None else limit
    max_depth = MAX_DEPTH if max_depth is None else max_depth
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    if len(raw) > limit:
        raise FormatError(Problem("", _too_big(len(raw), limit)))
    text = _decode(raw)
    marks = _marks(raw)
    brackets = marks.translate(_AS_PARENS, b":")
    containers = brackets.count(b"(")
    if containers > MAX_CONTAINERS:
        raise FormatError(
            Problem(
                "",
                Msg("the file holds {count} objects and lists, over the limit of {limit} for "
                    "documents", count=containers, limit=MAX_CONTAINERS),
            )
        )
    keys = _KeyCount()
    try:
        value = json.loads(text, parse_constant=_reject_constant, object_hook=keys)
    except json.JSONDecodeError as error:
        raise FormatError(
            Problem("", Msg("not valid JSON at line {line}, column {column}: {detail}",
                            line=str(error.lineno), column=str(error.colno),
                            detail=_json_problem(error.msg)))
        ) from None
    except RecursionError:
        raise FormatError(Problem("", _too_deep(max_depth))) from None
    except ValueError as error:  # e.g. an integer with thousands of digits
        raise FormatError(Problem("", Msg("not valid JSON: {detail}", detail=str(error)))) from None
    if _nesting_at_most(max_depth).fullmatch(brackets) is None:
        raise FormatError(Problem("", _too_deep(max_depth)))
    if keys.count != marks.count(b":"):  # a key named twice in one object: say where
        duplicates = _Duplicates()
        value = json.loads(text, parse_constant=_reject_constant, object_pairs_hook=duplicates)
        raise FormatError(duplicates.problems(value))
    return value


class _KeyCount:
    """Counts the keys of the objects the parser builds. A file names as many keys as it
    has colons outside strings, so fewer keys mean one was named twice in some object and
    `json` silently kept one value; only then is the file parsed again to find where."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, value: dict[str, Any]) -> dict[str, Any]:
        self.count += len(value)
        return value


class _Duplicates:
    """Builds JSON objects and remembers those that name a key twice: a reviewer reading
    the file sees one value, `json` would silently keep the other."""

    def __init__(self) -> None:
        self.found: dict[int, list[str]] = {}

    def __call__(self, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result = dict(pairs)
        if len(result) != len(pairs):
            counts = Counter(key for key, _ in pairs)
            self.found[id(result)] = [key for key, count in counts.items() if count > 1]
        return result

    def problems(self, value: Any) -> list[Problem]:
        """The JSON path of each repeated key, found by one walk of the parsed value."""
        problems = []
        stack: list[tuple[Any, str]] = [(value, "$")]
        while stack:
            item, path = stack.pop()
            if isinstance(item, dict):
                for key in self.found.get(id(item), ()):
                    problems.append(Problem(f"{path}.{key}", _KEY_TWICE))
                stack.extend((v, f"{path}.{k}") for k, v in reversed(item.items()))
            elif isinstance(item, list):
                stack.extend((v, f"{path}[{i}]") for i, v in reversed(list(enumerate(item))))
        return problems


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise FormatError(
            Problem("", Msg("not UTF-8 text (invalid byte at offset {offset})",
                            offset=str(error.start)))
        ) from None


def _marks(raw: bytes) -> bytes:
    """The brackets and colons outside strings, in linear time (every step runs in C).

    Exact for valid JSON, whose backslashes are escapes inside strings: drop escaped
    backslashes, then escaped quotes, so every quote left opens or closes a string; keep
    only quotes, brackets and colons; drop adjacent quotes (they join two strings with
    nothing between them); drop what is left inside quotes. For other input it is only an
    estimate, and the JSON parser refuses that input anyway.
    """
    unescaped = raw.replace(b"\\\\", b"").replace(b'\\"', b"")
    marks = unescaped.translate(None, _NOT_MARKS).replace(b'""', b"")
    return _STRING.sub(b"", marks)


_KEY_TWICE = Msg("the key appears more than once")
# What Python's JSON parser says, word for word, so each reads in the reader's language.
_JSON_PROBLEMS = frozenset({
    _t("Expecting value"),
    _t("Expecting ',' delimiter"),
    _t("Expecting ':' delimiter"),
    _t("Expecting property name enclosed in double quotes"),
    _t("Unterminated string starting at"),
    _t("Invalid control character at"),
    _t("Invalid \\escape"),
    _t("Invalid \\uXXXX escape"),
    _t("Extra data"),
})


def _json_problem(detail: str) -> str:
    return Msg(detail) if detail in _JSON_PROBLEMS else detail


def _reject_constant(name: str) -> Any:
    raise FormatError(Problem("", Msg("{name} is not a number JSON allows", name=name)))


def _too_big(size: int, limit: int) -> Msg:
    megabytes, most = format(size / 1e6, ".1f"), format(limit / 1e6, ".0f")
    return Msg("the file is {size} MB, over the {limit} MB limit for documents",
               size=megabytes, limit=most)


def _too_deep(depth: int) -> Msg:
    return Msg("nested deeper than {depth} levels", depth=str(depth))
