"""The document a user starts from with File ▸ New: the blueprint's zones ready to draw in,
named in the language the user works in (the document keeps that language for its exports)."""

from __future__ import annotations

import datetime

from workbench.document import Document
from workbench.i18n import CHINESE, translator
from workbench.ids import new_id
from workbench.model import Lane, LaneKind, Metadata, Version


def untitled_document(language: str = "en") -> Document:
    tr = translator(language)
    names = (tr("Customer"), tr("Front line"), tr("Back office"))
    kinds = (LaneKind.CUSTOMER, LaneKind.FRONTSTAGE, LaneKind.BACKSTAGE)
    lanes = [Lane(new_id("lane"), name, kind) for name, kind in zip(names, kinds, strict=True)]
    version = Version(new_id("version"), tr("As-is"), lanes=lanes)
    today = datetime.date.today().isoformat()
    tag = "zh-CN" if tr.language == CHINESE else "en"
    metadata = Metadata(language=tag, created=today, updated=today)
    return Document(metadata, versions=[version])
