"""What goes wrong reading a BPMN file, said so a process owner can act on it."""

from __future__ import annotations

from workbench.i18n import Msg, Translator


class BpmnError(Exception):
    """A BPMN file that cannot be imported, or a diagram that cannot be written.

    The message names the file, the line where known, and what is wrong. Nothing was changed.
    `what` is a Msg, so the window and the command line say it in their reader's language;
    as a string the error stays English (logs, tests).
    """

    def __init__(self, what: str, source: str = "", line: int | None = None) -> None:
        self.what = what
        self.source = source
        self.line = line
        super().__init__(_where(what, source, line))

    def in_words(self, tr: Translator) -> str:
        return tr.render(self.args[0])

    def with_source(self, source: str) -> BpmnError:
        return BpmnError(self.what, source, self.line)


def _where(what: str, source: str, line: int | None) -> Msg:
    # line numbers as written, never grouped ("line 12000", as an editor shows it)
    if source and line is not None:
        return Msg("{file}, line {line}: {what}", file=source, line=str(line), what=what)
    if source:
        return Msg("{file}: {what}", file=source, what=what)
    if line is not None:
        return Msg("the BPMN file, line {line}: {what}", line=str(line), what=what)
    return Msg("the BPMN file: {what}", what=what)
