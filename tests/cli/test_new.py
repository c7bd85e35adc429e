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
    assert capsys.readouterr().out.split()[0] == "example"


def test_needs_somewhere_to_write(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new"]) == 2
    assert "where to write" in capsys.readouterr().err


def test_a_missing_folder_is_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", str(tmp_path / "no" / "such" / "x.pwb")]) == 2
    err = capsys.readouterr().err
    assert "could not write" in err and "Traceback" not in err
