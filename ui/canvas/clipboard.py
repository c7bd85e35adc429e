"""Copy, cut, paste and duplicate on the canvas, through the system clipboard.

The clipboard carries our own MIME type (the fragment's JSON) and plain text of the labels,
so steps copied in one window paste into another, and a text editor gets the labels. The
fragment logic itself (what is taken, fresh ids, which lane) is `workbench.fragment`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMimeData, QPointF
from PySide6.QtGui import QGuiApplication

from ui import commands
from ui.canvas.geometry import CELL_HEIGHT, band_at
from ui.i18n import error_text
from workbench.fragment import (
    MIME_TYPE,
    Fragment,
    FragmentError,
    extract,
    from_json,
    paste_plan,
    to_json,
)

if TYPE_CHECKING:
    from ui.canvas.scene import SwimlaneScene


def _tr(text: str) -> str:
    return QCoreApplication.translate("canvas", text)


def selected_fragment(scene: SwimlaneScene) -> Fragment:
    version = scene.version
    if version is None:
        return Fragment()
    return extract(version, scene.selected_ids())


def copy(scene: SwimlaneScene) -> bool:
    """Put the selected steps on the clipboard; nothing happens without selected steps."""
    fragment = selected_fragment(scene)
    if not fragment:
        scene.status_message.emit(_tr("Select the steps to copy first."))
        return False
    data = QMimeData()
    data.setData(MIME_TYPE, to_json(fragment).encode("utf-8"))
    data.setText(fragment.labels())
    QGuiApplication.clipboard().setMimeData(data)
    return True


def cut(scene: SwimlaneScene) -> bool:
    """Copy, then delete the same steps (with their flows) as one undo step."""
    if not copy(scene):
        return False
    ids = [n.id for n in selected_fragment(scene).nodes]
    return scene.push(commands.Remove(scene.document, scene.version_id, ids, text=_tr("Cut")))


def paste(scene: SwimlaneScene, mouse: QPointF | None = None) -> bool:
    """Paste the clipboard's steps into this version; anything else is refused with a note."""
    data = QGuiApplication.clipboard().mimeData()
    if data is None or not data.hasFormat(MIME_TYPE):
        scene.status_message.emit(_tr("The clipboard holds no steps to paste."))
        return False
    try:
        fragment = from_json(bytes(data.data(MIME_TYPE)))
    except FragmentError as error:
        scene.status_message.emit(_tr("Cannot paste: {reason}").format(reason=error_text(error)))
        return False
    return _insert(scene, fragment, mouse, _tr("Paste"))


def duplicate(scene: SwimlaneScene) -> bool:
    """A copy of the selected steps beside them, without touching the clipboard."""
    fragment = selected_fragment(scene)
    if not fragment:
        scene.status_message.emit(_tr("Select the steps to duplicate first."))
        return False
    return _insert(scene, fragment, None, _tr("Duplicate"))


def _insert(scene: SwimlaneScene, fragment: Fragment, mouse: QPointF | None, text: str) -> bool:
    version = scene.version
    if version is None or not fragment:
        return False
    band = band_at(scene.bands(), mouse.y()) if mouse is not None else None
    plan = paste_plan(
        fragment,
        version,
        fallback_lane=band.lane_id if band is not None else None,
        cell_height=CELL_HEIGHT,
    )
    if not scene.push(commands.Insert(scene.document, plan, text)):
        return False
    pasted = {n.id for n in plan.nodes} | {f.id for f in plan.flows}
    scene.clearSelection()
    for element_id in pasted:
        item = scene.item_for(element_id)
        if item is not None:
            item.setSelected(True)
    return True
