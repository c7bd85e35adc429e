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
from exporters.audit_pdf import export_audit_pdf
from exporters.audit_workbook import export_audit_workbook
from exporters.excel import export_workbook
from tests.audit_folder import TODAY
from tests.exporters import pdf_tools as pdf
from tests.exporters.template_reports import EXAMPLE_FILES, TEMPLATES, report_pdf
from tests.foreign_words import chinese_characters, document_strings, english_words, own_words
from workbench.document import Document
from workbench.i18n import reading_in, translator
from workbench.readiness import RULE_IDS
from workbench.register.pack import build_pack
from workbench.register.scan import scan_register
from workbench.storage import load_document

# the bundled cases and the built-in example, each edition
CHINESE_TEMPLATES = [p for p in TEMPLATES + EXAMPLE_FILES if ".zh-CN." in p.name]
ENGLISH_TEMPLATES = [p for p in TEMPLATES + EXAMPLE_FILES if ".en." in p.name]


@functools.cache
def workbook_text(template: Path) -> tuple[Document, str]:
    document = load_document(template)
    path = Path(tempfile.mkdtemp(prefix="workbook-")) / f"{template.stem}.xlsx"
    export_workbook(document, path)
    return document, book_text(path)


def book_text(path: Path) -> str:
    """Every text of a workbook a reader meets, formulas apart."""
    book = openpyxl.load_workbook(path)
    texts = [*book.sheetnames]
    props = book.properties
    texts += [props.title or "", props.subject or "", props.keywords or "", props.category or ""]
    for sheet in book:
        texts += [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
        texts += [sheet.oddFooter.right.text or ""]
        for chart in sheet._charts:
            for title in (chart.title, chart.x_axis.title, chart.y_axis.title):
                if title is not None and title.tx is not None and title.tx.rich is not None:
                    texts += [run.t for p in title.tx.rich.p for run in (p.r or [])]
    # formulas carry their verdict words; their function names are Excel's, not ours
    return "\n".join(t for t in texts if not t.startswith("="))


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


@functools.cache
def audit_pack_text(folder: Path, language: str) -> tuple[list[Document], str]:
    """The audit pack of a folder, PDF and workbook, written for a reader of `language`
    (as `audit --lang` writes it), with the folder's path and file names taken out."""
    documents = [load_document(p) for p in sorted(folder.glob("*.pwb"))]
    pack = build_pack(scan_register(folder, today=TODAY), TODAY)
    out = Path(tempfile.mkdtemp(prefix="audit-pack-"))
    with reading_in(translator(language)):
        export_audit_pdf(pack, out / "pack.pdf")
        export_audit_workbook(pack, out / "pack.xlsx")
    text = pdf.run("pdftotext", str(out / "pack.pdf"), "-")
    text += "\n".join(pdf.outline_titles(out / "pack.pdf")) + book_text(out / "pack.xlsx")
    return documents, text.replace(str(folder), "")


def _squashed(text: str) -> str:
    return text.replace("-", "").replace(".", "")


def test_a_chinese_folder_s_audit_pack_has_no_english_word(one_language_folder) -> None:
    folder = one_language_folder["zh-CN"]
    documents, text = audit_pack_text(folder, "zh-CN")
    assert "审核资料包" in text and "控制图" in text and "差距" in text
    names = _squashed(" ".join(p.name for p in folder.glob("*.pwb")))
    found = english_words(text, also=own_words(documents) | set(RULE_IDS))
    # a file name a table cell wraps (and pdftotext joins) is still the file's name
    assert not {w for w in found if _squashed(w) not in names}


def test_an_english_folder_s_audit_pack_has_no_chinese(one_language_folder) -> None:
    documents, text = audit_pack_text(one_language_folder["en"], "en")
    own = chinese_characters("\n".join(t for d in documents for t in document_strings(d)))
    assert not chinese_characters(text) - own
