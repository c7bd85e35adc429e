"""Other tools' BPMN readers, installed from npm into tests/exporters/node_tools, as judges
of our BPMN output. Installed once per test session; skipped with the reason where Node.js,
npm or the registry is not available (a user's own machine, an offline build)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

TOOLS = Path(__file__).resolve().parents[1] / "node_tools"


def install() -> str | None:
    """Install bpmn-moddle and bpmnlint; returns why not, or None when ready."""
    if shutil.which("node") is None or shutil.which("npm") is None:
        return "Node.js and npm are not installed"
    try:
        done = subprocess.run(
            ["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"],
            cwd=TOOLS,
            capture_output=True,
            text=True,
            timeout=300,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        return f"npm ci failed: {error}"
    if done.returncode != 0:
        return f"npm ci failed: {done.stderr.strip()[-500:]}"
    return None


def moddle_reports(files: list[Path], runs: int = 0) -> list[dict]:
    """bpmn-moddle's fromXML on each file: its warnings, or its error (and time, with runs)."""
    command = ["node", str(TOOLS / "moddle_check.mjs")]
    if runs:
        command += ["--time", str(runs)]
    done = subprocess.run(
        [*command, *map(str, files)],
        cwd=TOOLS,
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    return [json.loads(line) for line in done.stdout.splitlines() if line.strip()]


def bpmnlint(files: list[Path]) -> tuple[int, str]:
    """bpmnlint with its recommended rules (.bpmnlintrc): exit code and report."""
    done = subprocess.run(
        [
            "node",
            str(TOOLS / "node_modules" / "bpmnlint" / "bin" / "bpmnlint.js"),
            *map(str, files),
        ],
        cwd=TOOLS,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "NO_COLOR": "1"},
    )
    return done.returncode, done.stdout + done.stderr
