"""What the customer hears: each customer-facing step of a version with its script (话术),
rules and IT system, in the order a case meets them, so a workshop reviews every script,
not only the ones the redesign changed. A customer-facing step without a script is listed
too: the gap is as plain as the scripts."""

from __future__ import annotations

from reportlab.platypus import Flowable

from exporters import pdf_theme as theme
from exporters.pdf_tables import Cells, grid
from workbench.customer_facing import customer_facing_steps
from workbench.model import Version

COLUMNS = (0.3, 0.5, 0.2)


def scripts_table(version: Version, cells: Cells, width: float) -> list[Flowable]:
    steps = customer_facing_steps(version)
    if not steps:
        return [cells.text("No step of this version faces the customer.", "body")]
    lanes = {lane.id: lane.name for lane in version.lanes}
    header = [cells.text(h, "cell_header") for h in ("Step", "Script", "Rules and IT system")]
    rows: list[list] = [header]
    for node in steps:
        rules = [node.rules, f"IT system: {node.it_system}" if node.it_system else ""]
        rows.append(
            [
                cells.lines([node.label or node.kind.value, lanes.get(node.lane, "")]),
                cells.text(node.script)
                if node.script
                else cells.coloured("No script yet", theme.WORSE, bold=False),
                cells.lines(rules) if any(rules) else cells.text(""),
            ]
        )
    missing = sum(1 for n in steps if not n.script)
    summary = f"{len(steps)} customer-facing step{'s' if len(steps) != 1 else ''}"
    summary += f", {missing} without a script." if missing else ", each with its script."
    return [cells.text(summary, "muted"), grid(rows, [f * width for f in COLUMNS])]
