"""`process-workbench new`: a ready document from a built-in example, never over someone's
work unless asked."""

from __future__ import annotations

from pathlib import Path

import pytest

from cli.main import main
from workbench.examples import EXAMPLES
from workbench.storage import load_document


def test_writes_the_example(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "complaints.pwb"
    assert main(["new", str(out)]) == 0
    assert "Wrote" in capsys.readouterr().out
    document = load_document(out)
    assert document.metadata.title == EXAMPLES["example"]().metadata.title
    assert [v.name for v in document.versions] == ["As-is", "To-be"]


def test_refuses_to_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "mine.pwb"
    out.write_text("my work", encoding="utf-8")
    assert main(["new", "--template", "example", str(out)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "my work"


def test_force_replaces_and_keeps_a_backup(tmp_path: Path) -> None:
    out = tmp_path / "mine.pwb"
    out.write_text("my work", encoding="utf-8")
    assert main(["new", "--force", str(out)]) == 0
    assert load_document(out).versions
    backups = [p for p in tmp_path.iterdir() if p != out]
    assert [p.read_text(encoding="utf-8") for p in backups] == ["my work"]


def test_an_unknown_template_names_the_known_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["new", "--template", "nope", str(tmp_path / "x.pwb")]) == 2
    err = capsys.readouterr().err
    assert "'nope'" in err and "example" in err and "--list" in err
    assert not (tmp_path / "x.pwb").exists()


def test_lists_the_templates(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", "--list"]) == 0
    rows = capsys.readouterr().out.splitlines()[2:]  # under the header and its rule
    assert rows[0].split()[0] == "example"
    assert any(row.split()[:2] == ["network-complaints", "zh-CN"] for row in rows)


def test_starts_from_a_bundled_case_in_the_language_picked(tmp_path: Path) -> None:
    out = tmp_path / "complaints.pwb"
    assert main(["new", "--template", "network-complaints", "--language", "zh-CN", str(out)]) == 0
    document = load_document(out)
    assert document.metadata.language == "zh-CN"
    assert [v.name for v in document.versions] == ["现状（线性流程）", "优化后（扁平化）"]
    assert document.metadata.created != "2025-06-01"  # a new document, not the template


def test_starts_from_a_team_folder(tmp_path: Path) -> None:
    team = tmp_path / "team"
    team.mkdir()
    assert main(["new", str(team / "ours.en.pwb")]) == 0
    out = tmp_path / "mine.pwb"
    assert main(["new", "--template", "ours", "--folder", str(team), str(out)]) == 0
    assert load_document(out).metadata.title == EXAMPLES["example"]().metadata.title


def test_an_unknown_language_names_the_known_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.pwb"
    assert main(["new", "--template", "network-complaints", "--language", "fr", str(out)]) == 2
    assert "zh-CN" in capsys.readouterr().err
    assert not out.exists()


def test_needs_somewhere_to_write(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new"]) == 2
    assert "where to write" in capsys.readouterr().err


def test_a_missing_folder_is_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", str(tmp_path / "no" / "such" / "x.pwb")]) == 2
    err = capsys.readouterr().err
    assert "Could not save" in err and "the folder does not exist" in err
    assert err.count("Could not save") == 1 and "Nothing was written" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("reader", (["--lang", "zh-CN"], []))
def test_a_chinese_reader_gets_the_chinese_example(
    reader: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """By --lang or, without it, by the environment, as the bundled cases' editions are."""
    monkeypatch.setenv("LC_ALL", "zh_CN.UTF-8")
    out = tmp_path / "投诉.pwb"
    assert main(["new", str(out), *reader]) == 0
    document = load_document(out)
    assert document.metadata.language == "zh-CN"
    assert document.metadata.title == EXAMPLES["example"]("zh-CN").metadata.title == "投诉处理"
    assert [v.name for v in document.versions] == ["现状", "优化后"]
    assert main(["new", str(tmp_path / "en.pwb"), "--language", "en", *reader]) == 0
    assert load_document(tmp_path / "en.pwb").metadata.language == "en"


def test_an_english_reader_gets_the_english_example(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LC_ALL", "zh_CN.UTF-8")
    out = tmp_path / "complaints.pwb"
    assert main(["new", str(out), "--lang", "en"]) == 0
    assert load_document(out).metadata.language == "en"


def test_template_errors_speak_the_reader_s_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.cli.test_one_language import SYNTAX
    from tests.foreign_words import english_words
    from workbench.templates import list_templates

    names = {t.name for t in list_templates()} | {"nope", "fr"}
    out = str(tmp_path / "x.pwb")
    for arguments in (["--template", "nope"], ["--template", "network-complaints",
                                                "--language", "fr"]):
        assert main(["new", out, *arguments, "--lang", "zh-CN"]) == 2
        err = capsys.readouterr().err.replace(out, "")
        assert "模板" in err
        words = {w for n in names for w in n.split("-")}
        assert not english_words(err, also=SYNTAX | names | words), err
