"""A Chinese document's report and workbook speak Chinese, an English one's English: every
text extracted (pdftotext; every cell, sheet name, chart title and property of the
workbook) holds no word of the other language beyond the document's own text."""

from __future__ import annotations

import functools
import tempfile
from pathlib import Path

import openpyxl
import pytest

from exporters import simulation_words
from exporters.excel import export_workbook
from tests.exporters import pdf_tools as pdf
from tests.exporters.template_reports import TEMPLATES, report_pdf
from tests.foreign_words import chinese_characters, english_words
from workbench.document import Document
from workbench.i18n import translator
from workbench.storage import load_document

CHINESE_TEMPLATES = [p for p in TEMPLATES if ".zh-CN." in p.name]
ENGLISH_TEMPLATES = [p for p in TEMPLATES if ".en." in p.name]


@functools.cache
def workbook_text(template: Path) -> tuple[Document, str]:
    document = load_document(template)
    path = Path(tempfile.mkdtemp(prefix="workbook-")) / f"{template.stem}.xlsx"
    export_workbook(document, path)
    book = openpyxl.load_workbook(path)
    texts = [*book.sheetnames]
    props = book.properties
    texts += [props.title or "", props.subject or "", props.keywords or "", props.category or ""]
    for sheet in book:
        texts += [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
        texts += [sheet.oddFooter.right.text or ""]
        for chart in sheet._charts:
            for title in (chart.title, chart.x_axis.title, chart.y_axis.title):
                if title is not None:
                    texts += [run.t for p in title.tx.rich.p for run in (p.r or [])]
    # formulas carry their verdict words; their function names are Excel's, not ours
    return document, "\n".join(t for t in texts if not t.startswith("="))


def report_words(template: Path) -> tuple[Document, str]:
    document, path = report_pdf(template)
    return document, pdf.run("pdftotext", str(path), "-") + "\n".join(pdf.outline_titles(path))


@pytest.mark.parametrize("template", CHINESE_TEMPLATES, ids=lambda p: p.stem)
def test_a_chinese_document_s_report_has_no_english_word(template: Path) -> None:
    document, text = report_words(template)
    assert not english_words(text, document)


@pytest.mark.parametrize("template", CHINESE_TEMPLATES, ids=lambda p: p.stem)
def test_a_chinese_document_s_workbook_has_no_english_word(template: Path) -> None:
    document, text = workbook_text(template)
    assert not english_words(text, document)


@pytest.mark.parametrize("template", ENGLISH_TEMPLATES, ids=lambda p: p.stem)
def test_an_english_document_s_report_has_no_chinese(template: Path) -> None:
    document, text = report_words(template)
    assert not chinese_characters(text, document)


@pytest.mark.parametrize("template", ENGLISH_TEMPLATES, ids=lambda p: p.stem)
def test_an_english_document_s_workbook_has_no_chinese(template: Path) -> None:
    document, text = workbook_text(template)
    assert not chinese_characters(text, document)


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: p.stem)
def test_the_simulation_section_is_among_the_texts_read(template: Path) -> None:
    """The checks above read the simulated cases too: their section, table headings, tier
    names and chart titles, not a note that the versions could not be simulated."""
    words = translator(load_document(template).metadata.language)
    _, report = report_words(template)
    _, workbook = workbook_text(template)
    for text, wanted in (
        (report, (simulation_words.SECTION, simulation_words.TIER, simulation_words.BARS_TITLE)),
        (workbook, (simulation_words.SHEET, simulation_words.TIER, simulation_words.CURVE_TITLE)),
    ):
        for word in wanted:
            assert words(word) in " ".join(text.split()), word
        unavailable = words(simulation_words.UNAVAILABLE).split("{")[0]
        assert unavailable not in text


def test_the_check_bites() -> None:
    """The comparison sees an English word the document does not have, and ignores its own."""
    document = load_document(CHINESE_TEMPLATES[0])
    assert english_words("检查结果 Findings", document) == {"Findings"}
    assert not english_words("检查结果 KPI", document)
    assert chinese_characters("Findings 检查", None) == {"检", "查"}
