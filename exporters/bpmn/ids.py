"""Element ids as BPMN needs them: XML names, unique across the whole file.

Our ids are usually valid already ("n3", "l-5f0da4e36c") and are then kept as they are, so
a diagram's elements keep their names in other tools; the original id also travels in our
extension, so nothing depends on this mapping being reversible.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_NCNAME = re.compile(r"[A-Za-z_][\w.\-]*", re.ASCII)
_BAD = re.compile(r"[^\w.\-]", re.ASCII)


def bpmn_ids(ours: Iterable[str], taken: set[str]) -> dict[str, str]:
    """Map each of our ids to a unique XML name not in `taken` (which it extends)."""
    mapping = {}
    for element_id in ours:
        wanted = element_id if _NCNAME.fullmatch(element_id) else "pw_" + _BAD.sub("_", element_id)
        name, count = wanted, 1
        while name in taken:
            count += 1
            name = f"{wanted}_{count}"
        taken.add(name)
        mapping[element_id] = name
    return mapping
