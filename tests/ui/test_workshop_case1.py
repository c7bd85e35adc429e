"""A workshop draws case 1 of CASES.md (the ADSL installation promise) in the real window,
from an empty document, with mouse and keyboard: as-is, then the to-be derived from it;
marks value and waste, fills the checklist goal, puts a KPI on every interaction, saves,
reopens, and undoes everything back to the empty document."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from tests.ui.canvas_driver import centre_of, click, double_click, drag, handle_of
from tests.ui.conftest import snapshot
from tests.ui.panels.helpers import choose
from tests.ui.panels.helpers import double_click as double_click_row
from ui.main_window import MainWindow
from ui.settings import EditorSettings
from workbench.measures import measure_version
from workbench.model import LaneKind, NodeKind, ValueClass, WasteKind
from workbench.recovery import RecoveryStore
from workbench.storage import load_document
from workbench.topology import interactions


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Discard)
    settings = EditorSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    win = MainWindow(settings, RecoveryStore(tmp_path / "recovery"))
    qtbot.addWidget(win)
    win.resize(1600, 1000)
    win.show()
    qtbot.waitExposed(win)
    return win


class Workshop:
    """What the facilitator does at the keyboard, spelled out once."""

    def __init__(self, window: MainWindow, qtbot) -> None:
        self.window, self.qtbot = window, qtbot

    @property
    def view(self):
        return self.window.view

    @property
    def version(self):
        return self.window.files.document.version(self.window.version_id)

    def lane_point(self, lane_id: str, x: float) -> tuple[float, float]:
        band = self.view.canvas().band(lane_id)
        return x, band.top + band.height / 2

    def rename_lane(self, lane_id: str, name: str) -> None:
        band = self.view.canvas().band(lane_id)
        click(self.view, (40, band.top + 12))
        assert self.view.selected_ids() == [lane_id]
        QTest.keyClick(self.view.viewport(), Qt.Key.Key_F2)
        self.type_into_editor(name)

    def type_into_editor(self, text: str) -> None:
        editor = self.view.editor
        assert editor.editing
        editor.selectAll()
        QTest.keyClicks(editor, text)
        QTest.keyClick(editor, Qt.Key.Key_Return)

    def place(self, kind: NodeKind | None, lane_id: str, x: float, label: str = "") -> str:
        """Palette tool then a click; a task by double-click on empty lane space."""
        before = set(self.version.nodes)
        if kind is None:
            double_click(self.view, self.lane_point(lane_id, x))
            self.type_into_editor(label)
        else:
            self.window.tool_actions[kind].trigger()
            click(self.view, self.lane_point(lane_id, x))
            if label:
                QTest.keyClick(self.view.viewport(), Qt.Key.Key_F2)
                self.type_into_editor(label)
        (new,) = set(self.version.nodes) - before
        return new

    def connect(self, source: str, target: str) -> str:
        before = set(self.version.flows)
        drag(self.view, handle_of(self.view, source), centre_of(self.view, target))
        (new,) = set(self.version.flows) - before
        return new

    def select(self, node_id: str) -> None:
        click(self.view, centre_of(self.view, node_id))
        assert self.view.selected_ids() == [node_id]

    def judge(self, node_id: str, value: ValueClass, waste: WasteKind | None = None) -> None:
        self.select(node_id)
        form = self.window.panels["properties"].node_form
        choose(form.value_class, value)
        if waste is not None:
            choose(form.waste_kind, waste)

    def kpi_on_every_interaction(self, preset: str) -> None:
        panel = self.window.panels["kpis"]
        action = next(a for a in panel.presets_menu.actions() if a.text() == preset)
        while panel.uncovered.model().rowCount():
            double_click_row(panel.uncovered, panel.uncovered.model().index(0, 0))
            assert len(self.view.selected_ids()) == 1  # the interaction is selected
            action.trigger()


def test_a_workshop_draws_case_1_as_is_and_to_be(window, qtbot, tmp_path, monkeypatch):
    w = Workshop(window, qtbot)
    assert window.files.new()
    empty = snapshot(window.files.document)
    customer, csr, installer = (lane.id for lane in w.version.lanes)

    # Lanes: the customer, the front-line agent, the installer (frontstage as-is).
    w.rename_lane(csr, "CSR")
    w.rename_lane(installer, "Installer")
    w.view.select_element(installer)
    choose(window.panels["properties"].lane_form.kind, LaneKind.FRONTSTAGE)
    assert [(lane.name, lane.kind) for lane in w.version.lanes] == [
        ("Customer", LaneKind.CUSTOMER),
        ("CSR", LaneKind.FRONTSTAGE),
        ("Installer", LaneKind.FRONTSTAGE),
    ]

    # As-is, step by step as the article tells it.
    start = w.place(NodeKind.START, customer, 230, "Calls to open ADSL")
    explain = w.place(None, csr, 400, "Explain process and promises")
    book = w.place(None, csr, 580, "Create work order, book visit")
    wait = w.place(None, customer, 760, "Waits at home")
    again = w.place(None, customer, 940, "Calls again")
    decide = w.place(NodeKind.DECISION, csr, 1120, "Standard path")
    chase = w.place(None, customer, 1300, "Calls the installer")
    install = w.place(None, installer, 1480, "Installs later")
    end = w.place(NodeKind.END, customer, 1660, "Online")
    for source, target in [
        (start, explain),
        (explain, book),
        (book, wait),
        (wait, again),
        (again, decide),
        (decide, chase),
        (decide, install),
        (chase, install),
        (install, end),
    ]:
        w.connect(source, target)
    assert len(w.version.nodes) == 9 and len(w.version.flows) == 9

    w.judge(start, ValueClass.VALUE)
    w.judge(wait, ValueClass.WASTE, WasteKind.WAITING)
    w.judge(again, ValueClass.WASTE, WasteKind.REPEAT_CONTACT)
    w.judge(chase, ValueClass.WASTE, WasteKind.CUSTOMER_WORK)
    qtbot.keyClicks(window.panels["checklist"].goal.statement, "Installed when we promised")
    w.kpi_on_every_interaction("Promise-kept rate")

    as_is = w.version
    figures = measure_version(as_is).values
    assert figures["customer_contacts"] == 3  # the first call, the second, the installer
    assert figures["roles_customer_contacts"] == 2  # CSR and installer
    covered = {k.attached_to.ref for k in as_is.kpis.values()}
    assert covered == {f.id for f in interactions(as_is)}
    assert as_is.checklist.goal.statement == "Installed when we promised"

    # To-be: a copy; the installer becomes the CSR's hanging collaborator.
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("To-be", True))
    window.new_version_action.trigger()
    to_be = w.version
    assert to_be.name == "To-be" and to_be.derived_from == as_is.id
    lane_of = {lane.derived_from: lane.id for lane in to_be.lanes}
    copy_of = {n.derived_from: n.id for n in to_be.nodes.values()}
    w.view.select_element(lane_of[installer])
    choose(window.panels["properties"].lane_form.kind, LaneKind.BACKSTAGE)
    for gone in (wait, again, chase):
        w.select(copy_of[gone])
        QTest.keyClick(w.view.viewport(), Qt.Key.Key_Delete)
    w.select(copy_of[decide])
    QTest.keyClick(w.view.viewport(), Qt.Key.Key_F2)
    w.type_into_editor("New request or missed promise?")
    confirm = w.place(None, lane_of[csr], 1300, "Confirm visit time")
    done = w.place(None, lane_of[csr], 1660, "Confirm completion")
    w.connect(copy_of[book], copy_of[decide])
    w.connect(copy_of[decide], confirm)
    w.connect(confirm, copy_of[install])
    flows_to_end = [f.id for f in to_be.flows.values() if f.source == copy_of[install]]
    for flow_id in flows_to_end:
        w.view.select_element(flow_id)
        QTest.keyClick(w.view.viewport(), Qt.Key.Key_Delete)
    w.connect(copy_of[install], done)
    w.connect(done, copy_of[end])
    w.kpi_on_every_interaction("Promise-kept rate")

    figures = measure_version(to_be).values
    assert figures["customer_contacts"] == 1  # one call
    assert figures["roles_customer_contacts"] == 1  # the CSR only: one-stop service
    assert {k.attached_to.ref for k in to_be.kpis.values()} >= {f.id for f in interactions(to_be)}

    # Save, reopen: the same document; then undo the whole session back to empty.
    path = tmp_path / "adsl.pwb"
    window.files.path = path
    assert window.files.save()
    drawn = snapshot(window.files.document)
    assert [v.name for v in load_document(path).versions] == ["As-is", "To-be"]
    assert load_document(path) == drawn
    stack = window.files.undo_stack
    while stack.canUndo():
        window.undo_action.trigger()
    assert window.files.document == empty
    while stack.canRedo():
        window.redo_action.trigger()
    assert window.files.document == drawn
    assert window.files.open_path(path)
    assert window.files.document == drawn
    assert window.version_box.count() == 2


def test_undo_takes_a_drawn_flow_back_to_the_empty_document(window, qtbot):
    w = Workshop(window, qtbot)
    window.files.new()
    empty = snapshot(window.files.document)
    customer, csr, _ = (lane.id for lane in w.version.lanes)
    w.rename_lane(csr, "CSR")
    start = w.place(NodeKind.START, customer, 230, "Calls")
    explain = w.place(None, csr, 400, "Explain")
    end = w.place(NodeKind.END, customer, 600)
    w.connect(start, explain)
    w.connect(explain, end)
    w.judge(start, ValueClass.VALUE)
    w.kpi_on_every_interaction("CSAT")
    drawn = snapshot(window.files.document)
    while window.files.undo_stack.canUndo():
        window.undo_action.trigger()
    assert window.files.document == empty
    while window.files.undo_stack.canRedo():
        window.redo_action.trigger()
    assert window.files.document == drawn
