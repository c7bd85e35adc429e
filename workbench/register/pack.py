"""What the audit pack shows, gathered once for both of its forms (the PDF and the
workbook): the register, the readiness matrix, and per readable process its current
version, findings and KPI performance."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass

from workbench.checks import check_version
from workbench.document import Document
from workbench.findings import Finding
from workbench.kpi_performance import KpiPerformance, kpi_performance
from workbench.model import Version
from workbench.readiness import RULE_IDS, current_version
from workbench.register.entry import RegisterEntry
from workbench.register.scan import Register
from workbench.storage import FormatError, load_document


@dataclass(frozen=True)
class ProcessPack:
    entry: RegisterEntry
    document: Document
    version: Version
    findings: tuple[Finding, ...]
    performances: tuple[KpiPerformance, ...]


@dataclass(frozen=True)
class AuditPack:
    register: Register
    today: dt.date
    processes: tuple[ProcessPack, ...]

    def matrix(self) -> list[tuple[RegisterEntry, dict[str, int]]]:
        """Per document, the number of gaps under each rule (0: the rule holds)."""
        return [
            (e, {rule: sum(1 for g in e.gaps if g.rule_id == rule) for rule in RULE_IDS})
            for e in self.register.entries
            if e.readable
        ]


def build_pack(
    register: Register,
    today: dt.date,
    cancelled: Callable[[], bool] = lambda: False,
) -> AuditPack:
    processes = []
    for entry in register.entries:
        if cancelled():
            break
        if not entry.readable:
            continue
        try:
            document = load_document(os.path.join(register.folder, entry.path))
        except FormatError:
            continue  # changed since the scan; the register row still says what it was
        version = current_version(document)
        if version is None:
            continue
        performances = tuple(
            kpi_performance(k) for k in sorted(version.kpis.values(), key=lambda k: k.name)
        )
        findings = tuple(check_version(document, version))
        processes.append(ProcessPack(entry, document, version, findings, performances))
    return AuditPack(register, today, tuple(processes))
