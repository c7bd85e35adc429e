"""`process-workbench import-bpmn FILE OUT`: another tool's flow in as a document, with the
summary printed; refused input is exit code 2, and nobody's document is overwritten."""

from __future__ import annotations

from pathlib import Path

import pytest

from cli.main import main
from exporters.bpmn import BpmnError, export_bpmn, import_bpmn
from tests.exporters.bpmn.chinese import english_left, in_chinese
from tests.foreign_words import CHINESE
from workbench.examples import EXAMPLES
from workbench.storage import load_document

BPMN_FILE = (
    '<?xml version="1.0"?><definitions id="d" '
    'xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"><process id="p">'
    '<laneSet id="s"><lane id="c" name="Customer"><flowNodeRef>a</flowNodeRef></lane>'
    '<lane id="g" name="Agent"><flowNodeRef>b</flowNodeRef></lane></laneSet>'
    '<startEvent id="a" name="Calls"/><userTask id="b" name="Answer"/>'
    '<sequenceFlow id="f" sourceRef="a" targetRef="b"/></process></definitions>'
)


def test_imports_and_prints_the_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source, out = tmp_path / "in.bpmn", tmp_path / "out.pwb"
    source.write_text(BPMN_FILE, encoding="utf-8")
    assert main(["import-bpmn", str(source), str(out)]) == 0
    printed = capsys.readouterr().out
    assert "Imported 0 participants, 2 lanes, 2 flow nodes, 1 sequence flows" in printed
    assert "userTask (b): it became a task step" in printed
    assert "laid out automatically" in printed
    (version,) = load_document(out).versions
    assert [(lane.name, lane.kind.value) for lane in version.lanes] == [
        ("Customer", "customer"),
        ("Agent", "frontstage"),
    ]


def test_our_own_export_comes_back_whole(tmp_path: Path) -> None:
    document = EXAMPLES["example"]()
    source, out = tmp_path / "example.bpmn", tmp_path / "back.pwb"
    export_bpmn(document, source, "v-to-be")
    assert main(["import-bpmn", str(source), str(out)]) == 0
    assert load_document(out).versions[0] == document.version("v-to-be")


def test_refuses_to_overwrite_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, out = tmp_path / "in.bpmn", tmp_path / "mine.pwb"
    source.write_text(BPMN_FILE, encoding="utf-8")
    out.write_text("my work", encoding="utf-8")
    assert main(["import-bpmn", str(source), str(out)]) == 2
    assert "already exists; add --force" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "my work"
    assert main(["import-bpmn", "--force", str(source), str(out)]) == 0
    assert load_document(out).versions


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (
            '<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><definitions>&x;</definitions>',
            "DTD",
        ),
        ("<definitions><process>", "not well-formed"),
        ('<definitions xmlns="urn:other"/>', "not a BPMN 2.0 file"),
    ],
)
def test_refused_input_is_exit_code_2_with_the_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, words: str
) -> None:
    source, out = tmp_path / "bad.bpmn", tmp_path / "out.pwb"
    source.write_text(content, encoding="utf-8")
    assert main(["import-bpmn", str(source), str(out)]) == 2
    error = capsys.readouterr().err
    assert words in error and str(source) in error
    assert not out.exists()


def test_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import-bpmn", str(tmp_path / "none.bpmn"), str(tmp_path / "o.pwb")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_layout_lays_out_a_drawn_file_afresh(tmp_path: Path) -> None:
    document = EXAMPLES["example"]()
    source = tmp_path / "example.bpmn"
    export_bpmn(document, source)
    kept, fresh = tmp_path / "kept.pwb", tmp_path / "fresh.pwb"
    assert main(["import-bpmn", str(source), str(kept)]) == 0
    assert main(["import-bpmn", "--layout", str(source), str(fresh)]) == 0
    (as_drawn,), (laid_out,) = load_document(kept).versions, load_document(fresh).versions
    assert as_drawn == document.versions[0]
    assert set(laid_out.nodes) == set(as_drawn.nodes)
    assert [n.x for n in laid_out.nodes.values()] != [n.x for n in as_drawn.nodes.values()]
    assert all(not f.waypoints for f in laid_out.flows.values())


@pytest.mark.parametrize(
    "content",
    [
        '<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><definitions>&x;</definitions>',
        "<definitions><process>",
        '<definitions xmlns="urn:other"/>',
    ],
    ids=["dtd", "broken", "namespace"],
)
def test_a_refusal_is_said_in_chinese_with_lang_zh_cn(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str
) -> None:
    source, out = tmp_path / "bad.bpmn", tmp_path / "out.pwb"
    source.write_text(content, encoding="utf-8")
    assert main(["import-bpmn", "--lang", "zh-CN", str(source), str(out)]) == 2
    error = capsys.readouterr().err
    assert str(source) in error and CHINESE.search(error), error
    with pytest.raises(BpmnError) as refused:
        import_bpmn(source)
    said = error.replace("process-workbench:", "").replace(str(source), "").strip()
    assert said == in_chinese(refused.value).replace(str(source), "").strip() + "。"
    assert not english_left(refused.value), error
