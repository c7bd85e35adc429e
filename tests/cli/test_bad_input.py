"""Bad input ends with exit code 2 and a message naming the file, the JSON path and the
problem, on stderr, never a traceback."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from cli.main import main
from tests.cli.files import Data, edited_file, example_file, node_index
from workbench.storage import MAX_DEPTH, MAX_FILE_BYTES


def run_bad(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 2, (out, err)
    assert out == ""
    assert "Traceback" not in err
    return err


def wrong_type(data: Data) -> None:
    data["versions"][0]["nodes"][0]["label"] = 42


def unknown_node_kind(data: Data) -> None:
    data["versions"][0]["nodes"][node_index(data, "n3")]["kind"] = "subprocess"


def dangling_flow_target(data: Data) -> None:
    data["versions"][0]["flows"][0]["target"] = "n-gone"


def node_in_missing_lane(data: Data) -> None:
    data["versions"][0]["nodes"][node_index(data, "n3")]["lane"] = "l-gone"


def duplicate_id(data: Data) -> None:
    nodes = data["versions"][0]["nodes"]
    nodes[node_index(data, "n3")]["id"] = "n2"


def newer_schema(data: Data) -> None:
    data["schema_version"] = 999


def too_deep(data: Data) -> None:
    nested: list = []
    for _ in range(MAX_DEPTH + 5):
        nested = [nested]
    data["metadata"]["description"] = nested


BAD_FILES = {
    "wrong type": (wrong_type, ["$.versions[0].nodes[0].label"]),
    "unknown node kind": (unknown_node_kind, ["subprocess"]),
    "dangling flow target": (dangling_flow_target, ["$.versions[0].flows[0].target", "n-gone"]),
    "node in missing lane": (node_in_missing_lane, ["l-gone"]),
    "duplicate id": (duplicate_id, ["n2"]),
    "newer schema version": (newer_schema, ["$.schema_version", "999"]),
    "too deep": (too_deep, [f"deeper than {MAX_DEPTH}"]),
}


@pytest.mark.parametrize("command", ["check", "measures"])
@pytest.mark.parametrize("kind", sorted(BAD_FILES))
def test_each_kind_of_bad_file_is_refused_with_its_json_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, kind: str
) -> None:
    edit, expected = BAD_FILES[kind]
    path = edited_file(tmp_path, edit)
    err = run_bad(capsys, command, str(path))
    assert str(path) in err
    assert "not a document Process Workbench can open" in err
    for text in expected:
        assert text in err, (kind, err)


def test_invalid_json_names_line_and_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "broken.pwb"
    path.write_text('{"format": "process-workbench",\n  "schema_version": 1,,}', "utf-8")
    err = run_bad(capsys, "check", str(path))
    assert "broken.pwb" in err and "not valid JSON at line 2" in err


def test_a_file_over_the_size_limit_is_refused_unread(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "huge.pwb"
    with open(path, "wb") as handle:  # sparse: nothing is really written
        handle.truncate(MAX_FILE_BYTES + 1)
    err = run_bad(capsys, "check", str(path))
    assert "huge.pwb" in err and "limit" in err


def test_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    err = run_bad(capsys, "check", str(tmp_path / "nowhere.pwb"))
    assert "nowhere.pwb: there is no such file" in err


def test_a_folder_instead_of_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    err = run_bad(capsys, "measures", str(tmp_path))
    assert "folder" in err


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root can read any file, so an unreadable file cannot be made")
def test_an_unreadable_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = example_file(tmp_path)
    path.chmod(0)
    try:
        err = run_bad(capsys, "check", str(path))
    finally:
        path.chmod(0o644)
    assert "cannot be read" in err or "permission" in err.lower()


def test_a_file_the_system_refuses_to_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """What an unreadable file looks like even when the tests run as root."""
    path = example_file(tmp_path)

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("workbench.storage.parse.open_regular", refuse)
    err = run_bad(capsys, "check", str(path))
    assert str(path) in err and "permission denied" in err.lower()


def test_an_unknown_version_lists_the_versions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    err = run_bad(capsys, "check", str(example_file(tmp_path)), "--version", "To-be C")
    assert "To-be C" in err and "'As-is'" in err and "'To-be'" in err


def test_a_usage_mistake_is_bad_input(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check"]) == 2
    assert "FILE" in capsys.readouterr().err
    assert main(["check", "x.pwb", "--fail-on", "never"]) == 2
    assert main(["frobnicate"]) == 2
