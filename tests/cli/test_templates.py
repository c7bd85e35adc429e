"""`process-workbench templates`: the library listed for people and for scripts, and other
teams' templates imported only once they validate."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cli.main import main
from workbench.examples import complaint_handling
from workbench.storage import dumps_document
from workbench.templates import save_as_template


def test_lists_the_bundled_templates(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["templates", "list"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split() == ["name", "language", "source", "class", "title"]
    assert "network-complaints" in out and "zh-CN" in out and "bundled" in out
    assert "移动网络投诉" in out


def test_lists_as_json_with_folders(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    save_as_template(complaint_handling(), tmp_path, "ours")
    assert main(["templates", "list", "--json", "--folder", str(tmp_path)]) == 0
    cards = json.loads(capsys.readouterr().out)
    ours = [c for c in cards if c["source"] == str(tmp_path)]
    assert [(c["name"], c["language"]) for c in ours] == [("ours", "en")]
    assert {
        "title",
        "description",
        "author",
        "team",
        "tags",
        "classification",
        "created",
        "updated",
    } <= set(ours[0])
    assert any(c["classification"] == "key_customer_service" for c in cards)


def test_a_broken_file_is_skipped_with_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "broken.pwb").write_text("[", encoding="utf-8")
    assert main(["templates", "list", "--folder", str(tmp_path)]) == 0
    assert "skipped" in capsys.readouterr().err


def test_import_refuses_a_newer_schema(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = json.loads(dumps_document(complaint_handling()))
    data["schema_version"] = 99
    source = tmp_path / "new.pwb"
    source.write_text(json.dumps(data), encoding="utf-8")
    library = tmp_path / "library"
    library.mkdir()
    assert main(["templates", "import", str(source), "--folder", str(library)]) == 2
    assert "newer Process Workbench" in capsys.readouterr().err
    assert list(library.iterdir()) == []


def test_import_copies_a_valid_template(tmp_path: Path) -> None:
    source = tmp_path / "theirs.en.pwb"
    source.write_text(dumps_document(complaint_handling()), encoding="utf-8")
    library = tmp_path / "library"
    library.mkdir()
    assert main(["templates", "import", str(source), "--folder", str(library)]) == 0
    assert main(["templates", "import", str(source), "--folder", str(library)]) == 0
    assert sorted(p.name for p in library.iterdir()) == ["theirs (2).en.pwb", "theirs.en.pwb"]
