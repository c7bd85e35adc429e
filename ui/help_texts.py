"""The words of the Help window: a short guide, the canvas's own keys and gestures, and for
each measure how it is computed. Kept apart from the window that shows them, as data.

What a measure *is* comes from `workbench.measures` (its name and one-line description,
also the tooltips of the measures panel); here is the longer "how it is counted", with the
worked details process owners ask about (DESIGN.md, "Measures of a version").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("help", text)


def guide() -> list[tuple[str, str]]:
    """(heading, paragraph) in the order a first process is drawn and judged."""
    return [
        (
            _tr("Lanes: who does what"),
            _tr(
                "Each lane is an actor. Customer lanes sit on top, above the line of "
                "interaction; below it the frontstage roles the customer deals with, then, "
                "below the line of visibility, the backstage roles and the supporting "
                "systems and departments. Right-click a lane's header to rename it, change "
                "its kind or add a lane."
            ),
        ),
        (
            _tr("Steps and flows"),
            _tr(
                "Pick a tool in the palette (Task, Decision, Parallel, Wait, Start, End) and "
                "click in a lane, or double-click a lane to add a task. Drag from a step's "
                "border to another step to connect them. Give each decision's branches a "
                "label and a probability."
            ),
        ),
        (
            _tr("Value and waste"),
            _tr(
                "Select a step in a customer lane and class it in the Properties panel or "
                "by right-clicking it: value (the customer would pay for it), necessary "
                "(required, adds no value) or waste, with the kind of waste."
            ),
        ),
        (
            _tr("The four elements"),
            _tr(
                "In the Four elements panel write the goal in the customer's terms, the "
                "inputs with their variants, the outputs (judged: do they satisfy the "
                "customer, do they push work onto the customer?) and the activities with "
                "their standards. The score and the gaps follow as you write."
            ),
        ),
        (
            _tr("KPIs"),
            _tr(
                "Select an interaction (a flow across the line of interaction) and press "
                "Add KPI in the KPIs panel, or pick one of the common contact-centre KPIs "
                "from its menu. Findings lists the interactions still without a KPI."
            ),
        ),
        (
            _tr("As-is and to-be"),
            _tr(
                "Version ▸ New Version from This One copies the flow to redesign it; "
                "Version ▸ Compare Versions lists every measure of the two side by side, "
                "with what moved the right way."
            ),
        ),
        (
            _tr("Sharing the result"),
            _tr(
                "The File menu exports an Excel workbook, a PDF report or a BPMN file, and "
                "saves a process as a template for other teams."
            ),
        ),
    ]


def canvas_keys() -> list[tuple[str, str]]:
    """Keys and gestures of the canvas that are not menu entries: (keys, what they do)."""
    return [
        (_tr("Del, Backspace"), _tr("Delete the selected steps and flows")),
        (_tr("F2, double-click a step"), _tr("Edit the step's label")),
        (_tr("Esc"), _tr("Cancel the gesture, go back to Select and clear the selection")),
        (_tr("Ctrl+A"), _tr("Select all steps and flows")),
        (_tr("Space + drag"), _tr("Move the view")),
        (_tr("Ctrl + mouse wheel"), _tr("Zoom in and out")),
        (_tr("Drag from a step's border"), _tr("Connect it to another step")),
        (_tr("Double-click a lane"), _tr("Add a task there")),
        (_tr("Right-click"), _tr("The menu for the step, flow, lane or canvas under the mouse")),
    ]


def how_measures_are_computed() -> dict[str, str]:
    """Measure key -> how it is counted, for the Help window and the measures' tooltips."""
    return {
        "steps": _tr(
            "Counts the task nodes of every lane. Start, end, decision, parallel and wait "
            "nodes are not steps."
        ),
        "customer_steps": _tr("Counts the task nodes in customer lanes."),
        "value_steps": _tr(
            "Counts the customer steps classed as value; a wait in a customer lane counts "
            "too when it is classed as value."
        ),
        "necessary_steps": _tr(
            "Counts the customer steps classed as necessary; a wait in a customer lane "
            "counts too when it is classed as necessary."
        ),
        "waste_steps": _tr(
            "Counts the customer steps classed as waste, whatever the kind of waste. A wait "
            "in a customer lane counts here, as waste of kind waiting, unless it is classed "
            "otherwise."
        ),
        "value_time": _tr(
            "Per case: each value step's duration times how often cases pass it (a "
            "decision's branch by its probability, a loop as often as cases go round it), "
            "added up."
        ),
        "necessary_time": _tr(
            "Per case: each necessary step's duration times how often cases pass it, "
            "added up."
        ),
        "waste_time": _tr(
            "Per case: each waste step's duration (customer waits included) times how often "
            "cases pass it, added up."
        ),
        "interactions": _tr(
            "Counts the flows that cross the line of interaction: from a customer lane to "
            "a non-customer lane, or back."
        ),
        "customer_contacts": _tr(
            "Counts the interactions that start in a customer lane. A customer step reached "
            "only from the role it then answers (the department calls, the customer tells "
            "it the need) is a reply, not a contact the customer starts."
        ),
        "customer_facing_roles": _tr(
            "Counts the distinct non-customer lanes that share at least one interaction "
            "with a customer lane. Information only, neither higher nor lower is better in "
            "itself: letting the doer talk to the customer can be the point of a redesign."
        ),
        "roles_customer_contacts": _tr(
            "Counts the distinct non-customer lanes that receive an interaction started in "
            "a customer lane: the parties the customer has to chase. A one-stop service "
            "has 1. A role that only calls the customer back is not counted."
        ),
        "hand_offs": _tr(
            "Counts the flows between two different non-customer lanes, support lanes "
            "included. A look-up in an IT system belongs on the task as its IT system, not "
            "in a lane of its own, so it is not a hand-off."
        ),
        "round_trips": _tr(
            "Counts the hand-offs A → B where another step of B's lane can reach A without "
            "passing through that step of B: the work comes back to a lane it already "
            "visited. A linear chain agent → expert → department → expert → agent has 2; "
            "flattened so the agent works with the department directly, 1. Consulting a "
            "colleague who sends the case straight back (A → B → A) counts once, the honest "
            "cost of the consultation."
        ),
        "lead_time_expected": _tr(
            "The expected time from start to end over many cases: each decision's branches "
            "weighted by their probabilities, loops included as often as cases go round "
            "them. A parallel block counts its slowest branch, a lower bound of the true "
            "expected time."
        ),
        "lead_time_critical": _tr(
            "The longest path of step durations from a start to an end, visiting each step "
            "at most once (without rework); a parallel block counts its slowest branch."
        ),
        "customer_wait": _tr(
            "The expected time per case the customer spends in customer-lane steps classed "
            "as waste of kind waiting (a customer wait is, unless classed otherwise), each "
            "counted as often as cases pass it."
        ),
        "value_added_ratio": _tr(
            "The expected time per case in customer steps classed as value, divided by the "
            "expected lead time. A value step inside a loop counts as often as cases pass it."
        ),
        "expected_customer_contacts": _tr(
            "Per case, how often the customer is expected to reach out: each contact counts "
            "with the share of cases that take it, and as often as they pass it in a loop."
        ),
        "checklist_score": _tr(
            "The share of the four elements' items (goal, inputs, outputs, activities) "
            "that are complete; the Four elements panel lists the gaps."
        ),
        "kpi_coverage": _tr(
            "The share of interactions that have at least one KPI with a target."
        ),
    }
