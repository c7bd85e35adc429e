"""`process-workbench register FOLDER [--json]`: the process register of a team's folder,
for a quality lead preparing a COPC audit and for the CI of a process repository."""

from __future__ import annotations

import argparse
import datetime as dt
import os

from cli import audit_texts as t
from cli.console import say, say_json
from cli.opening import BadInput
from cli.table import display_width, format_table
from cli.words import current, say_in, tr
from workbench.readiness import RULE_IDS, rule_title
from workbench.register.cache_file import cache_file, load_cache, save_cache
from workbench.register.entry import RegisterEntry
from workbench.register.scan import Register, RegisterCache, scan_register
from workbench.vocabulary import value_word

NAME = "register"
REGISTER_SCHEMA = "process-workbench/register/1"
ALL_READY, GAPS = 0, 1


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        NAME, help=tr(t.REGISTER_HELP), description=tr(t.REGISTER_DESCRIPTION)
    )
    parser.add_argument("folder", metavar="FOLDER", help=tr(t.FOLDER_ARG))
    parser.add_argument("--json", action="store_true", help=tr(t.JSON_ARG))
    add_common_arguments(parser)
    parser.set_defaults(run=run)


def add_common_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--today", metavar="DATE", help=tr(t.TODAY_ARG))
    parser.add_argument("--no-cache", action="store_true", help=tr(t.NO_CACHE_ARG))


def run(args: argparse.Namespace) -> int:
    today = parse_today(args.today)
    register = scan_folder(args.folder, today, not args.no_cache)
    if args.json:
        say_json(register_data(register, today))
    else:
        say(register_text(register, today))
    return ALL_READY if all(e.ready for e in register.entries) else GAPS


def parse_today(text: str | None) -> dt.date:
    if text is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise BadInput(tr(t.BAD_DATE).format(text=text)) from None


def scan_folder(folder: str, today: dt.date, cached: bool = True) -> Register:
    """The register of `folder`, reusing the rows of the last run unless `cached` is False."""
    if not os.path.isdir(folder):
        raise BadInput(tr(t.NOT_A_FOLDER).format(folder=folder))
    where = cache_file(folder)
    cache = load_cache(where) if cached else RegisterCache()
    try:
        register = scan_register(folder, cache, today=today)
    except OSError as error:
        raise BadInput(tr(t.CANNOT_SCAN).format(folder=folder, reason=error.strerror)) from None
    if cached:
        save_cache(cache, where)
    return register


def register_data(register: Register, today: dt.date) -> dict:
    return {
        "schema": REGISTER_SCHEMA,
        "folder": register.folder,
        "today": today.isoformat(),
        "git": register.git,
        "rules": [{"id": r, "title": rule_title(r)} for r in RULE_IDS],
        "summary": counts(register),
        "documents": [e.to_json() for e in register.entries],
    }


def counts(register: Register) -> dict[str, int]:
    entries = register.entries
    return {
        "documents": len(entries),
        "ready": sum(1 for e in entries if e.ready),
        "gaps": sum(1 for e in entries if e.readable and not e.ready),
        "unreadable": sum(1 for e in entries if not e.readable),
    }


def register_text(register: Register, today: dt.date) -> str:
    lines = [
        tr(t.HEADING).format(folder=register.folder),
        tr(t.SUMMARY).format(today=current().date(today), **counts(register)),
        "",
    ]
    readable = [e for e in register.entries if e.readable]
    if not register.entries:
        return "\n".join([*lines, t.NO_DOCUMENTS])
    headers = [*map(tr, t.COLUMNS), *([tr(t.GIT_COLUMN)] if register.git else [])]
    rows = [_row(e, register.git) for e in readable]
    lines.append(format_table(headers, rows, right_aligned=(8, 9, 10)))
    gaps = [
        tr(t.GAP_LINE).format(path=e.path, rule=g.rule_id, text=say_in(g.text))
        for e in readable
        for g in e.gaps
    ]
    if gaps:
        lines += ["", tr(t.GAPS_HEADING), *gaps]
    broken = [
        tr(t.ERROR_LINE).format(path=e.path, error=e.error)
        for e in register.entries
        if not e.readable
    ]
    if broken:
        lines += ["", tr(t.UNREADABLE_HEADING), *broken]
    return "\n".join(lines)


def verdict(entry: RegisterEntry) -> str:
    if not entry.readable:
        return tr(t.UNREADABLE)
    return tr(t.READY) if entry.ready else tr(t.GAP_COUNT).format(count=len(entry.gaps))


def _row(entry: RegisterEntry, git: bool) -> list[str]:
    f = entry.findings
    row = [
        _short(entry.title or "—"),
        entry.path,
        tr(t.CLASSES[entry.classification])
        if entry.classification in t.CLASSES
        else entry.classification,
        entry.owner or "—",
        value_word(entry.status.replace("_", " ")),
        entry.version_label or "—",
        " ".join(x for x in (entry.approved_by, _date(entry.approved_on)) if x) or "—",
        _date(entry.next_review) or "—",
        str(entry.kpi_count),
        _share(entry.kpi_coverage),
        _share(entry.checklist_score),
        f"{f.get('error', 0)}/{f.get('warning', 0)}/{f.get('info', 0)}",
        verdict(entry),
    ]
    if git:
        change = entry.git
        text = f"{_date(change.date)} {change.author}" if change and change.date else "—"
        row.append(text + (f" ({tr(t.UNCOMMITTED)})" if change and change.uncommitted else ""))
    return row


def _date(iso: str) -> str:
    """A date as its reader writes it (the JSON keeps ISO)."""
    return current().date(iso) if iso else ""


def _class_name(classification: str) -> str:
    return tr(t.CLASSES[classification]) if classification in t.CLASSES else classification


def _short(text: str, width: int = 36) -> str:
    line = text.splitlines()[0] if text else ""
    out = ""
    for char in line:
        if display_width(out + char) > width - 1:
            return out + "…"
        out += char
    return out


def _share(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"
