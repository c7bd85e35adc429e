"""`process-workbench compare FILE [FILE2]`: as-is against to-be, from the command line.

Every measure before and after with its change and whether it moved the right way, then
the lanes, steps, flows and KPIs added, removed and changed, the checklist and the KPI
targets. With FILE2, a version of FILE against a version of FILE2 (say, a colleague's copy).
"""

from __future__ import annotations

import argparse

from cli import simulate_messages as words
from cli.compare_render import comparison_data, comparison_text
from cli.console import say, say_json
from cli.opening import BadInput, open_document
from cli.simulate_command import simulate_versions, simulated_text
from cli.words import explained, tr
from workbench.comparison import Comparison, compare_versions
from workbench.document import Document, EditError
from workbench.model import Version

NAME = "compare"


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "compare",
        help=tr("compare two versions (as-is and to-be) of a process"),
        description=tr("Compare two versions of a process: every measure before and after, "
        "with its change and whether it moved the right way, then the lanes, steps, flows "
        "and KPIs added, removed and changed. By default the first version (before) is "
        "compared with the last (after); with FILE2, a version of FILE with one of FILE2."),
    )
    parser.add_argument("file", metavar="FILE", help=tr("a .pwb process document"))
    parser.add_argument(
        "file2",
        metavar="FILE2",
        nargs="?",
        help=tr("a second document; --after then names one of its versions"),
    )
    parser.add_argument(
        "--before",
        metavar="V",
        help=tr("the version to start from, by name or id (default: FILE's first version)"),
    )
    parser.add_argument(
        "--after",
        metavar="V",
        help=tr("the version to compare with, by name or id (default: the last version of "
        "FILE, or of FILE2 when given)"),
    )
    parser.add_argument("--json", action="store_true", help=tr("print the comparison as JSON"))
    parser.add_argument("--simulate", action="store_true", help=tr(words.HELP_COMPARE_SIMULATE))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    comparison = comparison_from(args.file, args.file2, args.before, args.after)
    simulated = _simulated(args, comparison) if args.simulate else None
    if args.json:
        data = {"files": [f for f in (args.file, args.file2) if f], **comparison_data(comparison)}
        if simulated is not None:
            data["simulation"] = [r.to_data() for r in simulated]
        say_json(data)
        return 0
    before, after = comparison.before, comparison.after
    title = before.document_title or tr("(untitled process)")
    say(tr("{title}: {before} (before) -> {after} (after)").format(
        title=title, before=before.version_name, after=after.version_name))
    if args.file2:
        say("  " + tr("before from {file}, after from {file2}").format(file=args.file,
                                                                      file2=args.file2))
    say()
    say(comparison_text(comparison))
    if simulated is not None:
        say()
        say(simulated_text(simulated))
    return 0


def _simulated(args: argparse.Namespace, comparison: Comparison) -> list:
    """Both versions through the same cases, with the document's run settings."""
    if args.file2:
        raise BadInput(tr(words.COMPARE_ONE_FILE))
    document = open_document(args.file)
    ids = dict.fromkeys((comparison.before.version_id, comparison.after.version_id))
    return simulate_versions(args.file, document, [document.version(i) for i in ids],
                             document.simulation)  # fmt: skip


def comparison_from(
    path: str, path2: str | None, before: str | None, after: str | None
) -> Comparison:
    """Open the file(s), pick the versions, compare; anything wrong becomes `BadInput`."""
    document = open_document(path)
    other = open_document(path2) if path2 else document
    first = _version(document, before, path, first=True)
    last = _version(other, after, path2 or path, first=False)
    if path2 is None and first is last and (before is None or after is None):
        raise BadInput(
            f"{path} has only one version ({first.name!r}) to compare; give a second file "
            "to compare it with, or add a to-be version in the editor."
        )
    return compare_versions(first, last, document, other)


def _version(document: Document, name: str | None, path: str, first: bool) -> Version:
    if not document.versions:
        raise BadInput(f"{path}: the document has no versions to compare.")
    if name is None:
        return document.versions[0] if first else document.versions[-1]
    try:
        return document.version_named(name)
    except EditError as error:
        raise BadInput(f"{path}: " + tr("{problem}.").format(problem=explained(error))) from None
