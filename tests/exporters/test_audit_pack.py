"""The audit pack as an auditor reads it: the PDF's text, pages and vector charts, and the
workbook reopened with openpyxl."""

from __future__ import annotations

import datetime as dt
import re

import openpyxl
import pytest

from exporters.audit_pdf import export_audit_pdf
from exporters.audit_workbook import build_audit_workbook, export_audit_workbook
from tests.audit_folder import TODAY
from tests.exporters import pdf_tools
from workbench.i18n import reading_in, translator
from workbench.register.pack import build_pack
from workbench.register.scan import scan_register


@pytest.fixture(scope="module")
def pack(audit_folder):
    return build_pack(scan_register(audit_folder, today=TODAY), TODAY)


@pytest.fixture(scope="module")
def pdf(pack, tmp_path_factory):
    path = tmp_path_factory.mktemp("pack") / "audit.pdf"
    export_audit_pdf(pack, path)
    return path


def test_the_pdf_opens_with_register_summary_and_readiness_matrix(pdf):
    first = pdf_tools.text(pdf, 1, 3)
    assert "COPC audit pack" in first
    assert "13 process documents: 5 ready for audit, 5 with gaps, 3 that could not be read." \
        in " ".join(first.split())
    assert "Files that could not be read" in first and "newer-schema.pwb" in first
    assert "Readiness matrix" in first and "corrective-actions" in first
    day = f"{TODAY.day} {TODAY:%b} {TODAY.year}"
    assert f"as of {day}" in first, "the date in the reader's order, as in the reports"


def test_every_date_in_the_pack_is_in_the_reader_s_order(pdf):
    """Approvals, reviews, the change log and git's last change read "15 Sep 2027", as the
    cover does; only result periods keep their year-month form."""
    whole = " ".join(pdf_tools.text(pdf).split())
    assert re.findall(r"\d{4}-\d{2}-\d{2}", whole) == []
    assert "15 Sep 2027" in whole and "10 Mar 2026" in whole


def test_a_date_in_the_register_table_stays_on_one_line_in_chinese(pack, tmp_path):
    path = tmp_path / "audit.pdf"
    with reading_in(translator("zh-CN")):
        export_audit_pdf(pack, path)
    register = pdf_tools.text(path, 1, 1)  # a cell's lines come out on lines of their own
    assert register.count("2027年9月15日") >= 5 and "2026年3月10日" in register


def test_each_process_has_its_sections(pdf, pack):
    whole = pdf_tools.text(pdf)
    for heading in ("Change log", "Readiness gaps", "swimlane diagram", "Four-element checklist",
                    "KPI performance against target", "Control charts", "Corrective actions"):
        assert whole.count(heading) >= len(pack.processes), heading
    assert "移动网络投诉处理" in whole  # Chinese titles come out as text


def test_the_drift_is_flagged_in_the_pack(pdf):
    flat = " ".join(pdf_tools.text(pdf).split())
    # the latest result, off target (the KPI's name may wrap in its cell)
    assert re.search(r"First-contact answer (rate )?Service 60 % 46\.5 %", flat)
    assert re.search(r"2026-07, 2026-08,.*2026-09, 2026-10,.*2026-11 outside the control limits",
                     flat)
    assert "Coach installers" in flat  # the action on file


def test_control_charts_are_vector_graphics(pack, tmp_path):
    """A chart adds drawing operators, never an image: the pages stay sharp when zoomed."""
    path = tmp_path / "one.pdf"
    one = build_pack.__globals__["AuditPack"](pack.register, pack.today, pack.processes[4:5])
    export_audit_pdf(one, path)
    data = path.read_bytes()
    assert b"/Subtype /Image" not in data


def test_the_workbook_reopens_with_catalogue_results_and_native_charts(pack, tmp_path):
    path = tmp_path / "audit.xlsx"
    export_audit_workbook(pack, path)
    workbook = openpyxl.load_workbook(path)
    register = workbook["Register"]
    header = [c.value for c in register[4]]
    assert header[:3] == ["File", "Process", "Classification"]
    paths = [register.cell(r, 1).value for r in range(5, register.max_row + 1)]
    assert "broken/truncated.pwb" in paths and "network-complaints.en.pwb" in paths
    catalogue = workbook["KPI catalogue"]
    titles = [c.value for c in catalogue["A"] if c.value in ("Service", "Quality", "Satisfaction")]
    assert titles == ["Service", "Quality", "Satisfaction"]
    results = workbook["Results"]
    drift = [row for row in results.iter_rows(values_only=True)
             if row[1] == "First-contact answer rate" and row[0].startswith("Mobile")]
    assert len(drift) == 12
    assert [r[10] for r in drift[-5:]] == ["outside_limits"] * 5
    assert len(build_audit_workbook(pack)["Charts"]._charts) == sum(
        1 for p in pack.processes for k in p.performances if k.results)


def test_a_register_with_nothing_readable_still_makes_a_pack(tmp_path):
    (tmp_path / "bad.pwb").write_text("{", encoding="utf-8")
    pack = build_pack(scan_register(tmp_path, today=dt.date(2026, 12, 3)), dt.date(2026, 12, 3))
    export_audit_pdf(pack, tmp_path / "a.pdf")
    export_audit_workbook(pack, tmp_path / "a.xlsx")
    assert "bad.pwb" in pdf_tools.text(tmp_path / "a.pdf")
