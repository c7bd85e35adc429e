"""An empty canvas says what to do first; the hint goes with the first step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from tests.ui.canvas_driver import double_click
from tests.ui.test_main_window import dialogs, settings, window  # noqa: F401 - fixtures
from ui.canvas import CanvasView
from workbench.untitled import untitled_document


def _empty_canvas(qtbot) -> tuple[CanvasView, QUndoStack]:
    document = untitled_document()
    stack = QUndoStack()
    view = CanvasView(document, document.versions[0].id, stack)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    qtbot.waitExposed(view)
    return view, stack


def test_an_empty_canvas_says_to_draw_the_first_customer_step(qtbot):
    view, _ = _empty_canvas(qtbot)
    hint = view.start_hint
    assert hint.isVisible()
    assert "first customer step" in hint.text.text()
    assert hint.template_button.isVisible()
    # the hint sits inside the canvas, below the lanes, where it hides no lane
    lanes_bottom = view.mapFromScene(0, view.canvas().bands()[-1].bottom).y()
    assert hint.geometry().top() > lanes_bottom
    assert view.viewport().geometry().contains(hint.geometry())
    view.grab().save("/tmp/cux/start_hint_canvas.png")


def test_the_hint_goes_with_the_first_step_and_returns_on_undo(qtbot):
    view, stack = _empty_canvas(qtbot)
    customer = view.canvas().bands()[0]
    double_click(view, (400, customer.top + customer.height / 2))
    view.editor.cancel()
    assert len(view.canvas().node_items()) == 1
    assert not view.start_hint.isVisible()
    stack.undo()
    assert view.canvas().node_items() == {}
    assert view.start_hint.isVisible()


def test_start_from_a_template_opens_the_gallery(window, qtbot):  # noqa: F811 - fixture
    hint = window.view.start_hint
    qtbot.waitUntil(hint.isVisible)
    qtbot.mouseClick(hint.template_button, Qt.MouseButton.LeftButton)
    gallery = window.template_actions.gallery
    assert gallery is not None
    qtbot.waitUntil(gallery.isVisible)
    gallery.reject()
