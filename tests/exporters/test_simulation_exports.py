"""Simulated cases in the workbook (native charts) and the report (vector charts)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from exporters.excel import build_workbook
from exporters.pdf import export_report
from tests.exporters.pdf_tools import run, text
from workbench.comparison import compare_versions
from workbench.storage import load_document

TEMPLATE = Path(__file__).parents[2] / "process_templates" / "network-complaints.en.pwb"


@pytest.fixture(scope="module")
def document():
    return load_document(TEMPLATE)


def test_the_workbook_charts_the_curves_and_the_tiers(document, tmp_path: Path) -> None:
    before, after = document.versions
    workbook = build_workbook(document, compare_versions(before, after, document))
    path = tmp_path / "out.xlsx"
    workbook.save(path)
    sheet = openpyxl.load_workbook(path)["Simulation"]
    kinds = sorted(type(chart).__name__ for chart in sheet._charts)
    assert kinds == ["BarChart", "ScatterChart"]
    rows = {r[0]: r for r in sheet.iter_rows(values_only=True) if r[0]}
    for segment in document.segments:
        _, linear, flattened = rows[segment.name][:3]
        assert 0 <= linear < flattened <= 1  # case 2: flattened keeps more, every tier
    lead = next(r for r in sheet.iter_rows(values_only=True) if r[1] == "Lead time (h)")
    assert lead[0] == before.name and lead[2] > 372.1  # above the measures' lower bound


def test_the_workbook_says_why_when_a_version_cannot_be_simulated() -> None:
    document = load_document(TEMPLATE)
    before, after = document.versions
    node_id = next(n.id for n in after.nodes.values() if n.kind.value == "task")
    document.change_node(after.id, node_id, duration=None)
    workbook = build_workbook(document, compare_versions(before, after, document))
    message = workbook["Simulation"].cell(1, 1).value
    assert message.startswith("The versions could not be simulated: Cannot simulate")
    assert "no duration" in message


def test_the_report_has_the_section_with_vector_charts(document, tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    export_report(document, path)
    words = text(path)
    assert "Simulated cases before and after" in words
    # the charts' titles and axis labels are text in the PDF: drawn as vectors, not pictures
    assert "Cases done within a lead time" in words and "100 %" in words
    assert "Share of cases keeping every time limit, per tier" in words
    assert run("pdfimages", "-list", str(path)).count("\n") <= 2  # the header lines only


def test_a_chinese_workbook_says_why_in_chinese(tmp_path: Path) -> None:
    from exporters.excel import export_workbook
    from tests.foreign_words import english_words

    document = load_document(TEMPLATE.with_name("network-complaints.zh-CN.pwb"))
    before, after = document.versions
    node_id = next(n.id for n in after.nodes.values() if n.kind.value == "task")
    document.change_node(after.id, node_id, duration=None)
    path = tmp_path / "out.xlsx"
    export_workbook(document, path)
    message = openpyxl.load_workbook(path)["仿真"].cell(1, 1).value
    assert message.startswith("无法仿真这两个版本：无法仿真：有 1 个步骤没有时长")
    assert not english_words(message, document)
