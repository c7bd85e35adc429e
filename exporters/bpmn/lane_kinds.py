"""Which blueprint zone an imported lane belongs to, judged from its name.

Other tools have no notion of the customer's lane, so the name is all there is. The user
can change the kind after import; a guess here only has to be right most of the time.
"""

from __future__ import annotations

import re

from exporters.bpmn.names import CUSTOMER_WORDS, SUPPORT_WORDS
from workbench.model import LaneKind

# "Customer service", "客户服务", "client support": the organisation's team, not the customer.
_TEAM = (
    "service",
    "services",
    "care",
    "support",
    "success",
    "relations",
    "team",
    "desk",
    "centre",
    "center",
    "agent",
    "representative",
    "manager",
    "management",
    "advisor",
    "服务",
    "经理",
    "支持",
    "管理",
    "中心",
    "专员",
    "代表",
)


def _pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    parts = [re.escape(w) if not w.isascii() else rf"\b{re.escape(w)}s?\b" for w in words]
    return re.compile("|".join(parts), re.IGNORECASE)


_CUSTOMER = _pattern(CUSTOMER_WORDS)
_SUPPORT = _pattern(SUPPORT_WORDS)
_TEAM_AFTER = re.compile(r"\s*(?:" + "|".join(map(re.escape, _TEAM)) + r")", re.IGNORECASE)


def guess_kind(name: str) -> LaneKind:
    for match in _CUSTOMER.finditer(name):
        if not _TEAM_AFTER.match(name, match.end()):
            return LaneKind.CUSTOMER
    if _SUPPORT.search(name):
        return LaneKind.SUPPORT
    return LaneKind.FRONTSTAGE
