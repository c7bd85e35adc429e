"""Every kind of bad file is refused with the JSON path and the problem, never a traceback."""

import contextlib
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.workbench.storage.samples import rich_document
from workbench.storage import FormatError, dumps_document, load_document, loads_document, parse

SAMPLE = Path(__file__).parent / "data" / "schema_v1.pwb"


def valid_data() -> dict:
    return json.loads(dumps_document(rich_document()))


def refused(data, source: str = "") -> FormatError:
    text = data if isinstance(data, str | bytes) else json.dumps(data, ensure_ascii=False)
    with pytest.raises(FormatError) as caught:
        loads_document(text, source)
    return caught.value


def test_the_kept_schema_1_sample_still_loads():
    document = load_document(SAMPLE)
    assert [v.name for v in document.versions] == ["As-is", "To-be"]
    assert document.versions[1].nodes[next(iter(document.versions[1].nodes))].derived_from


def test_invalid_json_names_line_and_column():
    error = refused('{"format": "process-workbench",\n  "schema_version": 1,,}', "a.pwb")
    assert str(error).startswith("a.pwb: not valid JSON at line 2, column 23")


def test_not_utf8():
    error = refused(b'{"format": "\xff\xfe"}')
    assert "not UTF-8" in str(error)


def test_not_our_format():
    assert "not a Process Workbench document" in str(refused({"hello": 1}))
    assert "$: expected a JSON object, found a list" in str(refused([1, 2]))


def test_a_newer_schema_version_is_refused_with_advice():
    data = valid_data()
    data["schema_version"] = 7
    message = str(refused(data))
    assert "$.schema_version" in message and "newer Process Workbench" in message
    assert "schema version 7" in message


@pytest.mark.parametrize("value", ["1", 0, -3, 1.5, True, None])
def test_a_nonsense_schema_version(value):
    data = valid_data()
    data["schema_version"] = value
    assert "$.schema_version: expected a whole number" in str(refused(data))


def test_wrong_types_name_each_path():
    data = valid_data()
    data["versions"][0]["nodes"][0]["label"] = 42
    data["versions"][0]["lanes"][1]["height"] = "tall"
    data["metadata"]["tags"] = "not a list"
    error = refused(data)
    paths = {p.path for p in error.problems}
    assert "$.versions[0].nodes[0].label" in paths
    assert "$.versions[0].lanes[1].height" in paths
    assert "$.metadata.tags" in paths
    assert "expected text, found the number 42" in str(error)


def test_unknown_node_kind():
    data = valid_data()
    data["versions"][0]["nodes"][2]["kind"] = "subprocess"
    error = refused(data)
    assert "$.versions[0].nodes[2].kind: 'subprocess' is not a known value" in str(error)
    assert "known: start, end, task, decision, parallel, wait" in str(error)


def test_a_flow_to_a_missing_step():
    data = valid_data()
    data["versions"][0]["flows"][1]["target"] = "n99"
    assert "$.versions[0].flows[1].target: there is no step 'n99'" in str(refused(data))


def test_a_step_in_a_missing_lane():
    data = valid_data()
    data["versions"][1]["nodes"][3]["lane"] = "l-gone"
    assert "$.versions[1].nodes[3].lane: there is no lane 'l-gone'" in str(refused(data))


def test_a_kpi_bound_to_a_missing_flow_and_segment():
    data = valid_data()
    kpi = data["versions"][0]["kpis"][0]
    kpi["attached_to"]["ref"] = "f404"
    kpi["segment_targets"] = [["s-unknown", 1.0]]
    message = str(refused(data))
    assert "kpis[0].attached_to.ref: there is no flow 'f404'" in message
    assert "kpis[0].segment_targets[0]: there is no segment 's-unknown'" in message


def test_dangling_checklist_references():
    data = valid_data()
    data["versions"][0]["checklist"]["inputs"][0]["variants"][0]["path_start"] = "nope"
    data["versions"][0]["checklist"]["goal"]["kpis"] = ["k-missing"]
    message = str(refused(data))
    assert "checklist.inputs[0].variants[0].path_start: there is no step 'nope'" in message
    assert "checklist.goal.kpis[0]: there is no KPI 'k-missing'" in message


