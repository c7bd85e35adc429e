"""`process-workbench export`: the workbook, and the report and BPMN file through their
exporters' entry points; bad targets are bad input and leave nothing behind."""

from __future__ import annotations

import errno
import os
import sys
import types
from pathlib import Path

import openpyxl
import pytest

from cli.main import main
from tests.cli.files import example_file, sloppy_file


def test_workbook(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "example.xlsx"
    assert main(["export", str(example_file(tmp_path)), "--xlsx", str(out)]) == 0
    assert f"Wrote the workbook to {out}." in capsys.readouterr().out
    workbook = openpyxl.load_workbook(out)
    assert workbook.sheetnames[0] == "Summary"
    assert workbook["Summary"]["A1"].value == "Complaint handling: As-is compared with To-be"


def test_a_flow_with_findings_still_exports(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "sloppy.xlsx"
    assert main(["export", str(sloppy_file(tmp_path)), "--xlsx", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "Exported despite findings (现状 As-is: 1 error, 8 warnings)" in printed
    findings = [row[5] for row in openpyxl.load_workbook(out)["检查结果"].values]  # zh document
    assert "probabilities" in findings


def _fake_exporter(monkeypatch: pytest.MonkeyPatch, module: str, function: str) -> list:
    calls: list = []

    def export(document, path, **kw):
        calls.append((document.metadata.title, str(path), kw))
        Path(path).write_text("made")

    monkeypatch.setitem(sys.modules, module, types.SimpleNamespace(**{function: export}))
    return calls


def test_report_and_bpmn_through_their_exporters(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = _fake_exporter(monkeypatch, "exporters.pdf", "export_report")
    bpmn = _fake_exporter(monkeypatch, "exporters.bpmn", "export_bpmn")
    path = example_file(tmp_path)
    args = [
        "export",
        str(path),
        "--pdf",
        str(tmp_path / "r.pdf"),
        "--paper",
        "letter",
        "--bpmn",
        str(tmp_path / "p.bpmn"),
        "--before",
        "As-is",
        "--after",
        "To-be",
    ]
    assert main(args) == 0
    assert pdf == [
        (
            "Complaint handling",
            str(tmp_path / "r.pdf"),
            {"paper": "letter", "before": "v-as-is", "after": "v-to-be", "language": None},
        )
    ]
    assert bpmn == [("Complaint handling", str(tmp_path / "p.bpmn"), {"version_id": "v-to-be"})]
    out = capsys.readouterr().out
    assert "Wrote the report to" in out and "Wrote the BPMN file to" in out


def test_an_exporter_that_is_not_there_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "exporters.pdf", types.SimpleNamespace())
    path = example_file(tmp_path)
    assert main(["export", str(path), "--pdf", str(tmp_path / "r.pdf")]) == 2
    assert "cannot export the report yet" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ([], "nothing to export: give --xlsx OUT"),
        (["--xlsx", "{tmp}/missing/out.xlsx"], "the folder {tmp}/missing does not exist"),
        (["--xlsx", "{tmp}"], "this is a folder"),
        (["--xlsx", "{tmp}/a.xlsx", "--pdf", "{tmp}/a.xlsx"], "its own output file"),
        (["--xlsx", "{tmp}/a.xlsx", "--after", "Later"], "no version named 'Later'"),
    ],
)
def test_bad_targets_and_versions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], arguments: list[str], message: str
) -> None:
    path = example_file(tmp_path)
    filled = [a.replace("{tmp}", str(tmp_path)) for a in arguments]
    assert main(["export", str(path), *filled]) == 2
    assert message.replace("{tmp}", str(tmp_path)) in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["example.pwb"]


def test_a_locked_target_is_bad_input_and_stays_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = example_file(tmp_path)
    target = tmp_path / "open in excel.xlsx"
    target.write_bytes(b"old")

    def locked(source, destination):
        raise PermissionError(errno.EACCES, "Permission denied", str(destination))

    monkeypatch.setattr(os, "replace", locked)
    assert main(["export", str(path), "--xlsx", str(target)]) == 2
    err = capsys.readouterr().err
    assert "permission denied" in err and "close it there and export again" in err
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["example.pwb", "open in excel.xlsx"]
