"""What goes wrong reading a BPMN file, said so a process owner can act on it."""

from __future__ import annotations


class BpmnError(Exception):
    """A BPMN file that cannot be imported, or a diagram that cannot be written.

    The message names the file, the line where known, and what is wrong. Nothing was changed.
    """

    def __init__(self, what: str, source: str = "", line: int | None = None) -> None:
        self.what = what
        self.source = source
        self.line = line
        super().__init__(self._message())

    def _message(self) -> str:
        where = self.source or "the BPMN file"
        if self.line is not None:
            where += f", line {self.line}"
        return f"{where}: {self.what}"

    def with_source(self, source: str) -> BpmnError:
        return BpmnError(self.what, source, self.line)
