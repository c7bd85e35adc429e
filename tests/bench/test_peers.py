"""The peer benchmark runs its "ours only" path and names what is missing for bpmn-js.
(A few dozen steps: this is not a timing test.)"""

from __future__ import annotations

import shutil

from bench import peers


def test_ours_only_on_a_small_flow(capsys) -> None:
    assert peers.main(["--sizes", "60", "--runs", "1", "--moves", "3", "--ours-only"]) == 0
    out = capsys.readouterr().out
    assert "bpmn-js: left out (--ours-only); ours only." in out
    assert "60 steps, 12 lanes" in out and "open to first paint" in out
    assert "ratio" not in out


def test_missing_tools_are_named(monkeypatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda _name: None)
    monkeypatch.delenv("PW_CHROMIUM", raising=False)
    chromium, why_not = peers.prepare_peer()
    assert chromium is None
    assert why_not.startswith("not installed: node, npm, Chromium")
