"""Which element of one version is which element of another, for the as-is/to-be comparison.

A version copied from another records, on every element, the id it was copied from
(`derived_from`). Following those records back through a chain of copies gives each
element its lineage; two elements whose lineages meet are the same step, however much it
was renamed or moved, in whichever direction the versions are compared, and between
sibling copies of one as-is. Elements drawn independently (two documents, or a to-be
drawn from scratch) are paired by what a reader would recognise: the lane and the label.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping
from enum import StrEnum
from typing import Any, TypeVar

from workbench.model import Version

MAX_LINEAGE = 200  # far longer than any real chain of copies; guards against a cyclic file

Element = Any
Key = tuple[str, str]  # (version id, element id)
T = TypeVar("T")


class MatchKind(StrEnum):
    """How a pair was found, so a reader can judge how sure the pairing is."""

    SAME_ID = "same id"  # the same element of the same version (e.g. a copy of the file)
    COPY = "copied"  # the lineages of derived-from ids meet
    LABEL = "lane and label"  # matched by what it is called


Tables = Callable[[Version], Mapping[str, Element]]


def lineage(
    version: Version, element: Element, pool: Mapping[str, Version], table: Tables
) -> list[Key]:
    """The element itself, then each element it was copied from, nearest first."""
    keys: list[Key] = [(version.id, element.id)]
    seen = {keys[0]}
    current_version, derived = version, element.derived_from
    while derived is not None and len(keys) < MAX_LINEAGE:
        key = (current_version.derived_from or "", derived)
        if key in seen:
            break
        keys.append(key)
        seen.add(key)
        source = pool.get(current_version.derived_from or "")
        parent = table(source).get(derived) if source is not None else None
        if parent is None:
            break
        current_version, derived = source, parent.derived_from
    return keys


def match_by_lineage(
    before: Version,
    after: Version,
    pools: tuple[Mapping[str, Version], Mapping[str, Version]],
    table: Tables,
) -> dict[str, tuple[str, MatchKind]]:
    """before id -> (after id, how) for every pair whose lineages meet; nearest kin first."""
    nearest: dict[Key, tuple[int, str]] = {}
    for before_id, element in table(before).items():
        for depth, key in enumerate(lineage(before, element, pools[0], table)):
            if key not in nearest or depth < nearest[key][0]:
                nearest[key] = (depth, before_id)
    candidates = []
    for order, (after_id, element) in enumerate(table(after).items()):
        for depth, key in enumerate(lineage(after, element, pools[1], table)):
            if key in nearest:
                before_depth, before_id = nearest[key]
                candidates.append((depth + before_depth, order, before_id, after_id))
    pairs: dict[str, tuple[str, MatchKind]] = {}
    taken: set[str] = set()
    for distance, _, before_id, after_id in sorted(candidates):
        if before_id in pairs or after_id in taken:
            continue
        pairs[before_id] = (after_id, MatchKind.SAME_ID if distance == 0 else MatchKind.COPY)
        taken.add(after_id)
    return pairs


def pair_by_key(
    before: Iterable[str],
    after: Iterable[str],
    before_key: Callable[[str], Hashable | None],
    after_key: Callable[[str], Hashable | None],
) -> dict[str, str]:
    """Pair ids with equal keys, in their order on each side; a None key never pairs."""
    waiting: dict[Hashable, list[str]] = {}
    for element_id in before:
        key = before_key(element_id)
        if key is not None:
            waiting.setdefault(key, []).append(element_id)
    pairs: dict[str, str] = {}
    for element_id in after:
        key = after_key(element_id)
        queue = waiting.get(key) if key is not None else None
        if queue:
            pairs[queue.pop(0)] = element_id
    return pairs


def pair_unique(
    before: Iterable[str],
    after: Iterable[str],
    before_key: Callable[[str], Hashable | None],
    after_key: Callable[[str], Hashable | None],
) -> dict[str, str]:
    """Pair ids whose key occurs exactly once on each side (a looser, riskier key)."""

    def singles(ids: Iterable[str], key_of: Callable[[str], Hashable | None]) -> dict:
        found: dict[Hashable, list[str]] = {}
        for element_id in ids:
            key = key_of(element_id)
            if key is not None:
                found.setdefault(key, []).append(element_id)
        return {key: ids[0] for key, ids in found.items() if len(ids) == 1}

    before_single, after_single = singles(before, before_key), singles(after, after_key)
    return {b: after_single[key] for key, b in before_single.items() if key in after_single}


def words(text: str) -> str:
    """A label as a reader compares it: case and spacing do not matter."""
    return " ".join(text.split()).casefold()
