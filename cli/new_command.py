"""`process-workbench new OUT`: start a document from a built-in example.

Until bundled templates exist, a template name is the name of a built-in example.
Never overwrites a file unless asked to, because a process document is someone's work.
"""

from __future__ import annotations

import argparse
import os

from cli.console import say
from cli.opening import BadInput
from workbench.examples import EXAMPLES
from workbench.storage import SaveError, save_document

DEFAULT_TEMPLATE = "example"


NAME = "new"

def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "new",
        help="write a new process document from a template",
        description="Write a new process document, ready to open and edit, from a template.",
    )
    parser.add_argument("out", metavar="OUT", nargs="?",
                        help="where to write the new document, e.g. complaints.pwb")
    parser.add_argument("--template", metavar="NAME", default=DEFAULT_TEMPLATE,
                        help=f"the template to start from (default: {DEFAULT_TEMPLATE}); "
                             "see --list")
    parser.add_argument("--list", action="store_true", help="list the templates and stop")
    parser.add_argument("--force", action="store_true",
                        help="replace OUT if it exists (the old file is kept as OUT.bak)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.list:
        for name, make in EXAMPLES.items():
            say(f"{name}  {_summary(make)}")
        return 0
    if not args.out:
        raise BadInput("say where to write the new document, e.g. "
                       "'process-workbench new complaints.pwb'.")
    make = EXAMPLES.get(args.template)
    if make is None:
        known = ", ".join(sorted(EXAMPLES))
        raise BadInput(f"there is no template named {args.template!r}. "
                       f"Templates: {known} (or run 'process-workbench new --list').")
    if os.path.exists(args.out) and not args.force:
        raise BadInput(f"{args.out} already exists; it was left untouched. "
                       "Choose another name, or add --force to replace it.")
    if os.path.isdir(args.out):
        raise BadInput(f"{args.out} is a folder; give a file name such as {args.out}/new.pwb.")
    document = make()
    try:
        save_document(document, args.out)
    except SaveError as error:
        raise BadInput(f"could not write {args.out}: {error}") from None
    versions = ", ".join(v.name for v in document.versions)
    say(f"Wrote {args.out}: {document.metadata.title} ({versions}).")
    return 0


def _summary(make: object) -> str:
    doc = (getattr(make, "__doc__", None) or "").strip().splitlines()
    return doc[0] if doc else ""
