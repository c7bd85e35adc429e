"""Seeded synthetic process documents of any size, for benchmarks and scale tests.

They look like real contact-centre flows so that the timings mean something: twelve lanes
(two customer types, four frontstage roles, four backstage roles, two support systems), a
main line of steps with exclusive decisions (probabilities adding up to 1), rework loops
back to an earlier step, parallel fork/join blocks, durations, value classes on customer
steps, KPIs on most interactions, and positions laid out left to right. Same seed, same
document.

Rework loops never reach back over a parallel block, so every expected value stays
well-defined; the start reaches every step and every step reaches the end.
"""

from __future__ import annotations

import dataclasses
import random
from dataclasses import dataclass, field

from workbench.builder import VersionBuilder
from workbench.document import Document
from workbench.model import (
    ActivityItem,
    Checklist,
    Direction,
    Goal,
    InputItem,
    InputVariant,
    KpiCategory,
    LaneKind,
    Metadata,
    NodeKind,
    OutputItem,
    TimeUnit,
    ValueClass,
    WasteKind,
)

LANES: tuple[tuple[str, LaneKind], ...] = (
    ("Retail customer", LaneKind.CUSTOMER),
    ("Business customer", LaneKind.CUSTOMER),
    ("Hotline agent", LaneKind.FRONTSTAGE),
    ("Chat agent", LaneKind.FRONTSTAGE),
    ("Field technician", LaneKind.FRONTSTAGE),
    ("Store staff", LaneKind.FRONTSTAGE),
    ("Back office", LaneKind.BACKSTAGE),
    ("Billing team", LaneKind.BACKSTAGE),
    ("Network expert", LaneKind.BACKSTAGE),
    ("Team leader", LaneKind.BACKSTAGE),
    ("CRM", LaneKind.SUPPORT),
    ("Knowledge base", LaneKind.SUPPORT),
)
KIND_WEIGHTS = {LaneKind.CUSTOMER: 0.22, LaneKind.FRONTSTAGE: 0.38,
                LaneKind.BACKSTAGE: 0.26, LaneKind.SUPPORT: 0.14}
KPI_SHARE = 0.6
COLUMN = 170.0
ROW = 55.0
VERBS = ("Check", "Record", "Explain", "Confirm", "Update", "Review", "Send", "Approve",
         "Look up", "Book", "Escalate", "Fix")
THINGS = ("the request", "the account", "the order", "the fault", "the invoice", "the visit",
          "the answer", "the work order", "the refund", "the contract")


@dataclass
class _Drawing:
    """The state of a flow being drawn: builder, dice, lanes, and where the pen is."""

    b: VersionBuilder
    rng: random.Random
    lanes: dict[LaneKind, list[str]]
    kind_of: dict[str, LaneKind]
    column: int = 0
    rows: dict[tuple[str, int], int] = field(default_factory=dict)
    loop_targets: list[str] = field(default_factory=list)
    interactions: list[str] = field(default_factory=list)
    tasks: list[str] = field(default_factory=list)


def synthetic_document(nodes: int, seed: int = 1) -> Document:
    """A one-version document of exactly `nodes` steps (at least 10)."""
    if nodes < 10:
        raise ValueError("a synthetic flow needs at least 10 steps")
    rng = random.Random(seed)
    b = VersionBuilder("As-is", "v-as-is")
    lanes: dict[LaneKind, list[str]] = {kind: [] for kind in LaneKind}
    kind_of: dict[str, LaneKind] = {}
    for name, kind in LANES:
        lane_id = b.lane(name, kind)
        lanes[kind].append(lane_id)
        kind_of[lane_id] = kind
    d = _Drawing(b, rng, lanes, kind_of)

    current = _place(d, b.start(lanes[LaneKind.CUSTOMER][0], "Customer gets in touch"))
    budget = nodes - 2
    while budget > 0:
        current, used = _next_block(d, current, budget)
        budget -= used
    end = _place(d, b.end(lanes[LaneKind.CUSTOMER][0], "Request settled"))
    _flow(d, current, end)
    _add_kpis(d)
    b.checklist(_checklist(d))
    return Document(
        Metadata(title=f"Synthetic service process ({nodes:,} steps, seed {seed})",
                 owner="Benchmark", team="Process Workbench", tags=("synthetic",)),
        versions=[b.build()],
    )


