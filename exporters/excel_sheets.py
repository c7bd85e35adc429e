"""The workbook's lists: what changed, each version's steps, interactions with their KPIs,
the four-element checklist and the findings. Each is one Excel table a process owner can
filter, sort and keep adding to."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from openpyxl.formatting.rule import FormulaRule
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from exporters.excel_layout import (
    ADDED_FONT,
    GAP_FILL,
    GAP_FONT,
    NUMBER_FORMAT,
    REMOVED_FONT,
    WORSE_FILL,
    WORSE_FONT,
    fit_columns,
    prepare_page,
    write_table,
    write_title,
)
from workbench.checklist_score import ELEMENT_NAMES, ItemScore, checklist_score
from workbench.comparison import ChangeKind, Comparison
from workbench.comparison_elements import Describer, method_text, text
from workbench.document import Document
from workbench.findings import Finding, check_title
from workbench.i18n import Joined, _t, reader, say, tr
from workbench.model import ChecklistElement, Direction, Kpi, LaneKind, Version
from workbench.vocabulary import value_word

YES_NO = {True: _t("yes"), False: _t("no"), None: ""}


DEMAND_WORDS = {"value": _t("value demand"), "failure": _t("failure demand")}


def write_changes(sheet: Worksheet, comparison: Comparison) -> None:
    """One row per field that changed; an added or removed element is one row."""
    first = write_title(
        sheet,
        tr("What changed"),
        tr("{before} → {after}: lanes, steps, flows and KPIs added, removed or changed").format(
            before=comparison.before.version_name, after=comparison.after.version_name
        ),
    )
    rows = []
    for change in comparison.elements:
        how = value_word(text(change.matched_by))
        if change.change is ChangeKind.CHANGED:
            rows += [
                [
                    value_word(change.type),
                    value_word(change.change),
                    change.name,
                    change.lane,
                    value_word(f.field),
                    value_word(f.before),
                    value_word(f.after),
                    how,
                ]
                for f in change.fields
            ]
        else:
            rows.append(
                [value_word(change.type), value_word(change.change), change.name, change.lane,
                 "", "", "", how]
            )
    headers = [
        tr("Element"),
        tr("Change"),
        tr("Name"),
        tr("Lane"),
        tr("Field"),
        tr("Before"),
        tr("After"),
        tr("Matched by"),
    ]
    header, last = write_table(
        sheet, "Changes", headers, rows, first_row=first, wrap=(3, 6, 7), empty=tr("(no changes)")
    )
    # Removing a step is often the point of a redesign: removed reads struck through, not red.
    rows_range = f"A{header + 1}:H{last}"
    _flag(sheet, rows_range, f'$B{header + 1}="{value_word("removed")}"', None, REMOVED_FONT)
    _flag(sheet, rows_range, f'$B{header + 1}="{value_word("added")}"', None, ADDED_FONT)
    fit_columns(sheet, header, widths={3: 45, 6: 40, 7: 40})
    prepare_page(sheet, header)


STEP_HEADERS = (
    _t("Lane"),
    _t("Zone"),
    _t("Kind"),
    _t("Label"),
    _t("Duration"),
    _t("Unit"),
    _t("Hours"),
    _t("Value class"),
    _t("Waste kind"),
    _t("Fail point"),
    _t("Script"),
    _t("Rules"),
    _t("IT system"),
)


def write_steps(sheet: Worksheet, document: Document, version: Version, table: str) -> None:
    """A version's steps, top lane first and left to right, as the diagram reads."""
    first = write_title(sheet, tr("Steps of {version}").format(version=version.name),
                        version.description)
    lanes = version.lanes_by_id()
    order = {lane.id: i for i, lane in enumerate(version.lanes)}
    nodes = sorted(version.nodes.values(), key=lambda n: (order.get(n.lane, 99), n.x, n.y))
    rows = []
    for node in nodes:
        lane = lanes.get(node.lane)
        rows.append(
            [
                lane.name if lane else node.lane,
                value_word(text(lane.kind)) if lane else "",
                value_word(text(node.kind)),
                node.label,
                node.duration.expected if node.duration else None,
                value_word(text(node.duration.unit)) if node.duration else "",
                node.duration_hours() if node.duration else None,
                value_word(text(node.value_class)),
                value_word(text(node.waste_kind)),
                tr("yes") if node.fail_point else "",
                node.script,
                node.rules,
                node.it_system,
            ]
        )
    header, last = write_table(
        sheet,
        table,
        [tr(h) for h in STEP_HEADERS],
        rows,
        first_row=first,
        formats={5: NUMBER_FORMAT, 7: "#,##0.00"},
        wrap=(4, 11, 12),
    )
    _flag(sheet, f"H{header + 1}:I{last}", f'$H{header + 1}="{value_word("waste")}"', WORSE_FILL,
          WORSE_FONT)
    fit_columns(sheet, header, widths={4: 42, 11: 40, 12: 36})
    prepare_page(sheet, header)


