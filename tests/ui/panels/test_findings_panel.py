"""The findings panel: deferred refresh, filters, and double-click to reveal the element."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from tests.ui.panels.helpers import double_click
from ui.commands import AddKpi, push
from ui.panels.findings_panel import FindingsPanel
from workbench.findings import CHECKS
from workbench.model import Attachment, AttachmentKind, Kpi


@pytest.fixture
def panel(qtbot, flow_document):
    document, ids = flow_document
    stack = QUndoStack()
    panel = FindingsPanel(document, stack)
    qtbot.addWidget(panel)
    panel.resize(700, 400)
    panel.show()
    panel.set_version("v1")
    return panel, document, ids, stack


class Row:
    """One shown row, read the way the user sees it: text per column and the icon."""

    def __init__(self, panel, row: int) -> None:
        self.model, self.row = panel.table.model(), row

    def index(self, column: int):
        return self.model.index(self.row, column)

    def text(self, column: int) -> str:
        return self.index(column).data(Qt.ItemDataRole.DisplayRole)

    def icon(self, column: int):
        return self.index(column).data(Qt.ItemDataRole.DecorationRole)


def rows(panel):
    return [Row(panel, i) for i in range(panel.table.model().rowCount())]


def row_for(panel, check_id):
    """The row of a check, found by the title the panel shows for it."""
    return next(item for item in rows(panel) if item.text(0) == CHECKS[check_id].title)


def test_findings_are_listed_with_their_element_and_counted(panel):
    panel, _, ids, _ = panel
    assert "Findings: 7" in panel.header.text()
    assert len(rows(panel)) == 7
    item = row_for(panel, "dead-end")
    assert item.text(1) == "Waits at home"
    assert not item.icon(0).isNull()
    assert panel.filters[next(iter(panel.filters))].text() == "1 errors"


def test_filter_by_severity(panel):
    panel, *_ = panel
    warnings = [b for s, b in panel.filters.items() if s.value == "warning"][0]
    warnings.click()
    assert [item.text(0) for item in rows(panel)] == ["Dead end"]
    assert "(1 shown)" in panel.header.text()


def test_double_click_emits_the_element(panel, qtbot):
    panel, _, ids, _ = panel
    item = row_for(panel, "interaction-without-kpi")
    with qtbot.waitSignal(panel.element_activated, timeout=1000) as signal:
        double_click(panel.table, item.index(2))
    assert signal.args == ["v1", ids["f4"]]


def test_double_click_on_a_checklist_finding_asks_for_the_checklist(panel, qtbot):
    panel, *_ = panel
    item = next(i for i in rows(panel) if i.text(1) == "Goal")
    with qtbot.waitSignal(panel.checklist_activated, timeout=1000) as signal:
        double_click(panel.table, item.index(0))
    assert signal.args == ["v1", "goal"]


def test_fixing_the_problem_removes_the_finding_after_a_pause(panel, qtbot):
    panel, document, ids, stack = panel
    kpi = Kpi(
        "k-new",
        "CSAT",
        target=80,
        unit="%",
        data_source="Survey",
        attached_to=Attachment(AttachmentKind.INTERACTION, ids["f4"]),
    )
    computed = panel.computations
    push(stack, AddKpi(document, "v1", kpi))
    assert panel.computations == computed
    qtbot.waitUntil(
        lambda: all(i.text(0) != "Interaction without a KPI" for i in rows(panel)), timeout=2000
    )
    stack.undo()
    qtbot.waitUntil(lambda: "Findings: 7" in panel.header.text(), timeout=2000)


def test_rows_of_one_severity_share_one_icon(panel):
    panel, *_ = panel
    keys = {}
    for item in rows(panel):
        severity = panel.table.model().entry(item.row).severity
        keys.setdefault(severity, set()).add(item.icon(0).cacheKey())
    assert keys and all(len(found) == 1 for found in keys.values())


def test_a_chinese_reader_sees_titles_and_messages_in_chinese(qtbot, qapp, flow_document):
    """The panel names each check by its title, not its id, in the interface's language."""
    from ui.i18n import install_translators

    assert install_translators(qapp, "zh_CN")
    try:
        document, _ = flow_document
        panel = FindingsPanel(document, QUndoStack())
        qtbot.addWidget(panel)
        panel.show()
        panel.set_version("v1")
        shown = [(item.text(0), item.text(2)) for item in rows(panel)]
    finally:
        install_translators(qapp, "en")
    titles = dict(shown)
    assert "死胡同" in titles and "没有 KPI 的互动" in titles
    assert "案件会停在那里" in titles["死胡同"]
    for title, _message in shown:
        assert not any(c.isascii() and c.isalpha() for c in title.replace("KPI", "")), title
        assert "-" not in title
