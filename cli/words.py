"""The command line's language: `--lang`, else LC_ALL / LC_MESSAGES / LANG, else English.

A command runs once per process, so the language is chosen once, before the parser is
built (its help texts are translated too), and every piece of the command line reads it
here. `tr("...")` both marks a text for the catalogue and translates it.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from workbench.i18n import Translator, _t, environment_language, reader, translator
from workbench.i18n import say as say_in
from workbench.i18n import tr as tr


def choose(arguments: Sequence[str]) -> Translator:
    """The command line's reader, from `--lang X` / `--lang=X` wherever it stands (read
    before argparse runs), else the environment; main() reads in it for the whole run."""
    return translator(asked_language(arguments) or environment_language())


def asked_language(arguments: Sequence[str]) -> str | None:
    """The `--lang` given on the command line, if any (exports then ignore the document's)."""
    for position, argument in enumerate(arguments):
        if argument == "--lang" and position + 1 < len(arguments):
            return arguments[position + 1]
        if argument.startswith("--lang="):
            return argument.split("=", 1)[1]
    return None


# The words argparse itself writes around our help texts and into its error messages.
ARGPARSE_WORDS = (
    _t("usage: "),
    _t("positional arguments"),
    _t("options"),
    _t("show this help message and exit"),
    _t("the following arguments are required: %s"),
    _t("unrecognized arguments: %s"),
    _t("%(prog)s: error: %(message)s\n"),
    _t("invalid choice: %(value)r (choose from %(choices)s)"),
    _t("expected one argument"),
    _t("argument %(argument_name)s: %(message)s"),
    _t("invalid %(type)s value: %(value)r"),
    _t("ambiguous option: %(option)s could match %(matches)s"),
)


@contextmanager
def argparse_speaks_the_reader() -> Iterator[None]:
    """argparse looks its words up through its module's `_` (gettext) when it uses them;
    for one run that lookup is ours, so "usage:" and "error:" read in the reader's language."""
    saved = argparse._  # type: ignore[attr-defined]
    argparse._ = tr  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = saved  # type: ignore[attr-defined]


def explained(error: Exception) -> str:
    """An error's message in the reader's language (a domain error carries a Msg)."""
    return say_in(error.args[0]) if error.args else str(error)


def current() -> Translator:
    return reader()


__all__ = ["asked_language", "choose", "current", "explained", "say_in", "tr"]
