"""`process-workbench`: the program's front door.

With a subcommand it works headless (check, measures, new), for batch work and for the CI
of a team's process repository. Without one it opens the editor, once the editor exists.
Qt is imported only on that path, so the headless commands start fast and run anywhere.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import os
import pkgutil
import sys
from collections.abc import Sequence
from types import ModuleType

import cli
from cli import screen_libraries, words
from cli.console import complain, make_streams_safe
from cli.opening import BadInput
from cli.words import tr
from workbench.i18n import reading_in

PROGRAM = "process-workbench"
BAD_INPUT = 2


def command_modules() -> list[ModuleType]:
    """Every `cli/<name>_command.py`; each has NAME and add_parser(subparsers)."""
    modules = pkgutil.iter_modules(cli.__path__)
    names = sorted(m.name for m in modules if m.name.endswith("_command"))
    return [importlib.import_module(f"cli.{name}") for name in names]


def command_names() -> set[str]:
    return {module.NAME for module in command_modules()}


def program_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("process-workbench")
    except PackageNotFoundError:
        return "unknown (not installed)"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROGRAM,
        description=tr("Process Workbench: design customer-service processes. Without a "
                       "command it opens the editor; the commands below work without a screen."),
        epilog=tr("Examples:") + f"\n  {PROGRAM} new complaints.pwb\n"
               f"  {PROGRAM} check complaints.pwb --lang zh-CN\n"
               f"  {PROGRAM} measures complaints.pwb --version To-be",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version",
                        version=f"{PROGRAM} {program_version()}",
                        help=tr("print the program's version and stop"))
    _add_language_option(parser)
    commands = parser.add_subparsers(dest="command", metavar=tr("COMMAND"))
    for command in command_modules():
        command.add_parser(commands)
    for subparser in commands.choices.values():
        _add_language_option(subparser)
    return parser


def _add_language_option(parser: argparse.ArgumentParser) -> None:
    """`--lang` is read before parsing (see cli.words); it is declared so help shows it."""
    parser.add_argument("--lang", metavar="LANG", default=argparse.SUPPRESS,
                        help=tr("the language of the output: zh-CN or en (default: LC_ALL, "
                                "LC_MESSAGES or LANG; an export follows its document)"))


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code (0 ok, 1 findings, 2 bad input)."""
    make_streams_safe()
    arguments = list(sys.argv[1:] if argv is None else argv)
    with reading_in(words.choose(arguments)), words.argparse_speaks_the_reader():
        return _run(arguments)


def _run(arguments: list[str]) -> int:
    parser = build_parser()
    if _names_a_document(arguments):  # `process-workbench FILE` opens it in the editor
        return _open_editor(parser, arguments[:1])
    try:
        args = parser.parse_args(arguments)
    except SystemExit as stop:  # --help, --version, or a usage mistake argparse explained
        return stop.code if isinstance(stop.code, int) else BAD_INPUT
    if args.command is None:
        return _open_editor(parser, [])
    try:
        return args.run(args)
    except BadInput as problem:
        complain(f"{PROGRAM}: {problem}")
        return BAD_INPUT
    except KeyboardInterrupt:
        complain(f"{PROGRAM}: " + tr("stopped."))
        return 130
    except BrokenPipeError:  # the reader went away (`... | head`): stop quietly, like cat
        _silence_stdout()
        return 141


def _silence_stdout() -> None:
    """Point stdout at the null device so Python's final flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def _names_a_document(arguments: list[str]) -> bool:
    if len(arguments) != 1 or arguments[0].startswith("-") or arguments[0] in command_names():
        return False
    return arguments[0].endswith(".pwb") or os.path.isfile(arguments[0])


def _open_editor(parser: argparse.ArgumentParser, files: list[str]) -> int:
    """Start the GUI if this installation has one; otherwise say what can be done instead."""
    try:
        has_app = importlib.util.find_spec("ui.app") is not None
    except (ImportError, ValueError):
        has_app = False
    if has_app:
        problem = screen_libraries.check_screen_libraries()
        if problem is not None:
            complain(problem)
            return screen_libraries.MISSING_LIBRARIES
        try:
            start = getattr(importlib.import_module("ui.app"), "main", None)
            if callable(start):
                result = start(files)
                return result if isinstance(result, int) else 0
        except ImportError as error:  # e.g. Qt's system libraries missing on a server
            complain(f"{PROGRAM}: " + tr("the editor could not start: {error}.\n"
                     "The commands that need no screen still work; see '{program} --help'.")
                     .format(error=error, program=PROGRAM))
            return BAD_INPUT
    if files:
        complain(f"{PROGRAM}: " + tr("this installation has no editor to open {file} in; "
                 "try '{program} check {file}'.").format(file=files[0], program=PROGRAM))
        return BAD_INPUT
    parser.print_help()
    return 0


if __name__ == "__main__":
    sys.exit(main())
