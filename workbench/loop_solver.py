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

from collections.abc import Hashable, Mapping, Sequence

Step = Hashable
Terms = Sequence[tuple[Step, float]]
Expression = tuple[float, dict[Step, float]]  # constant + sum(coefficient * x_head)

SINGULAR = 1e-12


class _Elimination:
    def __init__(self, constant: Mapping[Step, float], terms: Mapping[Step, Terms]) -> None:
        self.constant = constant
        self.terms = terms
        self.expression: dict[Step, Expression] = {}
        self.written_at: dict[Step, int] = {}  # len(eliminated) when last written
        self.exploring: set[Step] = set()
        self.heads: set[Step] = set()  # referred to while being explored
        self.eliminated: list[Step] = []  # heads, in the order they were solved for

    def resolved(self, node: Step) -> Expression:
        """`node`'s expression in terms of heads still being explored (path-compressed)."""
        expression = self.expression[node]
        if self.written_at[node] == len(self.eliminated):
            return expression  # no head solved for since: nothing to substitute
        value, coefficients = expression
        while any(h in self.expression for h in coefficients):
            substituted: dict[Step, float] = {}
            for head, weight in coefficients.items():
                if head in self.expression:  # finished, so solved for
                    head_value, head_coefficients = self.expression[head]
                    value += weight * head_value
                    for other, c in head_coefficients.items():
                        substituted[other] = substituted.get(other, 0.0) + weight * c
                else:
                    substituted[head] = substituted.get(head, 0.0) + weight
            coefficients = substituted
        self._write(node, (value, coefficients))
        return value, coefficients

    def _write(self, node: Step, expression: Expression) -> None:
        self.expression[node] = expression
        self.written_at[node] = len(self.eliminated)

    def finish(self, node: Step) -> bool:
        """Write `node` in terms of the heads being explored; False when a pivot fails."""
        value = self.constant[node]
        coefficients: dict[Step, float] = {}
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
        self._write(node, (value, coefficients))
        return True

    def values(self) -> dict[Step, float]:
        """Once every step is finished: each head is a number once the heads solved after it
        are (outermost first), and then every step is."""
        numbers: dict[Step, float] = {}
        for head in reversed(self.eliminated):
            value, coefficients = self.expression[head]
            numbers[head] = value + sum(c * numbers[h] for h, c in coefficients.items())
        return {
            node: value + sum(c * numbers[h] for h, c in coefficients.items())
            if coefficients
            else value
            for node, (value, coefficients) in self.expression.items()
        }


def solve_linear_component(
    members: Sequence[Step], constant: Mapping[Step, float], terms: Mapping[Step, Terms]
) -> dict[Step, float] | None:
    """Solve x_v = constant[v] + sum(a * x_w for w, a in terms[v]) for v in `members`.

    Every w in `terms` must be a member (fold the rest into `constant`) and every a must be
    positive. Returns None when the values are not finite (a loop some cases never leave).
    """
    solver = _Elimination(constant, terms)
    expression, exploring = solver.expression, solver.exploring
    for root in members:
        if root in expression:
            continue
        exploring.add(root)
        work = [(root, iter(terms[root]))]
        while work:
            node, rest = work[-1]
            for other, _ in rest:
                if other not in expression and other not in exploring:
                    exploring.add(other)
                    work.append((other, iter(terms[other])))
                    break
            else:
                work.pop()
                if not solver.finish(node):
                    return None
    return solver.values()
