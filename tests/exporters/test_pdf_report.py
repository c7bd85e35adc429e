"""The printed report read back with poppler: the words a workshop needs are in it (title,
lanes, steps, KPIs, Chinese), it has a sensible number of pages on A4 and Letter with the
diagrams in landscape, every page renders, the outline and metadata are there, and a
diagram too big for one sheet is cut into pages that point to each other."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bench.synthetic import synthetic_document
from exporters.pdf import export_report
from tests.exporters import pdf_tools as pdf
from tests.exporters.chinese_case import TITLE, chinese_case_1
from workbench.examples import EXAMPLES


@pytest.fixture(scope="module")
def example_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "example.pdf"
    result = export_report(EXAMPLES["example"](), path, date="2026-05-01")
    assert result.path == path and result.warnings == ()
    return path


@pytest.fixture(scope="module")
def chinese_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "案例一.pdf"
    export_report(chinese_case_1(), path)
    return path


def _flat(text: str) -> str:
    """Text with runs of whitespace made single spaces, so wrapped cells still match."""
    return " ".join(text.split())


def test_the_example_report_carries_the_words_of_the_process(example_pdf: Path) -> None:
    text = _flat(pdf.text(example_pdf))
    document = EXAMPLES["example"]()
    assert "Complaint handling" in text
    for version in document.versions:
        for lane in version.lanes:
            assert lane.name in text, lane.name
        for kpi in version.kpis.values():
            assert kpi.name in text, kpi.name
    for label in (
        "Receive the answer",
        "Investigate the complaint",
        "Log the work order",
        "Look up known issues",
    ):
        assert label in text, label
    for heading in (
        "Comparison: As-is",
        "What changed",
        "the customer's journey",
        "KPIs per interaction",
        "four-element checklist",
        "findings",
    ):
        assert heading in text, heading


def test_the_comparison_marks_which_way_each_measure_moved(example_pdf: Path) -> None:
    summary = _flat(pdf.text(example_pdf, 2, 2))
    assert re.search(r"Lead time \(expected\).*better", summary)
    assert "same" in summary
    assert "Priority customers" in _flat(pdf.text(example_pdf))  # per-segment targets


def test_a4_portrait_text_and_landscape_diagrams(example_pdf: Path) -> None:
    pages = pdf.page_count(example_pdf)
    assert 6 <= pages <= 24
    sizes = pdf.run(pdf.need("pdfinfo"), "-f", "1", "-l", str(pages), str(example_pdf))
    found = re.findall(r"size:\s+([\d.]+) x ([\d.]+) pts", sizes)
    assert len(found) == pages
    portrait = [p for p in found if float(p[0]) < float(p[1])]
    landscape = [p for p in found if float(p[0]) > float(p[1])]
    assert portrait and landscape
    assert all(round(float(w)) == 595 and round(float(h)) == 842 for w, h in portrait)


def test_letter_paper(tmp_path: Path) -> None:
    path = tmp_path / "letter.pdf"
    result = export_report(EXAMPLES["example"](), path, paper="letter")
    assert result.pages == pdf.page_count(path)
    assert 6 <= result.pages <= 24
    assert "612 x 792 pts (letter)" in pdf.info(path)["Page size"]


def test_every_page_renders(example_pdf: Path, tmp_path: Path) -> None:
    images = pdf.render(example_pdf, tmp_path)
    assert len(images) == pdf.page_count(example_pdf)
    assert all(image.stat().st_size > 500 for image in images)


def test_outline_and_metadata(example_pdf: Path) -> None:
    titles = pdf.outline_titles(example_pdf)
    for expected in (
        "Cover",
        "What changed",
        "As-is",
        "To-be",
        "Swimlane diagram",
        "As-is: KPIs per interaction",
        "To-be: findings",
    ):
        assert expected in titles, titles
    assert any(t.startswith("Comparison: As-is") for t in titles)
    meta = pdf.info(example_pdf)
    assert meta["Title"] == "Complaint handling"
    assert meta["Author"] == "Process Workbench example"
    assert "As-is vs To-be" in meta["Subject"]
    assert "complaints" in meta["Keywords"]


def test_page_numbers_say_how_many_pages_there_are(example_pdf: Path) -> None:
    pages = pdf.page_count(example_pdf)
    assert f"Page 2 of {pages}" in pdf.text(example_pdf, 2, 2)


def test_chinese_text_is_embedded_and_extracts(chinese_pdf: Path) -> None:
    text = _flat(pdf.text(chinese_pdf))
    for words in (
        TITLE,
        "客户",
        "一线客服",
        "装维人员",
        "上午在家等待装维人员",
        "查线时限",
        "一次来电解决率",
        "五星客户",
    ):
        assert words in text, words
    fonts = pdf.fonts(chinese_pdf)
    embedded = [line for line in fonts.splitlines() if "TrueType" in line]
    if not embedded:
        pytest.skip("no TrueType Chinese font on this machine: the CID fallback is tested apart")
    assert all(" yes " in line for line in embedded)


def test_findings_are_listed_even_when_the_flow_has_problems(chinese_pdf: Path) -> None:
    text = _flat(pdf.text(chinese_pdf))
    assert "没有 KPI 的互动" in text  # the check's title, in the document's language
    assert "的互动没有 KPI" in text


def test_without_a_truetype_chinese_font_the_cid_font_is_used_with_a_warning(
    tmp_path: Path,
) -> None:
    path = tmp_path / "cid.pdf"
    result = export_report(chinese_case_1(), path, font_candidates=[tmp_path / "none.ttf"])
    assert len(result.warnings) == 1 and "STSong-Light" in result.warnings[0]
    assert "STSong-Light" in pdf.base_fonts(path)
    pdf.need_cid_maps()
    assert "STSong-Light" in pdf.fonts(path)
    assert "上午在家等待装维人员" in _flat(pdf.text(path))


def test_a_diagram_too_big_for_a_sheet_is_cut_into_pages_that_point_to_each_other(
    tmp_path: Path,
) -> None:
    path = tmp_path / "big.pdf"
    result = export_report(synthetic_document(150), path)
    pages = [pdf.text(path, n, n) for n in range(1, result.pages + 1)]
    overview = next(i for i, page in enumerate(pages, 1) if "overview (detail on pages" in page)
    first, last = map(int, re.search(r"detail on pages (\d+).(\d+)", pages[overview - 1]).groups())
    assert first == overview + 1 and last > first
    marks = [
        (number, int(m))
        for number, page in enumerate(pages, 1)
        for m in re.findall(r"continued\s*(?:→|\u2193)\s*page (\d+)", page)
    ]
    assert marks, "no continuation marks"
    for number, target in marks:
        assert target > number and first <= target <= last
        assert "swimlane diagram (part" in pages[target - 1]
    assert any("continued from page" in page for page in pages[first:last])
