"""Expected values inside one loop of a flow (one strongly connected component).

A rework loop makes the expected values of its steps depend on each other:
x_v = c_v + sum(a_vw * x_w), with every a_vw > 0 (a share of cases, or a join's 1/k).

The system is solved by Gaussian elimination in depth-first post-order, never as one dense
matrix over the whole flow. When a step finishes, every step it leads to is either finished
(its value is already written in terms of the loop heads still being explored) or still
being explored (a loop head, kept as an unknown). So each step is written in terms of the
heads above it, and a head is eliminated the moment it finishes: its own equation gives it
in terms of the heads above it. Expressions are as long as the nesting depth of the loops
(one or two for rework loops), so the work is linear in the size of the loop.

Since every a_vw is positive, (I - A) is an M-matrix exactly when all these pivots are
positive, which is exactly when the values are finite (every case leaves the loop). A pivot
at or below zero therefore means "some cases never leave", reported as None.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

Terms = Sequence[tuple[str, float]]
Expression = tuple[float, dict[str, float]]  # constant + sum(coefficient * x_head)

SINGULAR = 1e-12


class _Elimination:
    def __init__(self, constant: Mapping[str, float], terms: Mapping[str, Terms]) -> None:
        self.constant = constant
        self.terms = terms
        self.expression: dict[str, Expression] = {}
        self.exploring: set[str] = set()
        self.heads: set[str] = set()  # referred to while being explored
        self.eliminated: list[str] = []  # heads, in the order they were solved for

    def resolved(self, node: str) -> Expression:
        """`node`'s expression in terms of heads still being explored (path-compressed)."""
        value, coefficients = self.expression[node]
        while any(h in self.expression for h in coefficients):
            substituted: dict[str, float] = {}
            for head, weight in coefficients.items():
                if head in self.expression:  # finished, so solved for
                    head_value, head_coefficients = self.expression[head]
                    value += weight * head_value
                    for other, c in head_coefficients.items():
                        substituted[other] = substituted.get(other, 0.0) + weight * c
                else:
                    substituted[head] = substituted.get(head, 0.0) + weight
            coefficients = substituted
        self.expression[node] = (value, coefficients)
        return value, coefficients

    def finish(self, node: str) -> bool:
        """Write `node` in terms of the heads being explored; False when a pivot fails."""
        value = self.constant[node]
        coefficients: dict[str, float] = {}
        for other, weight in self.terms[node]:
            if other in self.exploring:
                self.heads.add(other)
                coefficients[other] = coefficients.get(other, 0.0) + weight
                continue
            other_value, other_coefficients = self.resolved(other)
            value += weight * other_value
            for head, c in other_coefficients.items():
                coefficients[head] = coefficients.get(head, 0.0) + weight * c
        self.exploring.discard(node)
        if node in self.heads:
            pivot = 1.0 - coefficients.pop(node, 0.0)
            if not pivot > SINGULAR:
                return False
            value /= pivot
            coefficients = {head: c / pivot for head, c in coefficients.items()}
            self.eliminated.append(node)
        self.expression[node] = (value, coefficients)
        return True


def solve_linear_component(
    members: Sequence[str], constant: Mapping[str, float], terms: Mapping[str, Terms]
) -> dict[str, float] | None:
    """Solve x_v = constant[v] + sum(a * x_w for w, a in terms[v]) for v in `members`.

    Every w in `terms` must be a member (fold the rest into `constant`) and every a must be
    positive. Returns None when the values are not finite (a loop some cases never leave).
    """
    inside = set(members)
    positive = {v: [(w, a) for w, a in terms[v] if a > 0.0 and w in inside] for v in members}
    solver = _Elimination(constant, positive)
    for root in members:
        if root in solver.expression:
            continue
        solver.exploring.add(root)
        work = [(root, iter(positive[root]))]
        while work:
            node, rest = work[-1]
            for other, _ in rest:
                if other not in solver.expression and other not in solver.exploring:
                    solver.exploring.add(other)
                    work.append((other, iter(positive[other])))
                    break
            else:
                work.pop()
                if not solver.finish(node):
                    return None
    for head in reversed(solver.eliminated):  # outermost first: each then is a number
        solver.resolved(head)
    return {node: solver.resolved(node)[0] for node in members}
