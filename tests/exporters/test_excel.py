"""The Excel workbook, reloaded with openpyxl: its sheets, formulas, tables, conditional
formats, chart, frozen headers, print setup, properties and Chinese text; and the failure
paths, which must leave no partial file behind."""

from __future__ import annotations

import errno
import math
import os
from pathlib import Path

import openpyxl
import pytest
from openpyxl.workbook.workbook import Workbook

from exporters.excel import export_workbook
from exporters.excel_layout import MAX_SHEET_NAME, SheetNames
from tests.exporters.workbooks import CHINESE_TO_BE, adsl_document, chinese_document
from workbench.examples import EXAMPLES
from workbench.measures import MEASURES
from workbench.model import Kpi, Segment
from workbench.storage import SaveError, load_document

FIXED_SHEETS = ["Summary", "Changes", "Interactions & KPIs", "Checklist", "Findings"]


def _export(document, folder: Path, name: str = "out.xlsx", **kw) -> Workbook:
    path = folder / name
    export_workbook(document, path, **kw)
    return openpyxl.load_workbook(path)


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> Workbook:
    return _export(EXAMPLES["example"](), tmp_path_factory.mktemp("xlsx"))


def _measure_rows(sheet) -> dict[str, int]:
    header = next(r for r in range(1, 20) if sheet.cell(r, 1).value == "Measure")
    return {sheet.cell(r, 1).value: r for r in range(header + 1, header + 1 + len(MEASURES))}


def test_sheets_in_reading_order(example: Workbook) -> None:
    assert example.sheetnames == [
        "Summary",
        "Changes",
        "As-is",
        "To-be",
        "Interactions & KPIs",
        "Checklist",
        "Findings",
        "Simulation",
    ]


def test_summary_difference_change_and_verdict_are_formulas(example: Workbook) -> None:
    sheet = example["Summary"]
    rows = _measure_rows(sheet)
    assert list(rows) == [m.name for m in MEASURES]
    r = rows["Lead time (expected)"]
    assert sheet.cell(r, 3).value == "lower"
    assert isinstance(sheet.cell(r, 4).value, float) and isinstance(sheet.cell(r, 5).value, float)
    assert sheet.cell(r, 6).value == f'=IF(OR(D{r}="",E{r}=""),"",E{r}-D{r})'
    assert sheet.cell(r, 7).value == f'=IF(OR(D{r}="",E{r}="",D{r}=0),"",(E{r}-D{r})/ABS(D{r}))'
    verdict = sheet.cell(r, 8).value
    assert verdict.startswith("=IF(") and f'C{r}="lower"' in verdict and '"better"' in verdict
    assert sheet.cell(r, 7).number_format == "+0%;-0%;0%"
    share = rows["Value-added ratio"]
    points = f'=IF(OR(D{share}="",E{share}=""),"",(E{share}-D{share})*100)'
    assert sheet.cell(share, 6).value == points
    assert sheet.cell(share, 6).number_format.endswith('" pts"')
    assert sheet.cell(share, 7).value is None  # a ratio's change is in points, not in %


def test_summary_colours_better_and_worse(example: Workbook) -> None:
    sheet = example["Summary"]
    rules = [
        (str(ranges.sqref), rule.formula[0], rule.dxf.fill.fgColor.rgb)
        for ranges in sheet.conditional_formatting
        for rule in ranges.rules
    ]
    first = min(_measure_rows(sheet).values())
    last = first + len(MEASURES) - 1
    assert (f"D{first}:H{last}", f'$H{first}="better"', "00C6EFCE") in rules
    assert (f"D{first}:H{last}", f'$H{first}="worse"', "00FFC7CE") in rules


def test_summary_chart_of_the_main_measures(example: Workbook) -> None:
    sheet = example["Summary"]
    (chart,) = sheet._charts
    assert chart.tagname == "barChart" and len(chart.series) == 2
    data = sheet.tables["ChartData"]
    first, last = data.ref.split(":")
    cells = sheet[first:last]
    assert [c.value for c in cells[0]] == ["Main measure", "As-is", "To-be"]
    rows = _measure_rows(sheet)
    assert cells[1][0].value == f"=A{rows['Customer contacts']}"
    assert cells[1][2].value == f"=E{rows['Customer contacts']}"


