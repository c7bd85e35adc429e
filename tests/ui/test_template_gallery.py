"""File ▸ New from Template: the gallery, creating from a template, importing by drop.

The done-when story of issue 5 runs through here: a new user starts from the case 2
template, adapts it, saves it as the team's template in a shared folder, and a colleague
(another window pointed at the same folder) creates a new process from it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QLocale, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.workbench.storage.samples import rich_document
from ui.main_window import MainWindow
from ui.settings import EditorSettings
from ui.template_cards import TEMPLATE_ROLE
from ui.template_gallery import TemplateGallery
from workbench.recovery import RecoveryStore
from workbench.storage import save_document
from workbench.templates import find


@pytest.fixture
def shown(monkeypatch) -> list[str]:
    """Message boxes are recorded instead of shown; closing unsaved windows discards."""
    messages: list[str] = []

    def exec_box(box: QMessageBox) -> int:
        messages.append(f"{box.text()}\n{box.informativeText()}")
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    discard = QMessageBox.StandardButton.Discard
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: discard)
    return messages


@pytest.fixture
def team_folder(tmp_path) -> Path:
    folder = tmp_path / "Team Guangdong"
    folder.mkdir()
    return folder


def make_window(qtbot, tmp_path, name: str, team_folder: Path) -> MainWindow:
    settings = EditorSettings.in_file(tmp_path / f"{name}.ini")
    settings.set_personal_template_folder(tmp_path / f"{name}-personal")
    settings.set_team_template_folders([str(team_folder)])
    window = MainWindow(settings, RecoveryStore(tmp_path / f"{name}-recovery"))
    qtbot.addWidget(window)
    return window


@pytest.fixture
def window(qtbot, tmp_path, team_folder, shown) -> MainWindow:
    return make_window(qtbot, tmp_path, "me", team_folder)


def open_gallery(window: MainWindow, language: str = "en") -> TemplateGallery:
    QLocale.setDefault(QLocale(language))
    try:
        window.template_actions.new_from_template_action.trigger()
    finally:
        QLocale.setDefault(QLocale.c())
    gallery = window.template_actions.gallery
    assert gallery is not None and gallery.isVisible()
    return gallery


def names(gallery: TemplateGallery) -> list[tuple[str, str]]:
    return [(t.name, t.language) for t in gallery.templates()]


def pick(gallery: TemplateGallery, name: str) -> None:
    for row in range(gallery.cards.count()):
        item = gallery.cards.item(row)
        if item.data(TEMPLATE_ROLE).name == name and not item.isHidden():
            gallery.cards.setCurrentItem(item)
            return
    raise AssertionError(f"{name} is not shown")


def drop(widget, paths: list[Path]) -> QDropEvent:
    """What a file manager does when files are dragged onto `widget` and let go."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    actions = Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(20, 20), actions, mime, buttons, keys)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted(), "the drag was not accepted"
    event = QDropEvent(QPointF(20, 20), actions, mime, buttons, keys, QEvent.Type.Drop)
    QApplication.sendEvent(widget, event)
    return event


def test_the_menu_offers_the_template_actions(window):
    actions = window.file_menu.actions()
    template_actions = window.template_actions
    assert template_actions.new_from_template_action.shortcut().toString() == "Ctrl+Shift+N"
    assert actions.index(template_actions.new_from_template_action) == 1  # right after New
    assert template_actions.save_as_template_action in actions
    assert template_actions.folders_action in actions


def test_the_gallery_lists_the_bundled_templates_with_thumbnails(window):
    gallery = open_gallery(window)
    shown_names = {name for name, _ in names(gallery)}
    assert {"network-complaints", "adsl-installation", "roaming-no-signal"} <= shown_names
    gallery.thumbnails.draw_all(gallery.templates())
    for template in gallery.templates():
        image = gallery.thumbnails.get(template)
        assert image is not None and not image.isNull()
        colours = {image.pixel(x, y) for x in range(0, image.width(), 7)
                   for y in range(0, image.height(), 7)}  # fmt: skip
        assert len(colours) > 5, f"{template.name}'s thumbnail is blank"
    drawn = gallery.thumbnails.drawn
    gallery.close()
    again = open_gallery(window)
    again.thumbnails.draw_all(again.templates())
    assert again.thumbnails.drawn == drawn  # the second opening draws nothing