def _next_block(d: _Drawing, current: str, budget: int) -> tuple[str, int]:
    """Draw one block after `current`; returns the block's last step and steps used."""
    roll = d.rng.random()
    if budget >= 8 and roll < 0.12:
        return _parallel_block(d, current, budget)
    if budget >= 6 and roll < 0.32:
        return _decision_block(d, current, budget)
    if budget >= 2 and roll < 0.42 and len(d.loop_targets) > 1:
        return _rework_loop(d, current)
    node = _step(d)
    _flow(d, current, node)
    d.loop_targets.append(node)
    return node, 1


def _decision_block(d: _Drawing, current: str, budget: int) -> tuple[str, int]:
    """An exclusive choice between two or three branches that meet again."""
    branches = d.rng.choice((2, 2, 3))
    lengths = [d.rng.randint(1, 3) for _ in range(branches)]
    if sum(lengths) + 2 > budget:
        lengths = [1] * branches
    decision = _place(d, d.b.decision(_lane(d, exclude_customer=True), "Which case is it?",
                                      d.rng.choice((0.5, 1, 2))))
    _flow(d, current, decision)
    merge_column = d.column
    ends = []
    for share, length in zip(_shares(d.rng, branches), lengths, strict=True):
        d.column = merge_column
        first = last = _step(d)
        _flow(d, decision, first, f"case {len(ends) + 1}", share)
        for _ in range(length - 1):
            node = _step(d)
            _flow(d, last, node)
            last = node
        ends.append(last)
    d.column = merge_column + max(lengths)
    merge = _step(d)
    for last in ends:
        _flow(d, last, merge)
    d.loop_targets.append(merge)
    return merge, 2 + sum(lengths)


def _rework_loop(d: _Drawing, current: str) -> tuple[str, int]:
    """A quality gate: most work goes on, some goes back to a recent step."""
    gate = _place(d, d.b.decision(_lane(d, exclude_customer=True), "Complete and correct?", 1))
    _flow(d, current, gate)
    back = d.rng.choice(d.loop_targets[-6:-1])
    redo = d.rng.choice((5, 10, 15, 20, 25))
    _flow(d, gate, back, "no, rework", redo / 100)
    after = _step(d)
    _flow(d, gate, after, "yes", (100 - redo) / 100)
    d.loop_targets.append(after)
    return after, 2


