"""Saves that are killed, interrupted or pointed at odd places lose nothing and leave
nothing behind."""

import dataclasses
import math
import os
import subprocess
import sys
import time

import pytest

from bench.kill_save import run_kills
from tests.workbench.storage.samples import rich_document
from workbench.storage import SaveError, backup_path, load_document, save_document
from workbench.storage.temp_files import STALE_AFTER, temp_name


def _titled(title: str):
    document = rich_document()
    document.change_metadata(title=title)
    return document


def test_the_backup_is_whole_at_every_step_of_a_save(tmp_path, monkeypatch):
    target = tmp_path / "flow.pwb"
    save_document(_titled("first"), target)
    save_document(_titled("second"), target)
    checked = []

    def checking(real):
        def call(*args, **kwargs):
            assert load_document(backup_path(target)).metadata.title in ("first", "second")
            checked.append(real.__name__)
            return real(*args, **kwargs)

        return call

    for name in ("link", "replace", "unlink", "rename"):
        monkeypatch.setattr(os, name, checking(getattr(os, name)))
    save_document(_titled("third"), target)
    monkeypatch.undo()
    assert "replace" in checked
    assert load_document(backup_path(target)).metadata.title == "second"
    assert load_document(target).metadata.title == "third"


def test_kills_during_saves_lose_neither_document_nor_backup(tmp_path):
    report = run_kills(tmp_path, kills=12, steps=60)
    assert report.problems == []
    assert (report.lost_documents, report.lost_backups, report.leftover_temp_files) == (0, 0, 0)


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_the_next_save_sweeps_temporary_files_a_crash_left(tmp_path):
    target = tmp_path / "flow.pwb"
    save_document(rich_document(), target)
    ours = temp_name(tmp_path, "flow.pwb").name
    host = ours.split(".")[-2].split("-")[0]
    dead, alive = _dead_pid(), os.getppid()
    crashed = tmp_path / f".flow.pwb.{host}-{dead}-0123abcd.tmp"
    crashed_backup = tmp_path / f".flow.pwb.{host}-{dead}-4567abcd.bak.tmp"
    earlier_version = tmp_path / ".flow.pwb.k2j4_9zq.tmp"
    still_saving = tmp_path / f".flow.pwb.{host}-{alive}-89abcdef.tmp"
    other_host = "000000" if host != "000000" else "111111"
    other_machine = tmp_path / f".flow.pwb.{other_host}-{dead}-00000000.tmp"
    other_document = tmp_path / f".other.pwb.{host}-{dead}-00000000.tmp"
    for path in (crashed, crashed_backup, earlier_version, still_saving, other_machine,
                 other_document):  # fmt: skip
        path.write_bytes(b"half a file")
    hour_ago = time.time() - STALE_AFTER - 60
    os.utime(earlier_version, (hour_ago, hour_ago))
    save_document(rich_document(), target)
    left = {p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")}
    assert left == {still_saving.name, other_machine.name, other_document.name}


def test_saving_through_a_symbolic_link_writes_the_file_it_points_at(tmp_path):
    real = tmp_path / "real" / "flow.pwb"
    real.parent.mkdir()
    save_document(_titled("old"), real)
    link = tmp_path / "link.pwb"
    link.symlink_to(real)
    save_document(_titled("new"), link)
    assert link.is_symlink()
    assert load_document(real).metadata.title == "new"
    assert load_document(backup_path(real)).metadata.title == "old"
    assert not backup_path(real).is_symlink()
    assert not backup_path(link).exists()


def test_a_document_the_loader_would_refuse_is_never_saved(tmp_path):
    document = rich_document()
    version = document.versions[0]
    node_id = next(iter(version.nodes))
    version.nodes[node_id] = dataclasses.replace(version.nodes[node_id], x=math.inf)
    target = tmp_path / "flow.pwb"
    with pytest.raises(SaveError, match="could not be opened again.*Infinity"):
        save_document(document, target)
    assert list(tmp_path.iterdir()) == []
