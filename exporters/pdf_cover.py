"""The cover: which process, whose, what kind, which versions are compared, and the handful
of figures a manager looks at before turning the page (contacts, roles chased, waste)."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from exporters import pdf_theme as theme
from exporters.pdf_format import measure_value
from exporters.pdf_styles import markup
from exporters.pdf_summary import VERDICT_WORDS
from exporters.pdf_tables import Cells
from workbench.comparison import HEADLINE_MEASURES, Comparison
from workbench.document import Document
from workbench.i18n import _t, reader, tr
from workbench.model import Classification
from workbench.vocabulary import value_word

# After the headline counts, the times: what a redesign most often changes.
COVER_MEASURES = (*HEADLINE_MEASURES, "lead_time_expected", "customer_wait", "value_added_ratio")
CLASSIFICATION_NAMES = {
    Classification.KEY_CUSTOMER_SERVICE: _t("Key customer-service process"),
    Classification.KEY_SUPPORT: _t("Key support process"),
    Classification.MANAGEMENT: _t("Management process"),
}


def report_date(today: dt.date | None = None) -> str:
    return (today or dt.date.today()).isoformat()


def cover(
    document: Document, comparison: Comparison, cells: Cells, width: float, date: str
) -> list[Flowable]:
    meta = document.metadata
    versions = _versions(comparison)
    flowables: list[Flowable] = [
        Spacer(1, 60),
        cells.text(tr("Process report"), "muted"),
        cells.text(meta.title or tr("Untitled process"), "title"),
        cells.text(versions, "subtitle"),
    ]
    if meta.description:
        flowables.append(cells.text(meta.description, "body"))
    facts = [
        (tr("Owner"), meta.owner),
        (tr("Team"), meta.team),
        (tr("Author"), meta.author),
        (tr("Classification"), tr(CLASSIFICATION_NAMES.get(meta.classification,
                                                            str(meta.classification)))),
        (tr("Status"), value_word(meta.status.value.replace("_", " "))),
        (tr("Next review"), reader().date(meta.next_review) if meta.next_review else ""),
        (tr("Versions compared"), versions),
        (tr("Report date"), reader().date(date)),
    ]
    rows = [[cells.text(k, "cell_bold"), cells.text(v)] for k, v in facts if v]
    table = Table(rows, colWidths=[0.28 * width, 0.72 * width])
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, theme.LANE_BORDER),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    flowables += [Spacer(1, 18), table, Spacer(1, 28)]
    if not comparison.same_version:
        flowables += [cells.text(tr("At a glance"), "h2"), _headline(comparison, cells, width)]
    return flowables


def _versions(comparison: Comparison) -> str:
    if comparison.same_version:
        return comparison.after.version_name
    return f"{comparison.before.version_name} \u2192 {comparison.after.version_name}"


def _headline(comparison: Comparison, cells: Cells, width: float) -> Table:
    """The cover's measures as cards: name, before → after, better or worse."""
    cards = []
    for key in COVER_MEASURES:
        change = comparison.measure(key)
        unit = change.measure.unit
        word, colour = VERDICT_WORDS[change.verdict]
        figures = (
            f"<font size=16>{measure_value(change.before, unit)}</font>"
            f"<font size=11 color='#78909c'> {markup(chr(0x2192), cells.fonts)} </font>"
            f"<font size=16>{measure_value(change.after, unit)}</font>"
        )
        hex_colour = colour.hexval().replace("0x", "#")
        cards.append(
            [
                cells.text(tr(change.measure.name), "note"),
                Paragraph(figures, cells.styles.figure),
                Paragraph(
                    f'<font color="{hex_colour}"><b>{tr(word)}</b></font>', cells.styles.cell
                ),
            ]
        )
    per_row = 3
    rows = [cards[i : i + per_row] for i in range(0, len(cards), per_row)]
    rows[-1] += [""] * (per_row - len(rows[-1]))
    card_width = width / per_row
    table = Table(rows, colWidths=[card_width] * per_row)
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.6, theme.HEADER_BORDER),
                ("INNERGRID", (0, 0), (-1, -1), 0.6, theme.HEADER_BORDER),
                ("BACKGROUND", (0, 0), (-1, -1), theme.TABLE_STRIPE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
            ]
        )
    )
    return table
