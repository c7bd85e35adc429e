"""`process-workbench audit FOLDER --pdf OUT --xlsx OUT`: the audit pack of a folder of
processes, the file a quality lead hands a COPC auditor.

The exporters are imported only when asked for, like `export`; a target that cannot be
written is bad input (exit code 2) with the reason, and nothing half-written is left."""

from __future__ import annotations

import argparse
import importlib
import os

from cli import audit_texts as t
from cli.console import say
from cli.opening import BadInput
from cli.register_command import add_common_arguments, parse_today, scan_folder
from cli.words import explained, tr
from cli.writing import check_export_target
from workbench.register.pack import build_pack
from workbench.storage import SaveError

NAME = "audit"


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(NAME, help=tr(t.AUDIT_HELP), description=tr(t.AUDIT_DESCRIPTION))
    parser.add_argument("folder", metavar="FOLDER", help=tr(t.FOLDER_ARG))
    parser.add_argument("--pdf", metavar="OUT", help=tr(t.PDF_ARG))
    parser.add_argument("--xlsx", metavar="OUT", help=tr(t.XLSX_ARG))
    add_common_arguments(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    targets = [x for x in (args.pdf, args.xlsx) if x]
    if not targets:
        raise BadInput(tr(t.NOTHING_TO_WRITE))
    if len({os.path.abspath(x) for x in targets}) < len(targets):
        raise BadInput(tr(t.SAME_TARGET))
    for target in targets:
        check_export_target(target)
    today = parse_today(args.today)
    pack = build_pack(scan_folder(args.folder, today, not args.no_cache), today)
    if args.pdf:
        _write(tr(t.PDF_NAME), args.pdf, "exporters.audit_pdf", "export_audit_pdf", pack)
    if args.xlsx:
        _write(
            tr(t.WORKBOOK_NAME),
            args.xlsx,
            "exporters.audit_workbook",
            "export_audit_workbook",
            pack,
        )
    return 0


def _write(what: str, target: str, module: str, function: str, pack: object) -> None:
    export = getattr(importlib.import_module(module), function)
    try:
        export(pack, target)
    except SaveError as error:
        raise BadInput(explained(error)) from None
    except OSError as error:
        raise BadInput(
            tr(t.CANNOT_WRITE).format(what=what, target=target, reason=error.strerror or error)
        ) from None
    except ValueError as error:
        raise BadInput(tr(t.CANNOT_WRITE).format(what=what, target=target, reason=error)) from None
    say(tr(t.WROTE).format(what=what, target=target))
