"""The report's measures read back from the PDF: precision from the values (5 minutes are
0.083 h, not 0.1 h), never "-0", a ratio's change in percentage points."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.exporters.template_reports import TEMPLATES, report_raw, report_text, squeeze
from workbench.i18n import translator


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: p.stem)
def test_no_figure_is_minus_zero(template: Path) -> None:
    _, text = report_raw(template)
    assert not re.search(r"[-\u2212]0(?![.,\d])", text)


@pytest.mark.parametrize("language", ["en", "zh-CN"])
def test_network_complaints_figures_keep_their_precision(language: str) -> None:
    template = next(p for p in TEMPLATES if p.name == f"network-complaints.{language}.pwb")
    _, text = report_text(template)
    tr = translator(language)  # the report speaks its document's language
    h, pts, better, worse = tr("h"), tr("pts"), tr("better"), tr("worse")
    for row in (
        f"{tr('Necessary time')} 0.083 {h} 0.117 {h} +0.033 {h} (+40 %) {worse}",
        f"{tr('Value-added ratio')} [3] 0.032 % 0.061 % +0.029 {pts} {better}",
        f"{tr('Lead time (critical path, without rework)')} [2] 1,086 {h} 1,085 {h} -1 {h} "
        f"(-0.092 %) {better}",
        f"{tr('Checklist score')} 86 % 100 % +14 {pts} {better}",
    ):
        assert squeeze(row) in text, row
