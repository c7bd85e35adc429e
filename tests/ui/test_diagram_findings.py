"""The Findings panel checks the diagram as the canvas draws it: a step dragged onto
another is reported, with the step to select, and the report goes when it moves away."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.ui.canvas_driver import centre_of, drag
from tests.ui.windows import open_window
from workbench.templates import bundled_folder


def diagram_findings(window) -> list:  # noqa: ANN001
    QApplication.processEvents()
    return [f for f in window.panels["findings"].findings() if f.check_id.startswith("diagram-")]


def test_a_step_dragged_onto_another_is_a_finding_until_it_moves_off(
    qtbot, tmp_path, monkeypatch
):
    window = open_window(qtbot, tmp_path, monkeypatch, 1600, 1000, with_flow=False)
    assert window.files.open_path(bundled_folder() / "adsl-installation.en.pwb")
    qtbot.wait(250)
    assert diagram_findings(window) == [], "the bundled template is drawn clean"
    view = window.view
    version = window.files.document.version(window.version_id)
    tasks = [n for n in version.nodes.values() if n.kind.value == "task"]
    first, second = min(
        ((a, b) for a in tasks for b in tasks if a.lane == b.lane and a.x < b.x),
        key=lambda pair: pair[1].x - pair[0].x,
    )  # two neighbours in one lane, both in sight
    view.reveal(first.id)
    view.reveal(second.id)
    drag(view, centre_of(view, second.id), centre_of(view, first.id))
    assert abs(window.files.document.version(window.version_id).nodes[second.id].x - first.x) < 10
    qtbot.waitUntil(lambda: bool(diagram_findings(window)), timeout=2000)
    found = diagram_findings(window)
    assert "diagram-steps-overlap" in {f.check_id for f in found}
    assert {f.element_id for f in found} & {first.id, second.id}
    window.files.undo_stack.undo()
    qtbot.waitUntil(lambda: not diagram_findings(window), timeout=2000)
