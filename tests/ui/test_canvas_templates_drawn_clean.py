"""Every bundled template and every edition of the built-in example, all versions, as the
canvas draws it with its own fonts: no step on another, no connector through a step or
ending inside one, no label over a step or another label, no label overflowing its step."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from tests.exporters.template_reports import EXAMPLE_FILES
from ui.canvas import CanvasView
from ui.canvas.metrics import CANVAS_METRICS
from workbench.diagram.check import diagram_defects
from workbench.storage import load_document
from workbench.templates import bundled_folder

TEMPLATES = sorted(bundled_folder().glob("*.pwb")) + EXAMPLE_FILES


@pytest.mark.parametrize("path", TEMPLATES, ids=[p.name for p in TEMPLATES])
def test_the_canvas_draws_every_bundled_template_clean(qtbot, path) -> None:
    document = load_document(path)
    view = CanvasView(document, document.versions[0].id, QUndoStack())
    qtbot.addWidget(view)
    for version in document.versions:
        view.set_version(version.id)
        drawing = view.canvas().drawing()
        assert len(drawing.steps) == len(version.nodes)
        assert len(drawing.connectors) == len(version.flows)
        assert diagram_defects(drawing, CANVAS_METRICS) == [], version.name
    view.dispose()
