"""Stage one of loading: bytes to a JSON value, with limits for untrusted files.

Files come from other teams and shared folders, so size and nesting are bounded before
anything is built, and every failure becomes a `FormatError`.
"""

from __future__ import annotations

import json
import os
import re
from typing import Any

from workbench.storage.errors import FormatError, Problem

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_DEPTH = 32

_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKET = re.compile(rb"[^\[\]{}]+")


def read_limited(path: str | os.PathLike[str], limit: int | None = None) -> bytes:
    """Read a file, refusing one over `limit` bytes before reading it whole."""
    limit = MAX_FILE_BYTES if limit is None else limit
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > limit:
                raise FormatError(Problem("", _too_big(size, limit)))
            data = handle.read(limit + 1)
    except FileNotFoundError as error:
        raise FormatError(Problem("", "the file does not exist")) from error
    except IsADirectoryError as error:
        raise FormatError(Problem("", "this is a folder, not a file")) from error
    except PermissionError as error:
        raise FormatError(Problem("", "permission denied: the file cannot be read")) from error
    except OSError as error:
        raise FormatError(Problem("", f"the file cannot be read ({error.strerror})")) from error
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
    _check_depth(raw, max_depth)
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as error:
        where = f"line {error.lineno}, column {error.colno}"
        raise FormatError(Problem("", f"not valid JSON at {where}: {error.msg}")) from None
    except RecursionError:
        raise FormatError(Problem("", f"nested deeper than {max_depth} levels")) from None
    except ValueError as error:  # e.g. an integer with thousands of digits
        raise FormatError(Problem("", f"not valid JSON: {error}")) from None


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise FormatError(
            Problem("", f"not UTF-8 text (invalid byte at offset {error.start})")
        ) from None


def _check_depth(raw: bytes, max_depth: int) -> None:
    """Count bracket nesting outside strings; cheap because only brackets are scanned."""
    brackets = _NOT_BRACKET.sub(b"", _STRING.sub(b"", raw))
    depth = 0
    for byte in brackets:
        if byte in b"[{":
            depth += 1
            if depth > max_depth:
                raise FormatError(Problem("", f"nested deeper than {max_depth} levels"))
        else:
            depth -= 1


def _reject_constant(name: str) -> Any:
    raise FormatError(Problem("", f"{name} is not a number JSON allows"))


def _too_big(size: int, limit: int) -> str:
    return f"the file is {size / 1e6:.1f} MB, over the {limit / 1e6:.0f} MB limit for documents"
