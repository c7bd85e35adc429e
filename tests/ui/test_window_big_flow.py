"""Opening a big flow paints its canvas first; the panels fill after that paint, and wait
while the user is already editing."""

from __future__ import annotations

from bench.synthetic import synthetic_document
from tests.ui.windows import open_window
from ui.commands import MoveNodes, push
from ui.panels.base import FILL_QUIET_S
from workbench.document import Placement
from workbench.storage import save_document


def open_big(qtbot, tmp_path, monkeypatch):  # noqa: ANN001, ANN201
    window = open_window(qtbot, tmp_path, monkeypatch, with_flow=False)
    window.docks["measures"].show()
    window.docks["measures"].raise_()
    path = tmp_path / "big.pwb"
    save_document(synthetic_document(420, seed=12), path, backup=False)
    window.files.open_path(str(path))
    return window


def test_a_big_flows_panels_fill_after_its_canvas_is_painted(qtbot, tmp_path, monkeypatch):
    window = open_big(qtbot, tmp_path, monkeypatch)
    measures = window.panels["measures"]
    assert measures.computations == 0, "not before the canvas shows"
    painted_first = []
    window.view.first_painted.connect(lambda: painted_first.append(measures.computations))
    qtbot.waitUntil(lambda: measures.computations == 1, timeout=5000)
    assert painted_first == [0]
    assert measures.table.item(0, 1).text() not in ("", "—")
    findings = window.panels["findings"]
    window.docks["findings"].show()
    window.docks["findings"].raise_()
    qtbot.waitUntil(lambda: findings.computations >= 1, timeout=5000)
    assert findings.findings(), "the flow's findings listed while its connectors are routed"


def test_a_small_flows_panels_fill_at_once(qtbot, tmp_path, monkeypatch):
    window = open_window(qtbot, tmp_path, monkeypatch)
    window.docks["measures"].show()
    window.files.open_path(str(tmp_path / "installation.pwb"))
    assert window.panels["measures"].computations >= 1


def test_a_deferred_fill_waits_while_the_user_edits(qtbot, tmp_path, monkeypatch):
    window = open_big(qtbot, tmp_path, monkeypatch)
    measures = window.panels["measures"]
    qtbot.waitUntil(lambda: window.view.paints > 0, timeout=5000)
    document, stack = window.files.document, window.files.undo_stack
    version = document.versions[0]
    node = next(n for n in version.nodes.values() if n.kind.value == "task")
    for step in range(6):
        x = node.x + (24 if step % 2 == 0 else 0)
        push(stack, MoveNodes(document, version.id, {node.id: Placement(x, node.y, node.lane)}))
        qtbot.wait(int(FILL_QUIET_S * 1000 / 3))
        assert measures.computations == 0, "the edits come first"
    qtbot.waitUntil(lambda: measures.computations == 1, timeout=5000)