def test_every_list_is_an_excel_table_with_a_frozen_header(example: Workbook) -> None:
    expected = {
        "Summary": {"Measures", "WhatChanged", "ChartData"},
        "Changes": {"Changes"},
        "As-is": {"Steps1"},
        "To-be": {"Steps2"},
        "Interactions & KPIs": {"InteractionKpis"},
        "Checklist": {"Checklist"},
        "Findings": {"Findings"},
    }
    for name, tables in expected.items():
        sheet = example[name]
        assert set(sheet.tables) == tables, name
        main = sheet.tables[sorted(tables)[0] if name != "Summary" else "Measures"]
        header_row = int("".join(c for c in main.ref.split(":")[0] if c.isdigit()))
        assert sheet.freeze_panes.endswith(str(header_row + 1)), name
        assert main.tableStyleInfo.name == "TableStyleMedium2"
        assert sheet.column_dimensions["A"].width >= 6


def test_print_setup(example: Workbook) -> None:
    for sheet in example.worksheets:
        setup = sheet.page_setup
        assert setup.orientation == "landscape", sheet.title
        assert setup.fitToWidth == 1 and sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.print_title_rows and sheet.print_title_rows.count(":") == 1
    assert example["As-is"].page_setup.fitToHeight == 0  # as many pages down as needed


def test_document_properties(example: Workbook) -> None:
    props = example.properties
    assert props.title == "Complaint handling: As-is vs To-be"
    assert props.creator == "Process Workbench example"
    assert "comparison" in props.subject
    assert "complaints" in props.keywords


def test_steps_kpis_checklist_and_changes_are_listed(example: Workbook) -> None:
    steps = [row for row in example["To-be"].values]
    assert any(
        row[3] == "Look up known issues and the answer script" and row[12] == "Knowledge base"
        for row in steps
    )
    kpis = list(example["Interactions & KPIs"].values)
    header = next(row for row in kpis if row[0] == "Version")
    assert "Target: Priority customers" in header
    fcr = next(row for row in kpis if row[0] == "To-be" and row[4] == "First-contact resolution")
    assert (
        fcr[header.index("Target")] == 70 and fcr[header.index("Target: Priority customers")] == 80
    )
    checklist = list(example["Checklist"].values)
    assert any(row[1] == "Output" and row[6] == "no" and row[7] == "yes" for row in checklist)
    changes = list(example["Changes"].values)
    assert ("step", "added", "Look up known issues and the answer script") in {
        row[:3] for row in changes
    }


def test_case_1_figures_in_the_workbook(tmp_path: Path) -> None:
    workbook = _export(adsl_document(), tmp_path)
    sheet = workbook["Summary"]
    rows = _measure_rows(sheet)
    for name, before, after in (
        ("Customer contacts", 3, 1),
        ("Roles the customer contacts", 2, 1),
        ("Waste steps", 3, 0),  # two calls and the morning waiting at home
    ):
        assert (sheet.cell(rows[name], 4).value, sheet.cell(rows[name], 5).value) == (
            before,
            after,
        )


def test_chinese_text_and_sheet_names(tmp_path: Path) -> None:
    workbook = _export(chinese_document(), tmp_path)
    to_be_sheet = workbook.sheetnames[3]
    assert len(to_be_sheet) <= MAX_SHEET_NAME and not set("[]:*?/\\") & set(to_be_sheet)
    assert to_be_sheet.startswith("目标_To-be_ 一次答复_方案A_")
    assert workbook.sheetnames[2] == "现状 As-is"
    labels = [row[3] for row in workbook[to_be_sheet].values]
    assert "一次答复客户 Answer at once" in labels
    # a document in Chinese gets a Chinese workbook around its own (here bilingual) words
    assert workbook.sheetnames[0] == "摘要" and "检查结果" in workbook.sheetnames
    assert workbook["摘要"]["A1"].value == f"投诉处理 Complaints：现状 As-is 对比 {CHINESE_TO_BE}"
    changes = {row[2] for row in workbook["变化"].values}
    assert "一次答复客户 Answer at once" in changes


def test_findings_are_listed_and_do_not_stop_the_export(tmp_path: Path) -> None:
    workbook = _export(chinese_document(), tmp_path)
    rows = list(workbook["检查结果"].values)
    header = next(i for i, row in enumerate(rows) if row[0] == "版本")
    findings = rows[header + 1 :]
    assert {row[5] for row in findings} >= {"probabilities", "missing-value-class"}
    assert {row[2] for row in findings} >= {"分支概率有误", "客户步骤未分类"}
    assert {row[0] for row in findings} == {"现状 As-is", CHINESE_TO_BE}
    summary_lines = [workbook["摘要"].cell(r, 1).value or "" for r in range(1, 6)]
    assert any(line.startswith("检查结果：现状 As-is：") for line in summary_lines)


def test_versions_chosen_by_name(tmp_path: Path) -> None:
    document = EXAMPLES["example"]()
    workbook = _export(document, tmp_path, before="To-be", after="As-is")
    assert workbook["Summary"]["A1"].value.endswith("To-be compared with As-is")
    with pytest.raises(ValueError, match="no version named 'Later'"):
        export_workbook(document, tmp_path / "x.xlsx", after="Later")
    assert not (tmp_path / "x.xlsx").exists()


