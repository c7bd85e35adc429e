"""`process-workbench new OUT`: start a document from a template of the library.

The library holds the bundled field cases (in Chinese and English), the built-in example
and any folders named with --folder. Never overwrites a file unless asked to, because a
process document is someone's work.
"""

from __future__ import annotations

import argparse

from cli.console import say
from cli.opening import BadInput
from cli.table import format_table
from cli.words import current, explained, tr
from cli.writing import check_output, write_document
from workbench.templates import Template, TemplateError, find, list_templates, new_document_from

DEFAULT_TEMPLATE = "example"

NAME = "new"


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "new",
        help=tr("write a new process document from a template"),
        description=tr("Write a new process document, ready to open and edit, from a template."),
    )
    parser.add_argument(
        "out", metavar="OUT", nargs="?",
        help=tr("where to write the new document, e.g. complaints.pwb"),
    )
    parser.add_argument(
        "--template",
        metavar="NAME",
        default=DEFAULT_TEMPLATE,
        help=tr("the template to start from (default: {template}); see --list").format(
            template=DEFAULT_TEMPLATE),
    )
    parser.add_argument(
        "--language",
        metavar="LANG",
        help=tr("the template's language, e.g. zh-CN or en (default: the reader's language "
                "where the template has it, else English)"),
    )
    parser.add_argument(
        "--folder",
        metavar="DIR",
        action="append",
        default=[],
        help=tr("a template library folder to search too (repeat for several)"),
    )
    parser.add_argument("--list", action="store_true", help=tr("list the templates and stop"))
    parser.add_argument(
        "--force",
        action="store_true",
        help=tr("replace OUT if it exists (the old file is kept as OUT.bak)"),
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.list:
        rows = [(t.name, t.language, t.title) for t in list_templates(args.folder)]
        headers = (tr("name"), tr("language"), tr("title"))
        say(format_table(headers, sorted(rows, key=_example_first)))
        return 0
    if not args.out:
        raise BadInput(
            tr("say where to write the new document, e.g. 'process-workbench new "
               "complaints.pwb'.")
        )
    try:
        template = _in_readers_language(args) or find(args.template, args.language, args.folder)
    except TemplateError as error:
        raise BadInput(tr("{error} (or run 'process-workbench new --list').").format(
            error=explained(error))) from None
    check_output(args.out, args.force)
    document = new_document_from(template)
    write_document(document, args.out)
    versions = current().join([v.name for v in document.versions])
    say(tr("Wrote {file}: {title} ({versions}).").format(
        file=args.out, title=document.metadata.title, versions=versions))
    return 0


def _in_readers_language(args: argparse.Namespace) -> Template | None:
    """Without --language, a Chinese reader gets the template's Chinese edition where there
    is one (the English one otherwise)."""
    if args.language is not None or not current().chinese:
        return None
    try:
        return find(args.template, "zh-CN", args.folder)
    except TemplateError:
        return None


def _example_first(row: tuple[str, str, str]) -> tuple[bool, str, str]:
    return (row[0] != DEFAULT_TEMPLATE, row[0], row[1])
