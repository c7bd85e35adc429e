"""Every KPI cell of the printed report, read back from the PDF, says what the document
says: each KPI's targets (per customer segment too), baseline and measured figures in the
KPI's own unit, in the row of that KPI, in the column of its version. A to-be KPI derived
from an as-is KPI with another unit ("Time to reply" in hours becoming "Resolved within the
tier's time limit" in %) keeps each side's figures in that side's unit."""

from __future__ import annotations

from pathlib import Path

import pytest

from exporters.pdf_format import DASH, with_unit
from tests.exporters.template_reports import TEMPLATES, report_text, squeeze
from workbench.comparison import ChangeKind, compare_versions
from workbench.document import Document
from workbench.i18n import translator
from workbench.model import Direction, Kpi


def _targets(document: Document, kpi: Kpi | None) -> str:
    if kpi is None:
        return DASH
    names = {s.id: s.name for s in document.segments}
    lines = [with_unit(kpi.target, kpi.unit)] if kpi.target is not None else []
    lines += [f"{names[s]}: {with_unit(v, kpi.unit)}" for s, v in kpi.segment_targets]
    return "".join(lines) or DASH


def _figure(kpi: Kpi | None, field: str) -> str:
    return with_unit(getattr(kpi, field), kpi.unit) if kpi is not None else DASH


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: p.stem)
def test_each_version_s_kpi_rows_carry_the_document_s_figures(template: Path) -> None:
    document, text = report_text(template)
    tr = translator(document.metadata.language)  # the report's words are its document's
    for version in document.versions:
        # a column no KPI of the version fills is left out
        shown = [
            f
            for f in ("baseline", "measured")
            if any(getattr(k, f) is not None for k in version.kpis.values())
        ]
        for kpi in version.kpis.values():
            better = (tr("higher is better") if kpi.direction is Direction.HIGHER
                      else tr("lower is better"))
            row = [
                kpi.name,
                f"{tr(kpi.category.value)} \u00b7 {better}",
                _targets(document, kpi) if kpi.has_target() else tr("no target"),
                *(_figure(kpi, f) for f in shown),
                kpi.data_source or tr("not given"),
            ]
            assert squeeze("".join(row)) in text, f"{version.name}: {kpi.name}"
            # how often closes the method's first line; its notes, often sentences, follow
            method_end = f"; {kpi.frequency}" if kpi.frequency else ""
            assert squeeze(method_end + kpi.method.notes) in text, f"{version.name}: {kpi.name}"


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: p.stem)
def test_the_before_and_after_kpi_table_carries_each_side_s_figures(template: Path) -> None:
    document, text = report_text(template)
    before, after = document.versions[0], document.versions[-1]
    changes = compare_versions(before, after, document).kpis
    measured = any(k.measured is not None for v in (before, after) for k in v.kpis.values())
    for change in changes:
        old = before.kpis.get(change.before_id or "")
        new = after.kpis.get(change.after_id or "")
        either = new or old
        assert either is not None
        name = (
            either.name
            if old is None or old.name == either.name
            else (f"{old.name}\u2192{either.name}")
        )
        if change.change is not ChangeKind.UNCHANGED:
            name += f" ({translator(document.metadata.language)(change.change.value)})"
        row = [
            name,
            _targets(document, old),
            _targets(document, new),
        ]
        if measured:
            row += [_figure(old, "measured"), _figure(new, "measured")]
        assert squeeze("".join(row)) in text, f"{template.stem}: {either.name}"


def test_a_kpi_with_results_shows_its_latest_result_and_period(audit_folder, tmp_path):
    """Results per period are the measured figure: the last one, named by its period."""
    from exporters.pdf import export_report
    from tests.exporters import pdf_tools
    from workbench.kpi_performance import latest_result
    from workbench.storage import load_document

    document = load_document(audit_folder / "network-complaints.en.pwb")
    path = tmp_path / "report.pdf"
    export_report(document, path)
    raw = pdf_tools.run(pdf_tools.need("pdftotext"), "-raw", str(path), "-")
    lines = raw.splitlines()
    said = {line.partition(" (")[0]: after for line, after in zip(lines, lines[1:], strict=False)
            if line.endswith("KPIs per interaction")}
    assert "measured" in said["As-is"]  # no results kept for the as-is flow
    assert "measured" not in said["To-be"] and "No KPI has a baseline figure yet" in said["To-be"]
    kpis = [k for v in document.versions for k in v.kpis.values() if k.results]
    assert kpis
    for kpi in kpis:
        latest = latest_result(kpi)
        figure = with_unit(latest.value, kpi.unit)
        # the cell's two lines, the figure and then its period (the target may lead the line)
        assert any(line.endswith(figure) and after == latest.period
                   for line, after in zip(lines, lines[1:], strict=False)), kpi.name
