"""Naming the elements of many findings takes time linear in the findings: `check` on a
process with tens of thousands of lanes must not scan every lane for every finding."""

from __future__ import annotations

from cli import render
from cli.analysis import analyse
from workbench.builder import VersionBuilder
from workbench.document import Document
from workbench.model import Metadata


class CountedLanes(list):
    """A version's lane list that counts how often it is walked."""

    walks = 0

    def __iter__(self):
        CountedLanes.walks += 1
        return super().__iter__()


def _many_empty_lanes(count: int) -> Document:
    b = VersionBuilder("As-is", "v")
    customer, desk = b.lane("Customer", "customer"), b.lane("Desk", "frontstage")
    start, answer, done = b.start(customer, "Call"), b.task(desk, "Answer", 5), b.end(customer)
    b.flow(start, answer)
    b.flow(answer, done)
    for i in range(count):
        b.lane(f"Empty {i}", "backstage")
    return Document(Metadata(title="many lanes"), [], [b.build()])


def test_each_version_s_lanes_are_walked_a_bounded_number_of_times_not_once_per_finding():
    document = _many_empty_lanes(300)
    version = document.versions[0]
    findings = analyse(document, [version])[0].findings
    rows = [(version, f) for f in findings]
    version.lanes = CountedLanes(version.lanes)
    CountedLanes.walks = 0
    table = render.findings_table(rows, show_version=False)
    assert len(findings) >= 300 and 'lane "Empty 299"' in table
    assert CountedLanes.walks <= 2
    CountedLanes.walks = 0
    data = render.findings_data(rows)
    assert any(d["element"] == 'lane "Empty 0"' for d in data)
    assert CountedLanes.walks <= 2
