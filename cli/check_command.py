"""`process-workbench check FILE`: the lint a process repository's CI runs on every change.

Exit code 0 when nothing at or above `--fail-on` was found, 1 when something was, 2 when
the file itself could not be read (that part is the caller's).
"""

from __future__ import annotations

import argparse

from cli import render
from cli.analysis import analyse, severity_rank
from cli.console import say, say_json
from cli.opening import open_document, pick_versions
from cli.words import tr

CLEAN, FINDINGS = 0, 1
LEVELS = ("error", "warning", "info")


NAME = "check"

def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "check",
        help=tr("check a process against the rules and show its measures"),
        description=tr("Check a process document: structure (every step reachable, every path "
                       "ends), decisions and their probabilities, value classes of customer "
                       "steps, KPIs on every interaction, the four-element checklist. "
                       "The measures of each version follow the findings."),
    )
    parser.add_argument("file", metavar="FILE", help=tr("a .pwb process document"))
    parser.add_argument("--version", metavar="NAME",
                        help=tr("check only this version (its name, e.g. 'To-be', or its id)"))
    parser.add_argument("--json", action="store_true",
                        help=tr("print the findings and measures as JSON, for other programs"))
    parser.add_argument("--fail-on", choices=LEVELS, default="warning",
                        help=tr("lowest severity that makes the check fail with exit code 1 "
                                "(default: warning)"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    document = open_document(args.file)
    versions = pick_versions(document, args.version)
    analyses = analyse(document, versions)
    rows = [(a.version, f) for a in analyses for f in a.findings]
    findings = [f for _, f in rows]
    threshold = severity_rank(args.fail_on)
    failed = any(severity_rank(f.severity) >= threshold for f in findings)
    code = FINDINGS if failed else CLEAN
    counts = render.count_by_severity(findings)

    if args.json:
        data = {
            "schema": render.CHECK_SCHEMA,
            **render.document_header(document, args.file),
            "fail_on": args.fail_on,
            "passed": not failed,
            "exit_code": code,
            "counts": counts,
            "findings": render.findings_data(rows),
            "measures": render.measure_definitions(),
            "versions": [render.version_measures(a) for a in analyses],
        }
        say_json(data)
        return code

    say(render.document_title(document, args.file))
    say()
    if rows:
        say(tr("Findings: {counts}").format(counts=render.summary_line(counts)))
        say(render.findings_table(rows, show_version=len(versions) > 1))
    else:
        say(tr("Findings: none."))
    say()
    say(tr("Measures"))
    say(render.measures_table(analyses))
    say()
    level = render.severity_word(args.fail_on)
    if failed:
        say(tr("Check failed: there are findings at '{level}' level or above (exit code {code}).")
            .format(level=level, code=code))
    else:
        say(tr("Check passed: nothing at '{level}' level or above.").format(level=level))
    return code
