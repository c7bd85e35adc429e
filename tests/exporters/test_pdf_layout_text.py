"""How the report's text falls on its pages, read back with pdftotext: a heading is never
left at the foot of a page without what it heads, an interaction's band never without its
first KPI, no word of the document is cut across two lines, and a column no KPI fills
(Baseline, Measured) is left out rather than squeezing the text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from exporters.pdf import document_texts
from exporters.pdf_tables import interaction_title
from tests.exporters import pdf_tools as pdf
from tests.exporters.template_reports import TEMPLATES, report_pdf, report_raw, squeeze
from workbench.topology import interactions

LINES_UNDER_A_HEADING = 4  # the summary line, the table's header and its first row at least


def _pages(raw: str) -> list[list[str]]:
    """Each page's lines without the running header (title line, then the footer line)."""
    pages = []
    for page in raw.split("\f"):
        lines = [line for line in page.splitlines() if line.strip()]
        pages.append(lines[2:] if len(lines) > 2 else [])
    return pages


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: p.stem)
def test_a_heading_sits_with_what_it_heads(template: Path) -> None:
    document, path = report_pdf(template)
    _, raw = report_raw(template)
    headings = {squeeze(t) for t in pdf.outline_titles(path)}
    bands = {squeeze(interaction_title(v, f)) for v in document.versions for f in interactions(v)}
    pages = [[squeeze(line) for line in lines] for lines in _pages(raw)]
    for number, lines in enumerate(pages, start=1):
        following = pages[number] if number < len(pages) else []
        continues = bool(following) and not any(following[0].startswith(h) for h in headings)
        for index, line in enumerate(lines):
            if line in headings and continues:
                assert len(lines) - index - 1 >= LINES_UNDER_A_HEADING, (
                    f"page {number}: {line!r} is at the foot of the page, its content on the next"
                )
        for size in range(1, 5):
            assert "".join(lines[-size:]) not in bands, (
                f"page {number} ends with an interaction's band, its KPIs on the next"
            )


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: p.stem)
def test_no_word_is_cut_across_two_lines(template: Path) -> None:
    document, raw = report_raw(template)
    words = {
        word
        for text in document_texts(document)
        if " " in text  # words people read, not ids ("act-notfound")
        for word in re.findall(r"[A-Za-z]{5,}", text)
    } | {"flattened", "customers", "interaction", "work-order"}
    joined = raw.replace("-\n", "\n")
    for word in words:
        cuts = "|".join(
            re.escape(word[:cut]) + "\n" + re.escape(word[cut:]) for cut in range(2, len(word) - 1)
        )
        found = re.search(f"(?<![A-Za-z])(?:{cuts})(?![A-Za-z])", joined)
        assert found is None, f"{word} is cut: {found.group(0)!r}"


def test_columns_no_kpi_fills_are_left_out() -> None:
    template = next(p for p in TEMPLATES if p.name == "network-complaints.en.pwb")
    document, raw = report_raw(template)
    assert not any(k.measured is not None for v in document.versions for k in v.kpis.values())
    text = squeeze(raw)
    assert squeeze("No KPI has a measured figure yet.") in text
    assert "MeasuredAs-is" not in text and squeeze("Baseline Measured") not in text
