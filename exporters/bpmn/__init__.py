"""BPMN 2.0 interchange: bring flows in from other modelling tools and send ours back out.

`import_bpmn(path_or_bytes)` returns the document and a summary of everything that was
dropped or approximated; `export_bpmn(document, path, version_id)` writes one version as a
laid-out BPMN file other tools open directly. No Qt here: the command line, batch jobs and
tests use it headless.
"""

from __future__ import annotations

import os

from exporters.bpmn.errors import BpmnError
from exporters.bpmn.export import export_bpmn, export_bytes
from exporters.bpmn.importer import import_tree
from exporters.bpmn.reader import MAX_DEPTH, MAX_FILE_BYTES, parse_xml, read_bytes
from exporters.bpmn.summary import Action, ImportResult, ImportSummary, Note
from workbench.gc_pause import collector_paused

__all__ = [
    "MAX_DEPTH",
    "MAX_FILE_BYTES",
    "Action",
    "BpmnError",
    "ImportResult",
    "ImportSummary",
    "Note",
    "export_bpmn",
    "export_bytes",
    "import_bpmn",
]


def import_bpmn(source: str | os.PathLike[str] | bytes, layout: bool = False) -> ImportResult:
    """Read a BPMN file (a path, or its bytes); raises `BpmnError` when it is refused.
    With `layout`, the steps are laid out afresh instead of where the file draws them."""
    if isinstance(source, bytes):
        name, data = "", source
    else:
        name = os.fspath(source)
        data = read_bytes(source)
    try:
        with collector_paused():  # a big tree is thousands of small objects that live on
            return import_tree(parse_xml(data), name, layout)
    except BpmnError as error:
        raise error.with_source(name) if name and not error.source else error from None
