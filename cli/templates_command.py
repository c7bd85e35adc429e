"""`process-workbench templates list|import`: the template library from the command line.

Lists the bundled templates and those in the folders given (a personal folder, a team's
shared folder or git checkout), and imports another team's template into a folder after
validating it, so a process repository's CI can check its shared templates too.
"""

from __future__ import annotations

import argparse

from cli.console import complain, say, say_json
from cli.opening import BadInput
from cli.table import format_table
from cli.words import explained, say_in, tr
from workbench.storage import FormatError, SaveError
from workbench.templates import Template, TemplateError, import_template, scan
from workbench.vocabulary import value_word

NAME = "templates"


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "templates",
        help=tr("list the process templates, or import one into a library folder"),
        description=tr("The template library: the bundled templates and those in the folders "
        "you name (a personal folder, a team's shared folder)."),
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser(
        "list",
        help=tr("list the templates"),
        description=tr("List the templates: name, language, where it comes from, class and title."),
    )
    listing.add_argument("--json", action="store_true", help=tr("print the list as JSON"))
    _folders(listing)
    listing.set_defaults(run=run_list)
    importing = actions.add_parser(
        "import",
        help=tr("validate a template file and copy it into a library folder"),
        description=tr("Validate a template file in full and copy it into a library folder. "
        "A file that is too big, too deeply nested, of a newer schema or broken "
        "is refused and nothing is written; a name already taken is kept, and the "
        "copy gets a free name such as 'name (2)'."),
    )
    importing.add_argument("file", metavar="FILE", help=tr("the template (.pwb) to import"))
    importing.add_argument(
        "--folder", metavar="DIR", required=True, help=tr("the library folder to copy it into")
    )
    importing.set_defaults(run=run_import)


def _folders(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--folder",
        metavar="DIR",
        action="append",
        default=[],
        help=tr("a library folder to include (repeat for several)"),
    )


def run_list(args: argparse.Namespace) -> int:
    library = scan(args.folder)
    for path, why in library.refused:
        complain(tr("skipped {path}: {why}").format(path=path, why=say_in(why)))
    if args.json:
        say_json([_card(t) for t in library.templates])
        return 0
    rows = [
        (t.name, t.language, t.source, value_word(t.metadata.classification.value.replace(
            "_", " ")), t.title)
        for t in library.templates
    ]
    say(format_table((tr("name"), tr("language"), tr("source"), tr("class"), tr("title")), rows))
    return 0


def run_import(args: argparse.Namespace) -> int:
    try:
        path = import_template(args.file, args.folder)
    except FormatError as error:
        raise BadInput(tr("refused, nothing was written: {error}").format(
            error=say_in(error.as_message()))) from None
    except (TemplateError, SaveError) as error:
        raise BadInput(explained(error)) from None
    say(tr("Imported {file} as {path}.").format(file=args.file, path=path))
    return 0


def _card(template: Template) -> dict[str, object]:
    meta = template.metadata
    return {
        "name": template.name,
        "language": template.language,
        "source": template.source,
        "path": str(template.path) if template.path else None,
        "title": template.title,
        "description": meta.description,
        "author": meta.author,
        "owner": meta.owner,
        "team": meta.team,
        "tags": list(meta.tags),
        "classification": meta.classification.value,
        "status": meta.status.value,
        "created": meta.created,
        "updated": meta.updated,
    }
