"""The five field cases of CASES.md as bundled templates, each in Chinese and English.

The `.pwb` files in `process_templates/` are generated from these builders
(`python -m workbench.template_cases`), and a test checks that the committed files equal
what the builders produce, so a template can only change through its builder.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from workbench.diagram.layout import lay_out_together
from workbench.document import Document
from workbench.storage import dumps_document, write_atomically
from workbench.template_cases import (
    adsl_installation,
    health_insurance_claims,
    network_complaints,
    roaming_no_signal,
    technician_identity,
)
from workbench.template_cases.kit import LANGUAGES

CASES: dict[str, Callable[[str], Document]] = {
    module.NAME: module.build
    for module in (
        adsl_installation,
        network_complaints,
        technician_identity,
        health_insurance_claims,
        roaming_no_signal,
    )
}


def file_name(name: str, language: str) -> str:
    return f"{name}.{language}.pwb"


def build_all() -> dict[str, str]:
    """Every bundled template's file name and its exact file text."""
    files = {}
    for name, build in CASES.items():
        editions = [build(language) for language in LANGUAGES]
        lay_out_together(editions)  # both languages draw the same columns and rows
        for language, document in zip(LANGUAGES, editions, strict=True):
            files[file_name(name, language)] = dumps_document(document)
    return files



def write_all(folder: str | os.PathLike[str]) -> list[Path]:
    written = []
    for name, text in build_all().items():
        path = Path(folder) / name
        write_atomically(path, text.encode("utf-8"))
        written.append(path)
    return written