def test_duplicate_ids():
    data = valid_data()
    nodes = data["versions"][0]["nodes"]
    nodes[1]["id"] = nodes[0]["id"]
    data["versions"][1]["id"] = data["versions"][0]["id"]
    message = str(refused(data))
    assert f"the element id {nodes[0]['id']!r} is used more than once" in message
    assert "the version id 'v-asis' is used more than once" in message


def test_out_of_range_values():
    data = valid_data()
    data["versions"][0]["flows"][0]["probability"] = 1.5
    data["versions"][0]["nodes"][1]["duration"] = {"expected": 5, "minimum": 9, "unit": "min"}
    message = str(refused(data))
    assert "probability must lie between 0 and 1, not 1.5" in message
    assert "the minimum duration 9.0 is more than the most likely 5.0" in message


def test_unknown_fields_are_reported_not_silently_dropped():
    data = valid_data()
    data["versions"][0]["nodes"][0]["lable"] = "typo"
    assert "$.versions[0].nodes[0].lable: unknown field" in str(refused(data))


def test_missing_required_fields():
    data = valid_data()
    del data["versions"][0]["flows"][0]["source"]
    del data["versions"]
    assert "$.versions: missing" in str(refused(data))


def test_nan_and_huge_numbers():
    text = dumps_document(rich_document()).replace('"target": 85.0', '"target": NaN', 1)
    assert "NaN is not a number JSON allows" in str(refused(text))
    text = dumps_document(rich_document()).replace('"target": 85.0', '"target": 1e400', 1)
    assert "number too large" in str(refused(text))
    text = dumps_document(rich_document()).replace('"target": 85.0', '"target": ' + "9" * 5000, 1)
    assert "not valid JSON" in str(refused(text))


def test_too_deep():
    data = valid_data()
    deep: list = []
    for _ in range(200):
        deep = [deep]
    data["metadata"]["title"] = deep
    assert "nested deeper than 32 levels" in str(refused(data))
    assert "nested deeper" in str(refused("[" * 100000 + "]" * 100000))


def test_brackets_inside_text_do_not_count_as_nesting():
    document = rich_document()
    document.change_metadata(title="[[[[" * 40 + '\\"{{{{' * 40)
    assert loads_document(dumps_document(document)).metadata.title == document.metadata.title


def test_too_big(tmp_path, monkeypatch):
    monkeypatch.setattr(parse, "MAX_FILE_BYTES", 1000)
    big = tmp_path / "big.pwb"
    big.write_bytes(b" " * 2000)
    with pytest.raises(FormatError, match=r"big.pwb: the file is 0.0 MB, over the"):
        load_document(big)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(FormatError, match="the file does not exist"):
        load_document(tmp_path / "nope.pwb")
    with pytest.raises(FormatError, match="this is a folder"):
        load_document(tmp_path)


def test_many_problems_are_summarised():
    data = valid_data()
    for node in data["versions"][0]["nodes"]:
        node["kind"] = "bogus"
        node["label"] = 1
    message = str(refused(data))
    assert "problems:" in message.splitlines()[0]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_random_byte_mutations_only_ever_raise_format_error(data):
    raw = bytearray(SAMPLE.read_bytes())
    for _ in range(data.draw(st.integers(1, 6))):
        position = data.draw(st.integers(0, len(raw) - 1))
        action = data.draw(st.sampled_from(["flip", "insert", "delete", "replace"]))
        byte = data.draw(st.integers(0, 255))
        if action == "flip":
            raw[position] ^= 1 << (byte % 8)
        elif action == "insert":
            raw.insert(position, byte)
        elif action == "delete":
            del raw[position]
        else:
            raw[position] = data.draw(st.sampled_from(b'{}[]":,0-9.eE ntfa\\'))
    with contextlib.suppress(FormatError):
        loads_document(bytes(raw))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_structural_mutations_only_ever_raise_format_error(data):
    """Swap any value in the tree for a value of another shape."""
    document = valid_data()
    paths = list(_leaves(document))
    path = data.draw(st.sampled_from(paths))
    replacement = data.draw(
        st.sampled_from([None, 0, -1, 1e308, "", "x", [], {}, True, [[]], {"a": 1}])
    )
    target = document
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = replacement
    with contextlib.suppress(FormatError):
        loads_document(json.dumps(document))


def _leaves(node, path=()):
    if isinstance(node, dict):
        for key, value in node.items():
            yield (*path, key)
            yield from _leaves(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield (*path, index)
            yield from _leaves(value, (*path, index))
