"""The folder a quality lead would point the register at: the ten bundled templates, given
owners, approvals, review dates and a year of monthly KPI results (from
tests/data/audit/kpi_results.csv), plus a few broken files. Each template is set up to
show one kind of readiness gap, so the register's verdicts can be checked one by one.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import defaultdict
from pathlib import Path

import process_templates
from workbench.governance import ChangeLogEntry, CorrectiveAction
from workbench.kpi_results_io import results_from_rows
from workbench.model import Status
from workbench.readiness import current_version
from workbench.storage import load_document, save_document

TEMPLATE_FOLDER = Path(process_templates.__file__).parent
DATA = Path(__file__).parent / "data" / "audit"
RESULTS_CSV = DATA / "kpi_results.csv"
TODAY = dt.date(2026, 12, 3)
DRIFTING = ("network-complaints.en.pwb", "t-k-first")  # falls out of control from 2026-07
OFF_TARGET_WITH_ACTION = ("adsl-installation.en.pwb", "t-k-csat")

OWNERS = {
    "adsl-installation.en.pwb": "Li Wei",
    "adsl-installation.zh-CN.pwb": "李伟",
    "health-insurance-claims.en.pwb": "Maria Santos",
    "health-insurance-claims.zh-CN.pwb": "王芳",
    "network-complaints.en.pwb": "Zhang Min",
    "network-complaints.zh-CN.pwb": "张敏",
    "roaming-no-signal.en.pwb": "",  # gap: no owner
    "roaming-no-signal.zh-CN.pwb": "陈静",
    "technician-identity-check.en.pwb": "Sam Okafor",
    "technician-identity-check.zh-CN.pwb": "刘洋",
}
DRAFT = {"technician-identity-check.en.pwb"}  # gap: no approved version
OVERDUE = {"health-insurance-claims.zh-CN.pwb"}  # gap: review overdue

BROKEN = {
    "broken/truncated.pwb": b'{"format": "process-workbench", "schema_version": 2, "meta',
    "broken/newer-schema.pwb": b'{"format": "process-workbench", "schema_version": 99}',
    "broken/not-a-document.pwb": "这不是流程文件".encode(),
}


def results_by_file() -> dict[str, list[list[str]]]:
    rows = list(csv.reader(io.StringIO(RESULTS_CSV.read_text(encoding="utf-8"))))
    header, grouped = rows[0][1:], defaultdict(list)
    for row in rows[1:]:
        grouped[row[0]].append(row[1:])
    return {name: [header, *body] for name, body in grouped.items()}


def build_audit_folder(folder: Path, broken: bool = True) -> Path:
    """Write the audit folder into `folder` (created) and return it."""
    folder.mkdir(parents=True, exist_ok=True)
    results = results_by_file()
    for name, owner in OWNERS.items():
        document = load_document(TEMPLATE_FOLDER / name)
        version = current_version(document)
        assert version is not None
        for kpi_id, kpi_results in results_from_rows(results[name], version).items():
            document.change_kpi(version.id, kpi_id, results=kpi_results,
                                target_rationale="Set from the 2025 baseline and the "
                                                 "customer research of the redesign.")
        for kpi in version.kpis.values():
            if not kpi.target_rationale:
                document.change_kpi(version.id, kpi.id, target_rationale="Regulator's limit.")
        if (name, "t-k-csat") == OFF_TARGET_WITH_ACTION:
            action = CorrectiveAction("ca1", "Coach installers on the arrival call; check "
                                      "weekly", "2026-11-05", "Li Wei", "2027-01-31",
                                      "New installers skip the arrival call")
            document.change_kpi(version.id, "t-k-csat", corrective_actions=(action,))
        document.change_metadata(**_metadata(name, owner))
        save_document(document, folder / name, backup=False)
    if broken:
        for relative, data in BROKEN.items():
            (folder / relative).parent.mkdir(parents=True, exist_ok=True)
            (folder / relative).write_bytes(data)
    return folder


def _metadata(name: str, owner: str) -> dict:
    approved = name not in DRAFT
    on = "2026-03-10"
    return {
        "owner": owner,
        "status": Status.APPROVED if approved else Status.DRAFT,
        "version_label": "2.0" if approved else "2.1",
        "approved_by": "Head of Quality" if approved else "",
        "approved_on": on if approved else "",
        "last_review": "2025-01-20" if name in OVERDUE else "2026-09-15",
        "review_interval_months": 12,
        "next_review": "",
        "change_log": (
            ChangeLogEntry("1.0", "Head of Quality", "2025-01-20", "First approved version"),
            ChangeLogEntry("2.0", "Head of Quality", on, "Redesigned flow in operation"),
        ),
    }


# A team that works in one language: every template of that language, with owner, approval,
# change log and target rationale written in it too, so the register and the audit pack have
# no reason to show a word of the other language.
ONE_LANGUAGE_WORDS = {
    "zh-CN": {"approved_by": "质量部经理", "first": "首个批准版本", "second": "优化后流程上线",
              "rationale": "依据2025年基线和客户调研设定。"},
    "en": {"approved_by": "Head of Quality", "first": "First approved version",
           "second": "Redesigned flow in operation",
           "rationale": "Set from the 2025 baseline and the customer research of the redesign."},
}  # fmt: skip


def build_one_language_folder(folder: Path, language: str) -> Path:
    """The templates of `language` ("zh-CN" or "en") with a year of KPI results, in `folder`."""
    words = ONE_LANGUAGE_WORDS[language]
    folder.mkdir(parents=True, exist_ok=True)
    results = results_by_file()
    for name, owner in OWNERS.items():
        if f".{language}." not in name:
            continue
        document = load_document(TEMPLATE_FOLDER / name)
        version = current_version(document)
        assert version is not None
        for kpi_id, kpi_results in results_from_rows(results[name], version).items():
            document.change_kpi(version.id, kpi_id, results=kpi_results,
                                target_rationale=words["rationale"])
        metadata = _metadata(name, owner or words["approved_by"])
        metadata["approved_by"] = words["approved_by"] if metadata["approved_by"] else ""
        metadata["change_log"] = (
            ChangeLogEntry("1.0", words["approved_by"], "2025-01-20", words["first"]),
            ChangeLogEntry("2.0", words["approved_by"], "2026-03-10", words["second"]),
        )
        document.change_metadata(**metadata)
        save_document(document, folder / name, backup=False)
    return folder
