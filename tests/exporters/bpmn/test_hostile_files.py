"""Hostile BPMN files are refused quickly, with a clear message, and nothing is fetched or
read: BPMN files arrive from other organisations and shared folders."""

from __future__ import annotations

import os
import re
import socket
import time
from dataclasses import replace
from pathlib import Path

import pytest

from exporters.bpmn import BpmnError, export_bytes, import_bpmn
from exporters.bpmn.reader import MAX_DEPTH, parse_xml
from exporters.bpmn.tidy import _check as check_imported
from tests.exporters.bpmn.chinese import english_left, in_chinese
from tests.foreign_words import CHINESE, english_words
from tests.timebox import run_within
from tests.workbench.diagram.drawn_flows import far_flung_version
from workbench.document import Document
from workbench.examples import EXAMPLES

HEAD = '<?xml version="1.0"?>\n'
DEFINITIONS = (
    '<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d">'
    '<process id="p"><task id="t" name="{name}"/></process></definitions>'
)


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the importer tried to open a network connection")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)


def _refused(data: bytes, *words: str) -> BpmnError:
    started = time.perf_counter()
    with pytest.raises(BpmnError) as refused:
        import_bpmn(data)
    assert time.perf_counter() - started < 1.0
    message = str(refused.value)
    for word in words:
        assert word in message, message
    assert not english_left(refused.value), in_chinese(refused.value)
    return refused.value


def test_billion_laughs_is_refused_before_anything_expands() -> None:
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    )
    data = f"{HEAD}<!DOCTYPE d [{entities}]>" + DEFINITIONS.format(name="&lol9;")
    _refused(data.encode(), "DTD")


def test_an_external_entity_reading_a_local_file_is_refused(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("password", encoding="utf-8")
    data = f'{HEAD}<!DOCTYPE d [<!ENTITY x SYSTEM "file://{secret}">]>' + DEFINITIONS.format(
        name="&x;"
    )
    error = _refused(data.encode(), "refused")
    assert "password" not in str(error)


def test_an_external_entity_fetching_a_web_page_is_refused() -> None:
    data = (
        f'{HEAD}<!DOCTYPE d [<!ENTITY x SYSTEM "http://example.com/evil">]>'
        + DEFINITIONS.format(name="&x;")
    )
    _refused(data.encode(), "refused")


def test_an_external_dtd_is_refused() -> None:
    data = f'{HEAD}<!DOCTYPE d SYSTEM "http://example.com/bpmn.dtd">' + DEFINITIONS.format(name="x")
    _refused(data.encode(), "DTD")


def test_a_parameter_entity_is_refused() -> None:
    data = (
        f'{HEAD}<!DOCTYPE d [<!ENTITY % p SYSTEM "http://example.com/p.dtd"> %p;]>'
        + DEFINITIONS.format(name="x")
    )
    _refused(data.encode(), "refused")


def test_deep_nesting_is_refused() -> None:
    depth = 100_000
    data = HEAD + "<a>" * depth + "</a>" * depth
    _refused(data.encode(), f"deeper than {MAX_DEPTH}")


def test_an_oversized_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.bpmn"
    with open(path, "wb") as handle:
        handle.truncate(40 * 1024 * 1024)
    started = time.perf_counter()
    with pytest.raises(BpmnError, match="over the 32 MB limit") as refused:
        import_bpmn(path)
    assert time.perf_counter() - started < 1.0
    assert str(path) in str(refused.value)
    assert not english_left(refused.value), in_chinese(refused.value)


def test_oversized_bytes_are_refused() -> None:
    with pytest.raises(BpmnError, match="limit") as refused:
        parse_xml(b" " * 2000, limit=1000)
    assert not english_left(refused.value), in_chinese(refused.value)


def test_broken_xml_names_the_line() -> None:
    data = f"{HEAD}<definitions>\n<process>\n</definitions>".encode()
    error = _refused(data, "not well-formed")
    assert error.line == 4


def test_a_missing_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(BpmnError, match="no such file") as refused:
        import_bpmn(tmp_path / "nothing.bpmn")
    assert not english_left(refused.value), in_chinese(refused.value)


def test_a_plain_file_is_fine() -> None:
    result = import_bpmn((HEAD + DEFINITIONS.format(name="Answer the call")).encode())
    (node,) = result.document.versions[0].nodes.values()
    assert node.label == "Answer the call"


def _import_summary(data: bytes) -> str:
    return " ".join(import_bpmn(data).summary.lines())


def test_one_huge_comment_is_read_in_linear_time() -> None:
    # expat fed in 16 KiB chunks rescans a token spanning them: 31 MB took 36-50 s
    data = f"{HEAD}<!--{'x' * 16_000_000}-->{DEFINITIONS.format(name='Work')}".encode()
    assert "1 flow nodes" in run_within(3.0, _import_summary, data)


def test_an_unknown_text_encoding_is_refused_with_a_message() -> None:
    data = '<?xml version="1.0" encoding="x-no-such-encoding"?>' + DEFINITIONS.format(name="a")
    _refused(data.encode(), "encoding", "x-no-such-encoding")


def test_a_folder_or_a_pipe_is_refused_in_either_language(tmp_path: Path) -> None:
    pipe = tmp_path / "waiting.bpmn"
    os.mkfifo(pipe)
    for path, words in ((tmp_path, "a folder"), (pipe, "not a regular file")):
        with pytest.raises(BpmnError, match=words) as refused:
            import_bpmn(path)
        assert str(path) in in_chinese(refused.value)
        assert not english_left(refused.value), in_chinese(refused.value)


def test_a_document_without_versions_cannot_be_exported_in_either_language() -> None:
    document = Document(EXAMPLES["example"]().metadata)
    with pytest.raises(BpmnError, match="no versions") as refused:
        export_bytes(document)
    assert not english_left(refused.value), in_chinese(refused.value)


def test_an_inconsistent_import_lists_its_problems_in_either_language() -> None:
    document = EXAMPLES["example"]()
    version = document.versions[0]
    node = next(iter(version.nodes.values()))
    version.nodes[node.id] = replace(node, lane="nowhere")
    with pytest.raises(BpmnError, match="inconsistent") as refused:
        check_imported(version, set())
    shown = in_chinese(refused.value)
    assert "$.nodes[0].lane" in shown and "“nowhere”" in shown
    paths_aside = re.sub(r"\$\S*|“[^”]*”", " ", shown)  # where in the file, and its own ids
    assert CHINESE.search(shown) and not english_words(paths_aside, document), shown


def _export_far_flung() -> int:
    return len(export_bytes(Document(versions=[far_flung_version()])))


def test_steps_a_million_units_apart_export_in_a_moment() -> None:
    """The export's drawing adds gateways and looks round them: once took 20 s here."""
    assert run_within(3.0, _export_far_flung) > 0
