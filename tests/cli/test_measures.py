"""`process-workbench measures`: every version side by side, or one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cli.main import main
from tests.cli.files import example_file
from workbench.measures import MEASURES


def test_all_versions_side_by_side(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["measures", str(example_file(tmp_path))]) == 0
    out = capsys.readouterr().out
    header = next(line for line in out.splitlines() if line.startswith("measure"))
    assert header.split()[-2:] == ["As-is", "To-be"]
    for measure in MEASURES:
        assert measure.name in out


def test_one_version_in_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["measures", str(example_file(tmp_path)), "--version", "As-is", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["schema"] == "process-workbench/measures/1"
    (version,) = data["versions"]
    assert version["name"] == "As-is" and version["id"] == "v-as-is"
    assert set(version["values"]) == {m.key for m in MEASURES}
    assert all(v is None or isinstance(v, int | float) for v in version["values"].values())
    definition = data["measures"][0]
    assert set(definition) == {"key", "name", "unit", "better", "description"}
