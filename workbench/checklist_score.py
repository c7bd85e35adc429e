"""How complete the four elements (goal, inputs, outputs, activities) are, and what is missing.

An item is complete only when every field the element asks for is filled (DOMAIN.md §2,
adapted to the model's fields); an element with no items counts as one incomplete item, so
an empty checklist scores 0, not "nothing to judge".
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.i18n import Joined, Msg
from workbench.model import (
    ActivityItem,
    Checklist,
    ChecklistElement,
    Goal,
    InputItem,
    OutputItem,
    Version,
)

ELEMENT_NAMES = {
    ChecklistElement.GOAL: Msg("Goal"),
    ChecklistElement.INPUTS: Msg("Input"),
    ChecklistElement.OUTPUTS: Msg("Output"),
    ChecklistElement.ACTIVITIES: Msg("Activity"),
}


@dataclass(frozen=True)
class ItemScore:
    """One item's verdict. `item_id` is None for the goal and for an element with no items."""

    element: ChecklistElement
    item_id: str | None
    name: str
    missing: tuple[Msg, ...]

    @property
    def complete(self) -> bool:
        return not self.missing

    def gap(self) -> Msg:
        """The item's gap as the user reads it, e.g. "Input 'New request': no supplier"."""
        title = ELEMENT_NAMES[self.element]
        missing = Joined(self.missing, "clauses")
        if self.name:
            return Msg("{element} '{name}': {missing}", element=title, name=self.name,
                       missing=missing)
        return Msg("{element}: {missing}", element=title, missing=missing)


@dataclass(frozen=True)
class ElementScore:
    element: ChecklistElement
    complete: int
    total: int

    @property
    def share(self) -> float:
        return self.complete / self.total


@dataclass(frozen=True)
class ChecklistScore:
    elements: dict[ChecklistElement, ElementScore]
    items: tuple[ItemScore, ...]

    @property
    def complete(self) -> int:
        return sum(e.complete for e in self.elements.values())

    @property
    def total(self) -> int:
        return sum(e.total for e in self.elements.values())

    @property
    def share(self) -> float:
        return self.complete / self.total

    @property
    def gaps(self) -> tuple[Msg, ...]:
        return tuple(item.gap() for item in self.items if not item.complete)


def checklist_score(checklist: Checklist, version: Version) -> ChecklistScore:
    items = [_goal(checklist.goal, version)]
    items += _each(ChecklistElement.INPUTS, checklist.inputs, _input, Msg("no inputs listed"))
    items += _each(ChecklistElement.OUTPUTS, checklist.outputs, _output, Msg("no outputs listed"))
    items += _each(
        ChecklistElement.ACTIVITIES,
        checklist.activities,
        lambda item: _activity(item, version),
        Msg("no activities listed"),
    )
    elements = {
        element: ElementScore(
            element,
            sum(1 for i in items if i.element is element and i.complete),
            sum(1 for i in items if i.element is element),
        )
        for element in ChecklistElement
    }
    return ChecklistScore(elements, tuple(items))


def _each(element, entries, judge, empty: str) -> list[ItemScore]:
    if not entries:
        return [ItemScore(element, None, "", (empty,))]
    return [ItemScore(element, entry.id, entry.name, judge(entry)) for entry in entries]


def _goal(goal: Goal, version: Version) -> ItemScore:
    missing: list[Msg] = []
    if not goal.statement.strip():
        missing.append(Msg("no statement of purpose"))
    if not goal.customer_centred:
        missing.append(Msg("not confirmed as stated in the customer's terms"))
    kpis = [version.kpis[k] for k in goal.kpis if k in version.kpis]
    if not any(kpi.has_target() for kpi in kpis):
        missing.append(
            Msg("no KPI with a target") if not kpis else Msg("none of its KPIs has a target")
        )
    if not goal.owner.strip():
        missing.append(Msg("no owner"))
    return ItemScore(ChecklistElement.GOAL, None, "", tuple(missing))


def _input(item: InputItem) -> tuple[Msg, ...]:
    return _blank(
        item,
        ("trigger", Msg("no trigger")),
        ("supplier", Msg("no supplier")),
        ("channel", Msg("no channel")),
        ("acceptance", Msg("no acceptance criteria")),
    )


def _output(item: OutputItem) -> tuple[Msg, ...]:
    missing = list(
        _blank(
            item,
            ("recipient", Msg("no recipient")),
            ("definition_of_done", Msg("no definition of done")),
            ("time_standard", Msg("no time standard")),
        )
    )
    if item.satisfies_customer is None:
        missing.append(Msg("not judged whether it satisfies the customer"))
    if item.pushes_work_to_customer is None:
        missing.append(Msg("not judged whether it pushes work onto the customer"))
    return tuple(missing)


def _activity(item: ActivityItem, version: Version) -> tuple[Msg, ...]:
    if item.standard.strip() or (item.kpi is not None and item.kpi in version.kpis):
        return ()
    return (Msg("no standard (time limit) or KPI"),)


def _blank(item, *fields: tuple[str, Msg]) -> tuple[Msg, ...]:
    return tuple(words for name, words in fields if not getattr(item, name).strip())

