"""The register over the audit folder: the right rows, the right gaps, broken files listed."""

import gc
import os
import shutil
import subprocess

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.audit_folder import BROKEN, OWNERS, TODAY
from workbench.gc_pause import collector_paused
from workbench.i18n import translator
from workbench.register.cache_file import load_cache, save_cache
from workbench.register.scan import RegisterCache, scan_register


def entries(folder, **kwargs):
    return {e.path: e for e in scan_register(folder, today=TODAY, **kwargs).entries}


def test_every_document_and_every_broken_file_is_listed(audit_folder):
    rows = entries(audit_folder)
    assert set(rows) == set(OWNERS) | set(BROKEN)
    for path in BROKEN:
        assert rows[path].error and not rows[path].ready
    assert "newer Process Workbench" in rows["broken/newer-schema.pwb"].error
    assert "not valid JSON" in rows["broken/truncated.pwb"].error


def test_register_columns_come_from_the_document(audit_folder):
    row = entries(audit_folder)["network-complaints.en.pwb"]
    assert (row.owner, row.status, row.version_label) == ("Zhang Min", "approved", "2.0")
    assert (row.approved_by, row.approved_on) == ("Head of Quality", "2026-03-10")
    assert (row.last_review, row.next_review) == ("2026-09-15", "2027-09-15")
    assert row.classification == "key_customer_service"
    assert row.kpi_count == 11 and row.kpi_coverage == 1.0 and row.checklist_score == 1.0
    assert row.findings == {"error": 0, "warning": 2, "info": 0}


def gap_rules(row):
    return sorted(g.rule_id for g in row.gaps)


def test_each_prepared_gap_shows_and_nothing_else(audit_folder):
    rows = entries(audit_folder)
    assert gap_rules(rows["roaming-no-signal.en.pwb"]) == ["owner-named"]
    assert gap_rules(rows["technician-identity-check.en.pwb"]) == ["approved-version"]
    assert gap_rules(rows["health-insurance-claims.zh-CN.pwb"]) == ["review-current"]
    assert gap_rules(rows["technician-identity-check.zh-CN.pwb"]) == ["kpi-results"]
    drift = rows["network-complaints.en.pwb"]
    assert gap_rules(drift) == ["corrective-actions"]
    assert "First-contact answer rate" in drift.gaps[0].text
    assert "out of control" in drift.gaps[0].text
    # off target too, but its corrective action is on file
    assert rows["adsl-installation.en.pwb"].ready
    ready = {p for p, r in rows.items() if r.ready}
    assert ready == {
        "adsl-installation.en.pwb", "adsl-installation.zh-CN.pwb",
        "health-insurance-claims.en.pwb", "network-complaints.zh-CN.pwb",
        "roaming-no-signal.zh-CN.pwb",
    }


def test_the_bare_templates_show_their_gaps(tmp_path):
    for name in OWNERS:
        shutil.copy(os.path.join("process_templates", name), tmp_path / name)
    row = entries(tmp_path)["adsl-installation.en.pwb"]
    rules = set(gap_rules(row))
    assert {"approved-version", "review-current", "kpi-defined", "kpi-results"} <= rules
    assert "owner-named" not in rules


def test_a_second_scan_reuses_rows_and_a_changed_file_is_read_again(audit_folder, tmp_path):
    folder = tmp_path / "copy"
    shutil.copytree(audit_folder, folder)
    cache = RegisterCache()
    first = entries(folder, cache=cache)
    second = entries(folder, cache=cache)
    assert all(second[p] is first[p] for p in first if not first[p].error)
    target = folder / "roaming-no-signal.en.pwb"
    text = target.read_text(encoding="utf-8")
    target.write_text(text.replace('"metadata": {', '"metadata": {\n    "owner": "Ana",', 1),
                      encoding="utf-8")
    third = entries(folder, cache=cache)
    assert third["roaming-no-signal.en.pwb"].owner == "Ana"
    assert third["roaming-no-signal.en.pwb"] is not first["roaming-no-signal.en.pwb"]


def test_the_cache_file_keeps_gaps_that_any_reader_can_read(audit_folder, tmp_path):
    """A gap read back from the cache file is the same message, so the next run's register
    and audit pack still show it in Chinese to a Chinese reader."""
    cache = RegisterCache()
    first = scan_register(audit_folder, cache, today=TODAY)
    assert save_cache(cache, tmp_path / "cache.json")
    cached = load_cache(tmp_path / "cache.json")
    assert cached.rows
    again = scan_register(audit_folder, cached, today=TODAY)
    chinese = translator("zh-CN")

    def gaps(register):
        return sorted((e.path, g.rule_id, str(g.text), chinese.render(g.text))
                      for e in register.entries for g in e.gaps)

    assert gaps(again) == gaps(first)
    assert any(text.startswith("请") for *_, text in gaps(again))


