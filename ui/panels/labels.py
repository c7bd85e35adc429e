"""The names users see for the model's enumerations, translated in one place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workbench.model import (
    Classification,
    Direction,
    KpiCategory,
    LaneKind,
    MethodKind,
    NodeKind,
    Status,
    TimeUnit,
    ValueClass,
    WasteKind,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def lane_kinds() -> list[tuple[str, LaneKind]]:
    return [
        (_tr("Customer"), LaneKind.CUSTOMER),
        (_tr("Frontstage (customer deals with)"), LaneKind.FRONTSTAGE),
        (_tr("Backstage (customer never sees)"), LaneKind.BACKSTAGE),
        (_tr("Support (systems, other departments)"), LaneKind.SUPPORT),
    ]


def node_kinds() -> list[tuple[str, NodeKind]]:
    return [
        (_tr("Start"), NodeKind.START),
        (_tr("Task"), NodeKind.TASK),
        (_tr("Decision"), NodeKind.DECISION),
        (_tr("Parallel (fork / join)"), NodeKind.PARALLEL),
        (_tr("Wait"), NodeKind.WAIT),
        (_tr("End"), NodeKind.END),
    ]


def value_classes() -> list[tuple[str, ValueClass | None]]:
    return [
        (_tr("Not classed"), None),
        (_tr("Value (customer would pay for it)"), ValueClass.VALUE),
        (_tr("Necessary (required, adds no value)"), ValueClass.NECESSARY),
        (_tr("Waste"), ValueClass.WASTE),
    ]


def waste_kinds() -> list[tuple[str, WasteKind | None]]:
    return [
        (_tr("Not named"), None),
        (_tr("Waiting"), WasteKind.WAITING),
        (_tr("Repeat contact"), WasteKind.REPEAT_CONTACT),
        (_tr("Hand-off"), WasteKind.HAND_OFF),
        (_tr("Rework"), WasteKind.REWORK),
        (_tr("Customer does our work"), WasteKind.CUSTOMER_WORK),
        (_tr("Over-processing"), WasteKind.OVER_PROCESSING),
        (_tr("Other"), WasteKind.OTHER),
    ]


def time_units() -> list[tuple[str, TimeUnit]]:
    return [
        (_tr("seconds"), TimeUnit.SECONDS),
        (_tr("minutes"), TimeUnit.MINUTES),
        (_tr("hours"), TimeUnit.HOURS),
        (_tr("days"), TimeUnit.DAYS),
        (_tr("weeks"), TimeUnit.WEEKS),
    ]


def classifications() -> list[tuple[str, Classification]]:
    return [
        (_tr("Key customer service process"), Classification.KEY_CUSTOMER_SERVICE),
        (_tr("Key support process"), Classification.KEY_SUPPORT),
        (_tr("Management process"), Classification.MANAGEMENT),
    ]


def statuses() -> list[tuple[str, Status]]:
    return [
        (_tr("Draft"), Status.DRAFT),
        (_tr("In review"), Status.IN_REVIEW),
        (_tr("Approved"), Status.APPROVED),
        (_tr("Retired"), Status.RETIRED),
    ]


def directions() -> list[tuple[str, Direction]]:
    return [(_tr("Higher is better"), Direction.HIGHER), (_tr("Lower is better"), Direction.LOWER)]


def direction_arrow(direction: Direction) -> str:
    return "↑" if direction is Direction.HIGHER else "↓"


def kpi_categories() -> list[tuple[str, KpiCategory]]:
    return [
        (_tr("Service"), KpiCategory.SERVICE),
        (_tr("Quality"), KpiCategory.QUALITY),
        (_tr("Cost"), KpiCategory.COST),
        (_tr("Satisfaction"), KpiCategory.SATISFACTION),
        (_tr("Revenue"), KpiCategory.REVENUE),
    ]


def method_kinds() -> list[tuple[str, MethodKind]]:
    return [
        (_tr("System data"), MethodKind.SYSTEM),
        (_tr("Sampling"), MethodKind.SAMPLING),
        (_tr("Survey"), MethodKind.SURVEY),
    ]


def tri_state() -> list[tuple[str, bool | None]]:
    return [(_tr("Not judged"), None), (_tr("Yes"), True), (_tr("No"), False)]


def label_of(choices: list[tuple[str, object]], value: object) -> str:
    for label, candidate in choices:
        if candidate == value:
            return label
    return str(value)
