"""Runs of steps that every case passes one after the other, moved through in one round.

Most of a flow is plain succession: one way out of a step, one way into the next. A case
at the head of such a run always goes through to its tail, so drawing the durations of
all its steps at once and routing only at the tail gives the very same cases in far
fewer rounds. A run stops wherever the run's figures are needed step by step: a join, a
step or flow a time limit watches, a contact, a step whose time depends on the clock
(working calendar) or on a queue (a lane with people). Contacts made inside a run are
counted per run.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from workbench.simulation.plan import Plan


@dataclass
class Chains:
    """Runs by their head's position. Fixed durations are summed once: only the steps
    with a drawn duration (`drawn`) are handled visit by visit."""

    length: np.ndarray  # steps in the run v heads (1 = on its own)
    start: np.ndarray  # the run headed by v is members[start[v]:start[v] + length[v]]
    members: np.ndarray
    tail: np.ndarray  # last step of the run headed by v
    fixed_hours: np.ndarray = None  # type: ignore[assignment]  # summed fixed durations
    fixed_wait: np.ndarray = None  # type: ignore[assignment]  # of them, customer waiting
    drawn_count: np.ndarray = None  # type: ignore[assignment]  # steps with drawn durations
    drawn_start: np.ndarray = None  # type: ignore[assignment]
    drawn: np.ndarray = None  # type: ignore[assignment]
    contacts: np.ndarray = None  # type: ignore[assignment]  # contacts made inside the run

    @property
    def has_contacts(self) -> bool:
        return bool(self.contacts.any())

    def spread_fixed(self, plan: Plan, head_visits: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Visits and work of the fixed-duration steps, from the visits of run heads."""
        visits = np.zeros(plan.count)
        for head in np.flatnonzero(head_visits).tolist():
            members = self.members[self.start[head] : self.start[head] + self.length[head]]
            fixed = members[plan.shape[members] == 0]
            visits[fixed] += head_visits[head]
        return visits, visits * plan.mode


def build_chains(plan: Plan, stop_at: np.ndarray, stop_flow: np.ndarray) -> Chains:
    """`stop_at`: steps that must stand alone; `stop_flow`: flows a run must not cross."""
    count = plan.count
    out_degree = np.diff(plan.out_start)
    in_degree = np.bincount(plan.flow_target, minlength=count)
    single = np.full(count, -1, dtype=np.int64)  # the step a run goes on to from v
    contact = np.zeros(count, dtype=np.int64)  # 1 where going on from v is a contact
    plain = (out_degree == 1) & ~plan.end & ~stop_at
    for v in np.flatnonzero(plain):
        flow = plan.out_flows[plan.out_start[v]]
        target = plan.flow_target[flow]
        if in_degree[target] == 1 and not stop_at[target] and not stop_flow[flow]:
            single[v] = target
            contact[v] = int(plan.flow_contact[flow])
    followed = np.zeros(count, dtype=bool)
    followed[single[single >= 0]] = True
    length = np.ones(count, dtype=np.int64)
    tail = np.arange(count, dtype=np.int64)
    start = np.zeros(count, dtype=np.int64)
    contacts = np.zeros(count, dtype=np.int64)
    members: list[int] = []
    for head in np.flatnonzero(~followed).tolist():
        start[head] = len(members)
        v = head
        members.append(v)
        while single[v] >= 0 and single[v] != head:
            contacts[head] += contact[v]
            v = int(single[v])
            members.append(v)
        length[head] = len(members) - start[head]
        tail[head] = v
    for v in np.flatnonzero(followed & (length == 1)).tolist():
        start[v] = len(members)  # inside a run, never a head; listed alone for safety
        members.append(v)
    chains = Chains(length, start, np.asarray(members, dtype=np.int64), tail)
    chains.contacts = contacts
    _split_fixed(plan, chains)
    return chains


def _split_fixed(plan: Plan, chains: Chains) -> None:
    count = plan.count
    chains.fixed_hours = np.zeros(count)
    chains.fixed_wait = np.zeros(count)
    chains.drawn_count = np.zeros(count, dtype=np.int64)
    chains.drawn_start = np.zeros(count, dtype=np.int64)
    drawn: list[int] = []
    for head in range(count):
        members = chains.members[chains.start[head] : chains.start[head] + chains.length[head]]
        fixed = plan.shape[members] == 0
        chains.fixed_hours[head] = plan.mode[members[fixed]].sum()
        chains.fixed_wait[head] = plan.mode[members[fixed & plan.waiting[members]]].sum()
        chains.drawn_start[head] = len(drawn)
        drawn += members[~fixed].tolist()
        chains.drawn_count[head] = int((~fixed).sum())
    chains.drawn = np.asarray(drawn, dtype=np.int64)
