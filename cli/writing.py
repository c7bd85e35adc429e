"""Writing the document a command made (`new`, `import-bpmn`, `layout`): never over a
folder, never over an existing file unless asked, and a failed save said in one line."""

from __future__ import annotations

import os

from cli.opening import BadInput
from cli.words import explained, tr
from workbench.document import Document
from workbench.storage import SaveError, save_document


def check_output(path: str, force: bool) -> None:
    """Refuse, before any work, an output path that is a folder or an existing file."""
    if os.path.isdir(path):
        raise BadInput(tr("{path}: this is a folder; give the path of the document to write.")
                       .format(path=path))
    if os.path.exists(path) and not force:
        raise BadInput(
            tr("{path} already exists; add --force to replace it (the old file is then kept "
               "as .bak), or choose another name. It was left untouched.").format(path=path)
        )


def check_export_target(target: str) -> None:
    """Say what is wrong with an export's output path before spending time on the export."""
    if os.path.isdir(target):
        raise BadInput(tr("{target}: this is a folder; give the path of the file to write.")
                       .format(target=target))
    folder = os.path.dirname(os.path.abspath(target))
    if not os.path.isdir(folder):
        raise BadInput(tr("{target}: the folder {folder} does not exist.").format(
            target=target, folder=folder))


def write_document(document: Document, path: str, backup: bool = True) -> None:
    try:
        save_document(document, path, backup=backup)
    except SaveError as error:
        raise BadInput(explained(error)) from None  # it names the file and the reason
