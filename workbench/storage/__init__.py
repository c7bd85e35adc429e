"""Reading and writing `.pwb` documents: JSON, versioned, deterministic, crash-safe.

Loading runs in stages — parse (with size and depth limits) → check the format marker and
schema version → migrate step by step → build, checking every reference — and any fault
becomes a `FormatError` naming the JSON path and the problem.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable

from workbench.document import Document
from workbench.gc_pause import collector_paused
from workbench.storage.document_form import data_to_document, document_to_data
from workbench.storage.errors import FormatError, Problem, SaveError
from workbench.storage.migrations import FORMAT_MARKER, SCHEMA_VERSION, migrate
from workbench.storage.parse import MAX_DEPTH, MAX_FILE_BYTES, parse_json, read_limited
from workbench.storage.safe_write import atomic_output, backup_path, write_atomically

FILE_SUFFIX = ".pwb"

__all__ = [
    "FILE_SUFFIX",
    "FORMAT_MARKER",
    "LOAD_STAGES",
    "MAX_DEPTH",
    "MAX_FILE_BYTES",
    "SCHEMA_VERSION",
    "FormatError",
    "Problem",
    "SaveError",
    "atomic_output",
    "backup_path",
    "dumps_document",
    "load_document",
    "loads_document",
    "save_document",
    "write_atomically",
]


LOAD_STAGES = ("read", "parse", "build")  # what `progress` is told, in this order


def _quiet(_stage: str) -> None:
    pass


def loads_document(
    data: bytes | str, source: str = "", progress: Callable[[str], None] = _quiet
) -> Document:
    try:
        with collector_paused():
            progress("parse")
            parsed = migrate(parse_json(data))
            progress("build")
            return data_to_document(parsed)
    except FormatError as error:
        raise error.with_source(source) if source else error from None


def load_document(
    path: str | os.PathLike[str], progress: Callable[[str], None] = _quiet
) -> Document:
    """Read, parse and build a document; `progress` hears each of `LOAD_STAGES` as it starts."""
    source = os.fspath(path)
    try:
        progress("read")
        data = read_limited(path)
    except FormatError as error:
        raise error.with_source(source) from None
    return loads_document(data, source, progress)


def dumps_document(document: Document) -> str:
    data = document_to_data(document)
    text = json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates cannot be UTF-8; escape the whole file
        text = json.dumps(data, sort_keys=True, indent=2, ensure_ascii=True)
    return text + "\n"


def save_document(document: Document, path: str | os.PathLike[str], *, backup: bool = True) -> None:
    """Save crash-safely; the previous file is kept as `<name>.bak` unless `backup` is False.

    What would be written is read back first, with the loader's own checks: a document the
    program could not open again (an infinite coordinate, say) is refused with `SaveError`
    naming the problem, and nothing is written."""
    text = dumps_document(document)
    try:
        loads_document(text)
    except FormatError as error:
        raise SaveError(
            f"Could not save {os.fspath(path)!r}: the document could not be opened again "
            f"({error}). Nothing was written."
        ) from None
    write_atomically(path, text.encode("utf-8"), backup=backup)
