"""The workbook read without a calculation engine (openpyxl `data_only=True`, as pandas and
file previews read it): every formula cell carries the value it computes, while the
formulas stay live for Excel and LibreOffice; and the Summary's number formats follow the
shared rule for figures (decimals from the values, a share's change in points)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from exporters.excel import export_workbook
from tests.exporters.template_reports import TEMPLATES
from tests.exporters.workbooks import chinese_document
from workbench.comparison import Verdict, compare_versions
from workbench.document import Document
from workbench.i18n import Translator, translator
from workbench.storage import load_document

ENGLISH = translator("en")
WORDS = {
    Verdict.BETTER: "better",
    Verdict.WORSE: "worse",
    Verdict.SAME: "same",
    Verdict.CHANGED: "changed",
    Verdict.UNKNOWN: "n/a",
}


def _rows(sheet, tr: Translator = ENGLISH) -> dict[str, int]:
    header = next(r for r in range(1, 20) if sheet.cell(r, 1).value == tr("Measure"))
    return {
        sheet.cell(r, 1).value: r
        for r in range(header + 1, sheet.max_row + 1)
        if sheet.cell(r, 1).value and sheet.cell(r, 6).data_type == "f"
    }


def _documents() -> list[tuple[str, Document]]:
    return [(p.stem, load_document(p)) for p in TEMPLATES] + [("chinese", chinese_document())]


@pytest.mark.parametrize(
    ("name", "document"), _documents(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_formula_cells_carry_their_values_for_readers_that_do_not_calculate(
    name: str, document: Document, tmp_path: Path
) -> None:
    path = tmp_path / f"{name}.xlsx"
    comparison = export_workbook(document, path)
    tr = translator(document.metadata.language)  # the workbook speaks its document's language
    formulas = openpyxl.load_workbook(path)[tr("Summary")]
    values = openpyxl.load_workbook(path, data_only=True)[tr("Summary")]
    rows = _rows(formulas, tr)
    assert len(rows) == len(comparison.measures)
    for change in comparison.measures:
        r = rows[tr(change.name)]
        assert str(formulas.cell(r, 8).value).startswith("=IF("), "the formulas stay live"
        assert values.cell(r, 8).value == tr(WORDS[change.verdict]), change.name
        share = change.measure.unit == "share"
        difference, relative = values.cell(r, 6).value, values.cell(r, 7).value
        if change.before is None or change.after is None:
            assert difference in ("", None) and relative in ("", None)
            continue
        expected = (change.after - change.before) * (100 if share else 1)
        assert difference == pytest.approx(expected), change.name
        if share:
            assert relative is None, "a ratio moves in points, not in per cent of itself"
        elif change.before:
            assert relative == pytest.approx(expected / abs(change.before)), change.name
        else:
            assert relative in ("", None)
    first, last = formulas.tables["ChartData"].ref.split(":")
    for row in values[first:last][1:]:
        label, before, after = (c.value for c in row)
        change = next(c for c in comparison.measures if tr(c.name) == label)
        assert (before, after) == (change.before, change.after)


def test_the_summary_formats_follow_the_figures(tmp_path: Path) -> None:
    template = next(p for p in TEMPLATES if p.name == "network-complaints.en.pwb")
    document = load_document(template)
    path = tmp_path / "network.xlsx"
    export_workbook(document, path)
    sheet = openpyxl.load_workbook(path)["Summary"]
    rows = _rows(sheet)
    comparison = compare_versions(document.versions[0], document.versions[-1], document)
    # 5 min -> 10 min: 0.083 h -> 0.167 h, +0.083 h; not "0.1 h -> 0.2 h"
    assert comparison.measure("necessary_time").before == pytest.approx(1 / 12)
    necessary = rows["Necessary time"]
    assert sheet.cell(necessary, 4).number_format == "#,##0.000"
    assert sheet.cell(necessary, 6).number_format == "+#,##0.000;-#,##0.000;0"
    steps = rows["Steps"]
    assert sheet.cell(steps, 4).number_format == "#,##0"
    ratio = rows["Value-added ratio"]
    assert sheet.cell(ratio, 4).number_format == "0.000%"
    assert sheet.cell(ratio, 6).number_format == '+0.000" pts";-0.000" pts";0" pts"'
