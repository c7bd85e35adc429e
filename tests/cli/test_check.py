"""`process-workbench check`: findings and measures, exit 0 clean and 1 on findings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cli.main import main
from tests.cli.files import edited_file, example_file, sloppy_file
from workbench.measures import MEASURES


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert err == ""
    return code, out


def test_a_flow_with_findings_fails_and_shows_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run(capsys, "check", str(sloppy_file(tmp_path)))
    assert code == 1
    assert "投诉处理 Complaints" in out
    assert "Findings:" in out and "warning" in out
    assert 'step "拨打热线 Call the hotline"' in out
    assert "Measures" in out and "Check failed" in out


def test_fail_on_error_lets_warnings_pass(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(sloppy_file(tmp_path))
    code, out = run(capsys, "check", path, "--json")
    severities = {f["severity"] for f in json.loads(out)["findings"]}
    code, _ = run(capsys, "check", path, "--fail-on", "error")
    assert code == (1 if "error" in severities else 0)
    code, _ = run(capsys, "check", path, "--fail-on", "info")
    assert code == 1


def test_the_example_passes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(capsys, "check", str(example_file(tmp_path)))
    assert code == 0, out
    assert "Check passed" in out
    assert "As-is" in out and "To-be" in out


def test_json_output_has_a_stable_shape(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run(capsys, "check", str(sloppy_file(tmp_path)), "--json")
    data = json.loads(out)
    assert code == data["exit_code"] == 1 and data["passed"] is False
    assert data["schema"] == "process-workbench/check/1"
    assert data["title"] == "投诉处理 Complaints" and data["fail_on"] == "warning"
    assert set(data["counts"]) >= {"error", "warning", "info"}
    assert sum(data["counts"].values()) == len(data["findings"]) > 0
    finding = data["findings"][0]
    assert set(finding) == {"check_id", "severity", "message", "title", "text", "version_id",
                            "version_name",
                            "element_id", "element_kind", "element"}
    assert [m["key"] for m in data["measures"]] == [m.key for m in MEASURES]
    (version,) = data["versions"]
    assert version["name"] == "现状 As-is"
    assert set(version["values"]) == {m.key for m in MEASURES}


def test_one_version_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(capsys, "check", str(example_file(tmp_path)), "--version", "to-be", "--json")
    data = json.loads(out)
    assert [v["name"] for v in data["versions"]] == ["To-be"]
    assert all(f["version_name"] in ("To-be", None) for f in data["findings"])


def test_a_clean_check_in_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(capsys, "check", str(example_file(tmp_path)), "--json")
    data = json.loads(out)
    assert code == data["exit_code"] == 0 and data["passed"] is True
    assert [v["name"] for v in data["versions"]] == ["As-is", "To-be"]


def test_json_output_never_carries_nan(capsys) -> None:
    import json as _json

    from cli.console import say_json

    say_json({"lead_time": float("inf"), "rows": [float("nan"), 1.5]})
    assert _json.loads(capsys.readouterr().out) == {"lead_time": None, "rows": [None, 1.5]}


def test_the_diagram_check_reports_steps_drawn_on_top_of_each_other(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The example's to-be once had "Explain the answer" exactly under "Log the work order in
    # the CRM", and check said "Findings: none": put one step on another again.
    def pile_up(data: dict) -> None:
        nodes = data["versions"][1]["nodes"]
        tasks = [n for n in nodes if n["kind"] == "task"]
        tasks[1].update(x=tasks[0]["x"], y=tasks[0]["y"], lane=tasks[0]["lane"])

    path = edited_file(tmp_path, pile_up)
    code, out = run(capsys, "check", str(path), "--json")
    found = [f for f in json.loads(out)["findings"] if f["check_id"].startswith("diagram-")]
    assert code == 1
    overlaps = [f for f in found if f["check_id"] == "diagram-steps-overlap"]
    assert len(overlaps) == 1, "the two steps on one spot, reported once"
    assert overlaps[0]["severity"] == "warning" and overlaps[0]["element"]
    clean = run(capsys, "check", str(example_file(tmp_path, "clean.pwb")), "--json")[1]
    assert not [f for f in json.loads(clean)["findings"] if f["check_id"].startswith("diagram-")]
    code, out = run(capsys, "check", str(path))
    assert "stands on another step" in out