def write_interactions(sheet: Worksheet, document: Document, versions: Sequence[Version]) -> None:
    """Each interaction of each version with each of its KPIs; an interaction without a KPI
    has a row of its own, marked, since that is the gap a COPC auditor looks for first."""
    first = write_title(
        sheet,
        tr("Interactions & KPIs"),
        tr("Every flow across the line of interaction, with the KPIs attached to it"),
    )
    segments = list(document.segments)
    headers = [
        *(tr("Version"), tr("Attached to"), tr("Lanes"), tr("Started by"), "KPI", tr("Unit")),
        tr("Better when"),
        tr("Target"),
        *(tr("Target: {segment}").format(segment=s.name) for s in segments),
        *(tr("Baseline"), tr("Measured"), tr("Data source"), tr("Method"), tr("Owner")),
    ]
    rows = [row for version in versions for row in _kpi_rows(document, version)]
    numbers = range(8, 8 + len(segments) + 3)
    header, last = write_table(
        sheet,
        "InteractionKpis",
        headers,
        rows,
        first_row=first,
        formats={c: NUMBER_FORMAT for c in numbers},
        wrap=(2, 3, len(headers) - 1),
    )
    end = get_column_letter(len(headers))
    _flag(sheet, f"A{header + 1}:{end}{last}", f'$E{header + 1}="{tr("(no KPI)")}"', GAP_FILL,
          GAP_FONT)
    fit_columns(sheet, header, widths={2: 44, 3: 26, len(headers) - 1: 28})
    prepare_page(sheet, header, freeze_column="C")


def _kpi_rows(document: Document, version: Version) -> Iterator[list]:
    side = Describer(version, {s.id: s for s in document.segments})
    lanes = version.lanes_by_id()
    customer = {i for i, lane in lanes.items() if lane.kind is LaneKind.CUSTOMER}
    by_ref: dict[str | None, list[Kpi]] = {}
    for kpi in version.kpis.values():
        by_ref.setdefault(kpi.attached_to.ref, []).append(kpi)
    for flow in version.flows.values():
        source, target = version.nodes.get(flow.source), version.nodes.get(flow.target)
        if (
            source is None
            or target is None
            or (source.lane in customer) == (target.lane in customer)
        ):
            continue
        where = [
            version.name,
            side.flow_name(flow),
            f"{_lane(lanes, source.lane)} → {_lane(lanes, target.lane)}",
            tr("customer") if source.lane in customer else tr("organisation"),
        ]
        kpis = by_ref.pop(flow.id, [])
        if not kpis:
            yield [*where, tr("(no KPI)")]
        for kpi in kpis:
            yield [*where, *_kpi_cells(document, kpi)]
    for ref, kpis in by_ref.items():  # KPIs on steps and on the whole process
        for kpi in kpis:
            where = say(side.attachment(kpi)) if ref is not None else tr("the process")
            yield [version.name, where, "", "", *_kpi_cells(document, kpi)]


def _kpi_cells(document: Document, kpi: Kpi) -> list:
    per_segment = dict(kpi.segment_targets)
    better = tr("higher") if kpi.direction is Direction.HIGHER else tr("lower")
    return [
        kpi.name,
        kpi.unit,
        better,
        kpi.target,
        *(per_segment.get(s.id) for s in document.segments),
        kpi.baseline,
        kpi.measured,
        kpi.data_source,
        " · ".join(part for part in (say(method_text(kpi)), kpi.frequency) if part),
        kpi.owner,
    ]


def _lane(lanes: dict, lane_id: str) -> str:
    lane = lanes.get(lane_id)
    return lane.name if lane else lane_id


def write_checklist(sheet: Worksheet, versions: Sequence[Version]) -> None:
    """The four elements per version: each item, complete or not, what is missing, and the
    judgements of each output (does it satisfy the customer, does it push work onto them)."""
    first = write_title(
        sheet,
        tr("Four-element checklist"),
        tr("Goal, inputs, outputs and activities of each version, and their gaps"),
    )
    rows = []
    for version in versions:
        score = checklist_score(version.checklist, version)
        details = _item_details(version)
        for item in score.items:
            element_score = score.elements[item.element]
            rows.append(
                [
                    version.name,
                    say(ELEMENT_NAMES[item.element]),
                    tr("{done} of {total}").format(done=element_score.complete,
                                                   total=element_score.total),
                    _item_name(item),
                    tr("complete") if item.complete else tr("incomplete"),
                    say(Joined(item.missing, "items")),
                    *details.get(item.item_id or f"<{item.element.value}>", ("", "", "")),
                ]
            )
    headers = [
        tr("Version"),
        tr("Element"),
        tr("Element complete"),
        tr("Item"),
        tr("Status"),
        tr("What is missing"),
        tr("Satisfies the customer"),
        tr("Pushes work onto the customer"),
        tr("Details"),
    ]
    header, last = write_table(sheet, "Checklist", headers, rows, first_row=first, wrap=(4, 6, 9))
    _flag(sheet, f"E{header + 1}:F{last}", f'$E{header + 1}="{tr("incomplete")}"', GAP_FILL,
          GAP_FONT)
    fit_columns(sheet, header, widths={4: 36, 6: 44, 7: 13, 8: 13, 9: 60})
    prepare_page(sheet, header)


