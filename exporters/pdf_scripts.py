"""What the customer hears: each customer-facing step of a version with its script (话术),
rules and IT system, in the order a case meets them, so a workshop reviews every script,
not only the ones the redesign changed. A customer-facing step without a script is listed
too: the gap is as plain as the scripts."""

from __future__ import annotations

from reportlab.platypus import Flowable

from exporters import pdf_theme as theme
from exporters.pdf_tables import Cells, grid
from workbench.customer_facing import customer_facing_steps
from workbench.i18n import tr
from workbench.model import Version
from workbench.vocabulary import value_word

COLUMNS = (0.3, 0.5, 0.2)


def scripts_table(version: Version, cells: Cells, width: float) -> list[Flowable]:
    steps = customer_facing_steps(version)
    if not steps:
        return [cells.text(tr("No step of this version faces the customer."), "body")]
    lanes = {lane.id: lane.name for lane in version.lanes}
    heads = (tr("Step"), tr("Script"), tr("Rules and IT system"))
    header = [cells.text(h, "cell_header") for h in heads]
    rows: list[list] = [header]
    for node in steps:
        system = tr("IT system: {system}").format(system=node.it_system) if node.it_system else ""
        rules = [node.rules, system]
        rows.append(
            [
                cells.lines([node.label or value_word(node.kind.value), lanes.get(node.lane, "")]),
                cells.text(node.script)
                if node.script
                else cells.coloured(tr("No script yet"), theme.WORSE, bold=False),
                cells.lines(rules) if any(rules) else cells.text(""),
            ]
        )
    missing = sum(1 for n in steps if not n.script)
    if missing:
        summary = tr("{count} customer-facing steps, {missing} without a script.")
    else:
        summary = tr("{count} customer-facing steps, each with its script.")
    summary = summary.format(count=len(steps), missing=missing)
    return [cells.text(summary, "muted"), grid(rows, [f * width for f in COLUMNS])]
