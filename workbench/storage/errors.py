"""What goes wrong reading or writing a document, said so a user can act on it."""

from __future__ import annotations

from dataclasses import dataclass

from workbench.i18n import Msg, Translator, _t

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

    def in_words(self, tr: Translator) -> str:
        """The same message in the reader's language (each problem's message is a Msg where
        the program wrote it; the JSON paths stay as they are)."""
        where = f"{self.source}: " if self.source else ""
        lines = [_shown(p, tr) for p in self.problems[:MAX_PROBLEMS_SHOWN]]
        if len(self.problems) == 1:
            return where + lines[0]
        head = tr("{count} problems:").format(count=len(self.problems))
        more = len(self.problems) - len(lines)
        tail = ["  " + tr("… and {count} more").format(count=more)] if more > 0 else []
        return "\n".join([where + head, *("  " + line for line in lines), *tail])

    def with_source(self, source: str) -> FormatError:
        return FormatError(self.problems, source)

    def as_message(self) -> Msg:
        """The whole message as a Msg, to be kept and rendered later in its reader's
        language (a template library lists the files it refused)."""
        return _Refusal(self.problems, self.source)


class _Refusal(Msg):
    def __new__(cls, problems: list[Problem], source: str) -> _Refusal:  # type: ignore[override]
        error = FormatError(problems, source)
        self = str.__new__(cls, str(error))
        self.template, self.plural, self.params = "", None, {"error": error}
        return self

    def render(self, tr: Translator) -> str:
        return self.params["error"].in_words(tr)

    def __reduce__(self) -> tuple:
        error = self.params["error"]
        return (_Refusal, (error.problems, error.source))


def _shown(problem: Problem, tr: Translator) -> str:
    message = tr.render(problem.message)
    return f"{problem.path}: {message}" if problem.path else message


_t("{count} problems:")
_t("… and {count} more")


class SaveError(Exception):
    """A save that could not be completed; the previous file is untouched."""