def _item_name(item: ItemScore) -> str:
    if item.name:
        return item.name
    return tr("Goal") if item.element is ChecklistElement.GOAL else tr("(none listed)")


def _item_details(version: Version) -> dict[str, tuple[str, str, str]]:
    """Per item id: (satisfies the customer, pushes work onto the customer, details)."""
    checklist = version.checklist
    goal = checklist.goal
    goal_kpis = reader().join([version.kpis[k].name for k in goal.kpis if k in version.kpis])
    found = {
        "<goal>": (
            "",
            "",
            _join(
                goal.statement,
                tr("KPIs: {kpis}").format(kpis=goal_kpis) if goal_kpis else "",
                tr("owner: {owner}").format(owner=goal.owner) if goal.owner else "",
            ),
        )
    }
    for item in checklist.inputs:
        variants = reader().join([v.name for v in item.variants])
        found[item.id] = (
            "",
            "",
            _join(
                tr("trigger: {text}").format(text=item.trigger) if item.trigger else "",
                tr("channel: {text}").format(text=item.channel) if item.channel else "",
                tr("variants: {names}").format(names=variants) if variants else "",
                tr(DEMAND_WORDS.get(text(item.demand), text(item.demand))) if item.demand else "",
            ),
        )
    for item in checklist.outputs:
        found[item.id] = (
            tr(YES_NO[item.satisfies_customer]),
            tr(YES_NO[item.pushes_work_to_customer]),
            _join(
                item.judgement,
                tr("time standard: {text}").format(text=item.time_standard)
                if item.time_standard else "",
            ),
        )
    for item in checklist.activities:
        kpi = version.kpis.get(item.kpi or "")
        found[item.id] = ("", "", _join(item.standard, f"KPI{tr(': ')}{kpi.name}" if kpi else ""))
    return found


def _join(*parts: str) -> str:
    return tr("; ").join(p for p in parts if p)


def write_findings(
    sheet: Worksheet, versions: Sequence[Version], findings: dict[str, list[Finding]]
) -> None:
    """What the checks found in each version: a version with findings still exports."""
    first = write_title(
        sheet,
        tr("Findings"),
        tr("What the checks found: fix the errors before trusting the figures"),
    )
    rows = []
    for version in versions:
        side = Describer(version, {})
        for finding in findings.get(version.id, []):
            rows.append(
                [
                    version.name,
                    tr(text(finding.severity)),
                    check_title(finding.check_id, reader()),
                    _element(side, finding),
                    say(finding.message),
                    finding.check_id,
                ]
            )
    headers = [
        tr("Version"),
        tr("Severity"),
        tr("Check"),
        tr("Element"),
        tr("Message"),
        tr("Check id"),
    ]
    header, last = write_table(
        sheet, "Findings", headers, rows, first_row=first, wrap=(4, 5), empty=tr("(no findings)")
    )
    error, warning = tr("error"), tr("warning")
    _flag(sheet, f"B{header + 1}:B{last}", f'$B{header + 1}="{error}"', WORSE_FILL, WORSE_FONT)
    _flag(sheet, f"B{header + 1}:B{last}", f'$B{header + 1}="{warning}"', GAP_FILL, GAP_FONT)
    fit_columns(sheet, header, widths={4: 36, 5: 70})
    prepare_page(sheet, header)


def _element(side: Describer, finding: Finding) -> str:
    element, version = finding.element_id, side.version
    if element is None:
        return value_word(text(finding.element_kind) or "version")
    if element in version.nodes:
        return f"{tr('step')} {side.step_name(element)}"
    if element in version.flows:
        return f"{tr('flow')} {side.flow_name(version.flows[element])}"
    if element in version.kpis:
        return f"KPI {version.kpis[element].name}"
    lanes = version.lanes_by_id()
    if element in lanes:
        return f"{tr('lane')} {lanes[element].name}"
    return f"{value_word(finding.element_kind or '')} {element}".strip()


def _flag(sheet: Worksheet, cells: str, formula: str, fill, font) -> None:
    rule = FormulaRule(formula=[formula], fill=fill, font=font)
    sheet.conditional_formatting.add(cells, rule)