def _parallel_block(d: _Drawing, current: str, budget: int) -> tuple[str, int]:
    """Work done at the same time by different roles, joined before the flow goes on."""
    branches = d.rng.choice((2, 2, 3))
    length = max(1, min(3, (budget - 3) // branches))
    lane = _lane(d, exclude_customer=True)
    fork = _place(d, d.b.parallel(lane, "Start together"))
    _flow(d, current, fork)
    start_column = d.column
    ends = []
    for _ in range(branches):
        d.column = start_column
        last = fork
        for _ in range(length):
            node = _step(d, customer=False)
            _flow(d, last, node)
            last = node
        ends.append(last)
    d.column = start_column + length
    join = _place(d, d.b.parallel(lane, "All done"))
    for last in ends:
        _flow(d, last, join)
    d.loop_targets = []  # no loop reaches back into or over a parallel block
    return join, 2 + branches * length


def _step(d: _Drawing, customer: bool = True) -> str:
    """A task (now and then a wait) in a lane picked by the usual mix of roles."""
    rng = d.rng
    lane = _lane(d, exclude_customer=not customer)
    label = f"{rng.choice(VERBS)} {rng.choice(THINGS)}"
    if d.kind_of[lane] is LaneKind.CUSTOMER:
        if rng.random() < 0.15:
            return _place(d, d.b.wait(lane, "Wait for news", rng.choice((2, 4, 8, 24)),
                                      unit=TimeUnit.HOURS, value=ValueClass.WASTE,
                                      waste=WasteKind.WAITING))
        value = rng.choices(list(ValueClass), weights=(0.4, 0.35, 0.25))[0]
        waste = rng.choice(list(WasteKind)) if value is ValueClass.WASTE else None
        return _place(d, d.b.task(lane, label, rng.choice((1, 2, 3, 5, 8)), value=value,
                                  waste=waste))
    unit, durations = rng.choice(((TimeUnit.MINUTES, (2, 5, 10, 15, 30)),
                                  (TimeUnit.HOURS, (1, 2, 4, 8))))
    return _place(d, d.b.task(lane, label, rng.choice(durations), unit=unit))


def _lane(d: _Drawing, exclude_customer: bool = False) -> str:
    kinds = [k for k in KIND_WEIGHTS if not (exclude_customer and k is LaneKind.CUSTOMER)]
    kind = d.rng.choices(kinds, weights=[KIND_WEIGHTS[k] for k in kinds])[0]
    return d.rng.choice(d.lanes[kind])


def _place(d: _Drawing, node_id: str) -> str:
    """Put the step in the next column, below any step already in that lane and column."""
    version = d.b.version
    node = version.nodes[node_id]
    row = d.rows.get((node.lane, d.column), 0)
    d.rows[(node.lane, d.column)] = row + 1
    version.nodes[node_id] = dataclasses.replace(
        node, x=80.0 + COLUMN * d.column, y=40.0 + ROW * (row % 2))
    d.column += 1
    if node.kind is NodeKind.TASK:
        d.tasks.append(node_id)
    return node_id


def _flow(
    d: _Drawing, source: str, target: str, label: str = "", probability: float | None = None
) -> str:
    """A flow; one between a customer lane and another lane is noted as an interaction."""
    flow_id = d.b.flow(source, target, label, probability)
    nodes = d.b.version.nodes
    customer = [d.kind_of[nodes[n].lane] is LaneKind.CUSTOMER for n in (source, target)]
    if customer[0] != customer[1]:
        d.interactions.append(flow_id)
    return flow_id


def _shares(rng: random.Random, count: int) -> list[float]:
    """Branch probabilities in whole percent, adding up to exactly 100."""
    cuts = sorted(rng.sample(range(5, 100, 5), count - 1))
    parts = [b - a for a, b in zip([0, *cuts], [*cuts, 100], strict=True)]
    return [p / 100 for p in parts]


def _add_kpis(d: _Drawing) -> None:
    for flow_id in d.interactions:
        if d.rng.random() < KPI_SHARE:
            d.b.kpi(f"Answered right first time ({flow_id})", flow_id,
                    definition="Share of contacts at this touchpoint settled without a repeat.",
                    unit="%", direction=Direction.HIGHER, target=d.rng.choice((80.0, 90.0)),
                    data_source="CRM contact log", frequency="monthly",
                    category=KpiCategory.QUALITY)


def _checklist(d: _Drawing) -> Checklist:
    first = d.tasks[0]
    return Checklist(
        goal=Goal("Settle every request at the first contact.", customer_centred=True,
                  owner="Benchmark"),
        inputs=(InputItem("in-1", "Customer request", trigger="Customer gets in touch",
                          variants=(InputVariant("var-1", "New request", path_start=first),)),),
        outputs=(OutputItem("out-1", "Request settled", recipient="Customer",
                            satisfies_customer=True, pushes_work_to_customer=False),),
        activities=(ActivityItem("act-1", "Handle the request", standard="Within 2 days",
                                 nodes=(first,)),),
    )
