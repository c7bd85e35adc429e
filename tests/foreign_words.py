"""What a reader of one language must not meet: English words in a Chinese document's
output, Chinese characters in an English one, the document's own text (and the few names
every language keeps) apart. Shared by the report, workbook, command-line and window tests."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from exporters.pdf import document_texts
from workbench.document import Document
from workbench.findings import CHECKS

# Names a Chinese contact centre uses as they are: the standards, the product, the KPI
# acronyms of DOMAIN.md, file formats, the command line's own syntax and PERT.
KEPT_AS_THEY_ARE = frozenset(
    {
        "KPI", "KPIs", "COPC", "BPMN", "IT", "id", "Process", "Workbench", "CSAT", "NPS", "CES",
        "AHT", "ASA", "SLA", "PCE", "FCR", "CRM", "JSON", "PDF", "Excel", "pwb", "xlsx", "pdf",
        "bpmn", "LC_ALL", "LC_MESSAGES", "LANG", "zh-CN", "en", "Ctrl", "Shift", "Alt", "Del",
        "Backspace", "Esc", "Enter", "Tab", "Space", "F2", "OUT", "FILE", "FILE2", "COMMAND", "git",
        "PERT",  # the simulation's duration distribution, called so in Chinese planning too
    }
)
WORD = re.compile(r"[A-Za-z][A-Za-z_'-]*[A-Za-z]")  # two letters or more
CHINESE = re.compile(r"[\u3400-\u9fff]")


def document_strings(document: Document) -> Iterator[str]:
    """Every string the user wrote into the document, ids included (each element's id is
    one of its fields)."""
    yield from document_texts(document)
    for version in document.versions:
        yield version.id


def english_words(
    text: str, document: Document | None = None, also: Iterable[str] = ()
) -> set[str]:
    """English words of `text` that are neither the document's own nor kept as they are."""
    allowed = set(KEPT_AS_THEY_ARE) | set(CHECKS) | set(also)
    if document is not None:
        for written in document_strings(document):
            allowed.update(WORD.findall(written))
    return {word for word in WORD.findall(text) if word not in allowed}


def chinese_characters(text: str, document: Document | None = None) -> set[str]:
    """Chinese characters of `text` that the document's own text does not contain."""
    own = set()
    if document is not None:
        for written in document_strings(document):
            own.update(CHINESE.findall(written))
    return set(CHINESE.findall(text)) - own


def own_words(documents: Iterable[Document]) -> set[str]:
    """The words several documents' own text holds (a folder's, for the register)."""
    return {word for d in documents for written in document_strings(d)
            for word in WORD.findall(written)}
