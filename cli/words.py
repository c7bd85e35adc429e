"""The command line's language: `--lang`, else LC_ALL / LC_MESSAGES / LANG, else English.

A command runs once per process, so the language is chosen once, before the parser is
built (its help texts are translated too), and every piece of the command line reads it
here. `tr("...")` both marks a text for the catalogue and translates it.
"""

from __future__ import annotations

from collections.abc import Sequence

from workbench.i18n import Translator, environment_language, reader, translator
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


def current() -> Translator:
    return reader()


__all__ = ["asked_language", "choose", "current", "say_in", "tr"]