def test_a_single_version_shows_its_measures(tmp_path: Path) -> None:
    document = adsl_document()
    document.remove_version(document.versions[1].id)
    workbook = _export(document, tmp_path)
    assert "Changes" not in workbook.sheetnames
    sheet = workbook["Summary"]
    assert [c.value for c in sheet[_header_row(sheet)]] == [
        "Measure",
        "Unit",
        "Better when",
        "Value",
        "Notes",
    ]


def _header_row(sheet) -> int:
    return next(r for r in range(1, 20) if sheet.cell(r, 1).value == "Measure")


# ------------------------------------------------------------------ failures


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_file_open_in_another_program_gets_advice_and_stays_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"the workbook a colleague has open")

    def locked(source, destination):
        raise PermissionError(errno.EACCES, "Permission denied", str(destination))

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(SaveError) as caught:
        export_workbook(EXAMPLES["example"](), target)
    message = str(caught.value)
    assert "report.xlsx" in message and "permission denied" in message
    assert "open in Excel or another program, close it" in message
    assert target.read_bytes() == b"the workbook a colleague has open"
    assert _leftovers(tmp_path) == ["report.xlsx"]


def test_a_missing_folder_is_a_clear_message(tmp_path: Path) -> None:
    target = tmp_path / "no such folder" / "out.xlsx"
    with pytest.raises(SaveError, match="the folder does not exist"):
        export_workbook(EXAMPLES["example"](), target)


def test_a_failure_while_writing_leaves_no_partial_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(self, filename):
        Path(filename).write_bytes(b"PK half a zip")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Workbook, "save", disk_full)
    with pytest.raises(SaveError, match="the disk is full"):
        export_workbook(EXAMPLES["example"](), tmp_path / "out.xlsx")
    assert _leftovers(tmp_path) == []


def test_a_failure_is_explained_in_the_documents_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(self, filename):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Workbook, "save", disk_full)
    chinese = Path(__file__).resolve().parents[2] / "process_templates"
    document = load_document(chinese / "adsl-installation.zh-CN.pwb")
    with pytest.raises(SaveError, match="磁盘已满。没有写入任何内容"):
        export_workbook(document, tmp_path / "out.xlsx")


# ------------------------------------------------------------------ sheet names


def test_sheet_names_excel_accepts() -> None:
    names = SheetNames()
    assert names.claim("Summary") == "Summary"
    assert names.claim("summary") == "summary (2)"
    assert names.claim("a/b:c*d?e[f]g\\h") == "a_b_c_d_e_f_g_h"
    long = names.claim("客户" * 40)
    assert long == "客户" * 15 + "客"
    assert names.claim("客户" * 40) == ("客户" * 14)[:27] + " (2)"
    assert names.claim("'quoted'") == "quoted"
    assert names.claim("   ") == "Sheet"
    assert names.claim("History") == "History (2)"  # Excel reserves the name


def test_hostile_text_stays_text(tmp_path: Path) -> None:
    """Labels pasted from elsewhere: a leading "=", control characters, a NaN figure, two
    segments with one name and two versions with one name still give a clean workbook."""
    document = adsl_document()
    as_is, to_be = document.versions
    wait = next(n for n in as_is.nodes.values() if n.label.startswith("Waits"))
    document.change_node(as_is.id, wait.id, label='=HYPERLINK("http://example.com")')
    document.change_node(as_is.id, "n2", label="Calls\x0bthe hotline\x01")
    document.change_version(to_be.id, name="as-is")
    document.add_segment(Segment("s1", "Gold"))
    document.add_segment(Segment("s2", "gold"))
    document.add_kpi(
        as_is.id,
        Kpi("k-nan", "Answered", measured=math.nan, segment_targets=(("s1", 1.0), ("s2", 2.0))),
    )
    workbook = _export(document, tmp_path)
    assert workbook.sheetnames[2:4] == ["As-is", "as-is (2)"]
    chart_data = workbook["Summary"].tables["ChartData"]
    assert chart_data.tableColumns[1].name != chart_data.tableColumns[2].name
    cells = {c.value: c for row in workbook["As-is"].iter_rows() for c in row if c.value}
    assert cells['=HYPERLINK("http://example.com")'].data_type == "s"
    assert "Calls the hotline " in cells
    kpis = list(workbook["Interactions & KPIs"].values)
    header = next(row for row in kpis if row[0] == "Version")
    assert "Target: Gold" in header and "Target: gold (2)" in header
    answered = next(row for row in kpis if row[4] == "Answered")
    assert answered[header.index("Measured")] is None
