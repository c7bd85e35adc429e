"""`process-workbench import-bpmn FILE OUT.pwb`: bring a flow drawn in another BPMN tool in.

The import summary is printed in full, because a process owner must know what did not come
across (a sub-process's inside, a data store, a message flow to a closed pool) before
relying on the imported flow. Never overwrites a document unless asked to.
"""

from __future__ import annotations

import argparse
import os

from cli.console import say
from cli.opening import BadInput
from cli.words import explained, tr
from cli.writing import check_output, write_document

NAME = "import-bpmn"


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        NAME,
        help=tr("import a BPMN 2.0 file from another modelling tool as a process document"),
        description=tr("Import a BPMN 2.0 file (Camunda Modeler, Signavio, Bizagi, ARIS, Visio, "
        "…) as a process document: pools and lanes become lanes, tasks, gateways and events "
        "become steps, the diagram keeps its layout. Lanes named after the customer become "
        "customer lanes. A summary lists everything dropped or approximated."),
    )
    parser.add_argument("file", metavar="FILE", help=tr("the BPMN file, e.g. invoice.bpmn"))
    parser.add_argument(
        "out", metavar="OUT", help=tr("the process document to write, e.g. invoice.pwb")
    )
    parser.add_argument(
        "--layout",
        action="store_true",
        help=tr("lay the steps out afresh (columns along the flow, each step in its lane) "
        "instead of where the file draws them"),
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help=tr("replace OUT if it exists (the old file is kept as OUT.bak)"),
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from exporters.bpmn import BpmnError, import_bpmn

    check_output(args.out, args.force)
    if os.path.isdir(args.file):
        raise BadInput(tr("{file}: this is a folder; give the path of a BPMN file.").format(
            file=args.file))
    try:
        result = import_bpmn(args.file, layout=args.layout)
    except BpmnError as error:
        raise BadInput(tr("{problem}.").format(problem=explained(error))) from None
    write_document(result.document, args.out, backup=args.force)
    say(tr("Imported {file} into {out}.").format(file=args.file, out=args.out))
    for line in result.summary.lines():
        say(f"  {line}")
    return 0
