"""What an import did with each element it could not take over as it was.

A process owner must be able to trust an imported flow, so nothing is lost silently: every
element that was dropped or approximated gets a note saying what and why, and the counts
say what came across.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum

from workbench.document import Document
from workbench.i18n import _t, reader, say, tr

CATEGORIES = ("participants", "lanes", "flow_nodes", "sequence_flows", "message_flows")
CATEGORY_WORDS = {
    "participants": _t("participants"),
    "lanes": _t("lanes"),
    "flow_nodes": _t("flow nodes"),
    "sequence_flows": _t("sequence flows"),
    "message_flows": _t("message flows"),
}


class Action(StrEnum):
    DROPPED = "dropped"  # not in the imported document at all
    MERGED = "merged"  # its content lives on in other elements (a parent lane's name)
    APPROXIMATED = "approximated"  # imported, but as something close to it


ACTION_WORDS = {
    Action.DROPPED: _t("Dropped"),
    Action.MERGED: _t("Merged"),
    Action.APPROXIMATED: _t("Approximated"),
}


@dataclass(frozen=True)
class Note:
    """One element the import could not take over exactly."""

    action: Action
    category: str  # one of CATEGORIES, or "other" for artifacts, data, conversations…
    element_id: str
    element: str  # the BPMN element name, e.g. "userTask"
    reason: str  # a Msg: shown in the reader's language

    def __str__(self) -> str:
        return f"{self.action.value} {self.element} {self.element_id!r}: {self.reason}"


@dataclass
class ImportSummary:
    source: str = ""
    imported: Counter[str] = field(default_factory=Counter)
    notes: list[Note] = field(default_factory=list)
    with_our_extensions: bool = False
    auto_laid_out: bool = False

    def note(
        self, action: Action, category: str, element_id: str, element: str, reason: str
    ) -> None:
        self.notes.append(Note(action, category, element_id, element, reason))

    def count(self, category: str, *actions: Action) -> int:
        wanted = set(actions or (Action.DROPPED, Action.MERGED))
        return sum(1 for n in self.notes if n.category == category and n.action in wanted)

    def lines(self, limit: int = 8) -> list[str]:
        """The summary as a process owner reads it, in the current reader's language:
        counts, then notes grouped by reason."""
        counts = reader().join(
            [f"{self.imported[c]} {tr(CATEGORY_WORDS[c])}" for c in CATEGORIES]
        )
        lines = [tr("Imported {counts}.").format(counts=counts)]
        if self.with_our_extensions:
            lines.append(
                tr("The file carries Process Workbench's own data: values, KPIs and "
                   "checklist came back with it.")
            )
        if self.auto_laid_out:
            lines.append(
                tr("The file has no diagram layout; the steps were laid out automatically.")
            )
        if not self.notes:
            lines.append(tr("Nothing was dropped or approximated."))
            return lines
        groups: dict[tuple[Action, str, str], list[str]] = {}
        for note in self.notes:
            groups.setdefault((note.action, note.element, note.reason), []).append(note.element_id)
        for (action, element, reason), element_ids in groups.items():
            shown = ", ".join(element_ids[:limit])
            more = len(element_ids) - limit
            if more > 0:
                shown = tr("{shown} and {more} more").format(shown=shown, more=more)
            count = f"{len(element_ids)} × " if len(element_ids) > 1 else ""
            lines.append(
                tr("{action}: {count}{element} ({ids}): {reason}").format(
                    action=tr(ACTION_WORDS[action]), count=count, element=element, ids=shown,
                    reason=say(reason),
                )
            )
        return lines

    def __str__(self) -> str:
        return "\n".join(self.lines())


@dataclass
class ImportResult:
    document: Document
    summary: ImportSummary
