"""`process-workbench layout`: a document's flows laid out afresh, without a defect the
diagram check can find, and never over someone's work unless asked."""

from __future__ import annotations

from pathlib import Path

import pytest

from cli.main import main
from exporters.drawn_layout import reader_metrics
from tests.cli.files import example_file
from workbench.diagram import build_drawing
from workbench.diagram.check import diagram_defects
from workbench.document import Placement
from workbench.storage import load_document, save_document

TEMPLATES = Path(__file__).resolve().parents[2] / "process_templates"


def _defects(path: Path) -> list[str]:
    found = []
    for version in load_document(path).versions:
        metrics = reader_metrics(version)
        found += [d.check_id for d in diagram_defects(build_drawing(version, metrics), metrics)]
    return found


def test_a_template_whose_steps_overlap_comes_out_without_a_defect(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "piled.pwb"
    document = load_document(TEMPLATES / "adsl-installation.en.pwb")
    version = document.versions[1]
    tasks = [n for n in version.nodes.values() if n.kind.value == "task"]
    document.move_nodes(version.id, {tasks[1].id: Placement(tasks[0].x, tasks[0].y,
                                                             tasks[0].lane)})
    save_document(document, source, backup=False)
    out = tmp_path / "tidy.pwb"
    assert _defects(source)  # two steps stand on each other
    assert main(["layout", str(source), str(out)]) == 0
    assert f"into {out}" in capsys.readouterr().out
    assert _defects(out) == []
    before, after = load_document(source), load_document(out)
    for old, new in zip(before.versions, after.versions, strict=True):
        assert {n.id: n.lane for n in old.nodes.values()} == {
            n.id: n.lane for n in new.nodes.values()}
        assert all(not f.waypoints for f in new.flows.values())


def test_only_the_named_version_moves(tmp_path: Path) -> None:
    source = example_file(tmp_path)
    out = tmp_path / "tidy.pwb"
    assert main(["layout", str(source), str(out), "--version", "To-be"]) == 0
    before, after = load_document(source), load_document(out)
    assert after.version_named("As-is") == before.version_named("As-is")
    assert after.version_named("To-be") != before.version_named("To-be")


def test_refuses_to_overwrite_without_force_and_keeps_a_backup_with_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = example_file(tmp_path)
    original = source.read_bytes()
    assert main(["layout", str(source), str(source)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert source.read_bytes() == original
    assert main(["layout", "--force", str(source), str(source)]) == 0
    assert source.with_name(source.name + ".bak").read_bytes() == original
    assert source.read_bytes() != original


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["missing.pwb", "out.pwb"], "missing.pwb: there is no such file"),
        (["{example}", "out.pwb", "--version", "Nope"], "Nope"),
        (["{example}", "{folder}"], "this is a folder"),
    ],
)
def test_bad_input_is_named_with_exit_code_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], arguments: list[str], message: str
) -> None:
    example = example_file(tmp_path)
    filled = [a.format(example=example, folder=tmp_path) for a in arguments]
    assert main(["layout", *filled]) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "out.pwb").exists()
