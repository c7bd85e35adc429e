"""Opening the document a command was given, and picking its versions.

Anything wrong with the input becomes a `BadInput` whose message tells a process owner
which file, where in it and what is wrong; the command line turns that into exit code 2.
"""

from __future__ import annotations

import os

from cli.words import explained, say_in, tr
from workbench.document import Document, EditError
from workbench.model import Version
from workbench.storage import FormatError, load_document

MAX_PROBLEMS_SHOWN = 20


class BadInput(Exception):
    """The command cannot run on what it was given; the message says why."""


def open_document(path: str) -> Document:
    if not os.path.exists(path):
        raise BadInput(tr("{path}: there is no such file.").format(path=path))
    if os.path.isdir(path):
        raise BadInput(tr("{path}: this is a folder; give the path of a .pwb document.").format(
            path=path))
    try:
        return load_document(path)
    except FormatError as error:
        raise BadInput(describe_format_error(error, path)) from None
    except OSError as error:
        raise BadInput(tr("{path}: the file cannot be read ({error}).").format(
            path=path, error=error.strerror or error)) from None


def describe_format_error(error: FormatError, path: str) -> str:
    """The file, then each problem on its own line with the JSON path where it was found."""
    source = error.source or path
    problems = list(error.problems)
    if not problems:
        return tr("{file} is not a document Process Workbench can open: {error}").format(
            file=source, error=error)
    heading = tr("{file} is not a document Process Workbench can open").format(file=source)
    if len(problems) == 1:
        return f"{heading}{tr(': ').rstrip()}\n  {_problem_line(problems[0])}"
    lines = [tr("{heading} ({count} problems):").format(heading=heading, count=len(problems))]
    lines += [f"  {_problem_line(p)}" for p in problems[:MAX_PROBLEMS_SHOWN]]
    if len(problems) > MAX_PROBLEMS_SHOWN:
        lines.append("  " + tr("... and {count} more").format(
            count=len(problems) - MAX_PROBLEMS_SHOWN))
    return "\n".join(lines)


def _problem_line(problem: object) -> str:
    path = getattr(problem, "path", "")
    message = say_in(getattr(problem, "message", str(problem)))
    return tr("at {path}: {message}").format(path=path, message=message) if path else str(message)


def pick_versions(document: Document, name: str | None) -> list[Version]:
    """The version asked for by name or id, or every version when none was asked for."""
    if name is None:
        if not document.versions:
            raise BadInput(tr("the document has no versions to look at."))
        return list(document.versions)
    try:
        return [document.version_named(name)]
    except EditError as error:
        raise BadInput(tr("{problem}.").format(problem=explained(error))) from None
