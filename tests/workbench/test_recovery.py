import os

import pytest

from tests.workbench.storage.samples import rich_document
from workbench.recovery import RecoveryStore
from workbench.storage import FormatError


def test_a_copy_written_by_a_dead_editor_is_offered_and_loads(tmp_path, monkeypatch):
    store = RecoveryStore(tmp_path / "recovery")
    document = rich_document()
    key = store.new_key()
    store.write(key, document, "/work/flows/装机.pwb")
    # The editor that wrote it crashed: its pid no longer runs.
    info = store._info(key)
    info.write_text(info.read_text().replace(f'"pid": {os.getpid()}', '"pid": 999999'))
    entries = store.orphaned()
    assert [e.key for e in entries] == [key]
    assert entries[0].original_path == "/work/flows/装机.pwb"
    assert entries[0].title == "ADSL installation"
    assert store.load(key) == document


def test_copies_of_a_running_editor_are_not_offered(tmp_path):
    store = RecoveryStore(tmp_path)
    key = store.new_key()
    store.write(key, rich_document(), None)
    info = store._info(key)
    info.write_text(info.read_text().replace(f'"pid": {os.getpid()}', f'"pid": {os.getppid()}'))
    assert store.orphaned() == []


def test_discard_removes_the_copy(tmp_path):
    store = RecoveryStore(tmp_path)
    key = store.new_key()
    store.write(key, rich_document(), None)
    store.discard(key)
    store.discard(key)
    assert list(tmp_path.iterdir()) == []


def test_damaged_sidecars_are_ignored(tmp_path):
    store = RecoveryStore(tmp_path)
    (tmp_path / "abc.recovery.json").write_text("{not json")
    (tmp_path / "abc.recovery.pwb").write_text("{}")
    assert store.orphaned() == []
    assert RecoveryStore(tmp_path / "missing").orphaned() == []


def test_a_title_with_a_lone_surrogate_is_still_autosaved(tmp_path, monkeypatch):
    document = rich_document()
    document.change_metadata(title="投诉 \udc80 flow")
    store = RecoveryStore(tmp_path)
    store.write("k1", document, str(tmp_path / "投诉 \udcff.pwb"))
    monkeypatch.setattr("workbench.recovery.running", lambda pid: False)
    monkeypatch.setattr("workbench.recovery.os.getpid", lambda: -1)
    (entry,) = store.orphaned()
    assert entry.title == "投诉 \udc80 flow"
    assert store.load("k1") == document


def test_a_copy_gone_before_it_is_restored_is_a_format_error_not_a_crash(tmp_path):
    store = RecoveryStore(tmp_path)
    store.write("k1", rich_document(), None)
    (tmp_path / "k1.recovery.pwb").unlink()
    with pytest.raises(FormatError, match="does not exist"):
        store.load("k1")


@pytest.mark.parametrize(
    "field, raw",
    [
        ("pid", "1e999"),  # overflows int()
        ("pid", "12345678901234567890"),  # overflows os.kill
        ("pid", "-4"),
        ("pid", "true"),
        ("saved_at", "1e999"),
        ("saved_at", '"yesterday"'),
        ("title", "[1, 2]"),
        ("original_path", "42"),
    ],
)
def test_a_damaged_sidecar_field_never_stops_the_other_copies(tmp_path, field, raw):
    store = RecoveryStore(tmp_path)
    damaged, good = store.new_key(), store.new_key()
    for key in (damaged, good):
        store.write(key, rich_document(), None)
        info = store._info(key)
        info.write_text(info.read_text().replace(f'"pid": {os.getpid()}', '"pid": 999999'))
    info = store._info(damaged)
    text = info.read_text()
    start = text.index(f'"{field}": ') + len(f'"{field}": ')
    end = min(i for i in (text.find(",", start), text.find("}", start)) if i >= 0)
    info.write_text(text[:start] + raw + text[end:])
    assert [entry.key for entry in store.orphaned()] == [good]


def test_starting_sweeps_what_an_interrupted_autosave_left(tmp_path):
    store = RecoveryStore(tmp_path)
    key = store.new_key()
    store.write(key, rich_document(), None)
    leftover = tmp_path / f".{key}.recovery.pwb.k2j4_9zq.tmp"
    leftover.write_bytes(b"half")
    os.utime(leftover, (0, 0))  # named as earlier versions did, and long gone
    store.orphaned()
    assert not leftover.exists()
