"""The printed workshop report: `export_report(document, path)` writes a PDF that compares
two versions of a process and shows each one's diagram, customer journey, KPIs, checklist
and findings (issue 4).

The file is written beside the target and renamed into place, so a failed export (a full
disk, a folder without write access, a target held open by a PDF viewer) leaves the old
file, or nothing, never half a report; the error says what went wrong.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from reportlab import rl_config
from reportlab.platypus.doctemplate import LayoutError

from exporters.pdf_cover import report_date
from exporters.pdf_document import MARGIN, ReportTemplate, RunningText, canvas_maker, paper_size
from exporters.pdf_fonts import choose_fonts
from exporters.pdf_story import ReportParts, build_story
from exporters.pdf_styles import build_styles
from workbench.comparison import compare_versions, pick_pair
from workbench.document import Document, EditError
from workbench.i18n import document_translator, reader, reading_in, tr
from workbench.simulation.before_after import simulate_pair
from workbench.storage.errors import SaveError
from workbench.storage.safe_write import atomic_output

log = logging.getLogger(__name__)

__all__ = ["ReportError", "ReportResult", "SaveError", "export_report"]


class ReportError(ValueError):
    """The report cannot be made from what was asked (an unknown version or paper size)."""


@dataclass(frozen=True)
class ReportResult:
    path: Path
    pages: int
    warnings: tuple[str, ...] = ()


def export_report(
    document: Document,
    path: str | os.PathLike[str],
    paper: str = "a4",
    before: str | None = None,
    after: str | None = None,
    *,
    date: str | None = None,
    font_candidates: Sequence[str | os.PathLike[str]] | None = None,
    language: str | None = None,
) -> ReportResult:
    """Write the report comparing `before` with `after` (version ids or names; by default
    the first and the last version) to `path` on A4, Letter or A3 paper.

    Raises `ReportError` for an unknown version or paper and `SaveError` when the file
    cannot be written; warnings (a Chinese font that could not be embedded) are logged and
    returned. `font_candidates` replaces the CJK font search list. The report speaks the
    document's language (its metadata), or `language` when given.
    """
    with reading_in(document_translator(document.metadata.language, language)):
        return _export_report(document, path, paper, before, after, date, font_candidates)


def _export_report(
    document: Document,
    path: str | os.PathLike[str],
    paper: str,
    before: str | None,
    after: str | None,
    date: str | None,
    font_candidates: Sequence[str | os.PathLike[str]] | None,
) -> ReportResult:
    try:
        paper_size(paper)
        first, last = pick_pair(document, before, after)
    except (ValueError, EditError) as error:
        raise ReportError(tr("Cannot make the report: {error}").format(error=error)) from error
    comparison = compare_versions(first, last, document)
    # the report's own words count too: an English document read in Chinese needs CJK glyphs
    fonts = choose_fonts((*document_texts(document), tr("Process report")), font_candidates)
    styles = build_styles(fonts)
    width = paper_size(paper)[0] - 2 * MARGIN
    parts = ReportParts(
        document,
        first,
        last,
        comparison,
        fonts,
        styles,
        paper.lower(),
        date or report_date(),
        width,
        None if comparison.same_version else simulate_pair(document, first, last),
    )
    meta = document.metadata
    title = meta.title or tr("Untitled process")
    running = RunningText(
        title=title,
        context=_versions_text(comparison.before.version_name, comparison.after.version_name),
        footer=" \u00b7 ".join(p for p in (meta.team, meta.owner, reader().date(parts.date)) if p),
    )
    target = Path(path)
    try:
        with binary_streams(), atomic_output(target) as temp:
            template = ReportTemplate(
                str(temp),
                paper,
                fonts,
                running,
                title=title,
                author=meta.author or meta.owner,
                subject=tr("Process report: {versions}").format(versions=running.context),
                keywords=", ".join((tr("process report"), *meta.tags)),
                creator="Process Workbench",
                lang="zh-CN" if reader().chinese else "en",
            )
            template.build(build_story(parts), canvasmaker=canvas_maker(fonts.regular))
    except SaveError as error:
        raise SaveError(with_hint(error)) from error
    except LayoutError as error:
        raise ReportError(
            tr("The report could not be laid out: {error}").format(error=error)
        ) from error
    return ReportResult(target, template.page, fonts.warnings)


@contextlib.contextmanager
def binary_streams() -> Iterator[None]:
    """Page streams compressed but not ASCII85-wrapped: reportlab's default wrapping makes
    the file a quarter bigger and, in pure Python, costs a third of a large report's time."""
    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = saved


def _versions_text(before: str, after: str) -> str:
    return before if before == after else tr("{before} vs {after}").format(before=before,
                                                                           after=after)


def with_hint(error: SaveError) -> str:
    """The storage layer's reason in the reader's language, plus what to do when another
    program holds the file."""
    message = reader().render(error.args[0]) if error.args else str(error)
    if "permission denied" in str(error):
        return message + " " + tr(
            "If the report is open in another program (a PDF viewer), close it "
            "and export again; otherwise choose a folder you can write to."
        )
    return message


def document_texts(document: Document) -> Iterator[str]:
    """Every string of the document, to choose fonts that can show all of them."""
    yield from _strings(document.metadata)
    for segment in document.segments:
        yield from _strings(segment)
    for version in document.versions:
        yield version.name
        yield version.description
        for lane in version.lanes:
            yield from _strings(lane)
        for table in (version.nodes, version.flows, version.kpis):
            for element in table.values():
                yield from _strings(element)
        yield from _strings(version.checklist)


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        if not isinstance(value, Enum):
            yield value
    elif dataclasses.is_dataclass(value):
        for field in dataclasses.fields(value):
            yield from _strings(getattr(value, field.name))
    elif isinstance(value, tuple | list):
        for item in value:
            yield from _strings(item)
