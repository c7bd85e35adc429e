"""A BPMN refusal as a Chinese process owner reads it: no English word but what the file
itself names (its path, ids, element names, namespaces) and the XML parser's own detail,
which is passed through as the parser said it."""

from __future__ import annotations

import re

from exporters.bpmn import BpmnError
from tests.foreign_words import CHINESE, english_words
from workbench.i18n import Msg, translator

# parameters that hold the file's own names or a parser's words, not ours
FILES_OWN = frozenset({"file", "reason", "detail", "namespace", "bpmn", "id", "root", "first",
                       "second"})
FORMAT_NAMES = frozenset({"XML", "DTD", "DOCTYPE", "UTF", "MB"})
TAG = re.compile(r"<[^<>]*>")  # an element's name, as XML writes it


def in_chinese(error: BpmnError) -> str:
    return error.in_words(translator("zh-CN"))


def english_left(error: BpmnError) -> set[str]:
    """The English words of the Chinese rendering that are neither the file's nor the parser's."""
    text = in_chinese(error)
    assert CHINESE.search(text), text
    for own in sorted(_files_own(error.args[0]), key=len, reverse=True):
        text = text.replace(own, " ")
    return english_words(TAG.sub(" ", text), also=FORMAT_NAMES)


def _files_own(message: object) -> set[str]:
    if not isinstance(message, Msg):
        return set()
    found: set[str] = set()
    for key, value in message.params.items():
        if isinstance(value, Msg):
            found |= _files_own(value)
        elif key in FILES_OWN:
            found.add(str(value))
    return found
