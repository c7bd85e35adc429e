"""What goes wrong reading or writing a document, said so a user can act on it."""

from __future__ import annotations

from dataclasses import dataclass

MAX_PROBLEMS_SHOWN = 20


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a file: where (a JSON path such as `$.versions[0].nodes[3].lane`)
    and what."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class FormatError(Exception):
    """A file that is not a document this program can open. Nothing was changed."""

    def __init__(self, problems: list[Problem] | Problem, source: str = "") -> None:
        self.problems = [problems] if isinstance(problems, Problem) else list(problems)
        self.source = source
        super().__init__(self._message())

    def _message(self) -> str:
        where = f"{self.source}: " if self.source else ""
        if len(self.problems) == 1:
            return f"{where}{self.problems[0]}"
        shown = self.problems[:MAX_PROBLEMS_SHOWN]
        lines = [f"{where}{len(self.problems)} problems:"]
        lines += [f"  {problem}" for problem in shown]
        if len(self.problems) > len(shown):
            lines.append(f"  … and {len(self.problems) - len(shown)} more")
        return "\n".join(lines)

    def with_source(self, source: str) -> FormatError:
        return FormatError(self.problems, source)


class SaveError(Exception):
    """A save that could not be completed; the previous file is untouched."""