def test_the_language_filter_starts_at_the_interface_language(window):
    chinese = open_gallery(window, "zh_CN")
    assert chinese.language_filter.currentData() == "zh"
    assert names(chinese) and all(lang == "zh-CN" for _, lang in names(chinese))
    chinese.close()
    english = open_gallery(window, "en_GB")
    assert {lang for _, lang in names(english)} == {"en"}
    english.language_filter.setCurrentIndex(english.language_filter.findData(""))
    assert {lang for _, lang in names(english)} == {"en", "zh-CN"}


def test_a_language_without_templates_shows_them_all(window):
    gallery = open_gallery(window, "de_DE")
    assert gallery.language_filter.currentData() == ""
    assert {lang for _, lang in names(gallery)} == {"en", "zh-CN"}


def test_typing_in_search_filters_the_cards_in_english_and_chinese(window, qtbot):
    gallery = open_gallery(window, "en")
    qtbot.keyClicks(gallery.search, "flattening")
    assert names(gallery) == [("network-complaints", "en")]
    gallery.language_filter.setCurrentIndex(gallery.language_filter.findData("zh"))
    gallery.search.setText("折返")  # a tag and a word of the description of case 2
    assert names(gallery) == [("network-complaints", "zh-CN")]
    gallery.search.setText("no such process")
    assert names(gallery) == [] and not gallery.create_button.isEnabled()
    assert not gallery.empty_label.isHidden()


def test_the_tag_and_class_filters(window):
    gallery = open_gallery(window, "en")
    gallery.tag_filter.setCurrentIndex(gallery.tag_filter.findData("hanging collaborator"))
    assert {name for name, _ in names(gallery)} == {"adsl-installation", "roaming-no-signal"}
    gallery.class_filter.setCurrentIndex(gallery.class_filter.findData("management"))
    assert names(gallery) == []


def test_creating_from_the_case_2_template_gives_an_independent_unsaved_document(window, qtbot):
    gallery = open_gallery(window, "en")
    pick(gallery, "network-complaints")
    qtbot.mouseClick(gallery.create_button, Qt.MouseButton.LeftButton)
    document = window.files.document
    assert not gallery.isVisible()
    assert window.files.path is None and window.files.modified
    assert [v.name for v in document.versions] == ["As-is (linear)", "To-be (flattened)"]
    assert window.version_box.count() == 2
    template = find("network-complaints", "en")
    version = document.versions[0]
    node_id = next(iter(version.nodes))
    document.change_node(version.id, node_id, label="Adapted for our province")
    assert template.load().versions[0].nodes[node_id].label != "Adapted for our province"


def test_a_broken_file_in_a_team_folder_is_named_and_the_others_still_listed(window, team_folder):
    (team_folder / "broken.pwb").write_text("{not json", encoding="utf-8")
    (team_folder / "half.pwb").write_text('{"schema": 1}', encoding="utf-8")
    gallery = open_gallery(window)
    assert gallery.note.isVisible()
    assert "2 files in 'Team Guangdong' could not be read" in gallery.note.text()
    assert "broken.pwb" in gallery.note.text() and "half.pwb" in gallery.note.text()
    assert "network-complaints" in {name for name, _ in names(gallery)}


def save_as_team_template(window: MainWindow, team_folder: Path, name: str):
    window.template_actions.save_as_template_action.trigger()
    dialog = window.template_actions.save_dialog
    dialog.name_edit.setText(name)
    dialog.tags_edit.setText("投诉, our province")
    assert dialog.choose_folder(team_folder)
    dialog.save_button.click()
    return dialog


def test_save_as_template_round_trip_and_a_colleague_creates_from_it(
    window, qtbot, tmp_path, team_folder, shown
):
    gallery = open_gallery(window, "en")
    pick(gallery, "network-complaints")
    gallery.create()
    version = window.files.document.versions[1]
    node_id = next(iter(version.nodes))
    window.files.document.change_node(version.id, node_id, label="Guangdong: one call")
    dialog = save_as_team_template(window, team_folder, "Guangdong complaints")
    assert dialog.saved_path == team_folder / "Guangdong complaints.en.pwb"
    assert "Saved as “Guangdong complaints” in Team Guangdong" in dialog.message.text()
    mine = open_gallery(window, "en")
    mine.search.setText("our province")
    assert names(mine) == [("Guangdong complaints", "en")]
    mine.close()

    colleague = make_window(qtbot, tmp_path, "colleague", team_folder)
    theirs = open_gallery(colleague, "en")
    theirs.search.setText("Guangdong")
    assert names(theirs) == [("Guangdong complaints", "en")]
    assert "Team Guangdong" in theirs.cards.currentItem().data(TEMPLATE_ROLE + 4)
    theirs.create()
    document = colleague.files.document
    assert colleague.files.path is None and colleague.files.modified
    assert document.versions[1].nodes[node_id].label == "Guangdong: one call"
    assert document.metadata.tags == ("投诉", "our province")


