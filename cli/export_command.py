"""`process-workbench export FILE --xlsx OUT --pdf OUT --bpmn OUT`: the files a process owner
hands on, made without opening the editor (batch work, a repository's CI).

Each exporter is imported only when asked for, so a missing optional part (say, the PDF
report on an installation without it) affects only that one export. A version with
findings still exports; the workbook and the report list the findings. A target that
cannot be written is bad input (exit code 2) with a message saying why; the exporters
write crash-safely, so no half-written file is left behind.
"""

from __future__ import annotations

import argparse
import importlib
import os
from collections.abc import Callable
from typing import Any

from cli.analysis import severity_name
from cli.console import say
from cli.opening import BadInput, open_document
from cli.words import current, explained, say_in, tr
from cli.writing import check_export_target
from workbench.checks import check_version
from workbench.comparison import pick_pair
from workbench.document import Document, EditError
from workbench.findings import severity_count
from workbench.i18n import _t
from workbench.storage import SaveError

NAME = "export"
PAPERS = ("a4", "letter", "a3")


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "export",
        help=tr("write the Excel workbook, PDF report or BPMN file of a process"),
        description=tr("Export a process document: an Excel workbook (the as-is/to-be "
        "comparison, steps, interactions and KPIs, checklist, findings), a printed PDF "
        "report, or a BPMN 2.0 file. By default the first version is compared with the last."),
    )
    parser.add_argument("file", metavar="FILE", help=tr("a .pwb process document"))
    parser.add_argument("--xlsx", metavar="OUT", help=tr("write the Excel workbook to OUT"))
    parser.add_argument("--pdf", metavar="OUT", help=tr("write the PDF report to OUT"))
    parser.add_argument(
        "--paper", choices=PAPERS, default="a4",
        help=tr("paper size of the PDF report (default: a4)"),
    )
    parser.add_argument(
        "--bpmn", metavar="OUT", help=tr("write the BPMN 2.0 file of the --after version to OUT")
    )
    parser.add_argument(
        "--before",
        metavar="V",
        help=tr("the version to compare from, by name or id (default: the first)"),
    )
    parser.add_argument(
        "--after",
        metavar="V",
        help=tr("the version to compare with, by name or id (default: the last)"),
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    targets = [t for t in (args.xlsx, args.pdf, args.bpmn) if t]
    if not targets:
        raise BadInput(tr("nothing to export: give --xlsx OUT, --pdf OUT and/or --bpmn OUT."))
    if len({os.path.abspath(t) for t in targets}) < len(targets):
        raise BadInput(tr("give each export its own output file."))
    language = getattr(args, "lang", None)  # else each export follows its document
    for target in targets:
        check_export_target(target)
    document = open_document(args.file)
    before, after = _versions(document, args.before, args.after)
    if args.xlsx:
        _export(
            _t("workbook"),
            args.xlsx,
            "exporters.excel",
            "export_workbook",
            document,
            args.xlsx,
            before=before,
            after=after,
            language=language,
        )
    if args.pdf:
        _export(
            _t("report"),
            args.pdf,
            "exporters.pdf",
            "export_report",
            document,
            args.pdf,
            paper=args.paper,
            before=before,
            after=after,
            language=language,
        )
    if args.bpmn:
        _export(
            _t("BPMN file"),
            args.bpmn,
            "exporters.bpmn",
            "export_bpmn",
            document,
            args.bpmn,
            version_id=after,
        )
    _note_findings(document)
    return 0


def _note_findings(document: Document) -> None:
    """Exports go ahead despite findings; say so, so nobody thinks the flow is clean."""
    counts = []
    for version in document.versions:
        found = check_version(document, version)
        errors = sum(1 for f in found if severity_name(f.severity) == "error")
        warnings = sum(1 for f in found if severity_name(f.severity) == "warning")
        if errors or warnings:
            counts.append(f"{version.name}{tr(': ')}" + current().join([
                say_in(severity_count("error", errors)), say_in(severity_count("warning", warnings))
            ]))
    if counts:
        say(tr("Exported despite findings ({counts}); the exports list them. Run "
               "'process-workbench check' for details.").format(counts=tr("; ").join(counts)))


def _versions(document: Document, before: str | None, after: str | None) -> tuple[str, str]:
    """The ids of the versions to compare, checked before any file is written."""
    try:
        first, last = pick_pair(document, before, after)
    except (EditError, ValueError) as error:
        raise BadInput(tr("{problem}.").format(problem=explained(error))) from None
    return first.id, last.id


def _export(what: str, target: str, module: str, function: str, *args: Any, **kw: Any) -> None:
    what = tr(what)
    export = _exporter(what, module, function)
    try:
        export(*args, **kw)
    except SaveError as error:
        raise BadInput(explained(error)) from None
    except OSError as error:
        raise BadInput(
            tr("Could not write the {what} {target}: {error}. Nothing was written.").format(
                what=what, target=target, error=error.strerror or error)
        ) from None
    except (ValueError, LookupError) as error:
        raise BadInput(tr("Could not export the {what} {target}: {error}").format(
            what=what, target=target, error=error)) from None
    except Exception as error:  # an exporter's own error (BpmnError, ...) says what is wrong
        if not type(error).__module__.startswith("exporters."):
            raise
        raise BadInput(tr("Could not export the {what} {target}: {error}").format(
            what=what, target=target, error=explained(error))) from None
    say(tr("Wrote the {what} to {target}.").format(what=what, target=target))


def _exporter(what: str, module: str, function: str) -> Callable[..., Any]:
    try:
        found = getattr(importlib.import_module(module), function, None)
    except ImportError as error:
        raise BadInput(tr("this installation cannot export the {what} yet ({error}).").format(
            what=what, error=error)) from None
    if not callable(found):
        raise BadInput(
            tr("this installation cannot export the {what} yet ({name} is missing).").format(
                what=what, name=f"{module}.{function}")
        )
    return found
