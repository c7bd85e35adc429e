"""The command line speaks its reader's language: check, measures and compare of a Chinese
template with --lang zh-CN (or a Chinese LANG) print no English word beyond the document's
own text and the command line's syntax, and the English ones no Chinese; help texts too."""

from __future__ import annotations

from pathlib import Path

import pytest

from cli.main import command_names, main
from tests.exporters.template_reports import EXAMPLE_FILES, TEMPLATES
from tests.foreign_words import chinese_characters, document_strings, english_words, own_words
from workbench.readiness import RULE_IDS
from workbench.storage import load_document

# the bundled cases and the built-in example, each edition
CHINESE_TEMPLATES = [p for p in TEMPLATES + EXAMPLE_FILES if ".zh-CN." in p.name]
ENGLISH_TEMPLATES = [p for p in TEMPLATES + EXAMPLE_FILES if ".en." in p.name]
COMMANDS = ("check", "measures", "compare", "simulate")
# each command as it is run: simulated cases kept few, so the tables come quickly
RUNS = {
    "check": ["check"],
    "measures": ["measures"],
    "compare": ["compare"],
    "simulate": ["simulate", "--cases", "2000"],
    "compare --simulate": ["compare", "--simulate"],
}
# the command line's own syntax, shown as it must be typed
SYNTAX = {"process-workbench", "fail-on", "json", "version", "after", "before", "xlsx", "paper",
          "bpmn", "warning", "info", "error", "lang", "help", "force", "folder", "template",
          "language", "list", "To-be", "As-is", "NAME", "DIR", "letter", "complaints",
          "example", "bak", "cases", "seed", "customers", "CSV", "arpu", "tenure_months",
          *command_names()}  # fmt: skip


def _output(capsys: pytest.CaptureFixture[str], *arguments: str) -> str:
    main(list(arguments))
    captured = capsys.readouterr()
    return captured.out + captured.err


@pytest.mark.parametrize("command", RUNS)
@pytest.mark.parametrize("template", CHINESE_TEMPLATES, ids=lambda p: p.stem)
def test_a_chinese_reader_meets_no_english_word(
    template: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    text = _output(capsys, *RUNS[command], str(template), "--lang", "zh-CN")
    assert not english_words(text.replace(str(template), ""), load_document(template))


@pytest.mark.parametrize("command", RUNS)
@pytest.mark.parametrize("template", ENGLISH_TEMPLATES, ids=lambda p: p.stem)
def test_an_english_reader_meets_no_chinese(
    template: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    text = _output(capsys, *RUNS[command], str(template), "--lang", "en")
    assert not chinese_characters(text, load_document(template))


def test_the_environment_chooses_the_language_when_lang_is_not_given(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    template = CHINESE_TEMPLATES[0]
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.setenv("LC_MESSAGES", "zh_CN.UTF-8")
    assert "检查结果" in _output(capsys, "check", str(template))
    monkeypatch.setenv("LC_ALL", "C")  # LC_ALL wins over LC_MESSAGES
    assert "Findings" in _output(capsys, "check", str(template))
    assert "检查结果" in _output(capsys, "check", str(template), "--lang", "zh-CN")


def test_a_usage_mistake_is_explained_in_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    text = _output(capsys, "check", "--lang", "zh-CN")
    assert "错误：缺少以下参数：FILE" in text


@pytest.mark.parametrize("command", ("", *COMMANDS, "export", "new"))
def test_help_in_chinese(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    arguments = [command] if command else []
    text = _output(capsys, *arguments, "--help", "--lang", "zh-CN")
    assert chinese_characters(text)
    assert not english_words(text, also=SYNTAX)  # argparse's own frame included


@pytest.mark.parametrize("language", ("zh-CN", "en"))
def test_register_and_audit_speak_one_language(
    one_language_folder: dict[str, Path],
    language: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The register of a folder of one language's processes, gaps and verdicts included, and
    what `audit` says when it has written the pack, in that language only."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = one_language_folder[language]
    documents = [load_document(p) for p in sorted(folder.glob("*.pwb"))]
    pdf, xlsx = tmp_path / "pack.pdf", tmp_path / "pack.xlsx"
    text = _output(capsys, "register", str(folder), "--today", "2026-12-03", "--lang", language)
    text += _output(capsys, "audit", str(folder), "--pdf", str(pdf), "--xlsx", str(xlsx),
                    "--today", "2026-12-03", "--lang", language)
    for path in (str(folder), str(pdf), str(xlsx), *(p.name for p in folder.glob("*.pwb"))):
        text = text.replace(path, "")
    if language == "en":
        assert "Process register" in text
        own = chinese_characters("\n".join(t for d in documents for t in document_strings(d)))
        assert not chinese_characters(text) - own
        return
    assert "流程清单" in text and "差距" in text and "审核资料包" in text
    assert not english_words(text, also=own_words(documents) | set(RULE_IDS))
