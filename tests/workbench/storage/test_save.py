"""Saving is crash-safe: the old file or the new one, never half; the previous one kept."""

import errno
import os
import stat

import pytest

from tests.workbench.storage.samples import rich_document
from workbench.i18n import translator
from workbench.storage import (
    SaveError,
    atomic_output,
    backup_path,
    dumps_document,
    load_document,
    safe_write,
    save_document,
)


def test_save_then_load(tmp_path):
    target = tmp_path / "装机流程.pwb"
    document = rich_document()
    save_document(document, target)
    assert load_document(target) == document
    assert not backup_path(target).exists()


def test_the_previous_file_is_kept_as_bak(tmp_path):
    target = tmp_path / "flow.pwb"
    first = rich_document()
    save_document(first, target)
    second = rich_document()
    second.change_metadata(title="Second")
    save_document(second, target)
    assert load_document(target).metadata.title == "Second"
    assert load_document(backup_path(target)).metadata.title == first.metadata.title


def test_no_temporary_files_are_left(tmp_path):
    target = tmp_path / "flow.pwb"
    save_document(rich_document(), target)
    save_document(rich_document(), target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["flow.pwb", "flow.pwb.bak"]


def test_a_failed_rename_leaves_the_old_file_whole(tmp_path, monkeypatch):
    target = tmp_path / "flow.pwb"
    save_document(rich_document(), target)
    before = target.read_bytes()

    def disk_full(*args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(safe_write.os, "replace", disk_full)
    changed = rich_document()
    changed.change_metadata(title="Lost?")
    unchanged = "the disk is full. The previous file is unchanged"
    with pytest.raises(SaveError, match=unchanged) as error:
        save_document(changed, target)
    assert target.read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    said = translator("zh-CN").render(error.value.args[0])
    assert said == f"无法保存 {str(target)!r}：磁盘已满。原来的文件保持不变。"


def test_a_failed_write_leaves_no_partial_file(tmp_path):
    target = tmp_path / "report.xlsx"
    with pytest.raises(RuntimeError), atomic_output(target) as temp:
        temp.write_bytes(b"half a workbook")
        raise RuntimeError("the exporter failed")
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_is_explained(tmp_path):
    with pytest.raises(SaveError, match="the folder does not exist"):
        save_document(rich_document(), tmp_path / "no" / "such" / "flow.pwb")


def test_saving_onto_a_folder_is_explained(tmp_path):
    (tmp_path / "flow.pwb").mkdir()
    with pytest.raises(SaveError, match="a folder has that name"):
        save_document(rich_document(), tmp_path / "flow.pwb", backup=False)


def test_the_target_keeps_its_permissions(tmp_path):
    target = tmp_path / "shared.pwb"
    target.write_text(dumps_document(rich_document()))
    os.chmod(target, 0o664)
    save_document(rich_document(), target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o664


def test_a_new_file_gets_the_usual_permissions_not_private_ones(tmp_path):
    target = tmp_path / "new.pwb"
    save_document(rich_document(), target)
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask


def test_loading_reports_its_stages_in_order(tmp_path):
    path = tmp_path / "flow.pwb"
    save_document(rich_document(), path, backup=False)
    heard: list[str] = []
    assert load_document(path, heard.append) == load_document(path)
    assert heard == ["read", "parse", "build"]
