"""The register's git column stays true while git's log is kept between scans: it is read
again only when HEAD moves, and what changed since the last commit always shows."""

import os
import shutil
import subprocess

import pytest

from tests.audit_folder import TODAY
from workbench.register import git_info
from workbench.register.cache_file import load_cache, save_cache
from workbench.register.scan import RegisterCache, scan_register

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def git(folder, *command, author="Quality Lead", date="2026-11-20T10:00:00+00:00"):
    env = {**os.environ, "GIT_AUTHOR_NAME": author, "GIT_AUTHOR_EMAIL": "a@example.com",
           "GIT_COMMITTER_NAME": author, "GIT_COMMITTER_EMAIL": "a@example.com",
           "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date}
    subprocess.run(["git", *command], cwd=folder, env=env, check=True, capture_output=True)


@pytest.fixture
def checkout(audit_folder, tmp_path):
    """A team repository: the audit folder under processes/, committed once."""
    top = tmp_path / "repo"
    shutil.copytree(audit_folder, top / "processes")
    git(top, "init", "-q")
    git(top, "add", ".")
    git(top, "commit", "-qm", "Processes as approved")
    return top


@pytest.fixture
def git_calls(monkeypatch):
    """The git subcommands the register runs, in order."""
    calls = []
    run = git_info._run

    def counted(command, folder):
        calls.append(next(word for word in command[1:] if not word.startswith("-")
                          and "=" not in word))
        return run(command, folder)

    monkeypatch.setattr(git_info, "_run", counted)
    return calls


def rows(register):
    return {e.path: e for e in register.entries}


def test_an_unchanged_head_is_not_logged_again(checkout, git_calls):
    cache = RegisterCache()
    first = rows(scan_register(checkout / "processes", cache, today=TODAY))
    assert git_calls.count("log") == 1
    second = rows(scan_register(checkout / "processes", cache, today=TODAY))
    assert git_calls.count("log") == 1 and "status" in git_calls[-1]
    assert {p: e.git for p, e in second.items()} == {p: e.git for p, e in first.items()}
    assert second["adsl-installation.en.pwb"].git.author == "Quality Lead"


def test_a_new_commit_and_an_uncommitted_change_both_show(checkout, git_calls):
    cache = RegisterCache()
    folder = checkout / "processes"
    scan_register(folder, cache, today=TODAY)
    target = folder / "roaming-no-signal.zh-CN.pwb"
    target.write_text(target.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    changed = rows(scan_register(folder, cache, today=TODAY))
    assert changed["roaming-no-signal.zh-CN.pwb"].git.uncommitted
    assert changed["roaming-no-signal.zh-CN.pwb"].git.author == "Quality Lead"
    assert not changed["roaming-no-signal.en.pwb"].git.uncommitted
    assert git_calls.count("log") == 1
    git(checkout, "commit", "-qam", "Reviewed", author="Chen Jing",
        date="2026-12-01T09:00:00+00:00")
    moved = rows(scan_register(folder, cache, today=TODAY))
    assert git_calls.count("log") == 2
    change = moved["roaming-no-signal.zh-CN.pwb"].git
    assert (change.author, change.subject, change.uncommitted) == ("Chen Jing", "Reviewed", False)
    assert change.date.startswith("2026-12-01")
    assert moved["roaming-no-signal.en.pwb"].git.author == "Quality Lead"


def test_another_folder_of_the_same_checkout_is_logged_for_itself(checkout, git_calls):
    cache = RegisterCache()
    scan_register(checkout / "processes", cache, today=TODAY)
    whole = rows(scan_register(checkout, cache, today=TODAY))
    assert git_calls.count("log") == 2
    assert whole["processes/network-complaints.en.pwb"].git.subject == "Processes as approved"


def test_the_cache_file_keeps_the_log_for_the_next_run(checkout, tmp_path, git_calls):
    cache = RegisterCache()
    first = rows(scan_register(checkout / "processes", cache, today=TODAY))
    assert save_cache(cache, tmp_path / "cache.json")
    again = rows(scan_register(checkout / "processes", load_cache(tmp_path / "cache.json"),
                               today=TODAY))
    assert git_calls.count("log") == 1
    assert again == first
