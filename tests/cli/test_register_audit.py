"""`process-workbench register` and `audit` over the audit folder."""

from __future__ import annotations

import json
import re
from pathlib import Path

import openpyxl
import pytest

from cli.main import main
from tests.audit_folder import BROKEN, OWNERS
from tests.exporters.pdf_tools import text as pdf_text

TODAY = ["--today", "2026-12-03"]


@pytest.fixture(autouse=True)
def _own_cache_folder(tmp_path, monkeypatch):
    """The register's cache goes to the test's folder, never the user's."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


def test_register_lists_every_document_its_gaps_and_the_broken_files(audit_folder, capsys):
    assert main(["register", str(audit_folder), *TODAY]) == 1  # some have gaps
    out = capsys.readouterr().out
    assert "13 documents: 5 ready, 5 with gaps, 3 unreadable (as of 3 Dec 2026)." in out
    assert "移动网络投诉处理" in out and "Zhang Min" in out
    assert "[owner-named] Name the process owner" in out
    assert "[corrective-actions] Record a corrective action for KPI 'First-contact answer rate'" \
        in out
    assert "broken/newer-schema.pwb: $.schema_version: written by a newer" in out


def test_register_json_for_scripts(audit_folder, capsys):
    main(["register", str(audit_folder), "--json", *TODAY])
    data = json.loads(capsys.readouterr().out)
    assert data["schema"] == "process-workbench/register/1"
    assert data["summary"] == {"documents": 13, "ready": 5, "gaps": 5, "unreadable": 3}
    assert [r["id"] for r in data["rules"]][:2] == ["owner-named", "approved-version"]
    rows = {d["path"]: d for d in data["documents"]}
    assert set(rows) == set(OWNERS) | set(BROKEN)
    drift = rows["network-complaints.en.pwb"]
    assert drift["gaps"][0]["rule"] == "corrective-actions" and drift["gaps"][0]["element"] == \
        "t-k-first"
    assert drift["findings"] == {"error": 0, "warning": 2, "info": 0}


def test_a_folder_of_ready_processes_exits_0(audit_folder, tmp_path, capsys):
    ready = tmp_path / "ready"
    ready.mkdir()
    (ready / "a.pwb").write_bytes((audit_folder / "adsl-installation.en.pwb").read_bytes())
    assert main(["register", str(ready), *TODAY]) == 0


@pytest.mark.parametrize("args", [["/no/such/folder"], ["{folder}", "--today", "3.12.2026"]])
def test_bad_input_is_exit_code_2_with_a_message(audit_folder, capsys, args):
    args = [a.format(folder=audit_folder) for a in args]
    assert main(["register", *args]) == 2
    assert "process-workbench:" in capsys.readouterr().err


def test_audit_writes_the_pdf_and_the_workbook(audit_folder, tmp_path, capsys):
    pdf, xlsx = tmp_path / "pack.pdf", tmp_path / "pack.xlsx"
    assert main(["audit", str(audit_folder), "--pdf", str(pdf), "--xlsx", str(xlsx), *TODAY]) == 0
    out = capsys.readouterr().out
    assert f"Wrote the PDF audit pack to {pdf}." in out
    assert pdf.read_bytes().startswith(b"%PDF")
    workbook = openpyxl.load_workbook(xlsx)
    assert workbook.sheetnames == ["Register", "Readiness", "KPI catalogue", "Results", "Charts"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "nothing to write"),
        (["--pdf", "{tmp}/x.pdf", "--xlsx", "{tmp}/x.pdf"], "their own output files"),
        (["--pdf", "{tmp}"], "this is a folder"),
        (["--xlsx", "{tmp}/missing/x.xlsx"], "does not exist"),
    ],
)
def test_audit_refuses_bad_targets_before_any_work(audit_folder, tmp_path: Path, capsys, args,
                                                    message):
    args = [a.format(tmp=tmp_path) for a in args]
    assert main(["audit", str(audit_folder), *args]) == 2
    assert message in capsys.readouterr().err
    assert not list(tmp_path.glob("x.*"))


def test_a_second_run_reuses_the_rows_of_the_first(audit_folder, tmp_path, monkeypatch, capsys):
    from workbench.register import scan

    read = []
    original = scan.read_entry
    monkeypatch.setattr(scan, "read_entry", lambda *a: read.append(a[0]) or original(*a))
    main(["register", str(audit_folder), *TODAY])
    first = capsys.readouterr().out
    assert len(read) == 13
    main(["register", str(audit_folder), *TODAY])
    assert len(read) == 13 and capsys.readouterr().out == first
    main(["register", str(audit_folder), "--no-cache", *TODAY])
    assert len(read) == 26


def test_a_damaged_cache_is_ignored(audit_folder, tmp_path, monkeypatch, capsys):
    from workbench.register.cache_file import cache_file

    main(["register", str(audit_folder), *TODAY])
    first = capsys.readouterr().out
    cache_file(audit_folder).write_text('{"stamp": "register-cache/1', encoding="utf-8")
    main(["register", str(audit_folder), *TODAY])
    assert capsys.readouterr().out == first


@pytest.mark.parametrize(("language", "today"), [("zh-CN", "2026年12月3日"), ("en", "3 Dec 2026")])
def test_register_dates_are_written_as_the_reader_writes_them(
    audit_folder, capsys, language, today
):
    """The summary, review and approval dates and the overdue gaps follow the language; the
    JSON keeps ISO dates for scripts."""
    main(["register", str(audit_folder), *TODAY, "--lang", language])
    out = capsys.readouterr().out
    assert today in out
    assert not re.search(r"\b\d{4}-\d{2}-\d{2}\b", out), out
    main(["register", str(audit_folder), *TODAY, "--json", "--lang", language])
    data = json.loads(capsys.readouterr().out)
    assert data["today"] == "2026-12-03"
    texts = [g["text"] for d in data["documents"] for g in d.get("gaps", [])]
    overdue = [t for t in texts if "review was due on" in t]
    assert overdue and all(re.search(r"due on \d{4}-\d{2}-\d{2};", t) for t in overdue)
    reviews = [d["next_review"] for d in data["documents"] if d.get("next_review")]
    assert reviews and all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", r) for r in reviews)


# (language, a KPI of a document in the other language, its method and judgement as the PDF's
#  KPI table words them, its method, direction and category as the workbook words them)
OTHER_LANGUAGE_KPI = [
    ("en", "应答口径准确率", "sampling, n = 100,", "quality · higher is better",
     ("sampling, n=100, 95% confidence", "higher", "Quality")),
    ("zh-CN", "Input identified correctly", "抽样，n = 100，", "质量 · 越高越好",
     ("抽样，n=100，置信度 95%", "越高越好", "质量")),
]


@pytest.mark.parametrize(("language", "kpi", "method", "judged", "cells"), OTHER_LANGUAGE_KPI)
def test_the_pack_names_categories_and_methods_in_its_own_language(
    audit_folder, tmp_path, capsys, language, kpi, method, judged, cells
):
    """A document in the other language keeps its own words (the KPI's name, data source),
    while the words the product supplies (COPC category, method, direction) are the pack's."""
    pdf, xlsx = tmp_path / "pack.pdf", tmp_path / "pack.xlsx"
    main(["audit", str(audit_folder), "--pdf", str(pdf), "--xlsx", str(xlsx), *TODAY,
          "--lang", language])
    capsys.readouterr()
    lines = pdf_text(pdf).splitlines()
    rows = [i for i, line in enumerate(lines) if kpi in line and method in line]
    assert rows and judged in lines[rows[0] + 1]
    sheet = openpyxl.load_workbook(xlsx).worksheets[2]
    section, found = None, None
    for row in sheet.iter_rows(values_only=True):
        if row[0] and row[1] is None:
            section = row[0]
        elif row[1] == kpi:
            found = (row[9], row[5], section)
    assert found == cells
