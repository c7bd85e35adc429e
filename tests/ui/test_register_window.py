"""File ▸ Open Register… driven like a user: the scan off the GUI thread, sorting, the
filters, search in Chinese, double-click to open, cancel, and the audit pack button."""

from __future__ import annotations

import shutil

import openpyxl
from PySide6.QtCore import Qt

from tests.audit_folder import TODAY
from tests.ui.panels.test_properties_panel import commit_by_input_method
from tests.ui.windows import open_window
from ui.register_model import ENTRY_ROLE
from ui.register_window import RegisterWindow


def scanned(qtbot, window: RegisterWindow, folder) -> RegisterWindow:  # noqa: ANN001
    with qtbot.waitSignal(window.scan_done, timeout=60_000):
        window.open_folder(folder)
    return window


def shown_paths(window: RegisterWindow) -> list[str]:
    rows = window.rows
    return [rows.index(r, 0).data(ENTRY_ROLE).path for r in range(rows.rowCount())]


def test_the_register_lists_the_folder_and_filters_it(qtbot, audit_folder):
    window = RegisterWindow(today=TODAY)
    qtbot.addWidget(window)
    window.show()
    scanned(qtbot, window, audit_folder)
    assert window.rows.rowCount() == 13
    assert "13 documents: 5 ready, 5 with gaps, 3 unreadable." in window.summary.text()
    assert not window.progress.isVisible() and window.pack_button.isEnabled()
    commit_by_input_method(window.search, "投诉")  # Chinese comes from an input method
    assert shown_paths(window) == ["network-complaints.zh-CN.pwb"]
    window.search.clear()
    qtbot.keyClicks(window.search, "first-contact")  # a gap's text is searched too
    assert shown_paths(window) == ["network-complaints.en.pwb"]
    window.search.clear()
    window.readiness_choice.setCurrentIndex(window.readiness_choice.findData("unreadable"))
    assert sorted(shown_paths(window)) == [
        "broken/newer-schema.pwb", "broken/not-a-document.pwb", "broken/truncated.pwb"]
    window.readiness_choice.setCurrentIndex(0)
    window.status_choice.setCurrentIndex(window.status_choice.findData("draft"))
    assert shown_paths(window) == ["technician-identity-check.en.pwb"]


def sorted_by(qtbot, folder, column: int) -> RegisterWindow:  # noqa: ANN001
    """The register of `folder`, its rows sorted by a click on `column`'s header."""
    window = scanned(qtbot, RegisterWindow(today=TODAY), folder)
    qtbot.addWidget(window)
    window.show()
    header = window.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.rect().topLeft() + _section_centre(header, column))
    return window


def test_sorting_by_a_column_header_uses_its_values(qtbot, audit_folder):
    kpis = 9
    window = sorted_by(qtbot, audit_folder, kpis)
    counts = [window.rows.index(r, kpis).data() for r in range(window.rows.rowCount())]
    readable = [int(c) for c in counts if c]
    assert readable == sorted(readable) or readable == sorted(readable, reverse=True)
    assert len(set(readable)) > 1


def _section_centre(header, column):  # noqa: ANN001, ANN202
    from PySide6.QtCore import QPoint

    return QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2,
                  header.height() // 2)


def test_double_click_opens_the_document_in_the_editor(qtbot, tmp_path, monkeypatch,
                                                       audit_folder):
    main = open_window(qtbot, tmp_path, monkeypatch, with_flow=False)
    register = main.register_actions.open_register(audit_folder)
    qtbot.waitExposed(register)
    qtbot.waitUntil(lambda: register.register is not None, timeout=60_000)
    qtbot.keyClicks(register.search, "Zhang Min")
    table = register.table
    rect = table.visualRect(register.rows.index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: main.files.path is not None, timeout=10_000)
    assert main.files.path is not None and main.files.path.name == "network-complaints.en.pwb"
    assert main.files.document.metadata.owner == "Zhang Min"


def test_cancel_stops_a_long_scan_and_says_the_list_is_incomplete(qtbot, tmp_path,
                                                                  audit_folder):
    folder = tmp_path / "many"
    folder.mkdir()
    for index in range(20):
        shutil.copy(audit_folder / "health-insurance-claims.en.pwb", folder / f"p{index}.pwb")
    window = RegisterWindow(today=TODAY)
    qtbot.addWidget(window)
    window.show()
    window._worker = None
    with qtbot.waitSignal(window.scan_done, timeout=60_000):
        window.open_folder(folder)
        assert window.cancel_button.isVisible()
        qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    assert "cancelled" in window.summary.text()
    assert window.rows.rowCount() < 20


