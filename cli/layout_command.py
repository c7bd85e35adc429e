"""`process-workbench layout IN.pwb OUT.pwb`: lay a document's flows out afresh.

The same auto-layout as the editor's Edit ▸ Auto-layout: steps stay in their lanes, the
customer lanes stay on top, columns follow the flow with few crossings, lanes as tall as
their steps need. For a document drawn elsewhere, imported, or grown by hand until it is
hard to read; every version, or the one named. Never overwrites a document unless asked.
"""

from __future__ import annotations

import argparse

from cli.console import say
from cli.opening import open_document, pick_versions
from cli.words import current, tr
from cli.writing import check_output, write_document

NAME = "layout"


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        NAME,
        help=tr("lay out a process document's flows afresh"),
        description=tr("Lay the steps of a process document out afresh: each step stays in its "
        "lane, columns follow the flow, few crossings, lanes as tall as their steps need. "
        "Bends drawn by hand are dropped. Writes the result to OUT."),
    )
    parser.add_argument("file", metavar="IN", help=tr("the process document, e.g. complaints.pwb"))
    parser.add_argument(
        "out", metavar="OUT", help=tr("where to write the laid-out document, e.g. tidy.pwb")
    )
    parser.add_argument(
        "--version", metavar="NAME", help=tr("lay out only this version (default: every version)")
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help=tr("replace OUT if it exists, even when it is IN (the old file is kept as OUT.bak)"),
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from exporters.drawn_layout import lay_out

    check_output(args.out, args.force)
    document = open_document(args.file)
    versions = pick_versions(document, args.version)
    for version in versions:
        lay_out(document, version.id)
    write_document(document, args.out)
    names = current().join([v.name for v in versions])
    say(tr("Laid out {versions} of {file} into {out}.").format(versions=names, file=args.file,
                                                              out=args.out))
    return 0
