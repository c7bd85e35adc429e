"""Saving changes to an approved version asks to start a new draft version."""

from __future__ import annotations

import shutil

import pytest

from tests.ui.windows import open_window
from ui.approval_guard import Answer
from ui.commands import ChangeMetadata
from workbench.model import Status
from workbench.storage import load_document


@pytest.fixture
def approved(qtbot, tmp_path, monkeypatch, audit_folder):
    path = tmp_path / "complaints.pwb"
    shutil.copy(audit_folder / "network-complaints.en.pwb", path)
    window = open_window(qtbot, tmp_path, monkeypatch, with_flow=False)
    window.files.open_path(str(path))
    asked = []
    return window, path, asked


def edit_and_save(window, asked, answer: Answer) -> bool:  # noqa: ANN001
    files = window.files
    files.ask_about_approval = lambda _parent, document: asked.append(document) or answer
    files.undo_stack.push(ChangeMetadata(files.document, team="Complaints desk"))
    return files.save()


def test_starting_a_new_draft_saves_the_changes_as_the_next_version(approved):
    window, path, asked = approved
    assert edit_and_save(window, asked, Answer.NEW_DRAFT)
    saved = load_document(path).metadata
    assert (saved.status, saved.version_label, saved.approved_by) == (Status.DRAFT, "2.1", "")
    assert [e.version_label for e in saved.change_log] == ["1.0", "2.0"]
    assert len(asked) == 1
    window.files.undo_stack.undo()  # the draft is one undo step
    assert window.files.document.metadata.status is Status.APPROVED


def test_keeping_it_approved_or_cancelling(approved):
    window, path, asked = approved
    assert not edit_and_save(window, asked, Answer.CANCEL)
    assert load_document(path).metadata.team != "Complaints desk"
    assert edit_and_save(window, asked, Answer.KEEP)
    assert load_document(path).metadata.status is Status.APPROVED


def test_an_unchanged_or_newly_approved_document_saves_without_asking(approved):
    window, path, asked = approved
    files = window.files
    files.ask_about_approval = lambda *_: asked.append(1) or Answer.CANCEL
    assert files.save()  # nothing changed
    files.undo_stack.push(ChangeMetadata(files.document, approved_on="2026-12-01"))
    assert files.save()  # approved anew: that is what is being saved
    assert asked == []


def test_approving_records_the_approver_the_change_log_and_the_next_review(qtbot, tmp_path,
                                                                           monkeypatch):
    import datetime as dt

    window = open_window(qtbot, tmp_path, monkeypatch)
    files = window.files
    files.undo_stack.push(ChangeMetadata(files.document, version_label="1.0"))
    assert window.approval_actions.approve("Head of Quality", "First issue",
                                           on=dt.date(2026, 12, 3))
    meta = files.document.metadata
    assert (meta.status, meta.approved_by, meta.approved_on, meta.next_review) == (
        Status.APPROVED, "Head of Quality", "2026-12-03", "2027-12-03")
    assert [(e.version_label, e.summary) for e in meta.change_log] == [("1.0", "First issue")]
    files.undo_stack.undo()
    assert files.document.metadata.status is Status.DRAFT


def test_the_review_interval_is_typed_in_whole_months(qtbot, tmp_path, monkeypatch):
    window = open_window(qtbot, tmp_path, monkeypatch)
    form = window.panels["properties"].document_form
    form.review_interval_months.selectAll()
    qtbot.keyClicks(form.review_interval_months, "0")
    assert window.files.document.metadata.review_interval_months == 12  # refused
    form.review_interval_months.selectAll()
    qtbot.keyClicks(form.review_interval_months, "6")
    assert window.files.document.metadata.review_interval_months == 6


def test_the_version_in_operation_is_chosen_in_the_window_and_undone_in_one_step(
        qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import Qt

    from workbench.readiness import current_version

    path = tmp_path / "adsl.pwb"
    shutil.copy("process_templates/adsl-installation.en.pwb", path)
    window = open_window(qtbot, tmp_path, monkeypatch, with_flow=False)
    window.files.open_path(str(path))
    files, form = window.files, window.panels["properties"].document_form
    choice = form.current_version
    assert choice.isVisibleTo(window) and choice.currentText() == "The last one (To-be)"
    before = files.undo_stack.count()
    choice.setFocus()
    qtbot.keyClick(choice, Qt.Key.Key_Down)  # the first version: the as-is one
    assert files.document.metadata.current_version == "v-as-is"
    assert current_version(files.document).name == "As-is"
    assert files.undo_stack.count() == before + 1
    assert choice.currentText() == "As-is"
    files.undo_stack.undo()
    assert files.document.metadata.current_version == ""
    assert choice.currentText() == "The last one (To-be)"
    files.undo_stack.redo()
    assert choice.currentText() == "As-is"
    files.ask_about_approval = lambda _parent, _document: Answer.KEEP  # the template is approved
    assert files.save()
    assert load_document(path).metadata.current_version == "v-as-is"
