"""A damaged file read by a Chinese reader: every problem is explained in Chinese, under
its JSON path (which stays as it is), with no English word beyond the path, the values the
file itself holds, the names a field may take, and JSON's own true / false. Each case
damages a good file in a different way, so every kind of field-level message is read."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from cli.main import main
from tests.foreign_words import CHINESE, english_words
from tests.workbench.storage.test_bad_files import valid_data
from workbench.i18n import translator
from workbench.model import LaneKind
from workbench.storage import FormatError, loads_document

Damage = Callable[[dict], None]
# A JSON path at the start of a line ("$.versions[0].nodes[2].lane: …") or inside a
# message ("results[0]: …"): the place in the file, written as the file writes it.
PATH = re.compile(r"(\$|\b[a-z_]+)(\.[A-Za-z_]+|\[\d+\])+|\$")
JSON_WORDS = {"true", "false", "JSON", "uXXXX"}  # what must be typed into the file
# Values the damage below writes into the file; the messages quote them back.
WRITTEN = {"robot", "nowhere", "nothing", "ghost", "x1", "NaN", "diagram", "v-asis",
           "in"}  # of the id "in1"


def _types(d: dict) -> None:
    d["extra"] = 1  # unknown field
    d["segments"][0]["share"] = "很多"  # a number expected, text found
    version = d["versions"][0]
    version["lanes"][0]["kind"] = "robot"  # not a known value
    version["nodes"][0]["fail_point"] = "是"  # true or false expected
    version["nodes"][1]["label"] = None  # text expected
    del version["nodes"][2]["kind"]  # missing
    version["kpis"][0]["method"] = []  # an object expected
    version["kpis"][0]["method"] = {"kind": "sampling", "sample_size": 1.5}  # a whole number
    version["kpis"][1]["segment_targets"] = [["s5"]]  # a pair expected
    version["kpis"][1]["target"] = "九十五"  # a number expected
    version["checklist"]["goal"]["customer_centred"] = 3  # true or false, found a number
    version["flows"] = {}  # a list expected


def _references(d: dict) -> None:
    version = d["versions"][0]
    version["nodes"][0]["lane"] = "nowhere"
    version["flows"][0]["target"] = "nothing"
    version["kpis"][0]["attached_to"] = {"kind": "interaction", "ref": "ghost"}
    version["kpis"][1]["segment_targets"] = [["x1", 90.0]]
    version["kpis"][1]["attached_to"] = {"kind": "process", "ref": "n2"}
    version["checklist"]["goal"]["kpis"] = ["x1"]
    version["checklist"]["activities"][0]["nodes"] = ["ghost"]
    version["checklist"]["activities"][0]["kpi"] = "x1"
    version["checklist"]["outputs"][0]["id"] = "in1"  # an id used twice in the checklist
    version["checklist"]["inputs"][0]["variants"][0]["path_start"] = "nothing"
    d["segments"][1]["id"] = "s5"  # a segment id used twice


def _ranges(d: dict) -> None:
    d["metadata"]["review_interval_months"] = 0
    version = d["versions"][0]
    version["lanes"][0]["height"] = -5.0
    version["lanes"][1]["id"] = "l1"  # an element id used twice
    version["nodes"][1]["duration"] = {"expected": 5.0, "minimum": 9.0, "maximum": 2.0}
    version["nodes"][2]["duration"] = {"expected": -1.0}
    version["nodes"][3]["id"] = ""
    version["flows"][5]["probability"] = 1.5
    version["kpis"][0]["method"] = {"kind": "sampling", "sample_size": 0, "confidence": 1.5}
    version["kpis"][0]["results"] = [
        {"period": "2026-01", "value": 80.0}, {"period": "2026-01", "value": 81.0},
        {"period": " ", "value": 82.0, "sample_size": 0},
    ]
    version["kpis"][0]["corrective_actions"] = [{"id": "", "description": "补派装机人员"}]


def _versions(d: dict) -> None:
    d["versions"].append(dict(d["versions"][0], name=""))  # a version id used twice, no name
    d["versions"].append(7)


CASES: dict[str, Damage] = {
    "wrong types": _types,
    "broken references": _references,
    "values out of range": _ranges,
    "versions": _versions,
}
WHOLE_FILES = {
    "not an object": "[1, 2]",
    "no format marker": '{"schema_version": 2, "versions": []}',
    "another format": '{"format": "diagram", "schema_version": 2}',
    "schema version as text": '{"format": "process-workbench", "schema_version": "2"}',
    "newer schema": '{"format": "process-workbench", "schema_version": 99}',
    "NaN": '{"format": "process-workbench", "schema_version": NaN}',
    "duplicate key": '{"format": "process-workbench", "format": "process-workbench"}',
    "missing comma": '{"format": "process-workbench" "schema_version": 2}',
    "open text": '{"format": "process-workbench',
    "extra data": '{"format": "process-workbench"} x',
}


def _damaged(damage: Damage) -> str:
    data = valid_data()
    damage(data)
    return json.dumps(data, ensure_ascii=False)


def _refusal(text: str) -> FormatError:
    with pytest.raises(FormatError) as caught:
        loads_document(text, "损坏.pwb")
    return caught.value


def foreign(message: str) -> set[str]:
    """English words of a Chinese message, its JSON paths and the file's own values apart."""
    names = {value for kind in (LaneKind,) for value in kind}
    return english_words(PATH.sub(" ", message), also=JSON_WORDS | WRITTEN | names)


@pytest.mark.parametrize("damage", CASES.values(), ids=CASES)
def test_every_problem_of_a_damaged_file_is_explained_in_chinese(damage: Damage) -> None:
    error = _refusal(_damaged(damage))
    assert len(error.problems) >= 2
    message = error.in_words(translator("zh-CN"))
    lines = message.splitlines()[1:]
    assert len(lines) == min(len(error.problems), 20)
    assert all(CHINESE.search(line) for line in lines), message
    assert not foreign(message), (foreign(message), message)
    assert error.problems[0].path in message  # the place stays as the file writes it


@pytest.mark.parametrize("text", WHOLE_FILES.values(), ids=WHOLE_FILES)
def test_a_file_refused_as_a_whole_is_explained_in_chinese(text: str) -> None:
    message = _refusal(text).in_words(translator("zh-CN"))
    assert CHINESE.search(message.replace("损坏.pwb", "")), message
    assert not foreign(message), (foreign(message), message)


def test_the_english_reader_still_reads_english() -> None:
    error = _refusal(_damaged(_ranges))
    english = error.in_words(translator("en"))
    assert english == str(error)
    assert "the minimum duration 9.0 is more than the most likely 5.0" in english
    assert not CHINESE.search(english.replace("补派装机人员", "").replace("损坏.pwb", ""))


def test_the_check_bites() -> None:
    assert foreign("$.versions[0].lanes[0].kind：“robot”不是可识别的取值 missing") == {"missing"}


def test_the_command_line_explains_a_damaged_file_in_chinese(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "damaged.pwb"
    path.write_text(_damaged(_references), encoding="utf-8")
    assert main(["check", str(path), "--lang", "zh-CN"]) == 2
    err = capsys.readouterr().err.replace(str(path), "").replace("process-workbench:", "")
    assert "没有步骤" in err
    assert not foreign(err), (foreign(err), err)
