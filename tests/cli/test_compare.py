"""`process-workbench compare`: as-is against to-be as a table or JSON, across two files,
and clear messages for versions that are not there."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cli.main import main
from tests.cli.files import example_file
from tests.workbench.field_cases import (
    adsl_as_is,
    adsl_to_be,
    complaint_flattened,
    complaint_linear,
)
from workbench.document import Document
from workbench.measures import MEASURES
from workbench.model import Metadata
from workbench.storage import save_document


def _saved(folder: Path, name: str, *versions) -> Path:
    path = folder / name
    document = Document(Metadata(title=name.removesuffix(".pwb")), versions=list(versions))
    save_document(document, path, backup=False)
    return path


def _row(out: str, measure: str) -> list[str]:
    line = next(line for line in out.splitlines() if line.startswith(measure + "  "))
    return line[len(measure) :].split()


def test_case_1_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _saved(tmp_path, "adsl.pwb", adsl_as_is(), adsl_to_be())
    assert main(["compare", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("adsl: As-is (before) -> To-be (after)")
    assert _row(out, "Customer contacts") == ["3", "1", "-2", "(-67%)", "+", "better"]
    assert _row(out, "Roles the customer contacts") == ["2", "1", "-1", "(-50%)", "+", "better"]
    assert _row(out, "Hand-offs")[-2:] == ["-", "WORSE"]
    for measure in MEASURES:
        assert measure.name in out
    assert 'step "Waits at home all morning" (Customer) removed' in out
    assert "Steps: 9 added, 10 removed, 0 changed, 5 unchanged" in out


def test_case_2_across_two_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    linear = _saved(tmp_path, "linear.pwb", complaint_linear())
    flattened = _saved(tmp_path, "flattened.pwb", complaint_flattened())
    assert main(["compare", str(linear), str(flattened)]) == 0
    out = capsys.readouterr().out
    assert f"before from {linear}, after from {flattened}" in out
    assert _row(out, "Round trips") == ["2", "1", "-1", "(-50%)", "+", "better"]
    assert _row(out, "Hand-offs") == ["4", "3", "-1", "(-25%)", "+", "better"]


def test_json_for_scripts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = example_file(tmp_path)
    assert main(["compare", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["schema"] == "process-workbench/compare/1"
    assert data["files"] == [str(path)]
    assert (data["before"]["version_name"], data["after"]["version_name"]) == ("As-is", "To-be")
    assert [m["key"] for m in data["measures"]] == [m.key for m in MEASURES]
    lead = next(m for m in data["measures"] if m["key"] == "lead_time_expected")
    assert lead["verdict"] == "better" and lead["better"] == "lower" and lead["difference"] < 0
    added = [e for e in data["elements"] if e["change"] == "added" and e["type"] == "step"]
    assert [e["name"] for e in added] == ["Look up known issues and the answer script"]
    fcr = next(k for k in data["kpis"] if k["name"] == "First-contact resolution")
    assert fcr["target_before"] == 40 and fcr["target_after"] == 70
    assert fcr["segment_targets_after"] == {"Priority customers": 80, "Standard customers": 70}
    assert set(data["checklist"]) >= {"score_before", "score_after", "gaps_closed"}


def test_versions_by_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = example_file(tmp_path)
    assert main(["compare", str(path), "--before", "to-be", "--after", "As-is"]) == 0
    assert "To-be (before) -> As-is (after)" in capsys.readouterr().out


def test_an_unknown_version_is_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = example_file(tmp_path)
    assert main(["compare", str(path), "--after", "Later"]) == 2
    err = capsys.readouterr().err
    assert "no version named 'Later'" in err and "'As-is', 'To-be'" in err


def test_one_version_alone_cannot_be_compared(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _saved(tmp_path, "one.pwb", adsl_as_is())
    assert main(["compare", str(path)]) == 2
    assert "only one version ('As-is')" in capsys.readouterr().err


def test_a_missing_second_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = example_file(tmp_path)
    assert main(["compare", str(path), str(tmp_path / "gone.pwb")]) == 2
    assert "gone.pwb: there is no such file." in capsys.readouterr().err