def test_hostile_folder_entries_are_listed_and_never_block(tmp_path):
    shutil.copy("process_templates/adsl-installation.en.pwb", tmp_path / "good.pwb")
    os.mkfifo(tmp_path / "pipe.pwb")
    (tmp_path / "loop").mkdir()
    os.symlink(tmp_path, tmp_path / "loop" / "back")  # a link back up: a loop
    os.symlink(tmp_path / "self.pwb", tmp_path / "self.pwb")  # a link to itself
    locked = tmp_path / "locked.pwb"
    shutil.copy("process_templates/adsl-installation.en.pwb", locked)
    locked.chmod(0)
    rows = entries(tmp_path)
    assert rows["good.pwb"].readable
    assert "not a regular file" in rows["pipe.pwb"].error
    assert "loops" in rows["self.pwb"].error
    if os.geteuid() != 0:  # root reads anything
        assert "permission denied" in rows["locked.pwb"].error
    assert not any(p.startswith("loop/back") for p in rows)


def test_cancel_stops_the_scan_and_says_so(audit_folder):
    seen = []
    register = scan_register(
        audit_folder, today=TODAY, progress=lambda done, total: seen.append((done, total)),
        cancelled=lambda: len(seen) >= 3, workers=1,
    )
    assert not register.complete
    assert seen[-1][1] == len(OWNERS) + len(BROKEN)
    assert len(register.entries) < len(OWNERS) + len(BROKEN)


def test_git_gives_last_change_and_author(audit_folder, tmp_path):
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    folder = tmp_path / "repo"
    shutil.copytree(audit_folder, folder)
    env = {**os.environ, "GIT_AUTHOR_NAME": "Quality Lead", "GIT_AUTHOR_EMAIL": "q@example.com",
           "GIT_COMMITTER_NAME": "Quality Lead", "GIT_COMMITTER_EMAIL": "q@example.com",
           "GIT_AUTHOR_DATE": "2026-11-20T10:00:00+00:00"}
    for command in (["init", "-q"], ["add", "."], ["commit", "-qm", "Processes as approved"]):
        subprocess.run(["git", *command], cwd=folder, env=env, check=True)
    (folder / "adsl-installation.en.pwb").write_text("{}", encoding="utf-8")
    register = scan_register(folder, today=TODAY)
    rows = {e.path: e for e in register.entries}
    assert register.git
    change = rows["network-complaints.en.pwb"].git
    assert change.author == "Quality Lead" and change.date.startswith("2026-11-20")
    assert change.subject == "Processes as approved" and not change.uncommitted
    assert rows["adsl-installation.en.pwb"].git.uncommitted


def test_without_git_the_register_still_works(audit_folder, monkeypatch):
    monkeypatch.setenv("PATH", "/nonexistent")
    register = scan_register(audit_folder, today=TODAY)
    assert not register.git and all(e.git is None for e in register.entries)
    assert len(register.entries) == len(OWNERS) + len(BROKEN)


def test_many_files_are_read_by_worker_processes_with_the_same_rows(audit_folder, tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    source = audit_folder / "network-complaints.en.pwb"
    for index in range(30):
        shutil.copy(source, folder / f"p{index:02d}.pwb")
    one = entries(folder, workers=1)
    two = entries(folder, workers=2)
    assert one == two
    chinese = translator("zh-CN")  # a gap from a worker is still a message, not only text
    assert [chinese.render(g.text) for e in two.values() for g in e.gaps] == [
        chinese.render(g.text) for e in one.values() for g in e.gaps]


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.binary(max_size=200), min_size=1, max_size=5))
def test_any_bytes_in_a_folder_are_listed_never_raised(tmp_path_factory, contents):
    folder = tmp_path_factory.mktemp("junk")
    for index, data in enumerate(contents):
        (folder / f"f{index}.pwb").write_bytes(data)
    rows = entries(folder)
    assert len(rows) == len(contents)
    assert all(not row.readable and row.error for row in rows.values())


def test_the_rows_of_a_scan_leave_the_young_generations_at_once(audit_folder):
    """The rows live on in the cache: the collector passes them to its oldest generation in
    one go, rather than examining them twice in the moments after the scan."""
    gc.collect()
    with collector_paused():
        register = scan_register(audit_folder, RegisterCache(), today=TODAY)
        young = {id(o) for generation in (0, 1) for o in gc.get_objects(generation)}
    rows = [e for e in register.entries if e.readable]
    assert rows and not any(id(e) in young for e in rows)
    gaps = [g for e in rows for g in e.gaps]
    assert gaps and not any(id(g) in young or id(g.text) in young for g in gaps)
