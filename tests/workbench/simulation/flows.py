"""Small flows with known answers for the simulation tests."""

from __future__ import annotations

import dataclasses

from workbench.builder import VersionBuilder
from workbench.model import Duration, TimeUnit, Version


def ranged(version: Version, node_id: str, low: float, most: float, high: float) -> None:
    node = version.nodes[node_id]
    version.nodes[node_id] = dataclasses.replace(
        node, duration=Duration(most, low, high, unit=TimeUnit.HOURS)
    )


def rework_loop() -> Version:
    """Customer asks; the agent works (triangular 1-2-6 h), a reviewer's check sends 40 %
    back, and then the customer has to chase the agent again (a contact each time)."""
    b = VersionBuilder("Loop")
    customer, agent = b.lane("Customer", "customer"), b.lane("Agent")
    review = b.lane("Review", "backstage")
    start, ask = b.start(customer), b.task(customer, "Asks", 5)
    work = b.task(agent, "Works", 2, unit="h")
    check = b.decision(review, "Right?", 10)
    chase = b.task(customer, "Chases", 5, value="waste", waste="repeat_contact")
    reply, end = b.task(agent, "Replies", 15), b.end(customer)
    b.chain(start, ask, work, check)
    b.flow(check, chase, "no", 0.4)
    b.flow(chase, work)
    b.flow(check, reply, "yes", 0.6)
    b.flow(reply, end)
    version = b.build()
    ranged(version, work, 1.0, 2.0, 6.0)
    return version


def fork_and_choice() -> Version:
    """A decision between two paths, one of which runs two branches in parallel where one
    branch is always the slower (so the exact measure is exact, not a bound)."""
    b = VersionBuilder("Fork")
    customer, office, field = b.lane("Customer", "customer"), b.lane("Office"), b.lane("Field")
    start, call = b.start(customer), b.task(customer, "Calls", 10)
    kind = b.decision(office, "Which?", 5)
    quick = b.task(office, "Answers", 20)
    fork, join = b.parallel(office, "Split"), b.parallel(office, "Both done")
    slow = b.task(field, "Visits", 8, unit="h")
    note = b.wait(customer, "Waits for the visit", 2, unit="h")
    paper = b.task(office, "Files", 1, unit="h")
    end = b.end(customer)
    b.chain(start, call, kind)
    b.flow(kind, quick, "quick", 0.35)
    b.flow(kind, fork, "visit", 0.65)
    b.flow(quick, end)
    b.flow(fork, slow)
    b.flow(fork, paper)
    b.flow(paper, note)
    b.chain(slow, join)
    b.chain(note, join, end)
    version = b.build()
    ranged(version, slow, 6.0, 8.0, 13.0)
    ranged(version, paper, 0.5, 1.0, 1.5)
    return version


def two_branches(first: tuple[float, float, float], second: tuple[float, float, float]) -> Version:
    """Start, a fork into two timed branches, a join, an end."""
    b = VersionBuilder("Block")
    lane = b.lane("Office")
    start, fork, join, end = b.start(lane), b.parallel(lane), b.parallel(lane), b.end(lane)
    one, two = b.task(lane, "One", 1, unit="h"), b.task(lane, "Two", 1, unit="h")
    b.flow(start, fork)
    b.chain(fork, one, join)
    b.chain(fork, two, join)
    b.flow(join, end)
    version = b.build()
    ranged(version, one, *first)
    ranged(version, two, *second)
    return version


def with_means(version: Version, mean_of) -> Version:
    """A copy whose every ranged step's most likely value is replaced by its mean, so the
    exact measures (which read the stated value as the mean) describe the same cases."""
    copy = dataclasses.replace(version, nodes=dict(version.nodes))
    for node_id, node in version.nodes.items():
        d = node.duration
        if d is not None and d.minimum is not None and d.maximum is not None:
            mean = mean_of(d.minimum, d.expected, d.maximum)
            copy.nodes[node_id] = dataclasses.replace(node, duration=Duration(mean, unit=d.unit))
    return copy


def triangular_mean(low: float, most: float, high: float) -> float:
    return (low + most + high) / 3


def pert_mean(low: float, most: float, high: float) -> float:
    return (low + 4 * most + high) / 6
