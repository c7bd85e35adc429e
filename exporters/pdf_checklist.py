"""The four-element checklist of one version (goal, inputs, outputs, activities): each item
with what it says, whether it is complete and what is missing, under the overall score.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from exporters import pdf_theme as theme
from exporters.pdf_tables import Cells, grid
from workbench.checklist_score import ELEMENT_NAMES, ItemScore, checklist_score
from workbench.i18n import Joined, _t, reader, say, tr, tr_in
from workbench.model import (
    ActivityItem,
    ChecklistElement,
    InputItem,
    OutputItem,
    Version,
)

COLUMNS = (0.13, 0.55, 0.32)


def checklist_section(version: Version, cells: Cells, width: float) -> list[Flowable]:
    score = checklist_score(version.checklist, version)
    parts = reader().join([
        f"{say(ELEMENT_NAMES[e])} {s.complete}/{s.total}" for e, s in score.elements.items()
    ])
    summary = tr("Checklist score: {done} of {total} items complete ({share} %). {parts}.").format(
        done=score.complete, total=score.total, share=f"{score.share * 100:.0f}", parts=parts
    )
    verdicts = {(item.element, item.item_id): item for item in score.items}
    heads = (tr("Element"), tr("What the design says"), tr("Status"))
    header = [cells.text(h, "cell_header") for h in heads]
    rows: list[list] = [header]
    for element, item_id, name, details in _items(version):
        verdict = verdicts.get((element, item_id))
        rows.append(
            [
                cells.text(say(ELEMENT_NAMES[element]), "cell_bold"),
                cells.lines([name, *details]) if name else cells.muted(tr("(nothing listed)")),
                _status(verdict, cells),
            ]
        )
    return [cells.text(summary, "body"), grid(rows, [f * width for f in COLUMNS])]


def _status(verdict: ItemScore | None, cells: Cells):  # noqa: ANN202 - a Paragraph
    if verdict is None or verdict.complete:
        return cells.coloured(tr("complete"), theme.BETTER)
    missing = say(Joined(verdict.missing, "items"))
    return cells.coloured(tr("Missing: {items}").format(items=missing), theme.WORSE, bold=False)


def _items(version: Version) -> list[tuple[ChecklistElement, str | None, str, list[str]]]:
    """(element, item id, title, detail lines) for every item, empty elements included."""
    checklist = version.checklist
    goal = checklist.goal
    kpi_names = [version.kpis[k].name for k in goal.kpis if k in version.kpis]
    rows: list[tuple[ChecklistElement, str | None, str, list[str]]] = [
        (
            ChecklistElement.GOAL,
            None,
            goal.statement or "",
            [
                tr("stated in the customer's terms") if goal.customer_centred else "",
                (tr("measured by: {kpis}").format(kpis=reader().join(kpi_names))
                 if kpi_names else ""),
                tr("owner: {owner}").format(owner=goal.owner) if goal.owner else "",
            ],
        )
    ]
    rows += _each(ChecklistElement.INPUTS, checklist.inputs, _input)
    rows += _each(ChecklistElement.OUTPUTS, checklist.outputs, _output)
    rows += _each(
        ChecklistElement.ACTIVITIES, checklist.activities, lambda item: _activity(item, version)
    )
    return rows


def _each(element, entries, describe) -> list:  # noqa: ANN001
    if not entries:
        return [(element, None, "", [])]
    return [(element, entry.id, entry.name, describe(entry)) for entry in entries]


def _input(item: InputItem) -> list[str]:
    lines = [_join((tr("trigger"), item.trigger), (tr_in("checklist", "from"), item.supplier),
                   (tr("channel"), item.channel))]
    if item.acceptance:
        lines.append(tr("accepted when: {text}").format(text=item.acceptance))
    lines += [
        tr("variant: {name}").format(name=v.name) + (f" ({v.description})" if v.description else "")
        for v in item.variants
    ]
    return lines


def _output(item: OutputItem) -> list[str]:
    def judged(value: bool | None, yes: str, no: str) -> str:
        return tr("not judged") if value is None else tr(yes) if value else tr(no)

    return [
        _join(
            (tr_in("checklist", "to"), item.recipient),
            (tr("done when"), item.definition_of_done),
            (tr("time standard"), item.time_standard),
        ),
        judged(item.satisfies_customer, _t("satisfies the customer"),
               _t("does not satisfy the customer"))
        + tr("; ")
        + judged(
            item.pushes_work_to_customer,
            _t("pushes work onto the customer"),
            _t("no work pushed onto the customer"),
        ),
        item.judgement,
    ]


def _activity(item: ActivityItem, version: Version) -> list[str]:
    kpi = version.kpis.get(item.kpi) if item.kpi else None
    return [_join((tr("standard"), item.standard), ("KPI", kpi.name if kpi else ""))]


def _join(*pairs: tuple[str, str]) -> str:
    return tr("; ").join(f"{label}{tr(': ')}{value}" for label, value in pairs if value)
