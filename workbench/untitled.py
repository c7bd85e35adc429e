"""The document a user starts from with File ▸ New: the blueprint's zones ready to draw in."""

from __future__ import annotations

import datetime

from workbench.document import Document
from workbench.ids import new_id
from workbench.model import Lane, LaneKind, Metadata, Version


def untitled_document(language: str = "en") -> Document:
    chinese = language.lower().startswith("zh")
    names = (
        ("客户", "一线客服", "后台支撑") if chinese else ("Customer", "Front line", "Back office")
    )
    kinds = (LaneKind.CUSTOMER, LaneKind.FRONTSTAGE, LaneKind.BACKSTAGE)
    lanes = [Lane(new_id("lane"), name, kind) for name, kind in zip(names, kinds, strict=True)]
    version = Version(new_id("version"), "现状" if chinese else "As-is", lanes=lanes)
    today = datetime.date.today().isoformat()
    metadata = Metadata(language=language, created=today, updated=today)
    return Document(metadata, versions=[version])