def test_a_rescan_of_an_unchanged_folder_reuses_the_rows(qtbot, audit_folder):
    window = scanned(qtbot, RegisterWindow(today=TODAY), audit_folder)
    qtbot.addWidget(window)
    first = {e.path: e for e in window.register.entries}
    with qtbot.waitSignal(window.scan_done, timeout=60_000):
        qtbot.mouseClick(window.rescan_button, Qt.MouseButton.LeftButton)
    again = {e.path: e for e in window.register.entries}
    assert all(again[p] is first[p] for p in first if first[p].readable and first[p].git is None)


def test_the_window_and_the_command_line_share_the_folder_s_cache(qtbot, audit_folder,
                                                                 monkeypatch):
    """Rows the command line read are not read again by the window, in a later session."""
    from cli.register_command import scan_folder
    from workbench.register import scan

    def read_again(*_args: object) -> None:
        raise AssertionError("a cached row was read again")  # the window reports it

    told = scan_folder(str(audit_folder), TODAY)
    monkeypatch.setattr(scan, "read_entry", read_again)
    window = scanned(qtbot, RegisterWindow(today=TODAY), audit_folder)
    qtbot.addWidget(window)
    shown = window.register.entries
    assert [(e.path, e.owner, e.gaps) for e in shown] == [
        (e.path, e.owner, e.gaps) for e in told.entries]
    assert "5 ready, 5 with gaps, 3 unreadable" in window.summary.text()


def test_the_audit_pack_button_writes_pdf_and_workbook(qtbot, tmp_path, audit_folder,
                                                       monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    window = scanned(qtbot, RegisterWindow(today=TODAY), audit_folder)
    qtbot.addWidget(window)
    target = tmp_path / "pack.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(window.pack_done, timeout=120_000) as done:
        qtbot.mouseClick(window.pack_button, Qt.MouseButton.LeftButton)
    assert done.args == [True, str(target)]
    assert target.read_bytes().startswith(b"%PDF")
    assert "Register" in openpyxl.load_workbook(tmp_path / "pack.xlsx").sheetnames
    assert "pack.xlsx" in window.summary.text()


def test_dates_read_in_the_window_s_language_and_sort_by_date(qtbot, audit_folder, qapp):
    """A Chinese window writes 2026年6月30日 where the file holds 2026-06-30; clicking the
    next-review header still orders the rows by date, not by the text shown."""
    import datetime as dt
    import re

    from ui.i18n import install_translators

    install_translators(qapp, "zh_CN")
    try:
        next_review = 8
        window = sorted_by(qtbot, audit_folder, next_review)
        rows = range(window.rows.rowCount())
        shown = [window.rows.index(r, next_review).data() for r in rows]
        entries = [window.rows.index(r, 0).data(ENTRY_ROLE) for r in rows]
    finally:
        install_translators(qapp, "en")
    dated = [(text, e.next_review) for text, e in zip(shown, entries, strict=True) if text]
    assert len({iso for _, iso in dated}) > 1
    for text, iso in dated:
        day = dt.date.fromisoformat(iso)
        assert text == f"{day.year}年{day.month}月{day.day}日"
    isos = [iso for _, iso in dated]
    assert isos == sorted(isos) or isos == sorted(isos, reverse=True)
    assert not any(re.search(r"\d{4}-\d{2}-\d{2}", t or "") for t in shown)


def test_the_register_opens_inside_its_screen_with_room_for_the_table(qtbot, tmp_path,
                                                                     monkeypatch, audit_folder):
    main = open_window(qtbot, tmp_path, monkeypatch, with_flow=False)
    register = main.register_actions.open_register(audit_folder)
    qtbot.waitExposed(register)
    area = register.screen().availableGeometry()
    assert area.contains(register.geometry())
    assert register.width() >= area.width() * 0.8 and register.height() >= area.height() * 0.7
    assert abs(register.geometry().center().x() - area.center().x()) <= 1


def test_each_row_s_readiness_shows_beside_its_process_without_scrolling(qtbot, audit_folder):
    window = RegisterWindow(today=TODAY)
    qtbot.addWidget(window)
    window.resize(1280, 640)
    window.show()
    qtbot.waitExposed(window)
    scanned(qtbot, window, audit_folder)
    header = window.table.horizontalHeader()
    shown = [window.rows.headerData(header.logicalIndex(i), Qt.Orientation.Horizontal)
             for i in range(3)]
    assert shown == ["Process", "Readiness", "File"]
    readiness = header.logicalIndex(1)
    assert header.sectionViewportPosition(readiness) + header.sectionSize(readiness) \
        <= window.table.viewport().width()
    row = shown_paths(window).index("roaming-no-signal.en.pwb")
    assert window.rows.index(row, readiness).data() == "1 gap(s)"
