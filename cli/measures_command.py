"""`process-workbench measures FILE`: the numbers of each version, side by side."""

from __future__ import annotations

import argparse

from cli import render
from cli.analysis import analyse
from cli.console import say, say_json
from cli.opening import open_document, pick_versions
from cli.words import tr

NAME = "measures"

def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "measures",
        help=tr("show the measures of each version side by side"),
        description=tr("Show the measures of a process document (steps, value and waste, "
                       "interactions, hand-offs, lead time, KPI coverage, ...): every version "
                       "side by side, or one version with --version."),
    )
    parser.add_argument("file", metavar="FILE", help=tr("a .pwb process document"))
    parser.add_argument("--version", metavar="NAME",
                        help=tr("show only this version (its name, e.g. 'As-is', or its id)"))
    parser.add_argument("--json", action="store_true", help=tr("print the measures as JSON"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    document = open_document(args.file)
    analyses = analyse(document, pick_versions(document, args.version), with_checks=False)
    if args.json:
        data = {
            "schema": render.MEASURES_SCHEMA,
            **render.document_header(document, args.file),
            "measures": render.measure_definitions(),
            "versions": [render.version_measures(a) for a in analyses],
        }
        say_json(data)
        return 0
    say(render.document_title(document, args.file))
    say()
    say(render.measures_table(analyses))
    return 0
