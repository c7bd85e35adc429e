"""Element ids: short, random, prefixed by what they name, stable once written to a file."""

from __future__ import annotations

import uuid

PREFIXES = {
    "version": "v",
    "lane": "l",
    "node": "n",
    "flow": "f",
    "kpi": "k",
    "segment": "s",
    "input": "in",
    "output": "out",
    "activity": "act",
    "variant": "var",
}


def new_id(kind: str) -> str:
    return f"{PREFIXES.get(kind, kind)}-{uuid.uuid4().hex[:10]}"
