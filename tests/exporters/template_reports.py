"""Every bundled template exported to a PDF once per test session and read back with
pdftotext in drawing order (`-raw`), where a table's cells follow each other row by row."""

from __future__ import annotations

import functools
import tempfile
from pathlib import Path

from exporters.pdf import export_report
from tests.exporters import pdf_tools as pdf
from workbench.document import Document
from workbench.examples import EXAMPLES
from workbench.examples import LANGUAGES as EXAMPLE_LANGUAGES
from workbench.storage import load_document, save_document

TEMPLATES = sorted((Path(__file__).parents[2] / "process_templates").glob("*.pwb"))


def _example_files() -> list[Path]:
    """Every edition of the built-in examples, written as files named the way the bundled
    templates are (`example.zh-CN.pwb`), so the same tests read them."""
    folder = Path(tempfile.mkdtemp(prefix="examples-"))
    paths = []
    for name, make in EXAMPLES.items():
        for language in EXAMPLE_LANGUAGES:
            paths.append(folder / f"{name}.{language}.pwb")
            save_document(make(language), paths[-1], backup=False)
    return paths


EXAMPLE_FILES = _example_files()


@functools.cache
def report_pdf(template: Path) -> tuple[Document, Path]:
    """The template's document and its report, written once per session."""
    pdf.need("pdftotext")
    pdf.need_cid_maps()
    document = load_document(template)
    folder = Path(tempfile.mkdtemp(prefix="report-"))
    path = folder / f"{template.stem}.pdf"
    export_report(document, path, date="2026-05-01")
    return document, path


@functools.cache
def report_raw(template: Path) -> tuple[Document, str]:
    """The template's document and its report's text in drawing order."""
    document, path = report_pdf(template)
    return document, pdf.run("pdftotext", "-raw", str(path), "-")


def report_text(template: Path) -> tuple[Document, str]:
    """The report's text with all whitespace removed, so a cell wrapped over lines (or
    Chinese broken between characters) still reads as one."""
    document, raw = report_raw(template)
    return document, squeeze(raw)


def squeeze(text: str) -> str:
    return "".join(text.split())
