"""Change events and the small observer that delivers them.

Listeners (canvas, panels, autosave) subscribe once and get one handle back; closing the
handle is the only way to stop listening, so connections cannot leak or be half-undone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class ElementKind(StrEnum):
    METADATA = "metadata"
    SEGMENT = "segment"
    SIMULATION = "simulation"
    VERSION = "version"
    LANE = "lane"
    NODE = "node"
    FLOW = "flow"
    KPI = "kpi"
    GOAL = "goal"
    INPUT = "inputs"
    OUTPUT = "outputs"
    ACTIVITY = "activities"


@dataclass(frozen=True)
class ElementAdded:
    kind: ElementKind
    version_id: str | None
    element_id: str
    element: Any
    index: int | None = None


@dataclass(frozen=True)
class ElementChanged:
    kind: ElementKind
    version_id: str | None
    element_id: str
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class ElementRemoved:
    kind: ElementKind
    version_id: str | None
    element_id: str
    element: Any
    index: int | None = None


@dataclass(frozen=True)
class ElementMoved:
    """A lane or version changed its place in an ordered list."""

    kind: ElementKind
    version_id: str | None
    element_id: str
    old_index: int
    new_index: int


@dataclass(frozen=True)
class DocumentEdited:
    """Sent once after each complete edit, after its fine-grained events.

    Listeners with costly work (measures, checks) wait for this instead of reacting to
    every field change of a compound edit.
    """

    version_ids: frozenset[str]


Event = ElementAdded | ElementChanged | ElementRemoved | ElementMoved | DocumentEdited
Listener = Callable[[Event], None]


class Subscription:
    """The handle a listener gets back; `close()` unsubscribes, and may be called twice."""

    def __init__(self, hub: EventHub, listener: Listener) -> None:
        self._hub: EventHub | None = hub
        self._listener = listener

    @property
    def active(self) -> bool:
        return self._hub is not None

    def close(self) -> None:
        if self._hub is not None:
            self._hub._remove(self._listener)
            self._hub = None

    def __enter__(self) -> Subscription:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class EventHub:
    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Subscription:
        self._listeners.append(listener)
        return Subscription(self, listener)

    def emit(self, event: Event) -> None:
        for listener in tuple(self._listeners):
            listener(event)

    def _remove(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    def __len__(self) -> int:
        return len(self._listeners)
