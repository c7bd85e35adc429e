"""Hostile input on the command line: answered in bounded time with exit code 2 and a
message, never a hang or a traceback."""

from __future__ import annotations

import contextlib
import io
import os
from pathlib import Path

import pytest

from cli.main import main
from tests.cli.files import example_file
from tests.timebox import run_within
from workbench.storage import load_document

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")

HUGE_COORDINATES = """<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
    xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
    xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
    xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="d">
  <process id="p">
    <startEvent id="s"/><task id="t" name="Work"/><endEvent id="e"/>
    <sequenceFlow id="f1" sourceRef="s" targetRef="t"/>
    <sequenceFlow id="f2" sourceRef="t" targetRef="e"/>
  </process>
  <bpmndi:BPMNDiagram id="dia"><bpmndi:BPMNPlane id="pl" bpmnElement="p">
    <bpmndi:BPMNShape id="s_di" bpmnElement="s">
      <dc:Bounds x="-1.7e308" y="1.7e308" width="36" height="36"/></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="t_di" bpmnElement="t">
      <dc:Bounds x="1.7e308" y="-1.7e308" width="1.7e308" height="80"/></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="e_di" bpmnElement="e">
      <dc:Bounds x="400" y="100" width="36" height="36"/></bpmndi:BPMNShape>
    <bpmndi:BPMNEdge id="f1_di" bpmnElement="f1">
      <di:waypoint x="-1.7e308" y="0"/><di:waypoint x="1.7e308" y="0"/></bpmndi:BPMNEdge>
  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</definitions>
"""


def _run(*argv: str) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main(list(argv))
    return code, err.getvalue()


@needs_fifo
@pytest.mark.parametrize(
    "argv",
    [
        ("templates", "list", "--folder", "{folder}"),
        ("new", "{out}", "--template", "example", "--folder", "{folder}"),
        ("templates", "import", "{fifo}", "--folder", "{library}"),
        ("check", "{fifo}"),
        ("import-bpmn", "{fifo}", "{out}"),
    ],
    ids=["templates-list", "new", "templates-import", "check", "import-bpmn"],
)
def test_a_fifo_named_like_a_document_never_blocks(tmp_path: Path, argv: tuple[str, ...]) -> None:
    folder, library = tmp_path / "team", tmp_path / "library"
    folder.mkdir()
    library.mkdir()
    example_file(folder, "good.pwb")
    fifo = folder / ("waiting.bpmn" if argv[0] == "import-bpmn" else "waiting.pwb")
    os.mkfifo(fifo)
    names = {"folder": folder, "library": library, "fifo": fifo, "out": tmp_path / "new.pwb"}
    code, err = run_within(10.0, _run, *(a.format(**names) for a in argv))
    assert "Traceback" not in err
    if argv[0] in ("check", "import-bpmn") or argv[1] == "import":
        assert code == 2 and "not a regular file" in err, err
    else:
        assert code == 0, err


def test_huge_diagram_coordinates_import_into_a_document_check_can_open(tmp_path: Path) -> None:
    source, out = tmp_path / "huge.bpmn", tmp_path / "huge.pwb"
    source.write_text(HUGE_COORDINATES, encoding="utf-8")
    code, err = _run("import-bpmn", str(source), str(out))
    assert code == 0, err
    assert "Infinity" not in out.read_text(encoding="utf-8")
    document = load_document(out)
    assert all(abs(n.x) < 1e7 and abs(n.y) < 1e7 for n in document.versions[0].nodes.values())
    assert _run("check", str(out))[0] in (0, 1)


def test_an_unknown_text_encoding_in_a_bpmn_file_is_bad_input(tmp_path: Path) -> None:
    source = tmp_path / "odd.bpmn"
    source.write_bytes(HUGE_COORDINATES.replace("UTF-8", "x-no-such-encoding").encode())
    code, err = _run("import-bpmn", str(source), str(tmp_path / "odd.pwb"))
    assert code == 2 and "Traceback" not in err
    assert "odd.bpmn" in err and "encoding" in err