def test_saving_under_a_taken_name_keeps_both_and_says_which_name_was_used(window, team_folder):
    window.files.adopt(rich_document())
    first = save_as_team_template(window, team_folder, "装机流程")
    second = save_as_team_template(window, team_folder, "装机流程")
    assert first.saved_path != second.saved_path and first.saved_path.exists()
    assert second.saved_path.name.startswith("装机流程 (2)")
    assert "“装机流程 (2)”" in second.message.text()
    assert "both are kept" in second.message.text()


def test_only_the_current_version_can_be_saved(window, team_folder):
    window.files.adopt(rich_document())
    window.template_actions.save_as_template_action.trigger()
    dialog = window.template_actions.save_dialog
    dialog.choose_folder(team_folder)
    dialog.only_version.setChecked(True)
    path = dialog.save()
    from workbench.storage import load_document

    assert [v.id for v in load_document(path).versions] == [window.version_id]


def test_a_bad_name_or_an_unwritable_folder_is_explained_in_the_dialog(
    window, tmp_path, team_folder
):
    dialog = save_as_team_template(window, team_folder, "../outside")
    assert dialog.saved_path is None and dialog.isVisible()
    assert "cannot be used" in dialog.message.text() and "'..'" in dialog.message.text()
    assert list(team_folder.iterdir()) == []
    window.settings.set_team_template_folders([str(tmp_path / "offline share")])
    dialog = save_as_team_template(window, tmp_path / "offline share", "complaints")
    assert dialog.saved_path is None
    assert "was not saved" in dialog.message.text()
    assert "does not exist" in dialog.message.text()


def test_a_template_dropped_on_the_gallery_is_imported_into_the_chosen_folder(
    window, tmp_path, team_folder
):
    source = tmp_path / "from another team.pwb"
    save_document(rich_document(), source, backup=False)
    gallery = open_gallery(window, "en")
    gallery.folder_box.setCurrentIndex(1)  # the team folder
    drop(gallery, [source])
    written = list(team_folder.iterdir())
    assert len(written) == 1 and written[0].name == "from another team.en.pwb"
    assert gallery.selected_template().path == written[0]
    assert "Imported" in gallery.status.text()


def test_a_bad_template_dropped_on_the_gallery_is_refused_and_nothing_is_written(
    window, tmp_path, team_folder, shown
):
    bad = tmp_path / "newer.pwb"
    bad.write_text('{"format": "process-workbench", "schema": 999}', encoding="utf-8")
    gallery = open_gallery(window, "en")
    gallery.folder_box.setCurrentIndex(1)
    drop(gallery, [bad])
    assert list(team_folder.iterdir()) == []
    assert shown and "nothing was written" in shown[-1]
    assert "newer.pwb" in shown[-1]
    assert "refused" in gallery.status.text()


def test_a_document_dropped_on_the_window_opens(window, tmp_path):
    path = tmp_path / "装机流程.pwb"
    save_document(rich_document(), path, backup=False)
    event = drop(window, [path])
    assert event.isAccepted()
    assert window.files.path == path
    assert window.windowTitle().startswith("装机流程.pwb")


def test_a_bad_document_dropped_on_the_window_is_explained_and_changes_nothing(
    window, tmp_path, shown
):
    window.files.adopt(rich_document())
    before = window.files.document
    bad = tmp_path / "damaged.pwb"
    bad.write_text("{not json", encoding="utf-8")
    drop(window, [bad])
    assert window.files.document is before
    assert shown and "damaged.pwb" in shown[-1]


def test_dragging_something_else_over_the_window_is_not_accepted(window, tmp_path):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "notes.txt"))])
    enter = QDragEnterEvent(
        QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    enter.ignore()
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


def test_a_template_changed_in_the_shared_folder_gets_a_fresh_thumbnail(window, team_folder):
    import os

    save_document(rich_document(), team_folder / "shared.en.pwb", backup=False)
    gallery = open_gallery(window, "en")
    gallery.search.setText("shared")
    [template] = gallery.templates()
    gallery.thumbnails.draw_all([template])
    drawn = gallery.thumbnails.drawn
    gallery.thumbnails.draw_all([template])
    assert gallery.thumbnails.drawn == drawn  # cached
    stat = template.path.stat()
    os.utime(template.path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    gallery.thumbnails.draw_all([template])
    assert gallery.thumbnails.drawn == drawn + 1
