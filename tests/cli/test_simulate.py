"""`process-workbench simulate`: spreads and time limits from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cli.main import main
from tests.cli.files import edited_file

TEMPLATE = Path(__file__).parents[2] / "process_templates" / "network-complaints.en.pwb"


def test_both_versions_with_the_same_seed(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["simulate", str(TEMPLATE), "--cases", "4000", "--seed", "3"]) == 0
    out = capsys.readouterr().out
    assert "4,000 simulated cases, seed 3" in out
    assert "As-is (linear)     Lead time (h)" in out and "To-be (flattened)  Lead time (h)" in out
    limits = next(line for line in out.splitlines() if line.startswith("KPI") or "5★" in line)
    assert "5★ customers" in limits and "1★ customers" in limits
    assert "Busiest lanes" in out and "Executing department" in out


def test_one_version_as_json_is_the_same_for_the_same_seed(
    capsys: pytest.CaptureFixture[str],
) -> None:
    command = ["simulate", str(TEMPLATE), "--version", "As-is (linear)", "--cases", "3000",
               "--json"]  # fmt: skip
    assert main(command) == 0
    first = json.loads(capsys.readouterr().out)
    assert main(command) == 0
    assert json.loads(capsys.readouterr().out) == first
    (result,) = first["results"]
    lead = result["lead_time_hours"]
    assert lead["p50"] <= lead["p90"] <= lead["p95"] <= lead["max"]
    assert [t["tier"] for t in result["tiers"]][0] == "5★ customers"


def test_a_customer_list_sets_the_mix(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    customers = tmp_path / "customers.csv"
    rows = "\n".join(f"{arpu},{months}" for arpu in range(20, 300, 7) for months in (3, 50))
    customers.write_text("arpu,tenure_months\n" + rows + "\n", encoding="utf-8")
    command = ["simulate", str(TEMPLATE), "--cases", "2000", "--customers", str(customers)]
    assert main(command) == 0
    assert "Customer mix: 80 customers" in capsys.readouterr().out


def test_missing_durations_are_named_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def drop_durations(data):
        for node in data["versions"][0]["nodes"]:
            if node["kind"] == "task":
                node.pop("duration", None)

    path = edited_file(tmp_path, drop_durations)
    assert main(["simulate", str(path), "--cases", "10"]) == 2
    err = capsys.readouterr().err
    assert "Cannot simulate" in err and "have no duration" in err


@pytest.mark.parametrize("option", [["--cases", "0"], ["--cases", "many"], ["--seed", "-1"]])
def test_bad_numbers_are_refused(option, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["simulate", str(TEMPLATE), *option]) == 2
    assert "must be a whole number" in capsys.readouterr().err


def test_compare_can_add_the_simulated_spreads(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", str(TEMPLATE), "--simulate"]) == 0
    out = capsys.readouterr().out
    assert out.index("Lead time (expected)") < out.index("Lead time and what the customer")
    assert "All limits that apply" in out
    assert main(["compare", str(TEMPLATE), "--simulate", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [r["version"] for r in data["simulation"]] == ["As-is (linear)", "To-be (flattened)"]


def test_compare_simulates_versions_of_one_document_only(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["compare", str(TEMPLATE), str(TEMPLATE), "--simulate"]) == 2
    assert "--simulate compares two versions of one document" in capsys.readouterr().err


def test_a_chinese_reader_is_told_why_in_chinese(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def drop_a_probability(data):
        for flow in data["versions"][0]["flows"]:
            if flow.get("probability") is not None:
                flow.pop("probability")
                return

    path = edited_file(tmp_path, drop_a_probability)
    assert main(["simulate", str(path), "--cases", "10", "--lang", "zh-CN"]) == 2
    err = capsys.readouterr().err
    assert "无法仿真：有 1 个判断的分支没有概率" in err
    assert "Cannot" not in err and "decision" not in err
    assert main(["simulate", str(TEMPLATE), "--cases", "0", "--lang", "zh-CN"]) == 2
    assert "--cases 须为不小于 1 的整数" in capsys.readouterr().err
