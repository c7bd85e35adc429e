"""The common contact-centre KPIs (DOMAIN.md §4), offered as presets wherever a KPI is added.

Plain data, so the editor, the command line and the exporters offer the same definitions.
A preset carries no target: the catalogue's typical targets are reference points only, shown
as a hint, never written into a user's KPI.
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.model import Attachment, AttachmentKind, Direction, Kpi, KpiCategory

_UP, _DOWN = Direction.HIGHER, Direction.LOWER
_INTERACTION, _NODE, _PROCESS = (
    AttachmentKind.INTERACTION,
    AttachmentKind.NODE,
    AttachmentKind.PROCESS,
)


@dataclass(frozen=True)
class KpiPreset:
    key: str
    name: str
    definition: str
    formula: str
    unit: str
    direction: Direction
    category: KpiCategory
    attaches_to: AttachmentKind  # where users usually bind it
    where: str  # the blueprint element, in the catalogue's words
    typical_target: str = ""

    def kpi(self, kpi_id: str, attached_to: Attachment | None = None) -> Kpi:
        """A new KPI from this preset, bound where the user asked (default: the process)."""
        return Kpi(
            id=kpi_id,
            name=self.name,
            definition=self.definition,
            formula=self.formula,
            unit=self.unit,
            direction=self.direction,
            category=self.category,
            attached_to=attached_to or Attachment(AttachmentKind.PROCESS),
        )


CATALOGUE: tuple[KpiPreset, ...] = (
    KpiPreset(
        "service_level",
        "Service level",
        "Share of contacts answered within a threshold.",
        "answered within T s / contacts (record how abandons are treated)",
        "%",
        _UP,
        KpiCategory.SERVICE,
        _INTERACTION,
        "Queue entry (line of interaction)",
        "80/20",
    ),
    KpiPreset(
        "asa",
        "ASA (average speed of answer)",
        "Mean queue wait of answered contacts.",
        "sum of queue wait of answered / answered",
        "s",
        _DOWN,
        KpiCategory.SERVICE,
        _INTERACTION,
        "Queue entry",
        "Org-set; read with abandons",
    ),
    KpiPreset(
        "abandonment",
        "Abandonment rate",
        "Callers hanging up before an answer.",
        "(offered - handled) / offered; short abandons (~5 s) often excluded",
        "%",
        _DOWN,
        KpiCategory.SERVICE,
        _INTERACTION,
        "Queue entry",
        "Org-set",
    ),
    KpiPreset(
        "aht",
        "AHT (average handle time)",
        "Agent time per contact.",
        "(talk + hold + after-contact work) / handled",
        "s",
        _DOWN,
        KpiCategory.COST,
        _NODE,
        "Onstage and backstage agent steps",
        "None universal; never optimise alone",
    ),
    KpiPreset(
        "fcr",
        "First-contact resolution",
        "Need resolved with no further contact.",
        "resolved first time / contacts (no repeat within 7 days, or survey)",
        "%",
        _UP,
        KpiCategory.QUALITY,
        _NODE,
        "Case closure",
        "Org-set",
    ),
    KpiPreset(
        "repeat_contact",
        "Repeat contact rate",
        "Same customer, same reason, again within a window.",
        "repeats within 7/15/30 days / contacts",
        "%",
        _DOWN,
        KpiCategory.QUALITY,
        _INTERACTION,
        "Customer lane, across touchpoints",
        "Org-set",
    ),
    KpiPreset(
        "failure_demand",
        "Failure-demand share",
        "Contacts caused by an earlier failure.",
        "failure-demand contacts / all contacts",
        "%",
        _DOWN,
        KpiCategory.QUALITY,
        _INTERACTION,
        "Inbound touchpoints",
        "40-60 % common before redesign",
    ),
    KpiPreset(
        "transfer",
        "Transfer rate",
        "Handled contacts passed to another person.",
        "transferred / handled (once per contact; IVR routing excluded)",
        "%",
        _DOWN,
        KpiCategory.SERVICE,
        _INTERACTION,
        "Onstage hand-offs",
        "Org-set",
    ),
    KpiPreset(
        "escalation",
        "Escalation rate",
        "Cases moved up a tier.",
        "escalated / cases",
        "%",
        _DOWN,
        KpiCategory.SERVICE,
        _NODE,
        "Line of internal interaction",
        "Org-set (not 0)",
    ),
    KpiPreset(
        "critical_error_accuracy",
        "Critical-error accuracy",
        "Monitored transactions free of critical errors, per class (customer, business, "
        "compliance).",
        "error-free sampled / sampled, per critical class",
        "%",
        _UP,
        KpiCategory.QUALITY,
        _NODE,
        "Any onstage or backstage step with an output",
        "Org- or client-set",
    ),
    KpiPreset(
        "csat",
        "CSAT",
        "Share of customers satisfied after an interaction.",
        "(4 + 5 on a 1-5 scale) / responses",
        "%",
        _UP,
        KpiCategory.SATISFACTION,
        _INTERACTION,
        "Post-interaction survey",
        ">80 % read as excellent",
    ),
    KpiPreset(
        "ces",
        "CES (customer effort score)",
        "Effort the customer had to expend.",
        "mean of 'how much effort did you personally put forth' 1 (very low) - 5 (very high)",
        "score",
        _DOWN,
        KpiCategory.SATISFACTION,
        _INTERACTION,
        "Post-interaction survey",
        "Org-set",
    ),
    KpiPreset(
        "nps",
        "NPS",
        "Likelihood to recommend.",
        "% promoters (9-10) - % detractors (0-6)",
        "points",
        _UP,
        KpiCategory.SATISFACTION,
        _PROCESS,
        "Relationship level",
        "Industry-specific",
    ),
    KpiPreset(
        "complaint_resolution_time",
        "Complaint resolution time",
        "Open-to-resolved time for complaints.",
        "sum of resolution time / resolved (state calendar or business hours)",
        "h",
        _DOWN,
        KpiCategory.SERVICE,
        _PROCESS,
        "Complaint process end to end",
        "Org- or regulator-set",
    ),
    KpiPreset(
        "sla_attainment",
        "SLA attainment",
        "Items meeting their committed time.",
        "items within SLA / items subject to SLA",
        "%",
        _UP,
        KpiCategory.SERVICE,
        _PROCESS,
        "Per SLA clock (tier x issue type)",
        ">95 % read as excellent",
    ),
    KpiPreset(
        "promise_kept",
        "Promise-kept rate",
        "Commitments (callback, visit, fix date) honoured on time.",
        "kept on time / promises made",
        "%",
        _UP,
        KpiCategory.QUALITY,
        _NODE,
        "Onstage step that makes the promise",
        "Org-set",
    ),
    KpiPreset(
        "pce",
        "PCE (process cycle efficiency)",
        "Value share of the lead time.",
        "sum of value-adding time / lead time (the customer's elapsed time)",
        "%",
        _UP,
        KpiCategory.COST,
        _PROCESS,
        "Whole flow (as-is vs to-be)",
        ">25 % counts as lean",
    ),
)

PRESETS_BY_KEY: dict[str, KpiPreset] = {preset.key: preset for preset in CATALOGUE}
