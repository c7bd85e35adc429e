"""Writing a version of a document as a BPMN 2.0 file, crash-safely."""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET

from exporters.bpmn.errors import BpmnError
from exporters.bpmn.writer import document_tree
from workbench.document import Document, EditError
from workbench.i18n import Msg
from workbench.storage import atomic_output


def export_bytes(document: Document, version_id: str | None = None) -> bytes:
    """The BPMN file's bytes for one version (the first when none is named)."""
    if not document.versions:
        raise BpmnError(Msg("the document has no versions to export"))
    try:
        version = document.versions[0] if version_id is None else document.version(version_id)
    except EditError as error:
        raise BpmnError(error.args[0] if error.args else str(error)) from None
    root = document_tree(document, version)
    ET.indent(root, space=" ")
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


def export_bpmn(
    document: Document, path: str | os.PathLike[str], version_id: str | None = None
) -> None:
    """Write the version to `path`; on failure the previous file is untouched (SaveError)."""
    data = export_bytes(document, version_id)
    with atomic_output(path) as temp:
        temp.write_bytes(data)
